import type { TSpotCheckItem } from '@zhucun/core';
import { Alert, App, Button, Card, Input, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useAnswerSpotCheck } from '../../api/duty.ts';
import { formatDay } from '../../lib/day-span.ts';

/** Checks that found the cadre absent and are not answered yet, newest first. */
export const toAnswer = (checks: readonly TSpotCheckItem[]) =>
  checks.filter((c) => c.finding === 'absent' && c.answer === null);

/** One check to answer: what the checker found and wrote, and the cadre's one statement. */
function AnswerCard({ check }: { check: TSpotCheckItem }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
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
        onSuccess: () => void message.success(t('duty.records.answerDone')),
        onError: (error) => setProblem(errorMessage(error)),
      },
    );
  };
  return (
    <Card size="small" title={title} style={{ marginBottom: 12, borderColor: '#ffccc7' }}>
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {t('duty.records.checkedAs', {
          time: check.localTime,
          method: t(`dutyReview.spotChecks.methods.${check.method}`),
          by: check.checkedBy,
        })}
      </Typography.Text>
      {check.note && (
        <Typography.Paragraph style={{ margin: '4px 0 8px', whiteSpace: 'pre-wrap' }}>
          {t('duty.records.checkerNote', { note: check.note })}
        </Typography.Paragraph>
      )}
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 8 }} />}
      <Input.TextArea
        aria-label={t('duty.records.answerLabel')}
        placeholder={t('duty.records.answerPlaceholder')}
        autoSize={{ minRows: 2, maxRows: 6 }}
        maxLength={500}
        value={text}
        onChange={(e) => setText(e.target.value)}
        style={{ fontSize: 16, marginBottom: 8 }}
      />
      <Button type="primary" block loading={answer.isPending} onClick={submit}>
        {t('duty.records.answerSubmit')}
      </Button>
    </Card>
  );
}

/** On 今天: the checks the cadre was told about and may answer, once each. Nothing when there are none. */
export function SpotCheckAnswers({ checks }: { checks: readonly TSpotCheckItem[] }) {
  const { t } = useTranslation();
  const open = toAnswer(checks);
  if (open.length === 0) return null;
  return (
    <section aria-label={t('duty.records.toAnswer')} style={{ marginBottom: 12 }}>
      {open.map((c) => (
        <AnswerCard key={c.id} check={c} />
      ))}
    </section>
  );
}
