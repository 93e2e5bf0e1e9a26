import { TASK_LIMITS, type TTaskAssignmentView } from '@zhucun/core';
import { App, Button, Checkbox, Form, Input, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/auth.ts';
import { errorMessage } from '../../api/client.ts';
import { useReportPhotos } from '../../api/outbox-photos.ts';
import { taskEvidenceUrl, useReportTask } from '../../api/tasks.ts';
import { PhotoPicker } from '../../components/photo-picker.tsx';

type TValues = {
  percent?: number | null;
  note?: string;
  done?: boolean;
  evidence?: string;
};

/**
 * 报告进展 on one assignment the caller holds: progress, a note, or done with evidence (text or photos).
 * Without signal the report and its photos wait on the phone (the outbox) and go later, photos first.
 */
export function TaskReportForm({ assignment, title }: { assignment: TTaskAssignmentView; title: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const userId = useSession().data?.user.id ?? 0;
  const report = useReportTask(userId, title);
  const [problem, setProblem] = useState<string | null>(null);
  const photos = useReportPhotos((file) => ({
    userId,
    kind: 'photo',
    method: 'POST',
    path: '/api/tasks/evidence',
    body: file,
    subject: { title },
  }));
  const done = Form.useWatch('done', form) ?? false;
  const k = 'tasks.report';
  const finish = (v: TValues) => {
    setProblem(null);
    const sent = photos.toSend();
    const body = {
      percent: v.done ? null : (v.percent ?? null),
      note: v.note ?? '',
      done: Boolean(v.done),
      evidence: v.evidence ?? '',
      photoIds: sent.photoIds,
    };
    report.sendAsync({ assignmentId: assignment.id, body, photos: sent.photos }).then(
      (done) => {
        form.resetFields();
        photos.clear();
        // no signal: kept on the phone (the banner lists it) and sent once later
        void message.success(done.result === 'sent' ? t(`${k}.saved`) : t('outbox.queued'));
      },
      (error: unknown) => setProblem(errorMessage(error)),
    );
  };
  return (
    <Form<TValues> form={form} layout="vertical" name={`task-report-${assignment.id}`} onFinish={finish}>
      <Form.Item name="done" valuePropName="checked" style={{ marginBottom: 8 }}>
        <Checkbox>{t(`${k}.done`)}</Checkbox>
      </Form.Item>
      {!done && (
        <Form.Item name="percent" label={t(`${k}.percent`)}>
          <InputNumber min={0} max={100} style={{ width: 120 }} />
        </Form.Item>
      )}
      {done ? (
        <Form.Item name="evidence" label={t(`${k}.evidence`)}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      ) : (
        <Form.Item name="note" label={t(`${k}.note`)}>
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
      )}
      <Typography.Text>{t(`${k}.photos`)}</Typography.Text>
      <div style={{ marginTop: 8 }}>
        <PhotoPicker
          {...photos.picker}
          urlOf={taskEvidenceUrl}
          max={TASK_LIMITS.photos}
          onError={setProblem}
          labels={{ alt: t(`${k}.photoAlt`), add: t(`${k}.photoAdd`), remove: t(`${k}.photoRemove`) }}
          localLabel={t('outbox.photoLocal')}
          testId={`task-photo-${assignment.id}`}
        />
      </div>
      {problem && <div style={{ color: '#cf1322', marginBottom: 8 }}>{problem}</div>}
      <Button type="primary" htmlType="submit" loading={report.isPending}>
        {t(`${k}.submit`)}
      </Button>
    </Form>
  );
}
