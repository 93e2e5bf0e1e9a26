import type { TUser } from '@zhucun/core';
import { Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../lib/format.ts';
import { type TPaging, useTablePagination } from './paging.ts';
import { RoleTags } from './role-tags.tsx';
import { UserStatusTag } from './user-status-tag.tsx';

type Props = {
  users: readonly TUser[];
  loading: boolean;
  paging: TPaging;
  actions: (user: TUser) => ReactNode;
};

/** The wide users table (tablets and desktops); scrolls sideways inside its card when narrow. */
export function UserTable({ users, loading, paging, actions }: Props) {
  const { t } = useTranslation();
  const pagination = useTablePagination(paging);
  const columns: TableColumnsType<TUser> = [
    {
      title: t('users.displayName'),
      key: 'user',
      width: 170,
      render: (_v, u) => (
        <>
          <Typography.Text strong>{u.displayName}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{u.username}</Typography.Text>
        </>
      ),
    },
    {
      title: t('users.phone'),
      dataIndex: 'phone',
      key: 'phone',
      width: 120,
      render: (v: string | null) => v ?? '—',
    },
    { title: t('users.roles'), key: 'roles', render: (_v, u) => <RoleTags roles={u.roles} /> },
    { title: t('users.status'), key: 'status', width: 90, render: (_v, u) => <UserStatusTag user={u} /> },
    {
      title: t('users.lastLogin'),
      dataIndex: 'lastLoginAt',
      key: 'lastLoginAt',
      width: 140,
      render: (v: string | null) => formatDateTime(v) || t('users.never'),
    },
    { title: t('users.actions'), key: 'actions', width: 260, fixed: 'end', render: (_v, u) => actions(u) },
  ];
  return (
    <Table<TUser>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...users]}
      loading={loading}
      scroll={{ x: 960 }}
      locale={{ emptyText: t('users.empty') }}
      pagination={pagination}
    />
  );
}
