import type { TDivisionNode, TUser } from '@zhucun/core';
import { Alert, App, Form, Modal } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetUserRoles } from '../../api/users.ts';
import { RoleGrantFields } from '../../components/role-grant-fields.tsx';
import { applyApiError } from '../../lib/form-rules.ts';
import { type TRoleRow, toRoleGrants, toRoleRows } from '../../lib/role-grants.ts';

type Props = { user: TUser | null; divisions: readonly TDivisionNode[] | null; onClose: () => void };

/** Replaces a user's roles and their division scopes. */
export function UserRolesModal({ user, divisions, onClose }: Props) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<{ roles: TRoleRow[] }>();
  const setRoles = useSetUserRoles();
  const [banner, setBanner] = useState<string | null>(null);

  const submit = (values: { roles: TRoleRow[] }) => {
    if (!user) return;
    setBanner(null);
    setRoles.mutate(
      { id: user.id, roles: toRoleGrants(values.roles) },
      {
        onSuccess: () => {
          void message.success(t('users.saved'));
          onClose();
        },
        onError: (error) => setBanner(applyApiError(form, error, ['roles'])),
      },
    );
  };

  return (
    <Modal
      open={user !== null}
      title={t('users.rolesTitle', { name: user?.displayName ?? '' })}
      okText={t('common.save')}
      cancelText={t('common.cancel')}
      confirmLoading={setRoles.isPending}
      onOk={() => form.submit()}
      onCancel={onClose}
      afterClose={() => setBanner(null)}
      destroyOnHidden
    >
      {banner && <Alert type="error" showIcon title={banner} style={{ marginBottom: 16 }} />}
      <Form
        form={form}
        name="user-roles"
        layout="vertical"
        preserve={false}
        onFinish={submit}
        initialValues={{ roles: toRoleRows(user?.roles ?? []) }}
      >
        <RoleGrantFields divisions={divisions} />
      </Form>
    </Modal>
  );
}
