import { PHONE_PATTERN, type TUser } from '@zhucun/core';
import { Alert, App, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUpdateUser } from '../../api/users.ts';
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
      { id: user.id, displayName: values.displayName.trim(), phone: values.phone?.trim() || null },
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
    <Modal
      open={user !== null}
      title={t('users.editTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={update.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => setBanner(null)}
      destroyOnHidden
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        name="edit-user"
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={{ displayName: user?.displayName, phone: user?.phone ?? '' }}
      >
        <Form.Item label={t('users.username')}>
          <Input value={user?.username} disabled />
        </Form.Item>
        <Form.Item
          name="displayName"
          label={t('users.displayName')}
          rules={[{ required: true, whitespace: true, max: 50, message: t('users.displayNameRequired') }]}
        >
          <Input autoComplete="off" />
        </Form.Item>
        <Form.Item
          name="phone"
          label={t('users.phone')}
          rules={[{ pattern: PHONE_PATTERN, message: t('users.phoneRule') }]}
        >
          <Input inputMode="tel" maxLength={11} autoComplete="off" />
        </Form.Item>
      </Form>
    </Modal>
  );
}
