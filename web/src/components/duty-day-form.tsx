import { FOUR_ROLES, PLACES, type TFourRole, type TPlace } from '@zhucun/core';
import { Button, Collapse, Form, Input, Segmented } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TDraftEntry } from '../lib/day-draft.ts';

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

function PlaceChoice({
  label,
  value,
  error,
  restFirst,
  onChange,
}: {
  label: string;
  value: TPlace;
  error?: string;
  restFirst: boolean;
  onChange: (place: TPlace) => void;
}) {
  const { t } = useTranslation();
  return (
    <Form.Item
      label={label}
      validateStatus={error ? 'error' : undefined}
      help={error}
      style={{ marginBottom: 12 }}
    >
      <Segmented
        block
        size="large"
        aria-label={label}
        value={value}
        onChange={(v) => onChange(v as TPlace)}
        options={(restFirst ? REST_FIRST : PLACES).map((p) => ({ value: p, label: t(`duty.places.${p}`) }))}
        // five choices on a 360-px phone: 15 px keeps 公务外出 on one line; a longer word (Official
        // duty) wraps onto two lines in its 44-px cell instead of being cut
        styles={{
          label: {
            paddingInline: 1,
            fontSize: 15,
            minHeight: 44,
            lineHeight: 1.15,
            whiteSpace: 'normal',
            display: 'flex',
            alignItems: 'center',
            justifyContent: 'center',
          },
        }}
      />
    </Form.Item>
  );
}

/** The day's short form: where by day and night, the work, the four roles, more on demand. It does not fetch. */
export function DutyDayForm({
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
  return (
    <Form
      layout="vertical"
      component="div"
      requiredMark={false}
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
      <Form.Item
        label={t('duty.today.work')}
        htmlFor="duty-work"
        validateStatus={errors.work ? 'error' : undefined}
        help={errors.work}
        style={{ marginBottom: 12 }}
      >
        <Input.TextArea
          id="duty-work"
          value={entry.work}
          onChange={(e) => set({ work: e.target.value })}
          placeholder={t('duty.today.workPlaceholder')}
          autoSize={{ minRows: 3, maxRows: 10 }}
          maxLength={2000}
          style={{ fontSize: 16 }}
        />
      </Form.Item>
      {project}
      <Form.Item
        label={t('duty.today.roles')}
        validateStatus={errors.roles ? 'error' : undefined}
        help={errors.roles}
        style={{ marginBottom: 8 }}
      >
        <fieldset
          aria-label={t('duty.today.roles')}
          style={{
            display: 'grid',
            gridTemplateColumns: '1fr 1fr',
            gap: 8,
            border: 0,
            margin: 0,
            padding: 0,
          }}
        >
          {FOUR_ROLES.map((role) => {
            const on = entry.roles.includes(role);
            return (
              <Button
                key={role}
                shape="round"
                type={on ? 'primary' : 'default'}
                aria-pressed={on}
                onClick={() => toggleRole(role)}
                style={{ height: 40 }}
              >
                {t(`duty.fourRoles.${role}`)}
              </Button>
            );
          })}
        </fieldset>
      </Form.Item>
      <Collapse
        ghost
        size="small"
        defaultActiveKey={entry.activities || entry.rolePlayed || moreError ? ['more'] : []}
        style={{ margin: '0 -8px 8px' }}
        items={[
          {
            key: 'more',
            label: t('duty.today.more'),
            children: (
              <>
                <Form.Item
                  label={t('duty.today.activities')}
                  htmlFor="duty-activities"
                  validateStatus={errors.activities ? 'error' : undefined}
                  help={errors.activities}
                  style={{ marginBottom: 12 }}
                >
                  <Input.TextArea
                    id="duty-activities"
                    value={entry.activities}
                    onChange={(e) => set({ activities: e.target.value })}
                    placeholder={t('duty.today.activitiesPlaceholder')}
                    autoSize={{ minRows: 2, maxRows: 6 }}
                    maxLength={1000}
                    style={{ fontSize: 16 }}
                  />
                </Form.Item>
                <Form.Item
                  label={t('duty.today.rolePlayed')}
                  htmlFor="duty-role-played"
                  validateStatus={errors.rolePlayed ? 'error' : undefined}
                  help={errors.rolePlayed}
                  style={{ marginBottom: 0 }}
                >
                  <Input.TextArea
                    id="duty-role-played"
                    value={entry.rolePlayed}
                    onChange={(e) => set({ rolePlayed: e.target.value })}
                    placeholder={t('duty.today.rolePlayedPlaceholder')}
                    autoSize={{ minRows: 2, maxRows: 6 }}
                    maxLength={500}
                    style={{ fontSize: 16 }}
                  />
                </Form.Item>
              </>
            ),
          },
        ]}
      />
      {photos}
      <Button
        type="primary"
        size="large"
        block
        loading={saving}
        onClick={onSave}
        style={{ height: 48, fontSize: 17 }}
      >
        {t('duty.today.save')}
      </Button>
    </Form>
  );
}
