import { PlusOutlined } from '@ant-design/icons';
import { SELECTION_LIMITS, type TObjectionView, type TSelection } from '@zhucun/core';
import { Button, Card, Form, Input, Radio, Select, Table, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useHandleObjection, useRecordObjection } from '../../api/project-selections.ts';
import { DateField } from '../../components/date-field.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { formatDateTime } from '../../lib/format.ts';

type TRecord = { nominationId: number; receivedOn: string; raisedBy: string; content: string };
type THandle = { outcome: 'upheld' | 'dismissed'; handling: string };
const COLOR = { pending: 'orange', upheld: 'red', dismissed: 'green' } as const;

/** 公示异议: objections received during the notice, who raised them, what they say and how they were answered. */
export function SelectionObjectionsCard({ selection: s, today }: { selection: TSelection; today: string }) {
  const { t } = useTranslation();
  const [recordForm] = Form.useForm<TRecord>();
  const [handleForm] = Form.useForm<THandle>();
  const record = useRecordObjection(s.id);
  const handle = useHandleObjection();
  const [recording, setRecording] = useState(false);
  const [handling, setHandling] = useState<TObjectionView | null>(null);
  const [banner, setBanner] = useState<string | null>(null);
  const close = () => {
    setBanner(null);
    setRecording(false);
    setHandling(null);
  };
  const fail = (e: unknown) => setBanner(errorMessage(e));
  const inNotice = s.stage === 'notice';
  return (
    <Card
      size="small"
      title={t('projectSelections.objections.title')}
      extra={
        inNotice && (
          <Button icon={<PlusOutlined />} onClick={() => setRecording(true)}>
            {t('projectSelections.objections.record')}
          </Button>
        )
      }
    >
      <Table<TObjectionView>
        size="small"
        rowKey="id"
        pagination={false}
        scroll={{ x: 'max-content' }}
        dataSource={s.objections ?? []}
        locale={{ emptyText: t('projectSelections.objections.none') }}
        columns={[
          { title: t('projectSelections.objections.receivedOn'), dataIndex: 'receivedOn' },
          { title: t('projectSelections.objections.project'), dataIndex: 'projectTitle' },
          { title: t('projectSelections.objections.raisedBy'), dataIndex: 'raisedBy' },
          { title: t('projectSelections.objections.content'), dataIndex: 'content' },
          {
            title: t('projectSelections.objections.outcome'),
            key: 'outcome',
            render: (_, o) =>
              o.outcome === 'pending' && inNotice ? (
                <Button size="small" type="primary" onClick={() => setHandling(o)}>
                  {t('projectSelections.objections.handle')}
                </Button>
              ) : (
                <div>
                  <Tag color={COLOR[o.outcome]}>{t(`projectSelections.objectionOutcomes.${o.outcome}`)}</Tag>
                  {o.handling && (
                    <Typography.Paragraph style={{ margin: '4px 0 0' }}>{o.handling}</Typography.Paragraph>
                  )}
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {[o.handledByName, formatDateTime(o.handledAt)].filter(Boolean).join(' · ')}
                  </Typography.Text>
                </div>
              ),
          },
          { title: t('projectSelections.objections.recordedBy'), dataIndex: 'recordedByName' },
        ]}
      />
      <FormModal<TRecord>
        open={recording}
        title={t('projectSelections.objections.record')}
        name="selection-objection"
        form={recordForm}
        pending={record.isPending}
        banner={banner}
        initialValues={{ receivedOn: today }}
        onFinish={(v) => record.mutateAsync(v).then(close, fail)}
        onClose={close}
        onAfterClose={() => setBanner(null)}
      >
        <Form.Item
          name="nominationId"
          label={t('projectSelections.objections.project')}
          rules={[{ required: true }]}
        >
          <Select
            options={s.nominations.filter((n) => !n.withdrawn).map((n) => ({ value: n.id, label: n.title }))}
          />
        </Form.Item>
        <DateField
          name="receivedOn"
          label={t('projectSelections.objections.receivedOn')}
          rules={[{ required: true }]}
        />
        <Form.Item
          name="raisedBy"
          label={t('projectSelections.objections.raisedBy')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input
            maxLength={SELECTION_LIMITS.raisedBy}
            placeholder={t('projectSelections.objections.raisedByHint')}
          />
        </Form.Item>
        <Form.Item
          name="content"
          label={t('projectSelections.objections.content')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={3} maxLength={SELECTION_LIMITS.objection} />
        </Form.Item>
      </FormModal>
      <FormModal<THandle>
        open={handling !== null}
        title={t('projectSelections.objections.handleTitle', { project: handling?.projectTitle ?? '' })}
        name="selection-objection-handle"
        form={handleForm}
        pending={handle.isPending}
        banner={banner}
        onFinish={(v) =>
          handling ? handle.mutateAsync({ id: handling.id, body: v }).then(close, fail) : undefined
        }
        onClose={close}
        onAfterClose={() => setBanner(null)}
      >
        <Form.Item
          name="outcome"
          label={t('projectSelections.objections.outcome')}
          rules={[{ required: true }]}
        >
          <Radio.Group
            options={(['dismissed', 'upheld'] as const).map((o) => ({
              value: o,
              label: t(`projectSelections.objectionOutcomes.${o}`),
            }))}
          />
        </Form.Item>
        <Form.Item
          name="handling"
          label={t('projectSelections.objections.handling')}
          rules={[{ required: true, whitespace: true }]}
        >
          <Input.TextArea rows={3} maxLength={SELECTION_LIMITS.handling} />
        </Form.Item>
      </FormModal>
    </Card>
  );
}
