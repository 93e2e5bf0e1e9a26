import { DeleteOutlined, PlusOutlined } from '@ant-design/icons';
import {
  CRITERIA_WEIGHT_TOTAL,
  STANDARD_LIMITS,
  type TCriterion,
  type TSetCriteriaRequest,
} from '@zhucun/core';
import { Button, Card, Form, Input, InputNumber, Space, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { FormModal } from './form-modal.tsx';

type TRow = TSetCriteriaRequest['criteria'][number];
type TValues = { criteria: TRow[]; reason?: string };

type Props = {
  open: boolean;
  criteria: readonly TCriterion[];
  /** After approval: changes need a reason and are recorded as an amendment. */
  frozen: boolean;
  pending: boolean;
  banner: string | null;
  onSave: (body: TSetCriteriaRequest) => void;
  onClose: () => void;
};

const EMPTY: TRow = { measure: '', targetValue: null, targetUnit: '', weight: 0, evidenceRequired: '' };

/** 设定验收标准: the criteria of a project, each a measure, target, weight and the evidence asked for. */
export function ProjectStandardCriteriaModal({
  open,
  criteria,
  frozen,
  pending,
  banner,
  onSave,
  onClose,
}: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const rows = Form.useWatch('criteria', form) ?? [];
  const total = rows.reduce((s, r) => s + (Number(r?.weight) || 0), 0);
  const initial: TValues = {
    criteria: criteria.length
      ? criteria.map((c) => ({
          id: c.id,
          measure: c.measure,
          targetValue: c.targetValue,
          targetUnit: c.targetUnit,
          weight: c.weight,
          evidenceRequired: c.evidenceRequired,
        }))
      : [{ ...EMPTY, weight: CRITERIA_WEIGHT_TOTAL }],
  };
  return (
    <FormModal<TValues>
      open={open}
      title={t(frozen ? 'projectStandards.criteria.amendTitle' : 'projectStandards.criteria.setTitle')}
      name="project-criteria"
      form={form}
      pending={pending}
      banner={banner}
      width={760}
      initialValues={initial}
      onFinish={(v) => onSave({ criteria: v.criteria, ...(frozen ? { reason: v.reason } : {}) })}
      onClose={onClose}
      onAfterClose={() => form.resetFields()}
    >
      <Typography.Paragraph type="secondary">{t('projectStandards.criteria.hint')}</Typography.Paragraph>
      <Form.List name="criteria">
        {(fields, { add, remove }) => (
          <Space direction="vertical" style={{ width: '100%' }}>
            {fields.map((field, i) => (
              <Card
                key={field.key}
                size="small"
                title={t('projectStandards.criteria.item', { n: i + 1 })}
                extra={
                  fields.length > 1 && (
                    <Button
                      type="text"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('projectStandards.criteria.remove', { n: i + 1 })}
                      onClick={() => remove(field.name)}
                    />
                  )
                }
              >
                <Form.Item name={[field.name, 'id']} hidden>
                  <Input />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'measure']}
                  label={t('projectStandards.col.measure')}
                  rules={[
                    {
                      required: true,
                      whitespace: true,
                      message: t('projectStandards.criteria.measureRequired'),
                    },
                  ]}
                >
                  <Input
                    maxLength={STANDARD_LIMITS.measure}
                    placeholder={t('projectStandards.criteria.measurePlaceholder')}
                  />
                </Form.Item>
                <Space wrap align="start">
                  <Form.Item name={[field.name, 'targetValue']} label={t('projectStandards.col.targetValue')}>
                    <InputNumber min={0} style={{ width: 140 }} />
                  </Form.Item>
                  <Form.Item name={[field.name, 'targetUnit']} label={t('projectStandards.col.targetUnit')}>
                    <Input maxLength={STANDARD_LIMITS.targetUnit} style={{ width: 120 }} />
                  </Form.Item>
                  <Form.Item
                    name={[field.name, 'weight']}
                    label={t('projectStandards.col.weight')}
                    rules={[
                      {
                        required: true,
                        type: 'integer',
                        min: 1,
                        max: 100,
                        message: t('projectStandards.criteria.weightRule'),
                      },
                    ]}
                  >
                    <InputNumber min={1} max={100} precision={0} style={{ width: 100 }} />
                  </Form.Item>
                </Space>
                <Form.Item
                  name={[field.name, 'evidenceRequired']}
                  label={t('projectStandards.col.evidenceRequired')}
                >
                  <Input maxLength={STANDARD_LIMITS.evidenceRequired} />
                </Form.Item>
              </Card>
            ))}
            {fields.length < STANDARD_LIMITS.criteria && (
              <Button icon={<PlusOutlined />} onClick={() => add({ ...EMPTY })}>
                {t('projectStandards.criteria.add')}
              </Button>
            )}
          </Space>
        )}
      </Form.List>
      <Typography.Paragraph
        style={{ marginTop: 12 }}
        type={total === CRITERIA_WEIGHT_TOTAL ? 'success' : 'danger'}
        data-testid="criteria-weight-total"
      >
        {t('projectStandards.criteria.weightTotal', { total })}
      </Typography.Paragraph>
      {frozen && (
        <Form.Item
          name="reason"
          label={t('projectStandards.criteria.reason')}
          rules={[
            { required: true, whitespace: true, message: t('projectStandards.criteria.reasonRequired') },
          ]}
        >
          <Input.TextArea rows={2} maxLength={STANDARD_LIMITS.reason} />
        </Form.Item>
      )}
    </FormModal>
  );
}
