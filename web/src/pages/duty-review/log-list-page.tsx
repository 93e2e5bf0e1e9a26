import { DownloadOutlined } from '@ant-design/icons';
import type { TDayView } from '@zhucun/core';
import { Button, Card, Empty, Typography } from 'antd';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useSession } from '../../api/auth.ts';
import { bookUrl, type TLogFilter, useDutyDays } from '../../api/duty-review.ts';
import { DutyReviewFilters, type TDivisionFilter } from '../../components/duty-review-filters.tsx';
import { DutyReviewLogList } from '../../components/duty-review-log-list.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { AttendanceModal } from './attendance-modal.tsx';
import { LogEntryDrawer } from './log-entry-drawer.tsx';
import { useDivisionOptions } from './use-division-options.ts';

const PAGE_SIZES = [10, 20, 50, 100];

function filterFromParams(params: URLSearchParams): TLogFilter {
  const text = (key: string) => params.get(key) || undefined;
  const page = Number(params.get('page'));
  const pageSize = Number(params.get('pageSize'));
  return {
    township: text('township'),
    village: text('village'),
    from: text('from'),
    to: text('to'),
    returned: params.get('returned') === 'true' ? true : undefined,
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZES.includes(pageSize) ? pageSize : 20,
  };
}

function paramsFromFilter(filter: TLogFilter): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(filter)) {
    if (value === undefined || (key === 'page' && value === 1) || (key === 'pageSize' && value === 20))
      continue;
    params.set(key, String(value));
  }
  return params;
}

/** `/duty/logs`: the work logs (工作日志) in the caller's scope — a list to read, never a ranking. */
export function LogListPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const permissions = useSession().data?.user.permissions ?? [];
  const canReview = permissions.includes('duty:review');
  const [params, setParams] = useSearchParams();
  const filter = useMemo(() => filterFromParams(params), [params]);
  const days = useDutyDays(filter);
  const { townships, villages } = useDivisionOptions(filter.township);
  const [openId, setOpenId] = useState<number | null>(null);
  const [correcting, setCorrecting] = useState<TDayView | null>(null);

  const show = (next: TLogFilter) => setParams(paramsFromFilter(next));
  const change = (c: Partial<TDivisionFilter>) => show({ ...filter, ...c, page: 1 });
  const filtered = Boolean(filter.township || filter.from || filter.returned);
  const empty = (
    <Empty description={filtered ? t('dutyReview.logs.emptyFiltered') : t('dutyReview.logs.empty')}>
      {filtered && (
        <Button onClick={() => show({ page: 1, pageSize: filter.pageSize })}>
          {t('dutyReview.logs.clearFilters')}
        </Button>
      )}
    </Empty>
  );

  return (
    <>
      <div className="zc-page-head">
        <Typography.Title level={3}>{t('dutyReview.logs.title')}</Typography.Title>
        <Typography.Text type="secondary">{t('dutyReview.logs.hint')}</Typography.Text>
      </div>
      <Card styles={{ body: { padding: isMobile ? 12 : 24 } }}>
        <DutyReviewFilters
          filter={filter}
          townships={townships}
          villages={villages}
          dates
          returned
          onChange={change}
        />
        {days.isError ? (
          <LoadError error={days.error} onRetry={() => void days.refetch()} />
        ) : (
          <DutyReviewLogList
            days={days.data?.items ?? []}
            loading={days.isFetching}
            empty={empty}
            onOpen={setOpenId}
            paging={{
              page: filter.page,
              pageSize: filter.pageSize,
              total: days.data?.total ?? 0,
              onChange: (page, pageSize) =>
                show({ ...filter, page: pageSize === filter.pageSize ? page : 1, pageSize }),
            }}
          />
        )}
      </Card>
      <LogEntryDrawer
        id={openId}
        canReview={canReview}
        onClose={() => setOpenId(null)}
        onCorrect={setCorrecting}
        extra={(d) => (
          <Button icon={<DownloadOutlined />} href={bookUrl(d.personId, d.date.slice(0, 4))} download>
            {t('dutyReview.entry.exportBook')}
          </Button>
        )}
      />
      <AttendanceModal day={correcting} onClose={() => setCorrecting(null)} />
    </>
  );
}
