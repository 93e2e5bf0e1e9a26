import { DownloadOutlined } from '@ant-design/icons';
import { FUNDING_SOURCES, formatYuan, type TFundingSummary } from '@zhucun/core';
import { Button, Card, Select, Table, type TableColumnsType, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { DivisionSelects } from '../../components/division-selects.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { fundingXlsxUrl, useFundingSummary } from '../../lib/home-funding-queries.ts';
import { changedParams } from '../../lib/search-params.ts';
import { useDivisionOptions } from '../duty-review/use-division-options.ts';

type TRow = TFundingSummary['rows'][number];

/** `/homes/funding`: 统一资金 totals by home and source, filtered by township and year, and the Excel export. */
export function HomeFundingSummaryPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const township = params.get('township') ?? undefined;
  const year = Number(params.get('year')) || undefined;
  const { townships } = useDivisionOptions(township);
  const filter = { township, year };
  const summary = useFundingSummary(filter);
  const set = (key: string, value: string | undefined) => setParams(changedParams(params, { [key]: value }));
  const isMobile = useIsMobile();
  const thisYear = dayjs().year();
  const years = Array.from({ length: 6 }, (_, i) => thisYear - i);
  const money = (fen: number) => formatYuan(fen);
  const home: TableColumnsType<TRow>[number] = {
    title: t('homeFunding.summary.home'),
    key: 'home',
    width: isMobile ? 140 : 220,
    fixed: 'left',
    render: (_v, r) => <Link to={`/homes/${r.homeId}`}>{r.homeTitle}</Link>,
  };
  // on a phone the home (its title names the village) stays in view and the money scrolls beside it
  const lead: TableColumnsType<TRow> = isMobile
    ? [home]
    : [
        { title: t('homeFunding.summary.township'), dataIndex: 'townshipName', key: 'township', width: 100 },
        { title: t('homeFunding.summary.village'), dataIndex: 'villageName', key: 'village', width: 110 },
        home,
        {
          title: t('homeFunding.summary.kind'),
          key: 'kind',
          width: 90,
          render: (_v, r) => t(`homeFunding.summary.kinds.${r.kind}`),
        },
      ];
  const columns: TableColumnsType<TRow> = [
    ...lead,
    ...FUNDING_SOURCES.map((s) => ({
      title: t(`homeFunding.sources.${s}`),
      key: s,
      align: 'right' as const,
      width: 130,
      render: (_v: unknown, r: TRow) => money(r.bySource[s] ?? 0),
    })),
    {
      title: t('homeFunding.totalIn'),
      key: 'in',
      align: 'right',
      width: 120,
      render: (_v, r) => money(r.inFen),
    },
    {
      title: t('homeFunding.totalOut'),
      key: 'out',
      align: 'right',
      width: 120,
      render: (_v, r) => money(r.outFen),
    },
    {
      title: t('homeFunding.balance'),
      key: 'total',
      align: 'right',
      width: 120,
      render: (_v, r) => money(r.total),
    },
  ];
  const totals = summary.data?.totals;
  const totalCells = totals
    ? [...FUNDING_SOURCES.map((s) => totals.bySource[s] ?? 0), totals.inFen, totals.outFen, totals.total]
    : [];

  return (
    <>
      <div className="zc-page-head">
        <div>
          <Typography.Title level={3}>{t('homeFunding.summary.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('homeFunding.summary.hint')}</Typography.Text>
        </div>
        <Button icon={<DownloadOutlined />} href={fundingXlsxUrl(filter)} download>
          {t('homeFunding.export')}
        </Button>
      </div>
      <div className="zc-toolbar" style={{ marginBottom: 16 }}>
        <DivisionSelects
          townships={townships}
          villages={[]}
          township={township}
          onChange={(c) => set('township', c.township)}
        />
        <Select<number>
          allowClear
          aria-label={t('homeFunding.summary.year')}
          placeholder={t('homeFunding.summary.allYears')}
          value={year}
          options={years.map((y) => ({ value: y, label: String(y) }))}
          onChange={(v) => set('year', v ? String(v) : undefined)}
          style={{ width: 120 }}
        />
      </div>
      {summary.isError ? (
        <LoadError error={summary.error} onRetry={() => void summary.refetch()} />
      ) : (
        <Card size="small">
          <Table<TRow>
            rowKey="homeId"
            size="small"
            columns={columns}
            dataSource={summary.data?.rows ?? []}
            loading={summary.isPending || summary.isFetching}
            pagination={{ pageSize: 50, hideOnSinglePage: true }}
            locale={{ emptyText: t('homeFunding.summary.empty') }}
            scroll={{ x: isMobile ? 1040 : 1420 }}
            summary={() =>
              totals && (
                <Table.Summary fixed>
                  <Table.Summary.Row>
                    <Table.Summary.Cell index={0} colSpan={lead.length}>
                      <strong>{t('homeFunding.summary.totalsRow')}</strong>
                    </Table.Summary.Cell>
                    {totalCells.map((fen, i) => (
                      // biome-ignore lint/suspicious/noArrayIndexKey: fixed columns in a fixed order
                      <Table.Summary.Cell key={i} index={lead.length + i} align="right">
                        <strong>{money(fen)}</strong>
                      </Table.Summary.Cell>
                    ))}
                  </Table.Summary.Row>
                </Table.Summary>
              )
            }
          />
        </Card>
      )}
    </>
  );
}
