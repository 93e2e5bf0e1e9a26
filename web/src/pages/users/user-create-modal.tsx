import { type TDivisionNode, ZUsername } from '@zhucun/core';
import { Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type TUserWithPassword, useCreateUser } from '../../api/users.ts';
import { ContactFields } from '../../components/contact-fields.tsx';
import { FormModal } from '../../components/form-modal.tsx';
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
    <FormModal
      open={open}
      title={t('users.createTitle')}
      name="create-user"
      form={form}
      pending={create.isPending}
      banner={banner}
      initialValues={{ roles: [{ divisionCode: null }] }}
      onFinish={submit}
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <Form.Item
        name="username"
        label={t('users.username')}
        required
        rules={[zodRule(ZUsername, t('users.usernameRule'))]}
      >
        <Input autoComplete="off" autoCapitalize="off" />
      </Form.Item>
      <ContactFields />
      <RoleGrantFields divisions={divisions} />
    </FormModal>
  );
}
