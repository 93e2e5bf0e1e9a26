import type { UseMutationResult } from '@tanstack/react-query';
import {
  STANDARD_LIMITS,
  type TAcceptanceResult,
  type TCriterion,
  type TCriterionScoreInput,
  type TCriterionScoreView,
} from '@zhucun/core';
import { Card, Form, Input, InputNumber, Radio, Select, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { DateField } from './date-field.tsx';
import { EvidenceField } from './evidence-field.tsx';
import { FormModal } from './form-modal.tsx';

/** What the dialog scores: a quarter (new or a correction) or the county's acceptance. */
export type TScoreMode =
  | { kind: 'assess'; quarters: string[] }
  | { kind: 'edit'; quarter: string; comment: string; scores: readonly TCriterionScoreView[] }
  | { kind: 'accept'; today: string };

export type TScoreValues = {
  quarter?: string;
  comment?: string;
  conclusion?: TAcceptanceResult;
  acceptedOn?: string;
  note?: string;
  scores: (TCriterionScoreInput & { evidencePhotoId?: number | null })[];
};

type Props = {
  open: boolean;
  mode: TScoreMode;
  criteria: readonly TCriterion[];
  pending: boolean;
  banner: string | null;
  upload: UseMutationResult<{ id: number }, Error, Blob>;
  onSave: (values: TScoreValues) => void;
  onClose: () => void;
};

/** 季度评估 / 验收: a score per criterion (0–100) with the value reached, a comment and evidence. */
export function ProjectStandardScoreModal({
  open,
  mode,
  criteria,
  pending,
  banner,
  upload,
  onSave,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TScoreValues>();
  const previous = mode.kind === 'edit' ? new Map(mode.scores.map((s) => [s.criterionId, s])) : new Map();
  const initial: TScoreValues = {
    ...(mode.kind === 'assess' ? { quarter: mode.quarters.at(-1) } : {}),
    ...(mode.kind === 'edit' ? { comment: mode.comment } : {}),
    ...(mode.kind === 'accept' ? { conclusion: 'passed', acceptedOn: mode.today } : {}),
    scores: criteria.map((c) => {
      const p = previous.get(c.id) as TCriterionScoreView | undefined;
      return {
        criterionId: c.id,
        score: p?.score as number,
        actualValue: p?.actualValue ?? null,
        comment: p?.comment ?? '',
        evidence: p?.evidence ?? '',
        evidencePhotoId: p?.evidencePhotoId ?? undefined,
      };
    }),
  };
  const title =
    mode.kind === 'accept'
      ? t('projectStandards.accept.title')
      : mode.kind === 'edit'
        ? t('projectStandards.assess.editTitle', { quarter: mode.quarter })
        : t('projectStandards.assess.title');
  return (
    <FormModal<TScoreValues>
      open={open}
      title={title}
      name={mode.kind === 'accept' ? 'project-acceptance' : 'project-assessment'}
      form={form}
      pending={pending}
      banner={banner}
      width={760}
      initialValues={initial}
      onFinish={(v) =>
        onSave({ ...v, scores: v.scores.map((s) => ({ ...s, evidencePhotoId: s.evidencePhotoId ?? null })) })
      }
      onClose={onClose}
      onAfterClose={() => form.resetFields()}
    >
      {mode.kind === 'assess' && (
        <Form.Item name="quarter" label={t('projectStandards.assess.quarter')} rules={[{ required: true }]}>
          <Select options={mode.quarters.map((q) => ({ value: q, label: q }))} style={{ width: 160 }} />
        </Form.Item>
      )}
      {mode.kind === 'accept' && (
        <Space wrap align="start">
          <Form.Item
            name="conclusion"
            label={t('projectStandards.accept.conclusion')}
            rules={[{ required: true }]}
          >
            <Radio.Group
              options={(['passed', 'failed'] as const).map((c) => ({
                value: c,
                label: t(`projectStandards.conclusions.${c}`),
              }))}
            />
          </Form.Item>
          <DateField
            name="acceptedOn"
            label={t('projectStandards.accept.date')}
            rules={[{ required: true }]}
          />
        </Space>
      )}
      {criteria.map((c, i) => (
        <Card
          key={c.id}
          size="small"
          style={{ marginBottom: 12 }}
          title={`${i + 1}. ${c.measure}`}
          extra={
            <Typography.Text type="secondary">
              {t('projectStandards.weightOf', { weight: c.weight })}
            </Typography.Text>
          }
        >
          {(c.targetValue !== null || c.evidenceRequired) && (
            <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
              {[
                c.targetValue !== null
                  ? t('projectStandards.targetOf', { value: c.targetValue, unit: c.targetUnit })
                  : '',
                c.evidenceRequired ? t('projectStandards.evidenceOf', { what: c.evidenceRequired }) : '',
              ]
                .filter(Boolean)
                .join('；')}
            </Typography.Paragraph>
          )}
          <Form.Item name={['scores', i, 'criterionId']} hidden>
            <Input />
          </Form.Item>
          <Space wrap align="start">
            <Form.Item
              name={['scores', i, 'score']}
              label={t('projectStandards.col.score')}
              rules={[
                {
                  required: true,
                  type: 'number',
                  min: 0,
                  max: 100,
                  message: t('projectStandards.assess.scoreRule'),
                },
              ]}
            >
              <InputNumber
                min={0}
                max={100}
                precision={1}
                style={{ width: 110 }}
                aria-label={t('projectStandards.assess.scoreOf', { measure: c.measure })}
              />
            </Form.Item>
            <Form.Item name={['scores', i, 'actualValue']} label={t('projectStandards.assess.actual')}>
              <InputNumber min={0} style={{ width: 130 }} addonAfter={c.targetUnit || undefined} />
            </Form.Item>
          </Space>
          <Form.Item name={['scores', i, 'comment']} label={t('projectStandards.col.comment')}>
            <Input maxLength={STANDARD_LIMITS.comment} />
          </Form.Item>
          <Form.Item name={['scores', i, 'evidence']} label={t('projectStandards.assess.evidence')}>
            <Input maxLength={STANDARD_LIMITS.evidence} />
          </Form.Item>
          <Form.Item name={['scores', i, 'evidencePhotoId']} style={{ marginBottom: 0 }}>
            <EvidenceField
              upload={upload}
              addLabel={t('projectStandards.assess.addPhoto')}
              testId={`evidence-${i}`}
            />
          </Form.Item>
        </Card>
      ))}
      {mode.kind === 'accept' ? (
        <Form.Item
          name="note"
          label={t('projectStandards.accept.note')}
          dependencies={['conclusion']}
          rules={[
            ({ getFieldValue }) => ({
              required: getFieldValue('conclusion') === 'failed',
              whitespace: true,
              message: t('projectStandards.accept.noteRequired'),
            }),
          ]}
        >
          <Input.TextArea
            rows={2}
            maxLength={STANDARD_LIMITS.comment}
            placeholder={t('projectStandards.accept.notePlaceholder')}
          />
        </Form.Item>
      ) : (
        <Form.Item name="comment" label={t('projectStandards.assess.comment')}>
          <Input.TextArea rows={2} maxLength={STANDARD_LIMITS.comment} />
        </Form.Item>
      )}
    </FormModal>
  );
}
