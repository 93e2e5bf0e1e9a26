import type { TUser } from '@zhucun/core';
import { Empty, Skeleton, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format.ts';
import { CardList } from './card-list.tsx';
import type { TPaging } from './paging.ts';
import { RoleTags } from './role-tags.tsx';
import { UserStatusTag } from './user-status-tag.tsx';

type Props = {
  users: readonly TUser[];
  loading: boolean;
  paging: TPaging;
  actions: (user: TUser) => ReactNode;
};

/** The users as a compact list of cards, for phones. */
export function UserCards({ users, loading, paging, actions }: Props) {
  const { t } = useTranslation();
  if (loading && users.length === 0) return <Skeleton active />;
  if (users.length === 0) return <Empty description={t('users.empty')} />;
  return (
    <CardList items={users} label={t('users.title')} keyOf={(u) => u.id} paging={paging}>
      {(u) => (
        <>
          <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'baseline' }}>
            <Typography.Text strong className="zc-ellipsis">
              {u.displayName}{' '}
              <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
                {u.username}
              </Typography.Text>
            </Typography.Text>
            <UserStatusTag user={u} />
          </div>
          <div style={{ margin: '6px 0' }}>
            <RoleTags roles={u.roles} />
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {u.phone ?? '—'} · {t('users.lastLogin')} {formatDateTime(u.lastLoginAt) || t('users.never')}
          </Typography.Text>
          <div style={{ marginTop: 6 }}>{actions(u)}</div>
        </>
      )}
    </CardList>
  );
}
