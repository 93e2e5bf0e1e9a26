import { orgFormScore, type TOrgCriterion, type TOrgEvaluator, type TOrgFormItem } from '@zhucun/core';
import { App, Form, Input, InputNumber, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/auth.ts';
import { useSubmitOrgForm } from '../../api/rating-forms.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { applyApiError } from '../../lib/form-rules.ts';

type TFields = { scores: Record<string, number | null>; comment?: string };

/** One organisation evaluation form: a score 0–100 for each criterion, the form's score as it is filled, a comment. */
export function OrgFormModal(props: {
  cycleId: number;
  evaluator: TOrgEvaluator;
  criteria: readonly TOrgCriterion[];
  item: TOrgFormItem;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TFields>();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = useSubmitOrgForm();
  const me = useSession().data?.user.displayName ?? '';
  const scores = Form.useWatch('scores', form) ?? {};
  const complete = props.criteria.every((c) => typeof scores[c.code] === 'number');
  const score = complete ? orgFormScore(props.criteria, scores as Record<string, number>) : null;
  const { item } = props;

  const onFinish = (v: TFields) => {
    setBanner(null);
    submit.mutate(
      {
        cycleId: props.cycleId,
        personId: item.personId,
        evaluator: props.evaluator,
        scores: Object.fromEntries(props.criteria.map((c) => [c.code, v.scores[c.code] as number])),
        comment: v.comment?.trim() ?? '',
      },
      {
        onSuccess: () => {
          void message.success(t('ratingForms.saved'));
          props.onClose();
        },
        onError: (error: unknown) => setBanner(applyApiError(form, error, ['scores', 'comment'])),
      },
    );
  };
  return (
    <FormModal<TFields>
      open
      title={t('ratingForms.modalTitle', { name: item.name, village: item.villageName })}
      name="org-form"
      form={form}
      pending={submit.isPending}
      banner={banner}
      okText={t('ratingForms.submit')}
      initialValues={{ scores: item.form?.scores ?? {}, comment: item.form?.comment ?? '' }}
      onFinish={onFinish}
      onClose={props.onClose}
      onAfterClose={() => setBanner(null)}
    >
      <Typography.Paragraph type="secondary">
        {t('ratingForms.modalIntro', { evaluator: t(`rating.evaluators.${props.evaluator}`) })}
      </Typography.Paragraph>
      {props.criteria.map((c) => (
        <Form.Item
          key={c.code}
          name={['scores', c.code]}
          label={t('ratingForms.criterionWeight', { label: c.label, weight: c.weight })}
          rules={[{ required: true }]}
        >
          <InputNumber min={0} max={100} precision={0} step={1} style={{ width: 160 }} />
        </Form.Item>
      ))}
      <Typography.Paragraph strong aria-live="polite">
        {score === null ? t('ratingForms.formScorePending') : t('ratingForms.formScore', { score })}
      </Typography.Paragraph>
      <Form.Item name="comment" label={t('ratingForms.comment')}>
        <Input.TextArea rows={3} maxLength={500} showCount />
      </Form.Item>
      <Typography.Paragraph type="secondary" style={{ marginBottom: 0 }}>
        {t('ratingForms.signNote', { name: me })}
      </Typography.Paragraph>
    </FormModal>
  );
}
