import type { TLoginLock } from '@zhucun/core';
import { App, Button, Card, Empty, Popconfirm, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../../api/client.ts';
import { useLiftLoginLock, useLoginLocks } from '../../api/login-locks.ts';
import { LoadError } from '../../components/load-error.tsx';
import { formatDateTime } from '../../lib/format.ts';

/** `/login-locks`: sign-in locks in force, by name and address, each with 解除 (the security administrator). */
export function LoginLockListPage() {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const locks = useLoginLocks();
  const lift = useLiftLoginLock();
  const liftOne = (lock: TLoginLock) =>
    lift.mutateAsync({ login: lock.login, address: lock.address }).then(
      () => void message.success(t('loginLocks.lifted', { login: lock.login })),
      (error: unknown) => void message.error(errorMessage(error)),
    );

  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>{t('loginLocks.title')}</Typography.Title>
      </div>
      <Card>
        <Typography.Paragraph type="secondary">{t('loginLocks.intro')}</Typography.Paragraph>
        {locks.isError ? (
          <LoadError error={locks.error} onRetry={() => void locks.refetch()} />
        ) : (
          <Table<TLoginLock>
            rowKey={(l) => `${l.login}|${l.address ?? '*'}`}
            loading={locks.isFetching}
            dataSource={locks.data?.items ?? []}
            pagination={false}
            scroll={{ x: 'max-content' }}
            locale={{ emptyText: <Empty description={t('loginLocks.empty')} /> }}
            columns={[
              {
                title: t('loginLocks.login'),
                key: 'login',
                render: (_, l) => (l.displayName ? `${l.login}（${l.displayName}）` : l.login),
              },
              {
                title: t('loginLocks.address'),
                key: 'address',
                render: (_, l) => l.address ?? t('loginLocks.everywhere'),
              },
              { title: t('loginLocks.failures'), dataIndex: 'failures' },
              {
                title: t('loginLocks.until'),
                key: 'until',
                render: (_, l) => formatDateTime(l.lockedUntil),
              },
              {
                title: t('loginLocks.actions'),
                key: 'actions',
                render: (_, l) => (
                  <Popconfirm title={t('loginLocks.confirm')} onConfirm={() => liftOne(l)}>
                    <Button size="small">{t('loginLocks.lift')}</Button>
                  </Popconfirm>
                ),
              },
            ]}
          />
        )}
      </Card>
    </>
  );
}
