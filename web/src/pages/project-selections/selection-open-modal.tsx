import type { TCreateSelectionRequest, TDivisionNode } from '@zhucun/core';
import { Form, InputNumber, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useOpenSelection } from '../../api/project-selections.ts';
import { DateField } from '../../components/date-field.tsx';
import { FormModal } from '../../components/form-modal.tsx';

type TValues = {
  year: number;
  awardCount: number;
  nominationsCloseOn?: string | null;
  quotas: Record<string, number>;
};

/** 发起评选: the year, how many projects to award, and each township's quota of nominations. */
export function SelectionOpenModal({
  open,
  townships,
  onOpened,
  onClose,
}: {
  open: boolean;
  townships: readonly TDivisionNode[];
  onOpened: (id: number) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const create = useOpenSelection();
  const [banner, setBanner] = useState<string | null>(null);
  const year = new Date().getFullYear();
  const submit = (v: TValues) => {
    const body: TCreateSelectionRequest = {
      year: v.year,
      awardCount: v.awardCount,
      nominationsCloseOn: v.nominationsCloseOn ?? null,
      quotas: townships.map((tw) => ({ townshipCode: tw.code, quota: v.quotas?.[tw.code] ?? 0 })),
    };
    create.mutateAsync(body).then(
      (s) => {
        setBanner(null);
        onOpened(s.id);
      },
      (error: unknown) => setBanner(errorMessage(error)),
    );
  };
  return (
    <FormModal<TValues>
      open={open}
      title={t('projectSelections.open.title')}
      name="selection-open"
      form={form}
      pending={create.isPending}
      banner={banner}
      width={640}
      okText={t('projectSelections.open.submit')}
      initialValues={{
        year,
        awardCount: 5,
        quotas: Object.fromEntries(townships.map((tw) => [tw.code, 1])),
      }}
      onFinish={submit}
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <Space wrap align="start">
        <Form.Item name="year" label={t('projectSelections.open.year')} rules={[{ required: true }]}>
          <InputNumber min={2015} max={year + 1} precision={0} style={{ width: 120 }} />
        </Form.Item>
        <Form.Item
          name="awardCount"
          label={t('projectSelections.open.awardCount')}
          rules={[{ required: true }]}
        >
          <InputNumber min={1} max={100} precision={0} style={{ width: 120 }} />
        </Form.Item>
        <DateField name="nominationsCloseOn" label={t('projectSelections.open.closeOn')} />
      </Space>
      <Typography.Paragraph type="secondary">{t('projectSelections.open.quotaHint')}</Typography.Paragraph>
      <Table
        size="small"
        rowKey="code"
        pagination={false}
        scroll={{ y: 320 }}
        dataSource={[...townships]}
        columns={[
          { title: t('projectSelections.col.township'), dataIndex: 'name' },
          {
            title: t('projectSelections.col.quota'),
            key: 'quota',
            width: 140,
            render: (_, tw) => (
              <Form.Item name={['quotas', tw.code]} noStyle>
                <InputNumber
                  min={0}
                  max={50}
                  precision={0}
                  aria-label={t('projectSelections.open.quotaOf', { name: tw.name })}
                />
              </Form.Item>
            ),
          },
        ]}
      />
    </FormModal>
  );
}
