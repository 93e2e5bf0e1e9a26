import type { TDayView } from '@zhucun/core';
import { Button, Skeleton, Table, type TableColumnsType, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CardList } from './card-list.tsx';
import { DayFlagTags, DayNightTags, FourRoleTags } from './duty-review-tags.tsx';
import { type TPaging, useTablePagination } from './paging.ts';
import { useIsMobile } from './use-is-mobile.ts';

type Props = {
  days: readonly TDayView[];
  loading: boolean;
  paging: TPaging;
  empty: ReactNode;
  onOpen: (id: number) => void;
};

/** Work logs as a table (desktop) or cards (phones), in the order the server gives; a row opens the entry. */
export function DutyReviewLogList(props: Props) {
  const isMobile = useIsMobile();
  return isMobile ? <LogCards {...props} /> : <LogTable {...props} />;
}

function WorkText({ day }: { day: TDayView }) {
  const { t } = useTranslation();
  if (!day.work) return <Typography.Text type="secondary">{t('dutyReview.logs.noWork')}</Typography.Text>;
  return (
    <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
      {day.work}
    </Typography.Paragraph>
  );
}

function LogTable({ days, loading, paging, empty, onOpen }: Props) {
  const { t } = useTranslation();
  const pagination = useTablePagination(paging);
  const columns: TableColumnsType<TDayView> = [
    { title: t('dutyReview.logs.date'), dataIndex: 'date', key: 'date', width: 110 },
    {
      title: t('dutyReview.person'),
      key: 'person',
      width: 160,
      render: (_v, d) => (
        <>
          <Button type="link" style={{ padding: 0, height: 'auto' }} onClick={() => onOpen(d.id)}>
            {d.personName}
          </Button>
          <br />
          <Typography.Text type="secondary">{d.villageName}</Typography.Text>
        </>
      ),
    },
    {
      title: t('dutyReview.logs.dayNight'),
      key: 'place',
      width: 210,
      render: (_v, d) => <DayNightTags day={d.day} night={d.night} />,
    },
    { title: t('dutyReview.logs.work'), key: 'work', render: (_v, d) => <WorkText day={d} /> },
    {
      title: t('dutyReview.logs.roles'),
      key: 'roles',
      width: 220,
      render: (_v, d) => (
        <>
          <FourRoleTags roles={d.roles} />
          <DayFlagTags day={d} />
        </>
      ),
    },
  ];
  return (
    <Table<TDayView>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...days]}
      loading={loading}
      pagination={pagination}
      locale={{ emptyText: loading ? ' ' : empty }}
      onRow={(d) => ({ onClick: () => onOpen(d.id), style: { cursor: 'pointer' } })}
      scroll={{ x: 900 }}
    />
  );
}

function LogCards({ days, loading, paging, empty, onOpen }: Props) {
  const { t } = useTranslation();
  if (loading && days.length === 0) return <Skeleton active />;
  if (days.length === 0) return empty;
  return (
    <CardList items={days} label={t('dutyReview.logs.title')} keyOf={(d) => d.id} paging={paging}>
      {(d) => (
        <div>
          <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'baseline' }}>
            <Button
              type="link"
              style={{ padding: 0, height: 'auto', minWidth: 0 }}
              className="zc-ellipsis"
              onClick={() => onOpen(d.id)}
            >
              <Typography.Text strong>{d.personName}</Typography.Text>
            </Button>
            <Typography.Text type="secondary" style={{ flex: 'none' }}>
              {d.date}
            </Typography.Text>
          </div>
          <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
            {d.villageName}
          </Typography.Text>
          <div style={{ margin: '6px 0' }}>
            <DayNightTags day={d.day} night={d.night} />
          </div>
          <WorkText day={d} />
          {(d.roles.length > 0 || d.backfilled || d.returned) && (
            <div style={{ marginTop: 6, display: 'flex', flexWrap: 'wrap', rowGap: 4 }}>
              <FourRoleTags roles={d.roles} />
              <DayFlagTags day={d} />
            </div>
          )}
        </div>
      )}
    </CardList>
  );
}
