import type { TComplianceYear } from '@zhucun/core';
import { Empty, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type TItem = TComplianceYear['items'][number];

/** A year's 五天四夜 per cadre, by village and name as the server gives it (never sorted by score). */
export function DutyReviewComplianceYear({
  year,
  loading,
}: {
  year: TComplianceYear | undefined;
  loading: boolean;
}) {
  const { t } = useTranslation();
  const target = year?.yearTarget ?? 200;
  const columns: TableColumnsType<TItem> = [
    {
      title: t('dutyReview.person'),
      key: 'person',
      width: 150,
      fixed: 'left',
      render: (_v, c) => (
        <>
          <Typography.Text strong>{c.personName}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{c.villageName}</Typography.Text>
        </>
      ),
    },
    {
      title: t('dutyReview.compliance.category'),
      key: 'category',
      render: (_v, c) => t(`registry.categories.${c.category}`),
    },
    { title: t('dutyReview.compliance.assessedWeeks'), dataIndex: 'assessedWeeks', key: 'a', width: 100 },
    { title: t('dutyReview.compliance.complyingWeeks'), dataIndex: 'complyingWeeks', key: 'c', width: 100 },
    {
      title: t('dutyReview.compliance.rate'),
      key: 'rate',
      width: 90,
      render: (_v, c) => (c.rate === null ? '—' : `${Math.round(c.rate * 100)}%`),
    },
    {
      title: t('dutyReview.compliance.daysInVillage'),
      key: 'days',
      width: 130,
      render: (_v, c) => t('dutyReview.compliance.daysVsTarget', { days: c.daysInVillage, target }),
    },
    {
      title: t('dutyReview.compliance.logRate'),
      key: 'log',
      width: 110,
      render: (_v, c) => (c.logRate === null ? '—' : `${Math.round(c.logRate * 100)}%`),
    },
  ];
  return (
    <Table<TItem>
      rowKey="personId"
      size="middle"
      columns={columns}
      dataSource={year?.items ?? []}
      loading={loading}
      pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200] }}
      locale={{ emptyText: loading ? ' ' : <Empty description={t('dutyReview.compliance.empty')} /> }}
      scroll={{ x: 810 }}
    />
  );
}
