import type { TRequestListItem } from '@zhucun/core';
import { Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type TPaging, useTablePagination } from './paging.ts';
import { currentDeadline, RequestOverdueTag, RequestStateTag, RequestUrgencyTag } from './request-tags.tsx';

export type TRequestListProps = {
  requests: readonly TRequestListItem[];
  today: string;
  loading: boolean;
  paging: TPaging;
  empty: ReactNode;
  onOpen: (id: number) => void;
};

/** The queue as a table (tablets and desktops), in the server's order (deadline); overdue rows in red. */
export function RequestTable({ requests, today, loading, paging, empty, onOpen }: TRequestListProps) {
  const { t } = useTranslation();
  const pagination = useTablePagination(paging);
  const columns: TableColumnsType<TRequestListItem> = [
    {
      title: t('requests.description'),
      key: 'description',
      render: (_v, r) => (
        <>
          <Link to={`/requests/${r.id}`} onClick={(e) => e.stopPropagation()}>
            #{r.id}
          </Link>{' '}
          <Typography.Text>{t(`requests.categories.${r.category}`)}</Typography.Text>{' '}
          <RequestUrgencyTag urgency={r.urgency} />
          <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }} type="secondary">
            {r.description}
          </Typography.Paragraph>
        </>
      ),
    },
    {
      title: t('requests.village'),
      key: 'village',
      width: 150,
      render: (_v, r) => (
        <>
          {r.villageName}
          <br />
          <Typography.Text type="secondary">{r.townshipName}</Typography.Text>
        </>
      ),
    },
    {
      title: t('requests.state'),
      key: 'state',
      width: 110,
      render: (_v, r) => <RequestStateTag state={r.state} />,
    },
    {
      title: t('requests.owner'),
      key: 'owner',
      width: 130,
      render: (_v, r) => (
        <>
          {t(`requests.levels.${r.ownerLevel}`)}
          {r.ownerName && (
            <>
              <br />
              <Typography.Text type="secondary">{r.ownerName}</Typography.Text>
            </>
          )}
        </>
      ),
    },
    {
      title: t('requests.deadline'),
      key: 'deadline',
      width: 150,
      render: (_v, r) => (
        <>
          <Typography.Text type={r.overdue ? 'danger' : undefined}>{currentDeadline(r)}</Typography.Text>
          <br />
          <RequestOverdueTag request={r} today={today} />
        </>
      ),
    },
    { title: t('requests.registeredOn'), dataIndex: 'registeredOn', key: 'registeredOn', width: 120 },
  ];
  return (
    <Table<TRequestListItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...requests]}
      loading={loading}
      pagination={pagination}
      locale={{ emptyText: empty }}
      onRow={(r) => ({
        onClick: () => onOpen(r.id),
        style: { cursor: 'pointer', ...(r.overdue ? { background: '#fff1f0' } : {}) },
      })}
    />
  );
}
