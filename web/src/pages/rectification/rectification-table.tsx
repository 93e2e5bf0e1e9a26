import type { TRectificationListItem } from '@zhucun/core';
import { Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { CardList } from '../../components/card-list.tsx';
import { type TPaging, useTablePagination } from '../../components/paging.ts';
import { placeOf, RectificationFlags, RectificationStateTag } from './rectification-tags.tsx';

export type TRectificationListProps = {
  items: readonly TRectificationListItem[];
  loading: boolean;
  paging: TPaging;
  empty: ReactNode;
};

/** The ledger as a table (1366 px): the problem, its source, where, who, the deadline and state. */
export function RectificationTable({ items, loading, paging, empty }: TRectificationListProps) {
  const { t } = useTranslation();
  const pagination = useTablePagination(paging);
  const columns: TableColumnsType<TRectificationListItem> = [
    {
      title: t('rectification.col.problem'),
      key: 'problem',
      render: (_v, i) => (
        <>
          <Link to={`/rectification/${i.id}`}>{i.problem}</Link>
          <div>
            <RectificationFlags item={i} />
          </div>
        </>
      ),
    },
    {
      title: t('rectification.col.source'),
      key: 'source',
      width: 120,
      render: (_v, i) => t(`rectification.sources.${i.source}`),
    },
    {
      title: t('rectification.col.place'),
      key: 'place',
      width: 190,
      render: (_v, i) => (
        <>
          {placeOf(i)}
          <br />
          <Typography.Text type="secondary">{t(`rectification.levels.${i.level}`)}</Typography.Text>
        </>
      ),
    },
    { title: t('rectification.col.owners'), key: 'owners', width: 220, render: (_v, i) => i.owners },
    {
      title: t('rectification.col.deadline'),
      key: 'deadline',
      width: 110,
      render: (_v, i) => (
        <Typography.Text type={i.overdue ? 'danger' : undefined}>{i.deadline}</Typography.Text>
      ),
    },
    {
      title: t('rectification.col.state'),
      key: 'state',
      width: 130,
      render: (_v, i) => <RectificationStateTag state={i.state} />,
    },
  ];
  return (
    <Table<TRectificationListItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...items]}
      loading={loading}
      pagination={pagination}
      locale={{ emptyText: empty }}
    />
  );
}

/** The ledger as cards (a phone): the problem, its state, where and the deadline. */
export function RectificationCards({ items, loading, paging, empty }: TRectificationListProps) {
  const { t } = useTranslation();
  if (!loading && items.length === 0) return <>{empty}</>;
  return (
    <CardList items={items} label={t('rectification.title')} keyOf={(i) => i.id} paging={paging}>
      {(i) => (
        <>
          <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
            <Link to={`/rectification/${i.id}`} style={{ fontWeight: 600 }}>
              {i.problem}
            </Link>
            <RectificationStateTag state={i.state} />
          </div>
          <RectificationFlags item={i} />
          <div>
            <Typography.Text type="secondary">
              {placeOf(i)} · {t('rectification.col.deadline')} {i.deadline}
            </Typography.Text>
          </div>
        </>
      )}
    </CardList>
  );
}
