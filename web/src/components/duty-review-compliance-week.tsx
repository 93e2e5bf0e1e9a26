import type { TComplianceWeek, TWeekStatus } from '@zhucun/core';
import { Empty, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardList } from './card-list.tsx';
import { useIsMobile } from './use-is-mobile.ts';

type TItem = TComplianceWeek['items'][number];
type TGroup = TComplianceWeek['groups'][number];

const STATUS_COLOR: Record<TWeekStatus, string> = {
  complying: 'success',
  not_complying: 'warning',
  not_assessed: 'default',
};

export function WeekStatusTag({ status }: { status: TWeekStatus }) {
  const { t } = useTranslation();
  return <Tag color={STATUS_COLOR[status]}>{t(`dutyReview.compliance.statuses.${status}`)}</Tag>;
}

/** One week's 五天四夜: counts per township or village, then every cadre by village and name (never ranked). */
export function DutyReviewComplianceWeek({
  week,
  loading,
}: {
  week: TComplianceWeek | undefined;
  loading: boolean;
}) {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const items = week?.items ?? [];
  const [page, setPage] = useState(1);
  const shown = items.slice((page - 1) * 20, page * 20);
  const groups: TGroup[] = week
    ? [...week.groups, { code: 'total', name: t('dutyReview.compliance.total'), ...week.totals }]
    : [];
  const groupColumns: TableColumnsType<TGroup> = [
    {
      title: t('dutyReview.compliance.group'),
      dataIndex: 'name',
      key: 'name',
      render: (name: string, g) =>
        g.code === 'total' ? <Typography.Text strong>{name}</Typography.Text> : name,
    },
    {
      title: t('dutyReview.compliance.complying'),
      dataIndex: 'complying',
      key: 'c',
      width: 90,
      align: 'right',
    },
    {
      title: t('dutyReview.compliance.notComplying'),
      dataIndex: 'notComplying',
      key: 'n',
      width: 90,
      align: 'right',
    },
    {
      title: t('dutyReview.compliance.notAssessed'),
      dataIndex: 'notAssessed',
      key: 'a',
      width: 110,
      align: 'right',
    },
  ];
  const ofRequired = (n: number, required: number) =>
    t('dutyReview.compliance.daysOf', { days: n, required });
  const columns: TableColumnsType<TItem> = [
    {
      title: t('dutyReview.person'),
      key: 'person',
      width: 150,
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
    {
      title: t('dutyReview.compliance.days'),
      key: 'days',
      width: 100,
      render: (_v, c) => ofRequired(c.days, c.requiredDays),
    },
    {
      title: t('dutyReview.compliance.nights'),
      key: 'nights',
      width: 100,
      render: (_v, c) => ofRequired(c.nights, c.requiredNights),
    },
    { title: t('dutyReview.compliance.excused'), dataIndex: 'excused', key: 'excused', width: 110 },
    {
      title: t('dutyReview.compliance.status'),
      key: 'status',
      width: 120,
      render: (_v, c) => <WeekStatusTag status={c.status} />,
    },
  ];
  const empty = <Empty description={t('dutyReview.compliance.empty')} />;
  return (
    <>
      <Table<TGroup>
        aria-label={t('dutyReview.compliance.groups')}
        rowKey="code"
        size="small"
        columns={groupColumns}
        dataSource={groups}
        loading={loading}
        pagination={false}
        style={{ marginBottom: 16, maxWidth: 640 }}
        scroll={{ x: 420 }}
      />
      {isMobile ? (
        items.length === 0 ? (
          empty
        ) : (
          <CardList
            items={shown}
            label={t('dutyReview.compliance.title')}
            keyOf={(c) => c.personId}
            paging={{ page, pageSize: 20, total: items.length, onChange: setPage }}
          >
            {(c) => (
              <div>
                <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
                  <Typography.Text strong className="zc-ellipsis">
                    {c.personName}
                  </Typography.Text>
                  <WeekStatusTag status={c.status} />
                </div>
                <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
                  {c.villageName} · {t(`registry.categories.${c.category}`)}
                </Typography.Text>
                <div style={{ marginTop: 4 }}>
                  {t('dutyReview.compliance.days')} {ofRequired(c.days, c.requiredDays)} ·{' '}
                  {t('dutyReview.compliance.nights')} {ofRequired(c.nights, c.requiredNights)}
                </div>
              </div>
            )}
          </CardList>
        )
      ) : (
        <Table<TItem>
          rowKey="personId"
          size="middle"
          columns={columns}
          dataSource={items}
          loading={loading}
          pagination={{ defaultPageSize: 50, showSizeChanger: true, pageSizeOptions: [20, 50, 100, 200] }}
          locale={{ emptyText: loading ? ' ' : empty }}
          scroll={{ x: 760 }}
        />
      )}
    </>
  );
}
