import { PLAN_LIMITS, type TMilestoneInput, type TPlanMilestone, type TPlanPerson } from '@zhucun/core';
import { Form, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '../lib/form-rules.ts';
import { DateField } from './date-field.tsx';
import { FormModal } from './form-modal.tsx';

type TValues = {
  title: string;
  deliverable: string;
  ownerPersonId: number;
  startDate: string | null;
  dueDate: string;
  reason?: string;
};
const FIELDS = ['title', 'deliverable', 'ownerPersonId', 'startDate', 'dueDate', 'reason'];

type Props = {
  open: boolean;
  /** The milestone edited, or null to add one. */
  milestone: TPlanMilestone | null;
  people: TPlanPerson[];
  /** The plan is frozen as the baseline: moving a due date asks for a reason. */
  frozen: boolean;
  pending: boolean;
  onClose: () => void;
  /** Saves; a refusal's field messages show on the fields, the rest above them. */
  onSave: (input: TMilestoneInput) => Promise<unknown>;
};

/** Adds, edits or moves a milestone: what, who answers for it, by when, and why a frozen date moved. */
export function MilestoneModal({ open, milestone, people, frozen, pending, onClose, onSave }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const [banner, setBanner] = useState<string | null>(null);
  const due = Form.useWatch('dueDate', form);
  const moving = frozen && milestone !== null && due !== undefined && due !== milestone.dueDate;
  return (
    <FormModal<TValues>
      open={open}
      title={milestone ? t('plans.milestones.edit') : t('plans.milestones.add')}
      name="milestone"
      form={form}
      pending={pending}
      banner={banner}
      initialValues={
        milestone
          ? {
              title: milestone.title,
              deliverable: milestone.deliverable,
              ownerPersonId: milestone.owner.personId,
              startDate: milestone.startDate,
              dueDate: milestone.dueDate,
            }
          : { deliverable: '', startDate: null }
      }
      onFinish={(v) =>
        onSave({
          title: v.title,
          deliverable: v.deliverable ?? '',
          ownerPersonId: v.ownerPersonId,
          startDate: v.startDate ?? null,
          dueDate: v.dueDate,
          ...(v.reason ? { reason: v.reason } : {}),
        }).catch((error: unknown) => setBanner(applyApiError(form, error, FIELDS)))
      }
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <Form.Item
        name="title"
        label={t('plans.milestones.title')}
        rules={[
          {
            required: true,
            whitespace: true,
            max: PLAN_LIMITS.title,
            message: t('plans.milestones.titleRule'),
          },
        ]}
      >
        <Input maxLength={PLAN_LIMITS.title} placeholder={t('plans.milestones.titlePlaceholder')} />
      </Form.Item>
      <Form.Item name="deliverable" label={t('plans.milestones.deliverable')}>
        <Input
          maxLength={PLAN_LIMITS.deliverable}
          placeholder={t('plans.milestones.deliverablePlaceholder')}
        />
      </Form.Item>
      <Form.Item
        name="ownerPersonId"
        label={t('plans.milestones.owner')}
        rules={[{ required: true, message: t('plans.milestones.ownerRule') }]}
      >
        <Select
          showSearch
          optionFilterProp="label"
          options={people.map((p) => ({
            value: p.personId,
            label: `${p.name}（${t(`plans.roles.${p.role}`)}${p.villageName ? ` · ${p.villageName}` : ''}）`,
          }))}
        />
      </Form.Item>
      <div style={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 12 }}>
        <DateField name="startDate" label={t('plans.milestones.start')} />
        <DateField
          name="dueDate"
          label={t('plans.milestones.due')}
          rules={[{ required: true, message: t('plans.milestones.dueRule') }]}
        />
      </div>
      {frozen && milestone?.baselineDue && (
        <Typography.Paragraph type="secondary" style={{ marginTop: -8 }}>
          {t('plans.milestones.baselineNote', { date: milestone.baselineDue })}
        </Typography.Paragraph>
      )}
      {moving && (
        <Form.Item
          name="reason"
          label={t('plans.milestones.reason')}
          rules={[{ required: true, whitespace: true, message: t('plans.milestones.reasonRule') }]}
        >
          <Input.TextArea rows={2} maxLength={PLAN_LIMITS.reason} showCount />
        </Form.Item>
      )}
    </FormModal>
  );
}
