import { GRADES, type TGrade, type TRatingResultDetail } from '@zhucun/core';
import { Alert, App, Button, Card, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRatingReview } from '../../api/rating.ts';
import { applyApiError } from '../../lib/form-rules.ts';

type TReview = { decision: 'confirm' | 'amend'; grade?: TGrade; reason?: string };
type TDecide = { decision: 'kept' | 'amended'; newGrade?: TGrade; reason: string };

/** The named reviewer confirms the result as computed, or amends its grade with a reason. */
export function ReviewForm({ r }: { r: TRatingResultDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TReview>();
  const [banner, setBanner] = useState<string | null>(null);
  const { review } = useRatingReview(r.id);
  const decision = Form.useWatch('decision', form);
  return (
    <Card title={t('rating.review.title')} size="small" data-testid="rating-review">
      <Form<TReview>
        form={form}
        name="rating-review"
        layout="vertical"
        initialValues={{ decision: 'confirm' }}
        onFinish={(v) =>
          review
            .mutateAsync({
              decision: v.decision,
              grade: v.decision === 'amend' ? v.grade : undefined,
              reason: v.reason ?? '',
            })
            .then(() => {
              setBanner(null);
              void message.success(t('rating.review.done'));
            })
            .catch((e: unknown) => setBanner(applyApiError(form, e, ['grade', 'reason'])))
        }
      >
        {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 8 }} />}
        <Form.Item name="decision" label={t('rating.review.decision')}>
          <Radio.Group
            options={[
              { value: 'confirm', label: t('rating.review.confirm') },
              { value: 'amend', label: t('rating.review.amend') },
            ]}
          />
        </Form.Item>
        {decision === 'amend' && (
          <Form.Item name="grade" label={t('rating.review.grade')} rules={[{ required: true }]}>
            <Select options={GRADES.map((g) => ({ value: g, label: t(`rating.grades.${g}`) }))} />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('rating.review.reason')}
          rules={[{ required: decision === 'amend', whitespace: true, max: 500 }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={review.isPending}>
          {t('rating.review.submit')}
        </Button>
      </Form>
    </Card>
  );
}

/** The county decides the cadre's appeal: grade kept, or amended, with a reason the cadre reads. */
export function AppealDecisionForm({ r }: { r: TRatingResultDetail }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TDecide>();
  const [banner, setBanner] = useState<string | null>(null);
  const { decide } = useRatingReview(r.id);
  const decision = Form.useWatch('decision', form);
  const appeal = r.appealDetail;
  if (!appeal) return null;
  return (
    <Card title={t('rating.appealDecision.title')} size="small" data-testid="rating-appeal-decision">
      <Alert
        type="warning"
        showIcon
        title={t('rating.appealDecision.text', { text: appeal.text })}
        style={{ marginBottom: 12 }}
      />
      <Form<TDecide>
        form={form}
        name="rating-appeal-decision"
        layout="vertical"
        initialValues={{ decision: 'kept' }}
        onFinish={(v) =>
          decide
            .mutateAsync({
              appealId: appeal.id,
              body: {
                decision: v.decision,
                newGrade: v.decision === 'amended' ? v.newGrade : undefined,
                reason: v.reason,
              },
            })
            .then(() => void message.success(t('rating.appealDecision.done')))
            .catch((e: unknown) => setBanner(applyApiError(form, e, ['newGrade', 'reason'])))
        }
      >
        {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 8 }} />}
        <Form.Item name="decision" label={t('rating.appealDecision.decision')}>
          <Radio.Group
            options={[
              { value: 'kept', label: t('rating.appealDecisions.kept') },
              { value: 'amended', label: t('rating.appealDecisions.amended') },
            ]}
          />
        </Form.Item>
        {decision === 'amended' && (
          <Form.Item name="newGrade" label={t('rating.appealDecision.newGrade')} rules={[{ required: true }]}>
            <Select options={GRADES.map((g) => ({ value: g, label: t(`rating.grades.${g}`) }))} />
          </Form.Item>
        )}
        <Form.Item
          name="reason"
          label={t('rating.appealDecision.reason')}
          rules={[{ required: true, whitespace: true, min: 2, max: 500 }]}
        >
          <Input.TextArea rows={2} maxLength={500} />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={decide.isPending}>
          {t('rating.appealDecision.submit')}
        </Button>
      </Form>
    </Card>
  );
}
