import type { TAbsenceView } from '@zhucun/core';
import { Button, Space, Table, type TableColumnsType, Typography } from 'antd';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardList } from './card-list.tsx';
import { AbsenceStateTag } from './duty-review-tags.tsx';
import { useTablePagination } from './paging.ts';
import { useIsMobile } from './use-is-mobile.ts';

export type TDecision = 'approve' | 'reject';
type Props = {
  absences: readonly TAbsenceView[];
  loading: boolean;
  empty: ReactNode;
  /** Shows 批准 / 不批准 on requests still waiting (for duty:review holders). */
  canDecide: boolean;
  onDecide: (absence: TAbsenceView, decision: TDecision) => void;
};

const waiting = (a: TAbsenceView) => a.state === 'pending_township' || a.state === 'pending_county';

/** Who decides: 乡镇, 县委组织部, or 乡镇 → 县委组织部 for long leave still at the township. */
function useDecider() {
  const { t } = useTranslation();
  return (a: TAbsenceView) =>
    a.level === 'county' && a.state === 'pending_township'
      ? `${t('dutyReview.absences.levels.township')} → ${t('dutyReview.absences.levels.county')}`
      : t(`dutyReview.absences.levels.${a.level}`);
}

function DecideButtons({ a, onDecide }: { a: TAbsenceView; onDecide: Props['onDecide'] }) {
  const { t } = useTranslation();
  return (
    <Space wrap size={4}>
      <Button size="small" type="primary" onClick={() => onDecide(a, 'approve')}>
        {t('dutyReview.absences.approve')}
      </Button>
      <Button size="small" danger onClick={() => onDecide(a, 'reject')}>
        {t('dutyReview.absences.reject')}
      </Button>
    </Space>
  );
}

/** Leave and official-duty requests: a table on desktops, cards on phones. */
export function DutyReviewAbsenceList(props: Props) {
  const { absences, loading, empty, canDecide, onDecide } = props;
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const decider = useDecider();
  const [page, setPage] = useState({ page: 1, pageSize: 20 });
  const paging = {
    ...page,
    total: absences.length,
    onChange: (p: number, pageSize: number) =>
      setPage({ page: pageSize === page.pageSize ? p : 1, pageSize }),
  };
  const pagination = useTablePagination(paging);
  const kindDays = (a: TAbsenceView) =>
    `${t(`dutyReview.absences.kinds.${a.kind}`)} · ${t('dutyReview.absences.daysValue', { count: a.days })}`;
  const dates = (a: TAbsenceView) =>
    a.startDate === a.endDate ? a.startDate : `${a.startDate} ~ ${a.endDate}`;
  /** 连同前后请假共 N 天: the unbroken leave this request belongs to, when others join it. */
  const span = (a: TAbsenceView) =>
    a.span.requests > 1 ? (
      <Typography.Text type="warning" style={{ display: 'block', fontSize: 12 }}>
        {t('dutyReview.absences.span', {
          days: a.span.days,
          start: a.span.startDate,
          end: a.span.endDate,
          requests: a.span.requests,
        })}
      </Typography.Text>
    ) : null;
  const note = (a: TAbsenceView) =>
    a.decisionNote ? (
      <Typography.Text type="secondary" style={{ display: 'block', fontSize: 12 }}>
        {t('dutyReview.absences.note')}：{a.decisionNote}
      </Typography.Text>
    ) : null;

  if (isMobile) {
    if (absences.length === 0) return loading ? null : empty;
    const shown = absences.slice((page.page - 1) * page.pageSize, page.page * page.pageSize);
    return (
      <CardList items={shown} label={t('dutyReview.absences.title')} keyOf={(a) => a.id} paging={paging}>
        {(a) => (
          <div>
            <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, alignItems: 'baseline' }}>
              <Typography.Text strong className="zc-ellipsis">
                {a.personName}
              </Typography.Text>
              <AbsenceStateTag state={a.state} />
            </div>
            <Typography.Text type="secondary" style={{ fontSize: 12, display: 'block' }}>
              {a.villageName} · {t('dutyReview.absences.decider')}：{decider(a)}
            </Typography.Text>
            <div style={{ margin: '4px 0' }}>
              {kindDays(a)} · {dates(a)}
              {span(a)}
            </div>
            <Typography.Paragraph ellipsis={{ rows: 2 }} style={{ margin: 0 }}>
              {a.reason}
            </Typography.Paragraph>
            {note(a)}
            {canDecide && waiting(a) && (
              <div style={{ marginTop: 8 }}>
                <DecideButtons a={a} onDecide={onDecide} />
              </div>
            )}
          </div>
        )}
      </CardList>
    );
  }

  const columns: TableColumnsType<TAbsenceView> = [
    {
      title: t('dutyReview.person'),
      key: 'person',
      width: 130,
      render: (_v, a) => (
        <>
          <Typography.Text strong>{a.personName}</Typography.Text>
          <br />
          <Typography.Text type="secondary">{a.villageName}</Typography.Text>
        </>
      ),
    },
    {
      title: t('dutyReview.absences.kind'),
      key: 'kind',
      width: 84,
      render: (_v, a) => t(`dutyReview.absences.kinds.${a.kind}`),
    },
    {
      title: t('dutyReview.absences.dates'),
      key: 'dates',
      width: 120,
      render: (_v, a) =>
        a.startDate === a.endDate ? (
          a.startDate
        ) : (
          <>
            {a.startDate} ~<br />
            {a.endDate}
          </>
        ),
    },
    {
      title: t('dutyReview.absences.days'),
      key: 'days',
      width: 110,
      render: (_v, a) => (
        <>
          {t('dutyReview.absences.daysValue', { count: a.days })}
          {span(a)}
        </>
      ),
    },
    {
      title: t('dutyReview.absences.reason'),
      key: 'reason',
      render: (_v, a) => (
        <>
          <Typography.Paragraph ellipsis={{ rows: 2, tooltip: a.reason }} style={{ margin: 0 }}>
            {a.reason}
          </Typography.Paragraph>
          {note(a)}
        </>
      ),
    },
    {
      title: t('dutyReview.absences.state'),
      key: 'state',
      width: 140,
      render: (_v, a) => <AbsenceStateTag state={a.state} />,
    },
    { title: t('dutyReview.absences.decider'), key: 'decider', width: 120, render: (_v, a) => decider(a) },
  ];
  if (canDecide)
    columns.push({
      title: t('dutyReview.absences.actions'),
      key: 'actions',
      width: 150,
      render: (_v, a) => (waiting(a) ? <DecideButtons a={a} onDecide={onDecide} /> : null),
    });
  return (
    <Table<TAbsenceView>
      rowKey="id"
      size="middle"
      columns={columns}
      dataSource={[...absences]}
      loading={loading}
      pagination={pagination}
      locale={{ emptyText: loading ? ' ' : empty }}
      scroll={{ x: 1000 }}
    />
  );
}
