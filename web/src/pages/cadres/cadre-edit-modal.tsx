import type { TCadreProfile } from '@zhucun/core';
import { App, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateCadre } from '../../api/cadres.ts';
import { FormModal } from '../../components/form-modal.tsx';
import { PersonFields } from '../../components/person-fields.tsx';
import {
  changedPersonFields,
  editValuesOf,
  PERSON_FIELDS,
  type TPersonValues,
} from '../../lib/cadre-form.ts';
import { applyApiError } from '../../lib/form-rules.ts';

type Props = { cadre: TCadreProfile; open: boolean; onClose: () => void };

/** Edits a person's facts; only what changed is sent, an empty ID number or phone keeps the stored one. */
export function CadreEditModal({ cadre, open, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TPersonValues>();
  const update = useUpdateCadre();
  const [banner, setBanner] = useState<string | null>(null);
  const submit = (values: TPersonValues) => {
    const changes = changedPersonFields(cadre, values);
    if (Object.keys(changes).length === 0) return onClose();
    update.mutate(
      { id: cadre.id, ...changes },
      {
        onSuccess: () => {
          void message.success(t('cadre.saved'));
          onClose();
        },
        onError: (error) => setBanner(applyApiError(form, error, [...PERSON_FIELDS])),
      },
    );
  };
  return (
    <FormModal
      open={open}
      title={t('cadre.editTitle')}
      name="edit-cadre"
      form={form}
      pending={update.isPending}
      banner={banner}
      initialValues={editValuesOf(cadre)}
      width={760}
      onFinish={submit}
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <PersonFields masked={{ idNumber: cadre.idNumber, phone: cadre.phone }} />
    </FormModal>
  );
}
