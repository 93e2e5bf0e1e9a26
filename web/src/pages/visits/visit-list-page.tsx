import type { TVisitSummary } from '@zhucun/core';
import {
  Card,
  Col,
  DatePicker,
  Pagination,
  Row,
  Skeleton,
  Table,
  type TableColumnsType,
  Tag,
  Tooltip,
  Typography,
} from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { useVisitSummary, useVisits } from '../../api/visits.ts';
import { DivisionSelects } from '../../components/division-selects.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { VisitList } from '../../components/visit-list.tsx';
import { changedParams } from '../../lib/search-params.ts';
import { useDivisionOptions } from '../duty-review/use-division-options.ts';

type TRow = TVisitSummary['items'][number];

/** `/visits`: visits in scope by month and village, with each cadre's night visits against 4 — never a ranking. */
export function VisitListPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  const month = params.get('month') ?? dayjs().format('YYYY-MM');
  const township = params.get('township') ?? undefined;
  const village = params.get('village') ?? undefined;
  const page = Number(params.get('page')) || 1;
  const { townships, villages } = useDivisionOptions(township);
  const summary = useVisitSummary({ month, township: village ? undefined : township, village });
  const start = dayjs(`${month}-01`);
  const visits = useVisits({
    from: start.format('YYYY-MM-DD'),
    to: start.endOf('month').format('YYYY-MM-DD'),
    township: village ? undefined : township,
    village,
    page,
    pageSize: 20,
  });
  const set = (change: Record<string, string | undefined>) =>
    setParams(changedParams(params, change, { paged: true }));
  const width = (w: number) => ({ width: isMobile ? 'calc(50% - 4px)' : w });
  const target = summary.data?.target ?? 0;
  const columns: TableColumnsType<TRow> = [
    { title: t('requests.village'), dataIndex: 'villageName', key: 'village' },
    { title: t('visits.list.person'), dataIndex: 'personName', key: 'person' },
    { title: t('visits.list.visits'), dataIndex: 'visits', key: 'visits', width: 90, align: 'end' },
    {
      title: t('visits.list.nights'),
      key: 'nights',
      width: 120,
      align: 'end',
      render: (_v, r) =>
        // the target is for stationed cadres; a village committee member's night visits stand alone
        !r.stationed ? (
          <>
            {r.nightVisits}{' '}
            <Tooltip title={t('visits.list.noTargetRule')}>
              <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                {t('visits.list.noTarget')}
              </Typography.Text>
            </Tooltip>
          </>
        ) : (
          <>
            {r.nightVisits} / {target}{' '}
            {r.met ? (
              <Tag color="success" style={{ marginInlineEnd: 0 }}>
                {t('visits.list.met', { target })}
              </Tag>
            ) : null}
          </>
        ),
    },
  ];

  return (
    <>
      <div className="zc-page-head">
        <div>
          <Typography.Title level={3}>{t('visits.list.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('visits.list.hint')}</Typography.Text>
        </div>
      </div>
      <div className="zc-toolbar" style={{ marginBottom: 16 }}>
        <DatePicker
          picker="month"
          allowClear={false}
          aria-label={t('visits.list.month')}
          value={start}
          onChange={(v) => set({ month: v?.format('YYYY-MM') })}
          style={width(130)}
        />
        <DivisionSelects
          townships={townships}
          villages={villages}
          township={township}
          village={village}
          onChange={set}
        />
      </div>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={10}>
          <Card size="small" title={t('visits.list.summary')}>
            {summary.isError ? (
              <LoadError error={summary.error} onRetry={() => void summary.refetch()} />
            ) : (
              <Table<TRow>
                rowKey="personId"
                size="small"
                columns={columns}
                dataSource={summary.data?.items ?? []}
                loading={summary.isFetching}
                pagination={{ pageSize: 50, hideOnSinglePage: true }}
                locale={{ emptyText: t('visits.list.empty') }}
              />
            )}
          </Card>
        </Col>
        <Col xs={24} lg={14}>
          <Card size="small" title={t('visits.list.detail')}>
            {visits.isError ? (
              <LoadError error={visits.error} onRetry={() => void visits.refetch()} />
            ) : visits.data ? (
              <>
                <VisitList visits={visits.data.items} showWho />
                {visits.data.total > 20 && (
                  <Pagination
                    simple
                    style={{ marginTop: 12, justifyContent: 'center' }}
                    current={page}
                    pageSize={20}
                    total={visits.data.total}
                    onChange={(p) => set({ page: String(p) })}
                  />
                )}
              </>
            ) : (
              <Skeleton active />
            )}
          </Card>
        </Col>
      </Row>
    </>
  );
}
