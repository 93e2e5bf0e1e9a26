import {
  CADRE_CATEGORIES,
  TASK_PRIORITIES,
  TASK_TARGET_KINDS,
  type TCadreCategory,
  type TTaskCreateInput,
  type TTaskPriority,
  type TTaskTargetKind,
} from '@zhucun/core';
import { App, Button, Form, Input, Radio, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, errorMessage } from '../../api/client.ts';
import { useAssignTask, useTaskAssignable } from '../../api/tasks.ts';
import { DateField } from '../../components/date-field.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { splitFieldErrors } from '../../lib/form-errors.ts';

type TValues = {
  title: string;
  description?: string;
  deadline: string;
  evidenceRequired?: string;
  priority: TTaskPriority;
  targetKind: TTaskTargetKind;
  codes?: string[];
  personIds?: number[];
  category?: TCadreCategory;
};

const FIELDS = ['title', 'description', 'deadline', 'evidenceRequired', 'priority', 'target'];

const targetOf = (v: TValues): TTaskCreateInput['target'] => {
  if (v.targetKind === 'person') return { kind: 'person', personIds: v.personIds ?? [] };
  if (v.targetKind === 'category') return { kind: 'category', category: v.category ?? 'party_secretary' };
  return { kind: v.targetKind, codes: v.codes ?? [] };
};

/** 下达任务: one form, one step, to townships (county only), villages, named cadres or a category. */
export function TaskAssignModal({ open, onClose }: { open: boolean; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const [banner, setBanner] = useState<string | null>(null);
  const assignable = useTaskAssignable(open);
  const assign = useAssignTask();
  const kind = Form.useWatch('targetKind', form) ?? 'village';
  const data = assignable.data;
  const kinds = TASK_TARGET_KINDS.filter((k) => k !== 'township' || data?.level === 'county');

  const finish = (v: TValues) => {
    setBanner(null);
    assign.mutate(
      {
        title: v.title,
        description: v.description ?? '',
        deadline: v.deadline,
        evidenceRequired: v.evidenceRequired ?? '',
        priority: v.priority,
        target: targetOf(v),
      },
      {
        onSuccess: ({ assignments }) => {
          void message.success(t('tasks.form.assigned', { count: assignments }));
          onClose();
        },
        onError: (error) => {
          if (!(error instanceof ApiError) || error.details.length === 0)
            return setBanner(errorMessage(error));
          const split = splitFieldErrors(error.details, FIELDS);
          form.setFields(
            split.fields.map((f) => ({
              name: (f.name[0] === 'target' ? fieldOfKind(kind) : f.name[0]) as keyof TValues,
              errors: f.errors,
            })),
          );
          setBanner(split.rest.length ? split.rest.join('；') : null);
        },
      },
    );
  };

  return (
    <FormModal<TValues>
      open={open}
      title={
        data
          ? `${t('tasks.assign')} · ${t('tasks.form.from', { name: data.assignerName })}`
          : t('tasks.assign')
      }
      name="task-assign"
      form={form}
      pending={assign.isPending}
      banner={banner}
      width={640}
      okText={t('tasks.assign')}
      initialValues={{ priority: 'normal', targetKind: 'village' }}
      onFinish={finish}
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <Form.Item name="title" label={t('tasks.form.title')} rules={[{ required: true, max: 100 }]}>
        <Input maxLength={100} />
      </Form.Item>
      <Form.Item name="description" label={t('tasks.form.description')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <div style={{ display: 'flex', gap: 12 }}>
        <DateField
          name="deadline"
          label={t('tasks.form.deadline')}
          rules={[{ required: true }]}
          style={{ flex: 1 }}
        />
        <Form.Item name="priority" label={t('tasks.form.priority')} style={{ flex: 1 }}>
          <Select options={TASK_PRIORITIES.map((p) => ({ value: p, label: t(`tasks.priorities.${p}`) }))} />
        </Form.Item>
      </div>
      <Form.Item name="evidenceRequired" label={t('tasks.form.evidenceRequired')}>
        <Input maxLength={500} placeholder={t('tasks.form.evidencePlaceholder')} />
      </Form.Item>
      <Form.Item name="targetKind" label={t('tasks.form.targetKind')}>
        <Radio.Group
          optionType="button"
          options={kinds.map((k) => ({ value: k, label: t(`tasks.targetKinds.${k}`) }))}
        />
      </Form.Item>
      {kind === 'township' && (
        <Form.Item name="codes" label={t('tasks.form.townships')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={(data?.townships ?? []).map((d) => ({ value: d.code, label: d.name }))}
          />
        </Form.Item>
      )}
      {kind === 'village' && (
        <Form.Item
          label={t('tasks.form.villages')}
          required
          extra={
            <Button
              type="link"
              size="small"
              style={{ padding: 0 }}
              onClick={() =>
                form.setFieldValue(
                  'codes',
                  (data?.villages ?? []).map((v) => v.code),
                )
              }
            >
              {t('tasks.form.allVillages')}
            </Button>
          }
        >
          <Form.Item name="codes" noStyle rules={[{ required: true }]}>
            <Select
              mode="multiple"
              aria-label={t('tasks.form.villages')}
              optionFilterProp="label"
              options={(data?.villages ?? []).map((v) => ({
                value: v.code,
                label: data?.level === 'county' ? `${v.townshipName} ${v.name}` : v.name,
              }))}
            />
          </Form.Item>
        </Form.Item>
      )}
      {kind === 'person' && (
        <Form.Item name="personIds" label={t('tasks.form.cadres')} rules={[{ required: true }]}>
          <Select
            mode="multiple"
            optionFilterProp="label"
            options={(data?.cadres ?? []).map((c) => ({
              value: c.personId,
              label: `${c.name}（${c.villageName}）`,
            }))}
          />
        </Form.Item>
      )}
      {kind === 'category' && (
        <Form.Item name="category" label={t('tasks.form.category')} rules={[{ required: true }]}>
          <Select
            options={CADRE_CATEGORIES.map((c) => ({ value: c, label: t(`registry.categories.${c}`) }))}
          />
        </Form.Item>
      )}
    </FormModal>
  );
}

const fieldOfKind = (kind: TTaskTargetKind) =>
  kind === 'person' ? 'personIds' : kind === 'category' ? 'category' : 'codes';
