import type { TUser } from '@zhucun/core';
import { App, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateUser } from '../../api/users.ts';
import { ContactFields } from '../../components/contact-fields.tsx';
import { FormModal } from '../../components/form-modal.tsx';
import { applyApiError } from '../../lib/form-rules.ts';

type TValues = { displayName: string; phone?: string | null };

/** Edits a user's name and phone. */
export function UserEditModal({ user, onClose }: { user: TUser | null; onClose: () => void }) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<TValues>();
  const update = useUpdateUser();
  const [banner, setBanner] = useState<string | null>(null);

  const submit = (values: TValues) => {
    if (!user) return;
    setBanner(null);
    update.mutate(
      {
        id: user.id,
        displayName: values.displayName.trim(),
        ...(values.phone?.trim() ? { phone: values.phone.trim() } : {}),
      },
      {
        onSuccess: () => {
          void message.success(t('users.saved'));
          onClose();
        },
        onError: (error) => setBanner(applyApiError(form, error, ['displayName', 'phone'])),
      },
    );
  };

  return (
    <FormModal
      open={user !== null}
      title={t('users.editTitle')}
      name="edit-user"
      form={form}
      pending={update.isPending}
      banner={banner}
      initialValues={{ displayName: user?.displayName, phone: '' }}
      onFinish={submit}
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <Form.Item label={t('users.username')}>
        <Input value={user?.username} disabled />
      </Form.Item>
      <ContactFields maskedPhone={user?.phone} />
    </FormModal>
  );
}
