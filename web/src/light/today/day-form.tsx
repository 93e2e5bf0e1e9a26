import { FOUR_ROLES, PLACES, type TFourRole, type TPlace } from '@zhucun/core';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TDraftEntry } from '../../lib/day-draft.ts';
import { Field } from '../ui/field.tsx';
import { Segmented } from '../ui/segmented.tsx';
import './day-form.css';

export type TDayField = 'day' | 'night' | 'work' | 'roles' | 'activities' | 'rolePlayed';
export const DAY_FIELDS: readonly TDayField[] = ['day', 'night', 'work', 'roles', 'activities', 'rolePlayed'];

type Props = {
  entry: TDraftEntry;
  errors: Partial<Record<TDayField, string>>;
  saving: boolean;
  /** The day is one the county rests, the night one beyond the week's four: 休息 comes first. */
  restFirst?: { day: boolean; night: boolean };
  /** Shown under the day and night choices (e.g. the link to file a leave request). */
  notice?: ReactNode;
  /** Shown under the work (记入项目: the project the log is tied to). */
  project?: ReactNode;
  /** The day's photos (taken, uploaded or waiting in the outbox), under the fields. */
  photos?: ReactNode;
  onChange: (entry: TDraftEntry) => void;
  onSave: () => void;
};

const REST_FIRST: readonly TPlace[] = ['rest', ...PLACES.filter((p) => p !== 'rest')];

type TPlaceChoice = {
  label: string;
  value: TPlace;
  error?: string;
  restFirst: boolean;
  onChange: (place: TPlace) => void;
};

/** Where by day or by night: five radios in one bar, 休息 first when the county rests. */
function PlaceChoice({ label, value, error, restFirst, onChange }: TPlaceChoice) {
  const { t } = useTranslation();
  return (
    <div className={error ? 'zl-field zl-field-error zl-places' : 'zl-field zl-places'}>
      <span className="zl-label">{label}</span>
      <Segmented<TPlace>
        label={label}
        value={value}
        onChange={onChange}
        options={(restFirst ? REST_FIRST : PLACES).map((p) => ({ value: p, label: t(`duty.places.${p}`) }))}
      />
      {error && (
        <div className="zl-field-message" role="alert">
          {error}
        </div>
      )}
    </div>
  );
}

type TText = {
  label: string;
  value: string;
  error?: string;
  placeholder: string;
  rows: 2 | 3;
  maxLength: number;
  onChange: (value: string) => void;
};

/** A labelled text box that grows with its text (where the browser can), with its error under it. */
function TextField({ label, value, error, placeholder, rows, maxLength, onChange }: TText) {
  return (
    <Field label={label} error={error}>
      {({ id, errorId }) => (
        <textarea
          id={id}
          className={`zl-input zl-grow zl-grow-${rows}`}
          rows={rows}
          maxLength={maxLength}
          placeholder={placeholder}
          value={value}
          aria-invalid={!!errorId}
          aria-describedby={errorId}
          onChange={(e) => onChange(e.currentTarget.value)}
        />
      )}
    </Field>
  );
}

/** The day's short form: where by day and night, the work, the four roles, more on demand. It does not fetch. */
export function DayForm({
  entry,
  errors,
  saving,
  restFirst,
  notice,
  project,
  photos,
  onChange,
  onSave,
}: Props) {
  const { t } = useTranslation();
  const set = (patch: Partial<TDraftEntry>) => onChange({ ...entry, ...patch });
  const toggleRole = (role: TFourRole) =>
    set({
      roles: entry.roles.includes(role)
        ? entry.roles.filter((r) => r !== role)
        : FOUR_ROLES.filter((r) => r === role || entry.roles.includes(r)),
    });
  const moreError = errors.activities ?? errors.rolePlayed;
  // 更多 starts open when it holds something; an error in it opens it
  const [more, setMore] = useState(Boolean(entry.activities || entry.rolePlayed || moreError));
  useEffect(() => {
    if (moreError) setMore(true);
  }, [moreError]);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: Ctrl+Enter anywhere in the form saves it
    <div
      className="zl-day-form"
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) onSave();
      }}
    >
      <PlaceChoice
        label={t('duty.today.day')}
        value={entry.day}
        error={errors.day}
        restFirst={restFirst?.day ?? false}
        onChange={(day) => set({ day })}
      />
      <PlaceChoice
        label={t('duty.today.night')}
        value={entry.night}
        error={errors.night}
        restFirst={restFirst?.night ?? false}
        onChange={(night) => set({ night })}
      />
      {notice}
      <TextField
        label={t('duty.today.work')}
        value={entry.work}
        error={errors.work}
        placeholder={t('duty.today.workPlaceholder')}
        rows={3}
        maxLength={2000}
        onChange={(work) => set({ work })}
      />
      {project}
      <fieldset className={errors.roles ? 'zl-roles zl-field-error' : 'zl-roles'}>
        <legend className="zl-label">{t('duty.today.roles')}</legend>
        <div className="zl-roles-grid">
          {FOUR_ROLES.map((role) => {
            const on = entry.roles.includes(role);
            return (
              <button
                key={role}
                type="button"
                className={on ? 'zl-btn zl-btn-primary zl-role' : 'zl-btn zl-role'}
                aria-pressed={on}
                onClick={() => toggleRole(role)}
              >
                {t(`duty.fourRoles.${role}`)}
              </button>
            );
          })}
        </div>
        {errors.roles && (
          <div className="zl-field-message" role="alert">
            {errors.roles}
          </div>
        )}
      </fieldset>
      <details className="zl-more" open={more} onToggle={(e) => setMore(e.currentTarget.open)}>
        <summary>{t('duty.today.more')}</summary>
        <TextField
          label={t('duty.today.activities')}
          value={entry.activities}
          error={errors.activities}
          placeholder={t('duty.today.activitiesPlaceholder')}
          rows={2}
          maxLength={1000}
          onChange={(activities) => set({ activities })}
        />
        <TextField
          label={t('duty.today.rolePlayed')}
          value={entry.rolePlayed}
          error={errors.rolePlayed}
          placeholder={t('duty.today.rolePlayedPlaceholder')}
          rows={2}
          maxLength={500}
          onChange={(rolePlayed) => set({ rolePlayed })}
        />
      </details>
      {photos}
      <button
        type="button"
        className="zl-btn zl-btn-primary zl-btn-block zl-save"
        disabled={saving}
        aria-busy={saving}
        onClick={onSave}
      >
        {t('duty.today.save')}
      </button>
    </div>
  );
}
