import { PHONE_PATTERN, type TDivisionNode, ZUsername } from '@zhucun/core';
import { Alert, Form, Input, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TUserWithPassword, useCreateUser } from '../../api/users.ts';
import { RoleGrantFields } from '../../components/role-grant-fields.tsx';
import { applyApiError, zodRule } from '../../lib/form-rules.ts';
import { type TRoleRow, toRoleGrants } from '../../lib/role-grants.ts';

type TValues = { username: string; displayName: string; phone?: string; roles: TRoleRow[] };
type Props = {
  open: boolean;
  divisions: readonly TDivisionNode[] | null;
  onClose: () => void;
  onCreated: (result: TUserWithPassword) => void;
};

/** Creates an account; the one-time password goes back to the page to be shown once. */
export function UserCreateModal({ open, divisions, onClose, onCreated }: Props) {
  const { t } = useTranslation();
  const [form] = Form.useForm<TValues>();
  const create = useCreateUser();
  const [banner, setBanner] = useState<string | null>(null);

  const submit = (values: TValues) => {
    setBanner(null);
    create.mutate(
      {
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        phone: values.phone?.trim() || null,
        roles: toRoleGrants(values.roles),
      },
      {
        onSuccess: (result) => {
          form.resetFields();
          onCreated(result);
        },
        onError: (error) =>
          setBanner(applyApiError(form, error, ['username', 'displayName', 'phone', 'roles'])),
      },
    );
  };

  return (
    <Modal
      open={open}
      title={t('users.createTitle')}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={create.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => setBanner(null)}
      destroyOnHidden
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        name="create-user"
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={{ roles: [{ divisionCode: null }] }}
      >
        <Form.Item
          name="username"
          label={t('users.username')}
          required
          rules={[zodRule(ZUsername, t('users.usernameRule'))]}
        >
          <Input autoComplete="off" autoCapitalize="off" />
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
        <RoleGrantFields divisions={divisions} />
      </Form>
    </Modal>
  );
}
