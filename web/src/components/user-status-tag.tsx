import type { TUser } from '@zhucun/core';
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';

/** Disabled, locked, waiting for a password change, or active. */
export function UserStatusTag({ user }: { user: Pick<TUser, 'disabled' | 'locked' | 'mustChangePassword'> }) {
  const { t } = useTranslation();
  if (user.disabled) return <Tag color="default">{t('users.statusDisabled')}</Tag>;
  if (user.locked) return <Tag color="orange">{t('users.statusLocked')}</Tag>;
  if (user.mustChangePassword) return <Tag color="gold">{t('users.statusMustChange')}</Tag>;
  return <Tag color="green">{t('users.statusActive')}</Tag>;
}
