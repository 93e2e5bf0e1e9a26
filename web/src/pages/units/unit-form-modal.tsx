import { type TUnit, UNIT_KINDS, UNIT_LEVELS } from '@zhucun/core';
import { App, Form, Input, Select } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TUnitFields, useCreateUnit, useUpdateUnit } from '../../api/units.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { applyApiError } from '../../lib/form-rules.ts';

type TValues = {
  name: string;
  kind: TUnit['kind'];
  level: TUnit['level'];
  contactName?: string;
  contactPhone?: string;
};

const FIELDS = ['name', 'kind', 'level', 'contactName', 'contactPhone'];

/** What is sent: trimmed text, an empty contact as null. */
function toFields(values: TValues): TUnitFields {
  return {
    name: values.name.trim(),
    kind: values.kind,
    level: values.level,
    contactName: values.contactName?.trim() || null,
    contactPhone: values.contactPhone?.trim() || null,
  };
}

type Props = {
  /** `'new'` adds a unit, a unit edits it, null keeps the dialog closed. */
  unit: TUnit | 'new' | null;
  onClose: () => void;
};

/** Adds or edits a dispatching unit; the server's field errors show beside their fields. */
export function UnitFormModal({ unit, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const create = useCreateUnit();
  const update = useUpdateUnit();
  const [banner, setBanner] = useState<string | null>(null);
  const editing = unit !== null && unit !== 'new' ? unit : null;

  const submit = (values: TValues) => {
    setBanner(null);
    const options = {
      onSuccess: () => {
        void message.success(editing ? t('units.saved') : t('units.created'));
        onClose();
      },
      onError: (error: unknown) => setBanner(applyApiError(form, error, FIELDS)),
    };
    if (editing) update.mutate({ id: editing.id, ...toFields(values) }, options);
    else create.mutate(toFields(values), options);
  };

  return (
    <FormModal<TValues>
      open={unit !== null}
      title={editing ? t('units.editTitle') : t('units.createTitle')}
      name="unit"
      form={form}
      pending={create.isPending || update.isPending}
      banner={banner}
      initialValues={{
        name: editing?.name,
        kind: editing?.kind,
        level: editing?.level,
        contactName: editing?.contactName ?? '',
        contactPhone: editing?.contactPhone ?? '',
      }}
      onFinish={submit}
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <Form.Item
        name="name"
        label={t('units.name')}
        rules={[{ required: true, whitespace: true, min: 2, max: 100, message: t('units.nameRule') }]}
      >
        <Input autoComplete="off" maxLength={100} />
      </Form.Item>
      <Form.Item
        name="kind"
        label={t('units.kind')}
        rules={[{ required: true, message: t('units.pick', { field: t('units.kind') }) }]}
      >
        <Select options={UNIT_KINDS.map((k) => ({ value: k, label: t(`units.kinds.${k}`) }))} />
      </Form.Item>
      <Form.Item
        name="level"
        label={t('units.level')}
        rules={[{ required: true, message: t('units.pick', { field: t('units.level') }) }]}
      >
        <Select options={UNIT_LEVELS.map((l) => ({ value: l, label: t(`units.levels.${l}`) }))} />
      </Form.Item>
      <Form.Item
        name="contactName"
        label={t('units.contactName')}
        rules={[{ max: 50, message: t('units.contactNameRule') }]}
      >
        <Input autoComplete="off" maxLength={50} />
      </Form.Item>
      <Form.Item
        name="contactPhone"
        label={t('units.contactPhone')}
        rules={[{ max: 20, message: t('units.contactPhoneRule') }]}
      >
        <Input inputMode="tel" autoComplete="off" maxLength={20} />
      </Form.Item>
    </FormModal>
  );
}
