import type { THomeListItem } from '@zhucun/core';
import { Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { HomeKindTag, HomeLeaseTag, HomeShortfallTags } from './home-tags.tsx';
import { type TPaging, useTablePagination } from './paging.ts';

export type THomeListProps = {
  homes: readonly THomeListItem[];
  loading: boolean;
  paging: TPaging;
  empty: ReactNode;
  onOpen: (id: number) => void;
};

/** Homes as a table (tablets and desktops): what each is, its rooms, and what it lacks. */
export function HomeTable({ homes, loading, paging, empty, onOpen }: THomeListProps) {
  const { t } = useTranslation();
  const pagination = useTablePagination(paging);
  const columns: TableColumnsType<THomeListItem> = [
    {
      title: t('homes.home'),
      key: 'title',
      render: (_v, h) => (
        <Link to={`/homes/${h.id}`} onClick={(e) => e.stopPropagation()}>
          {h.title}
        </Link>
      ),
    },
    {
      title: t('homes.village'),
      key: 'village',
      width: 150,
      render: (_v, h) => (
        <>
          {h.villageName}
          <br />
          <Typography.Text type="secondary">{h.townshipName}</Typography.Text>
        </>
      ),
    },
    { title: t('homes.kind'), key: 'kind', width: 100, render: (_v, h) => <HomeKindTag kind={h.kind} /> },
    { title: t('homes.rooms'), dataIndex: 'rooms', key: 'rooms', width: 64, align: 'right' },
    { title: t('homes.beds'), dataIndex: 'beds', key: 'beds', width: 64, align: 'right' },
    { title: t('homes.occupants'), dataIndex: 'occupants', key: 'occupants', width: 64, align: 'right' },
    {
      title: t('homes.shortfalls'),
      key: 'shortfalls',
      width: 260,
      render: (_v, h) => (
        <>
          <HomeShortfallTags shortfalls={h.shortfalls} />
          <HomeLeaseTag lease={h.lease} />
        </>
      ),
    },
  ];
  return (
    <Table<THomeListItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...homes]}
      loading={loading}
      pagination={pagination}
      locale={{ emptyText: empty }}
      onRow={(h) => ({ onClick: () => onOpen(h.id), style: { cursor: 'pointer' } })}
    />
  );
}
