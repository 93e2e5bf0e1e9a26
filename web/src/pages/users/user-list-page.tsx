import { PlusOutlined } from '@ant-design/icons';
import { ROLES, type TRole } from '@zhucun/core';
import { Button, Card, Input, Select, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../api/auth.ts';
import { useDivisionTree } from '../../api/divisions.ts';
import { type TUserFilter, useUsers } from '../../api/users.ts';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { UserCards } from '../../components/user-cards.tsx';
import { UserTable } from '../../components/user-table.tsx';
import { useUserActions } from './use-user-actions.tsx';
import { UserCreateModal } from './user-create-modal.tsx';

/** `/users`: search, filter by role, create, edit, roles, disable/enable, reset password. */
export function UserListPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const permissions = useSession().data?.user.permissions ?? [];
  const canReadDivisions = permissions.includes('divisions:read');
  const tree = useDivisionTree(canReadDivisions);
  const divisions = canReadDivisions ? (tree.data?.roots ?? []) : null;
  const [filter, setFilter] = useState<TUserFilter>({ page: 1, pageSize: 20 });
  const [creating, setCreating] = useState(false);
  const users = useUsers(filter);
  const actions = useUserActions(permissions, divisions);
  const paging = {
    page: filter.page,
    pageSize: filter.pageSize,
    total: users.data?.total ?? 0,
    onChange: (page: number, pageSize: number) => setFilter((f) => ({ ...f, page, pageSize })),
  };
  const list = { users: users.data?.items ?? [], loading: users.isFetching, paging, actions: actions.render };

  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>{t('users.title')}</Typography.Title>
        {permissions.includes('users:write') && (
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>
            {t('users.create')}
          </Button>
        )}
      </div>
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <div className="zc-toolbar" style={{ marginBottom: 16 }}>
          <Input.Search
            allowClear
            placeholder={t('users.search')}
            aria-label={t('users.search')}
            onSearch={(q) => setFilter((f) => ({ ...f, q: q.trim() || undefined, page: 1 }))}
            style={{ width: isMobile ? '100%' : 300 }}
          />
          <Select<TRole>
            allowClear
            placeholder={t('users.allRoles')}
            aria-label={t('users.roles')}
            options={ROLES.map((role) => ({ value: role, label: t(`roles.${role}`) }))}
            onChange={(role) => setFilter((f) => ({ ...f, role, page: 1 }))}
            style={{ width: isMobile ? '100%' : 220 }}
          />
        </div>
        {users.isError ? (
          <LoadError error={users.error} onRetry={() => void users.refetch()} />
        ) : isMobile ? (
          <UserCards {...list} />
        ) : (
          <UserTable {...list} />
        )}
      </Card>
      <UserCreateModal
        open={creating}
        divisions={divisions}
        onClose={() => setCreating(false)}
        onCreated={(result) => {
          setCreating(false);
          actions.showCredentials({ username: result.user.username, password: result.oneTimePassword });
        }}
      />
      {actions.dialogs}
    </>
  );
}
