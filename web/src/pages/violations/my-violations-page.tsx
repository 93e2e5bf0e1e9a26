import type { TViolationDetail } from '@zhucun/core';
import { Alert, App, Button, Card, Empty, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyViolations, useViolationStatement } from '../../api/violations.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { applyApiError } from '../../lib/form-rules.ts';
import { ViolationFacts } from './violation-facts.tsx';
import { ViolationTimeline, ViolationYearCap } from './violation-parts.tsx';

/** The cadre's written answer (申辩) or appeal (申诉) on one record, when the record allows it now. */
function StatementForm({ v }: { v: TViolationDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ explanation: string }>();
  const [banner, setBanner] = useState<string | null>(null);
  const send = useViolationStatement();
  const action = v.allowed.includes('answer') ? 'answer' : v.allowed.includes('appeal') ? 'appeal' : null;
  if (!action) return null;
  return (
    <Form
      form={form}
      layout="vertical"
      name={`violation-${action}-${v.id}`}
      style={{ marginTop: 12, paddingTop: 12, borderTop: '1px solid #f0f0f0' }}
      onFinish={({ explanation }) =>
        send
          .mutateAsync({ id: v.id, action, explanation })
          .then(() => {
            form.resetFields();
            void message.success(t('violations.mine.sent'));
          })
          .catch((error: unknown) => setBanner(applyApiError(form, error, ['explanation'])))
      }
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 8 }} />}
      <Form.Item
        name="explanation"
        label={t(`violations.mine.${action}`)}
        extra={
          action === 'answer'
            ? t('violations.detail.answerDue', { date: v.answerDue })
            : t('violations.detail.appealDue', { date: v.appealDue ?? '' })
        }
        rules={[{ required: true, whitespace: true, min: 5, max: 2000 }]}
      >
        <Input.TextArea rows={3} maxLength={2000} placeholder={t('violations.mine.explanationPlaceholder')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={send.isPending} block>
        {t(`violations.mine.${action}`)}
      </Button>
    </Form>
  );
}

/** `/my-violations`: the cadre's own violation records, their year, and answering or appealing (a 360-px phone). */
export function MyViolationsPage() {
  const { t } = useTranslation();
  const mine = useMyViolations();
  if (mine.isError) return <LoadError error={mine.error} onRetry={() => void mine.refetch()} />;
  if (!mine.data) return <PageSpinner />;
  const { items, year } = mine.data;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('violations.mine.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('violations.mine.hint')}</Typography.Text>
        <div>
          <Link to="/violations/catalogue">{t('violations.mine.catalogue')}</Link>
        </div>
      </div>
      <ViolationYearCap year={year} />
      {items.length === 0 && <Empty description={t('violations.mine.empty')} />}
      {items.map((v) => (
        <Card
          key={v.id}
          size="small"
          data-testid={`my-violation-${v.id}`}
          title={v.itemText}
          styles={{ title: { whiteSpace: 'normal' } }}
        >
          <ViolationFacts v={v} own />
          <StatementForm v={v} />
          <Typography.Title level={5} style={{ marginTop: 12 }}>
            {t('violations.detail.timeline')}
          </Typography.Title>
          <ViolationTimeline events={v.events} />
        </Card>
      ))}
    </Space>
  );
}
