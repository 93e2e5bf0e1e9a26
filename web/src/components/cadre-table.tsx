import type { TCadreListItem } from '@zhucun/core';
import { Table, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ageOn } from '../lib/id-autofill.ts';
import { CadreFlagTags, useGenderAge } from './cadre-tags.tsx';
import { type TPaging, useTablePagination } from './paging.ts';

export type TCadreListProps = {
  cadres: readonly TCadreListItem[];
  loading: boolean;
  paging: TPaging;
  empty: ReactNode;
  onOpen: (id: number) => void;
};

/** The ledger as a table (tablets and desktops); a row opens the profile. */
export function CadreTable({ cadres, loading, paging, empty, onOpen }: TCadreListProps) {
  const { t } = useTranslation();
  const pagination = useTablePagination(paging);
  const genderAge = useGenderAge();
  const today = dayjs().format('YYYY-MM-DD');
  const columns: TableColumnsType<TCadreListItem> = [
    {
      title: t('registry.name'),
      key: 'name',
      width: 130,
      render: (_v, c) => (
        <>
          <Link to={`/cadres/${c.id}`} onClick={(e) => e.stopPropagation()}>
            <Typography.Text strong>{c.name}</Typography.Text>
          </Link>
          <br />
          <Typography.Text type="secondary">{genderAge(c, ageOn(c.birthDate, today))}</Typography.Text>
        </>
      ),
    },
    {
      title: t('registry.category'),
      key: 'category',
      width: 150,
      render: (_v, c) =>
        c.posting ? t(`registry.categories.${c.posting.category}`) : t('registry.noPosting'),
    },
    {
      title: t('registry.where'),
      key: 'where',
      width: 170,
      render: (_v, c) =>
        c.posting ? (
          <>
            {c.posting.villageName}
            <br />
            <Typography.Text type="secondary">{c.posting.townshipName}</Typography.Text>
          </>
        ) : (
          '—'
        ),
    },
    { title: t('registry.unit'), key: 'unit', render: (_v, c) => c.posting?.unitName ?? '—' },
    { title: t('registry.post'), key: 'post', width: 130, render: (_v, c) => c.posting?.postTitle ?? '—' },
    {
      title: t('registry.plannedEnd'),
      key: 'plannedEnd',
      width: 150,
      render: (_v, c) => (
        <>
          {c.posting?.plannedEndDate ?? '—'} <CadreFlagTags flags={c.flags} />
        </>
      ),
    },
    { title: t('registry.phone'), dataIndex: 'phone', key: 'phone', width: 120 },
  ];
  return (
    <Table<TCadreListItem>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...cadres]}
      loading={loading}
      scroll={{ x: 940 }}
      locale={{ emptyText: empty }}
      onRow={(c) => ({ onClick: () => onOpen(c.id), style: { cursor: 'pointer' } })}
      pagination={pagination}
    />
  );
}
