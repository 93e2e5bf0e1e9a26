import { ArrowLeftOutlined } from '@ant-design/icons';
import { type TViolationDecisionRequest, VIOLATION_OUTCOMES } from '@zhucun/core';
import {
  Alert,
  App,
  Button,
  Card,
  Col,
  Form,
  Input,
  InputNumber,
  Radio,
  Result,
  Row,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { ApiError } from '../../api/client.ts';
import { useDecideViolation, useViolation } from '../../api/violations.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { applyApiError } from '../../lib/form-rules.ts';
import { ViolationFacts } from './violation-facts.tsx';
import { ViolationTimeline } from './violation-parts.tsx';

/** The county's decision on a record or its appeal: upheld, reduced (to a lower deduction) or dismissed, with a reason. */
function DecisionForm({ id, appeal }: { id: number; appeal: boolean }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TViolationDecisionRequest>();
  const [banner, setBanner] = useState<string | null>(null);
  const decide = useDecideViolation(id);
  const outcome = Form.useWatch('outcome', form);
  return (
    <Card title={t(appeal ? 'violations.detail.decideAppeal' : 'violations.detail.decide')} size="small">
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 12 }} />}
      <Form<TViolationDecisionRequest>
        form={form}
        layout="vertical"
        name="violation-decision"
        initialValues={{ outcome: 'upheld' }}
        onFinish={(values) =>
          decide
            .mutateAsync(values)
            .then(() => {
              setBanner(null);
              void message.success(t('violations.decision.done'));
            })
            .catch((error: unknown) =>
              setBanner(applyApiError(form, error, ['outcome', 'reducedDeduction', 'reason'])),
            )
        }
      >
        <Form.Item name="outcome" label={t('violations.decision.outcome')} rules={[{ required: true }]}>
          <Radio.Group
            options={VIOLATION_OUTCOMES.map((o) => ({ value: o, label: t(`violations.outcomes.${o}`) }))}
          />
        </Form.Item>
        {outcome === 'reduced' && (
          <Form.Item
            name="reducedDeduction"
            label={t('violations.decision.reducedDeduction')}
            rules={[{ required: true }]}
          >
            <InputNumber min={0} max={100} precision={0} />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('violations.decision.reason')}
          rules={[{ required: true, whitespace: true, min: 2, max: 1000 }]}
        >
          <Input.TextArea
            rows={3}
            maxLength={1000}
            placeholder={t('violations.decision.reasonPlaceholder')}
          />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={decide.isPending}>
          {t('violations.decision.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** `/violations/:id`: the record, its evidence and the cadre's words, its timeline, and the decision allowed now. */
export function ViolationDetailPage() {
  const { t } = useTranslation();
  const id = Number(useParams().id);
  const valid = Number.isInteger(id) && id > 0;
  const record = useViolation(valid ? id : null);
  const canDecide = useSession().data?.user.permissions.includes('violations:decide') ?? false;
  if (!valid || (record.error instanceof ApiError && record.error.status === 404))
    return <Result status="404" title={t('errors.notFound')} />;
  if (record.isError) return <LoadError error={record.error} onRetry={() => void record.refetch()} />;
  if (!record.data) return <PageSpinner />;
  const v = record.data;
  const decideNow = v.allowed.includes('decide') || v.allowed.includes('decide_appeal');
  return (
    <>
      <div className="zc-page-head">
        <div style={{ minWidth: 0 }}>
          <Link to="/violations">
            <ArrowLeftOutlined /> {t('violations.detail.back')}
          </Link>
          <Typography.Title level={3} style={{ marginTop: 4 }}>
            {t('violations.detail.title', { id: v.id })} · {v.personName}
          </Typography.Title>
        </div>
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={14}>
          <Card>
            <ViolationFacts v={v} />
          </Card>
          {canDecide && v.state === 'notified' && !decideNow && (
            <Alert
              type="info"
              showIcon
              style={{ marginTop: 16 }}
              title={t('violations.detail.notYet', { date: v.answerDue })}
            />
          )}
          {decideNow && (
            <div style={{ marginTop: 16 }}>
              <DecisionForm key={v.state} id={v.id} appeal={v.allowed.includes('decide_appeal')} />
            </div>
          )}
        </Col>
        <Col xs={24} lg={10}>
          <Card title={t('violations.detail.timeline')}>
            <ViolationTimeline events={v.events} />
          </Card>
        </Col>
      </Row>
    </>
  );
}
