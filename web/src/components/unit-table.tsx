import type { TUnit } from '@zhucun/core';
import { Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type TPaging, useTablePagination } from './paging.ts';

type Props = {
  units: readonly TUnit[];
  loading: boolean;
  paging: TPaging;
  emptyText: string;
  actions: (unit: TUnit) => ReactNode;
};

/** The wide dispatching-units table (tablets and desktops). */
export function UnitTable({ units, loading, paging, emptyText, actions }: Props) {
  const { t } = useTranslation();
  const pagination = useTablePagination(paging);
  const columns: TableColumnsType<TUnit> = [
    {
      title: t('units.name'),
      dataIndex: 'name',
      key: 'name',
      render: (v: string) => <Typography.Text strong>{v}</Typography.Text>,
    },
    { title: t('units.kind'), key: 'kind', width: 120, render: (_v, u) => t(`units.kinds.${u.kind}`) },
    { title: t('units.level'), key: 'level', width: 90, render: (_v, u) => t(`units.levels.${u.level}`) },
    {
      title: t('units.contactName'),
      dataIndex: 'contactName',
      key: 'contactName',
      width: 120,
      render: (v: string | null) => v ?? '—',
    },
    {
      title: t('units.contactPhone'),
      dataIndex: 'contactPhone',
      key: 'contactPhone',
      width: 140,
      render: (v: string | null) => v ?? '—',
    },
    { title: t('units.actions'), key: 'actions', width: 170, fixed: 'end', render: (_v, u) => actions(u) },
  ];
  return (
    <Table<TUnit>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...units]}
      loading={loading}
      scroll={{ x: 800 }}
      locale={{ emptyText }}
      pagination={pagination}
    />
  );
}
