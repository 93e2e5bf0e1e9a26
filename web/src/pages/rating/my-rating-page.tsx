import type { TRatingResultDetail } from '@zhucun/core';
import { Alert, App, Button, Card, Collapse, Empty, Form, Input, Space, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMyRating, useRatingAppeal } from '../../api/rating.ts';
import { LoadError } from '../../components/load-error.tsx';
import { PageSpinner } from '../../components/page-spinner.tsx';
import { applyApiError } from '../../lib/form-rules.ts';
import { RatingExplanation } from './rating-explanation.tsx';
import { GradeTag, ResultMarks, Stars } from './rating-tags.tsx';

/** The cadre's one appeal, while the notice runs. */
function AppealForm({ r }: { r: TRatingResultDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ text: string }>();
  const [banner, setBanner] = useState<string | null>(null);
  const send = useRatingAppeal();
  return (
    <Form
      form={form}
      layout="vertical"
      name={`rating-appeal-${r.id}`}
      onFinish={({ text }) =>
        send
          .mutateAsync({ id: r.id, text })
          .then(() => void message.success(t('rating.mine.appealSent')))
          .catch((e: unknown) => setBanner(applyApiError(form, e, ['text'])))
      }
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 8 }} />}
      <Form.Item
        name="text"
        label={t('rating.mine.appeal')}
        extra={t('rating.mine.appealHint', { until: r.cycle.noticeUntil })}
        rules={[{ required: true, whitespace: true, min: 5, max: 1000 }]}
      >
        <Input.TextArea rows={3} maxLength={1000} placeholder={t('rating.mine.appealPlaceholder')} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={send.isPending} block>
        {t('rating.mine.appealSubmit')}
      </Button>
    </Form>
  );
}

/** Where the cadre's appeal stands: sent, or decided with the reason. */
function AppealState({ r }: { r: TRatingResultDetail }) {
  const { t } = useTranslation();
  const a = r.appealDetail;
  if (!a) return null;
  return (
    <Alert
      type={a.decision ? 'success' : 'info'}
      showIcon
      title={
        a.decision
          ? t('rating.mine.appealDecided', {
              decision: t(`rating.appealDecisions.${a.decision}`),
              grade: r.grade ? t(`rating.grades.${r.grade}`) : '—',
            })
          : t('rating.mine.appealPending')
      }
      description={a.decision ? t('rating.notices.reason', { reason: a.reason ?? '' }) : a.text}
    />
  );
}

/**
 * `/my-rating`: the cadre's own results, from each year's notice on (a 360-px phone): the grade and
 * stars, the explanation down to the records, and one appeal during the notice.
 */
export function MyRatingPage() {
  const { t } = useTranslation();
  const mine = useMyRating();
  if (mine.isError) return <LoadError error={mine.error} onRetry={() => void mine.refetch()} />;
  if (!mine.data) return <PageSpinner />;
  return (
    <Space direction="vertical" size={12} style={{ width: '100%' }}>
      <div>
        <Typography.Title level={3} style={{ margin: 0 }}>
          {t('rating.mine.title')}
        </Typography.Title>
        <Typography.Text type="secondary">{t('rating.mine.hint')}</Typography.Text>
        <div>
          <Link to="/rating/notice">{t('rating.page.notice')}</Link>
        </div>
      </div>
      {mine.data.items.length === 0 && <Empty description={t('rating.mine.empty')} />}
      {mine.data.items.map((r) => (
        <Card
          key={r.id}
          size="small"
          data-testid={`my-rating-${r.cycle.year}`}
          title={t('rating.mine.cardTitle', { year: r.cycle.year })}
          extra={t(`rating.stages.${r.cycle.stage}`)}
        >
          <Space direction="vertical" size={8} style={{ width: '100%' }}>
            <Space wrap>
              <GradeTag grade={r.grade} />
              <ResultMarks r={r} />
              {r.stars !== null && <Stars stars={r.stars} />}
            </Space>
            <Typography.Text>
              {t('rating.mine.total', { total: r.total === null ? '—' : r.total.toFixed(2) })}
            </Typography.Text>
            {r.cycle.noticeFrom && (
              <Typography.Text type="secondary">
                {t('rating.notice.period', { from: r.cycle.noticeFrom, until: r.cycle.noticeUntil })}
              </Typography.Text>
            )}
            <AppealState r={r} />
            {r.mayAppeal && <AppealForm r={r} />}
            <Collapse
              size="small"
              items={[{ key: 'why', label: t('rating.mine.explain'), children: <RatingExplanation r={r} /> }]}
            />
          </Space>
        </Card>
      ))}
    </Space>
  );
}
