import { TASK_PRIORITIES, type TMeetingView, type TTaskPriority } from '@zhucun/core';
import { Alert, Button, Form, Input, List, Radio, Select, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { ApiError, errorMessage } from '../../api/client.ts';
import { useRecordDecision } from '../../api/meetings.ts';
import { useTaskAssignable } from '../../api/tasks.ts';
import { DateField } from '../../components/date-field.tsx';
import { splitFieldErrors } from '../../lib/form-errors.ts';

type TTargetKind = 'township' | 'village' | 'person';
type TValues = {
  text: string;
  deadline: string;
  priority: TTaskPriority;
  evidenceRequired?: string;
  targetKind: TTargetKind;
  codes?: string[];
  personIds?: number[];
};

/** 决定事项: each with a link to the task it became; the organiser records one and assigns it in one step. */
export function MeetingDecisions({ meeting }: { meeting: TMeetingView }) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const [banner, setBanner] = useState<string | null>(null);
  const canAssign = useSession().data?.user.permissions.includes('tasks:assign') ?? false;
  const manage = meeting.mayManage && canAssign;
  const assignable = useTaskAssignable(manage);
  const record = useRecordDecision(meeting.id);
  const kind = Form.useWatch('targetKind', form) ?? 'village';
  const data = assignable.data;

  const finish = (v: TValues) => {
    setBanner(null);
    record.mutate(
      {
        text: v.text,
        deadline: v.deadline,
        priority: v.priority,
        evidenceRequired: v.evidenceRequired ?? '',
        target:
          v.targetKind === 'person'
            ? { kind: 'person', personIds: v.personIds ?? [] }
            : { kind: v.targetKind, codes: v.codes ?? [] },
      },
      {
        onSuccess: () => form.resetFields(),
        onError: (error) => {
          if (!(error instanceof ApiError) || error.details.length === 0)
            return setBanner(errorMessage(error));
          const split = splitFieldErrors(error.details, ['text', 'deadline', 'priority', 'evidenceRequired']);
          form.setFields(split.fields.map((f) => ({ name: f.name[0] as keyof TValues, errors: f.errors })));
          setBanner(split.rest.length ? split.rest.join('；') : null);
        },
      },
    );
  };

  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <List
        size="small"
        locale={{ emptyText: t('meetings.detail.decisionsEmpty') }}
        dataSource={meeting.decisions}
        renderItem={(d) => (
          <List.Item>
            <Space wrap>
              <span style={{ whiteSpace: 'pre-wrap' }}>{d.text}</span>
              {d.taskId ? (
                <Link to={`/tasks/${d.taskId}`}>{t('meetings.detail.decisionTask', { id: d.taskId })}</Link>
              ) : (
                <Typography.Text type="secondary">{t('meetings.detail.decisionNoTask')}</Typography.Text>
              )}
            </Space>
          </List.Item>
        )}
      />
      {manage && (
        <Form<TValues>
          form={form}
          name="meeting-decision"
          layout="vertical"
          initialValues={{ priority: 'normal', targetKind: 'village' }}
          onFinish={finish}
        >
          <Typography.Text strong>{t('meetings.decision.add')}</Typography.Text>
          {banner && <Alert type="error" showIcon title={banner} style={{ margin: '8px 0' }} />}
          <Form.Item name="text" label={t('meetings.decision.text')} rules={[{ required: true, max: 500 }]}>
            <Input.TextArea rows={2} maxLength={500} />
          </Form.Item>
          <Space wrap size={16} align="start">
            <DateField name="deadline" label={t('meetings.decision.deadline')} rules={[{ required: true }]} />
            <Form.Item name="priority" label={t('meetings.decision.priority')}>
              <Select
                style={{ width: 120 }}
                options={TASK_PRIORITIES.map((p) => ({ value: p, label: t(`tasks.priorities.${p}`) }))}
              />
            </Form.Item>
            <Form.Item name="evidenceRequired" label={t('meetings.decision.evidence')}>
              <Input maxLength={500} style={{ width: 260 }} />
            </Form.Item>
          </Space>
          <Form.Item name="targetKind" label={t('meetings.decision.targets')}>
            <Radio.Group
              optionType="button"
              options={(['township', 'village', 'person'] as const)
                .filter((k) => k !== 'township' || data?.level === 'county')
                .map((k) => ({ value: k, label: t(`tasks.targetKinds.${k}`) }))}
            />
          </Form.Item>
          {kind === 'person' ? (
            <Form.Item name="personIds" rules={[{ required: true }]}>
              <Select
                mode="multiple"
                aria-label={t('tasks.targetKinds.person')}
                optionFilterProp="label"
                options={(data?.cadres ?? []).map((c) => ({
                  value: c.personId,
                  label: `${c.name}（${c.villageName}）`,
                }))}
              />
            </Form.Item>
          ) : (
            <Form.Item name="codes" rules={[{ required: true }]}>
              <Select
                mode="multiple"
                aria-label={t(`tasks.targetKinds.${kind}`)}
                optionFilterProp="label"
                options={
                  kind === 'township'
                    ? (data?.townships ?? []).map((d) => ({ value: d.code, label: d.name }))
                    : (data?.villages ?? []).map((v) => ({
                        value: v.code,
                        label: data?.level === 'county' ? `${v.townshipName} ${v.name}` : v.name,
                      }))
                }
              />
            </Form.Item>
          )}
          <Button type="primary" htmlType="submit" loading={record.isPending}>
            {t('meetings.decision.submit')}
          </Button>
        </Form>
      )}
    </Space>
  );
}
