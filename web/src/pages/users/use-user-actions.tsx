import type { TDivisionNode, TPermission, TUser } from '@zhucun/core';
import { App, Button, Space } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useResetPassword, useSetUserDisabled } from '../../api/users.ts';
import { OneTimePasswordModal } from '../../components/one-time-password-modal.tsx';
import { UserEditModal } from './user-edit-modal.tsx';
import { UserRolesModal } from './user-roles-modal.tsx';

type TCredentials = { username: string; password: string };

/** Row actions (edit, roles, disable/enable, reset password) allowed by the admin's permissions, and their dialogs. */
export function useUserActions(
  permissions: readonly TPermission[],
  divisions: readonly TDivisionNode[] | null,
) {
  const { t } = useTranslation();
  const { modal, message } = App.useApp();
  const setDisabled = useSetUserDisabled();
  const reset = useResetPassword();
  const [editing, setEditing] = useState<TUser | null>(null);
  const [assigning, setAssigning] = useState<TUser | null>(null);
  const [credentials, setCredentials] = useState<TCredentials | null>(null);
  const canWrite = permissions.includes('users:write');
  const canAssign = permissions.includes('roles:assign');

  const toggle = (user: TUser) => {
    const disabled = !user.disabled;
    modal.confirm({
      title: t(disabled ? 'users.confirmDisable' : 'users.confirmEnable', { name: user.displayName }),
      okText: t(disabled ? 'users.disable' : 'users.enable'),
      okButtonProps: { danger: disabled },
      cancelText: t('common.cancel'),
      onOk: () =>
        setDisabled
          .mutateAsync({ id: user.id, disabled })
          .then(() => void message.success(t(disabled ? 'users.disabled' : 'users.enabled')))
          .catch((error: unknown) => void message.error(errorMessage(error))),
    });
  };

  const resetPassword = (user: TUser) =>
    modal.confirm({
      title: t('users.confirmReset', { name: user.displayName }),
      okText: t('users.resetPassword'),
      okButtonProps: { danger: true },
      cancelText: t('common.cancel'),
      onOk: () =>
        reset
          .mutateAsync(user.id)
          .then((r) => setCredentials({ username: r.user.username, password: r.oneTimePassword }))
          .catch((error: unknown) => void message.error(errorMessage(error))),
    });

  const render = (user: TUser): ReactNode => (
    <Space size={0} wrap>
      {canWrite && (
        <Button type="link" size="small" onClick={() => setEditing(user)}>
          {t('users.edit')}
        </Button>
      )}
      {canAssign && (
        <Button type="link" size="small" onClick={() => setAssigning(user)}>
          {t('users.editRoles')}
        </Button>
      )}
      {canWrite && (
        <Button type="link" size="small" danger={!user.disabled} onClick={() => toggle(user)}>
          {t(user.disabled ? 'users.enable' : 'users.disable')}
        </Button>
      )}
      {canWrite && (
        <Button type="link" size="small" onClick={() => resetPassword(user)}>
          {t('users.resetPassword')}
        </Button>
      )}
    </Space>
  );

  const dialogs = (
    <>
      <UserEditModal user={editing} onClose={() => setEditing(null)} />
      <UserRolesModal user={assigning} divisions={divisions} onClose={() => setAssigning(null)} />
      <OneTimePasswordModal credentials={credentials} onClose={() => setCredentials(null)} />
    </>
  );

  return { render, dialogs, showCredentials: setCredentials, hasActions: canWrite || canAssign };
}
