import type { TTaskAssignmentView } from '@zhucun/core';
import { App, Button, Checkbox, Form, Input, InputNumber } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/auth.ts';
import { errorMessage } from '../../api/client.ts';
import { useReportTask, useUploadTaskEvidence } from '../../api/tasks.ts';
import { EvidenceField } from '../../components/evidence-field.tsx';

type TValues = {
  percent?: number | null;
  note?: string;
  done?: boolean;
  evidence?: string;
  photoId?: number;
};

/** 报告进展 on one assignment the caller holds: progress, a note, or done with evidence (text or a photo). */
export function TaskReportForm({ assignment, title }: { assignment: TTaskAssignmentView; title: string }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const report = useReportTask(useSession().data?.user.id ?? 0, title);
  const upload = useUploadTaskEvidence();
  const [problem, setProblem] = useState<string | null>(null);
  const done = Form.useWatch('done', form) ?? false;
  const k = 'tasks.report';
  const finish = (v: TValues) => {
    setProblem(null);
    const body = {
      percent: v.done ? null : (v.percent ?? null),
      note: v.note ?? '',
      done: Boolean(v.done),
      evidence: v.evidence ?? '',
      photoIds: v.photoId ? [v.photoId] : [],
    };
    report.sendAsync({ assignmentId: assignment.id, body }).then(
      (done) => {
        form.resetFields();
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
      <Form.Item name="photoId" label={t(`${k}.photos`)}>
        <EvidenceField upload={upload} addLabel={t(`${k}.photos`)} testId={`task-photo-${assignment.id}`} />
      </Form.Item>
      {problem && <div style={{ color: '#cf1322', marginBottom: 8 }}>{problem}</div>}
      <Button type="primary" htmlType="submit" loading={report.isPending}>
        {t(`${k}.submit`)}
      </Button>
    </Form>
  );
}
