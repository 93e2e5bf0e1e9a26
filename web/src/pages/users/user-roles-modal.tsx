import type { TDivisionNode, TUser } from '@zhucun/core';
import { App, Form } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSetUserRoles } from '../../api/users.ts';
import { FormModal } from '../../components/form-modal.tsx';
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
    <FormModal
      open={user !== null}
      title={t('users.rolesTitle', { name: user?.displayName ?? '' })}
      name="user-roles"
      form={form}
      pending={setRoles.isPending}
      banner={banner}
      initialValues={{ roles: toRoleRows(user?.roles ?? []) }}
      onFinish={submit}
      onClose={onClose}
      onAfterClose={() => setBanner(null)}
    >
      <RoleGrantFields divisions={divisions} />
    </FormModal>
  );
}
