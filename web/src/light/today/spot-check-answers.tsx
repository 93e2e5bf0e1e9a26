import type { TSpotCheckItem } from '@zhucun/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useAnswerSpotCheck } from '../../api/duty.ts';
import { formatDay } from '../../lib/day-span.ts';
import { Alert } from '../ui/alert.tsx';
import { toast } from '../ui/toast.tsx';

/** Checks that found the cadre absent and are not answered yet, newest first. */
export const toAnswer = (checks: readonly TSpotCheckItem[]) =>
  checks.filter((c) => c.finding === 'absent' && c.answer === null);

/** One check to answer: what the checker found and wrote, and the cadre's one statement. */
function AnswerCard({ check }: { check: TSpotCheckItem }) {
  const { t, i18n } = useTranslation();
  const answer = useAnswerSpotCheck();
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const date = formatDay(check.slot.date, i18n.language, new Date().getFullYear());
  const title = t(check.discrepancy ? 'duty.records.discrepancyTitle' : 'duty.records.absentTitle', { date });
  const submit = () => {
    if (!text.trim()) return setProblem(t('duty.records.answerRequired'));
    setProblem(null);
    answer.mutate(
      { id: check.id, answer: text.trim() },
      {
        onSuccess: () => toast.success(t('duty.records.answerDone')),
        onError: (error) => setProblem(errorMessage(error)),
      },
    );
  };
  return (
    <div className="zl-card zl-card-alert">
      <div className="zl-card-head">
        <h3>{title}</h3>
      </div>
      <div className="zl-muted zl-small">
        {t('duty.records.checkedAs', {
          time: check.localTime,
          method: t(`dutyReview.spotChecks.methods.${check.method}`),
          by: check.checkedBy,
        })}
      </div>
      {check.note && (
        <p className="zl-pre zl-check-note">{t('duty.records.checkerNote', { note: check.note })}</p>
      )}
      {problem && <Alert type="error" title={problem} />}
      <textarea
        className="zl-input zl-autosize"
        aria-label={t('duty.records.answerLabel')}
        placeholder={t('duty.records.answerPlaceholder')}
        rows={2}
        maxLength={500}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
      />
      <button
        type="button"
        className="zl-btn zl-btn-primary zl-btn-block"
        disabled={answer.isPending}
        aria-busy={answer.isPending}
        onClick={submit}
      >
        {t('duty.records.answerSubmit')}
      </button>
    </div>
  );
}

/** On 今天: the checks the cadre was told about and may answer, once each. Nothing when there are none. */
export function SpotCheckAnswers({ checks }: { checks: readonly TSpotCheckItem[] }) {
  const { t } = useTranslation();
  const open = toAnswer(checks);
  if (open.length === 0) return null;
  return (
    <section aria-label={t('duty.records.toAnswer')}>
      {open.map((c) => (
        <AnswerCard key={c.id} check={c} />
      ))}
    </section>
  );
}
