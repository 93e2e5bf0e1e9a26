import { REQUEST_LIMITS, type TVisitCreate } from '@zhucun/core';
import { type FormEvent, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { TNamePath } from '../../lib/form-errors.ts';
import { Alert } from '../ui/alert.tsx';
import { Dialog } from '../ui/dialog.tsx';
import { Field } from '../ui/field.tsx';
import { VisitRequests } from './request-fields.tsx';
import {
  checkVisit,
  emptyVisitDraft,
  isNightAt,
  type THouseholdOption,
  type TVisitDraft,
  type TVisitErrors,
  toVisitBody,
  withHeard,
} from './visit-draft.ts';
import { VisitHouseholds } from './visit-households.tsx';

type Props = {
  /** `YYYY-MM-DDTHH:mm`, local: now on today, the evening on an earlier day. */
  defaultAt: string;
  householdOptions: readonly THouseholdOption[];
  searching: boolean;
  onSearch: (q: string) => void;
  pending: boolean;
  /** The server's message when no field shows it. */
  banner: string | null;
  /** Field errors from the server, by name path (`['requests', 0, 'category']`). */
  fieldErrors: readonly { name: TNamePath; errors: string[] }[];
  /** The village has no household registered yet (the field says how to add one). */
  noHouseholds: boolean;
  /** What the household search was given when it found nobody (the field says how to add one), else null. */
  noMatch: string | null;
  /** The writable days that already have a record (what 当晚在村 changes on each). */
  recordedDates: readonly string[];
  onSubmit: (body: TVisitCreate) => void;
  onClose: () => void;
};

/** Drops the errors at `path` and under it (`requests` takes `requests.0.category`). */
function without(errors: TVisitErrors, path: string): TVisitErrors {
  return Object.fromEntries(
    Object.entries(errors).filter(([key]) => key !== path && !key.startsWith(`${path}.`)),
  );
}

/**
 * 记录走访: a short form in a bottom sheet; households ticked or typed in, "+ 诉求" groups whose
 * content starts as what was heard (editable), and for a night visit 当晚在村 in the same save (off
 * unless ticked: never forced). Shown while open; each opening starts afresh.
 */
export function VisitForm(props: Props) {
  const { defaultAt, pending, banner, fieldErrors, recordedDates } = props;
  const { t } = useTranslation();
  const noteId = useId();
  const formRef = useRef<HTMLFormElement>(null);
  const [draft, setDraft] = useState<TVisitDraft>(() => emptyVisitDraft(defaultAt));
  const [errors, setErrors] = useState<TVisitErrors>({});
  const change = (next: Partial<TVisitDraft>, touched: string) => {
    setDraft((d) => ({ ...d, ...next }));
    setErrors((e) => without(e, touched));
  };
  // the server's word on a field shows beside it
  useEffect(() => {
    if (fieldErrors.length === 0) return;
    const found = fieldErrors.map((f) => [f.name.join('.'), f.errors.join('；')] as const);
    setErrors((e) => ({ ...e, ...Object.fromEntries(found) }));
  }, [fieldErrors]);
  const atNight = isNightAt(draft.visitedAt);
  const visitDate = draft.visitedAt.slice(0, 10);

  const submit = (event?: FormEvent) => {
    event?.preventDefault();
    const found = checkVisit(draft, t);
    setErrors(found);
    if (Object.keys(found).length === 0) return props.onSubmit(toVisitBody(draft));
    // the first message may sit below the fold of a phone
    requestAnimationFrame(() =>
      formRef.current?.querySelector('.zl-field-message')?.scrollIntoView({ block: 'center' }),
    );
  };

  return (
    <Dialog
      title={t('visits.recordTitle')}
      placement="sheet"
      onClose={props.onClose}
      footer={
        <>
          <button type="button" className="zl-btn" onClick={props.onClose}>
            {t('common.cancel')}
          </button>
          {/* outside the form and no submit button: Enter in a text box never sends the visit half typed */}
          <button type="button" className="zl-btn zl-btn-primary" disabled={pending} onClick={() => submit()}>
            {t('common.save')}
          </button>
        </>
      }
    >
      {banner && <Alert type="error" title={banner} />}
      <form ref={formRef} name="visit" noValidate onSubmit={submit}>
        <Field label={t('visits.visitedAt')} error={errors.visitedAt}>
          {({ id, errorId }) => (
            <input
              id={id}
              type="datetime-local"
              className="zl-input"
              value={draft.visitedAt}
              aria-invalid={!!errorId}
              aria-describedby={errorId}
              onChange={(e) => {
                const visitedAt = e.currentTarget.value;
                // hidden by day, 当晚在村 starts unticked again when the time is back in the evening
                change(
                  { visitedAt, ...(isNightAt(visitedAt) ? {} : { nightInVillage: false }) },
                  'visitedAt',
                );
              }}
            />
          )}
        </Field>
        <VisitHouseholds
          picked={draft.picked}
          added={draft.added}
          errors={errors}
          onChange={change}
          householdOptions={props.householdOptions}
          searching={props.searching}
          onSearch={props.onSearch}
          noHouseholds={props.noHouseholds}
          noMatch={props.noMatch}
        />
        <Field label={t('visits.attendees')} error={errors.attendees}>
          {({ id, errorId }) => (
            <input
              id={id}
              className="zl-input"
              maxLength={REQUEST_LIMITS.attendees}
              placeholder={t('visits.attendeesPlaceholder')}
              value={draft.attendees}
              aria-invalid={!!errorId}
              aria-describedby={errorId}
              onChange={(e) => change({ attendees: e.currentTarget.value }, 'attendees')}
            />
          )}
        </Field>
        <Field label={t('visits.heard')} error={errors.heard}>
          {({ id, errorId }) => (
            <textarea
              id={id}
              className="zl-input zl-visit-autosize zl-visit-autosize-tall"
              rows={3}
              maxLength={REQUEST_LIMITS.heard}
              placeholder={t('visits.heardPlaceholder')}
              value={draft.heard}
              aria-invalid={!!errorId}
              aria-describedby={errorId}
              onChange={(e) => {
                const heard = e.currentTarget.value;
                // the requests that follow it settle their content's error too
                const follows = draft.requests.flatMap((r, i) =>
                  !r.description || r.description === draft.heard ? [`requests.${i}.description`] : [],
                );
                setDraft((d) => withHeard(d, heard));
                setErrors((er) => [...follows, 'heard'].reduce(without, er));
              }}
            />
          )}
        </Field>
        <VisitRequests
          requests={draft.requests}
          heard={draft.heard}
          errors={errors}
          onChange={(requests, touched) => change({ requests }, touched)}
        />
        {atNight && (
          <div className={errors.nightInVillage ? 'zl-visit-night zl-field-error' : 'zl-visit-night'}>
            <label className="zl-visit-check">
              <input
                type="checkbox"
                checked={draft.nightInVillage}
                aria-describedby={noteId}
                onChange={(e) => change({ nightInVillage: e.currentTarget.checked }, 'nightInVillage')}
              />
              <span>{t('visits.nightInVillage', { date: visitDate })}</span>
            </label>
            <p id={noteId} className="zl-muted zl-small">
              {recordedDates.includes(visitDate)
                ? t('visits.nightInVillageRecorded')
                : t('visits.nightInVillageNew')}
            </p>
            {errors.nightInVillage && (
              <div className="zl-field-message" role="alert">
                {errors.nightInVillage}
              </div>
            )}
          </div>
        )}
      </form>
    </Dialog>
  );
}
