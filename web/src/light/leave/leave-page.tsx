import { ABSENCE_KINDS, type TAbsenceKind } from '@zhucun/core';
import dayjs from 'dayjs';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type TAbsenceFields,
  useApplyAbsence,
  useMyAbsences,
  useWithdrawAbsence,
} from '../../api/absences.ts';
import { ApiError, errorMessage } from '../../api/client.ts';
import { splitFieldErrors } from '../../lib/form-errors.ts';
import { Alert } from '../ui/alert.tsx';
import { Field } from '../ui/field.tsx';
import { Segmented } from '../ui/segmented.tsx';
import { LoadError, Loading } from '../ui/status.tsx';
import { toast } from '../ui/toast.tsx';
import { AbsenceList } from './absence-list.tsx';
import { LevelNote } from './level-note.tsx';

const FIELDS = ['kind', 'startDate', 'endDate', 'reason'] as const;
type TField = (typeof FIELDS)[number];
type TErrors = Partial<Record<TField, string>>;

/** `?date=YYYY-MM-DD` (a day recorded as 请假 on 今天) when it is a real date. */
function askedDate(search: string): string {
  const asked = new URLSearchParams(search).get('date') ?? '';
  const valid = /^\d{4}-\d{2}-\d{2}$/.test(asked) && dayjs(asked).format('YYYY-MM-DD') === asked;
  return valid ? asked : '';
}

/** The cadre's own requests: the list, or why it cannot show (no signal before it was ever read). */
function MyRequests() {
  const { t } = useTranslation();
  const mine = useMyAbsences();
  const withdraw = useWithdrawAbsence();
  if (mine.data)
    return (
      <AbsenceList
        items={mine.data.items}
        withdrawingId={withdraw.isPending ? (withdraw.variables ?? null) : null}
        onWithdraw={(id) =>
          withdraw.mutate(id, {
            onSuccess: () => toast.success(t('duty.leave.withdrawn')),
            onError: (error) => toast.error(errorMessage(error)),
          })
        }
      />
    );
  if (mine.isError) return <LoadError error={mine.error} onRetry={() => void mine.refetch()} />;
  // TanStack Query holds a read while the phone is offline: say so rather than spin
  if (mine.fetchStatus === 'paused')
    return <Alert type="info" role="status" title={t('duty.leave.offlineList')} />;
  return <Loading />;
}

/**
 * `/leave`: apply for leave or report official duty in four fields; my requests and their state below.
 * `/leave?date=YYYY-MM-DD` (from a day recorded as 请假 on 今天) starts a request for that day.
 */
export function LeavePage({ userId, search }: { userId: number; search: string }) {
  const { t } = useTranslation();
  const [initial] = useState<TAbsenceFields>(() => {
    const date = askedDate(search);
    return { kind: 'leave', startDate: date, endDate: date, reason: '' };
  });
  const [values, setValues] = useState(initial);
  const [errors, setErrors] = useState<TErrors>({});
  const [banner, setBanner] = useState<string | null>(null);
  const apply = useApplyAbsence(userId);
  const set = <K extends TField>(name: K, value: TAbsenceFields[K]) => {
    setValues((v) => ({ ...v, [name]: value }));
    setErrors((e) => ({ ...e, [name]: undefined }));
  };

  const check = (v: TAbsenceFields): TErrors => {
    const found: TErrors = {};
    if (!v.startDate) found.startDate = t('duty.leave.pick', { field: t('duty.leave.startDate') });
    if (!v.endDate) found.endDate = t('duty.leave.pick', { field: t('duty.leave.endDate') });
    else if (v.startDate && v.endDate < v.startDate) found.endDate = t('duty.leave.endBeforeStart');
    if (!v.reason.trim()) found.reason = t('duty.leave.reasonRequired');
    return found;
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setBanner(null);
    const found = check(values);
    setErrors(found);
    if (Object.keys(found).length > 0) return;
    apply.sendAsync({ ...values, reason: values.reason.trim() }).then(
      (done) => {
        // no signal: kept on the phone (the banner lists it) and sent once later
        toast.success(done.result === 'sent' ? t('duty.leave.submitted') : t('outbox.queued'));
        setValues({ ...initial, startDate: '', endDate: '' });
      },
      (error: unknown) => {
        if (!(error instanceof ApiError) || error.details.length === 0) return setBanner(errorMessage(error));
        const split = splitFieldErrors(error.details, FIELDS);
        setErrors(Object.fromEntries(split.fields.map((f) => [f.name[0], f.errors.join('；')])));
        setBanner(split.rest.length ? split.rest.join('；') : null);
      },
    );
  };
  // Enter in a date box must not send the form half filled
  const noEnter = (e: { key: string; preventDefault: () => void }) => {
    if (e.key === 'Enter') e.preventDefault();
  };

  return (
    <div className="zl-page">
      <h1 className="zl-title">{t('duty.leave.title')}</h1>
      <form className="zl-card" name="absence" noValidate onSubmit={submit}>
        {banner && <Alert type="error" title={banner} />}
        <div className="zl-field">
          <span className="zl-label">{t('duty.leave.kind')}</span>
          <Segmented<TAbsenceKind>
            label={t('duty.leave.kind')}
            options={ABSENCE_KINDS.map((k) => ({ value: k, label: t(`duty.leave.kinds.${k}`) }))}
            value={values.kind}
            onChange={(kind) => set('kind', kind)}
          />
        </div>
        <div className="zl-two">
          <Field label={t('duty.leave.startDate')} error={errors.startDate}>
            {({ id, errorId }) => (
              <input
                id={id}
                type="date"
                className="zl-input"
                value={values.startDate}
                aria-invalid={!!errorId}
                aria-describedby={errorId}
                onKeyDown={noEnter}
                onChange={(e) => set('startDate', e.currentTarget.value)}
              />
            )}
          </Field>
          <Field label={t('duty.leave.endDate')} error={errors.endDate}>
            {({ id, errorId }) => (
              <input
                id={id}
                type="date"
                className="zl-input"
                value={values.endDate}
                min={values.startDate || undefined}
                aria-invalid={!!errorId}
                aria-describedby={errorId}
                onKeyDown={noEnter}
                onChange={(e) => set('endDate', e.currentTarget.value)}
              />
            )}
          </Field>
        </div>
        <Field label={t('duty.leave.reason')} error={errors.reason}>
          {({ id, errorId }) => (
            <textarea
              id={id}
              className="zl-input"
              rows={2}
              maxLength={200}
              placeholder={t('duty.leave.reasonPlaceholder')}
              value={values.reason}
              aria-invalid={!!errorId}
              aria-describedby={errorId}
              onChange={(e) => set('reason', e.currentTarget.value)}
            />
          )}
        </Field>
        <LevelNote kind={values.kind} startDate={values.startDate} endDate={values.endDate} />
        <p className="zl-muted zl-small">{t('duty.leave.hint')}</p>
        <button
          type="submit"
          className="zl-btn zl-btn-primary zl-btn-block zl-btn-large"
          disabled={apply.isPending}
        >
          {t('duty.leave.apply')}
        </button>
      </form>
      <h2 className="zl-subtitle">{t('duty.leave.mine')}</h2>
      <MyRequests />
    </div>
  );
}
