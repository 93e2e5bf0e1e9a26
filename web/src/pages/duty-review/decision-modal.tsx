import type { TAbsenceView } from '@zhucun/core';
import { Alert, App, Input, Modal, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useDecideAbsence } from '../../api/duty-review.ts';
import type { TDecision } from '../../components/duty-review-absence-list.tsx';

type Props = { target: { absence: TAbsenceView; decision: TDecision } | null; onClose: () => void };

/** 批准 / 不批准 with an optional note; the server's refusal (e.g. not this level's turn) is shown as is. */
export function DecisionModal({ target, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const decide = useDecideAbsence();
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const a = target?.absence;
  const approve = target?.decision === 'approve';
  const submit = () => {
    if (!target) return;
    setProblem(null);
    decide.mutate(
      { id: target.absence.id, decision: target.decision, note: note.trim() || undefined },
      {
        onSuccess: (result) => {
          const done =
            result.state === 'pending_county'
              ? 'forwarded'
              : result.state === 'approved'
                ? 'approved'
                : 'rejected';
          void message.success(t(`dutyReview.absences.${done}`));
          onClose();
        },
        onError: (error) => setProblem(errorMessage(error)),
      },
    );
  };
  const params = a
    ? { name: a.personName, kind: t(`dutyReview.absences.kinds.${a.kind}`), days: a.days }
    : { name: '', kind: '', days: 0 };
  return (
    <Modal
      open={target !== null}
      title={t(approve ? 'dutyReview.absences.approveTitle' : 'dutyReview.absences.rejectTitle', params)}
      okText={t(approve ? 'dutyReview.absences.approve' : 'dutyReview.absences.reject')}
      okButtonProps={{ danger: !approve }}
      cancelText={t('common.cancel')}
      confirmLoading={decide.isPending}
      onOk={submit}
      onCancel={onClose}
      afterClose={() => {
        setNote('');
        setProblem(null);
      }}
      destroyOnHidden
    >
      {problem && <Alert type="error" showIcon title={problem} style={{ marginBottom: 12 }} />}
      {a && (
        <Typography.Paragraph>
          {a.villageName} · {a.startDate} ~ {a.endDate}
          <br />
          {t('dutyReview.absences.reason')}：{a.reason}
        </Typography.Paragraph>
      )}
      {a && a.span.requests > 1 && (
        <Alert
          type="warning"
          showIcon
          title={t('dutyReview.absences.span', {
            days: a.span.days,
            start: a.span.startDate,
            end: a.span.endDate,
            requests: a.span.requests,
          })}
          description={t('dutyReview.absences.spanHint')}
          style={{ marginBottom: 12 }}
        />
      )}
      {approve && a?.state === 'pending_township' && a.level === 'county' && (
        <Alert type="info" title={t('dutyReview.absences.goesToCounty')} style={{ marginBottom: 12 }} />
      )}
      <Input.TextArea
        aria-label={t('dutyReview.absences.note')}
        placeholder={`${t('dutyReview.absences.note')}（${t('dutyReview.absences.notePlaceholder')}）`}
        rows={2}
        maxLength={200}
        value={note}
        onChange={(e) => setNote(e.target.value)}
      />
    </Modal>
  );
}
