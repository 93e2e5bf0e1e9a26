import { DownloadOutlined } from '@ant-design/icons';
import type { TLedgerItem } from '@zhucun/core';
import { Button, Card, DatePicker, Table, type TableColumnsType, Tag, Typography } from 'antd';
import dayjs from 'dayjs';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { ledgerXlsxUrl, useLedger } from '../../api/requests.ts';
import { DivisionSelects } from '../../components/division-selects.tsx';
import { LoadError } from '../../components/load-error.tsx';
import { RequestLedgerCounts } from '../../components/request-ledger-counts.tsx';
import { useIsMobile } from '../../components/use-is-mobile.ts';
import { changedParams } from '../../lib/search-params.ts';
import { useDivisionOptions } from '../duty-review/use-division-options.ts';

/** `/requests/ledger`: 我为群众办实事 — requests resolved in a period (this year unless chosen), counted, listed, exported. */
export function RequestLedgerPage() {
  const { t } = useTranslation();
  const isMobile = useIsMobile();
  const [params, setParams] = useSearchParams();
  // opens on this year so far: the deeds of the year, not an empty week
  const from = params.get('from') ?? dayjs().startOf('year').format('YYYY-MM-DD');
  const to = params.get('to') ?? dayjs().format('YYYY-MM-DD');
  const township = params.get('township') ?? undefined;
  const village = params.get('village') ?? undefined;
  const { townships, villages } = useDivisionOptions(township);
  const filter = { from, to, division: village ?? township };
  const ledger = useLedger(filter);
  const set = (change: Record<string, string | undefined>) => setParams(changedParams(params, change));
  const columns: TableColumnsType<TLedgerItem> = [
    { title: t('requests.ledger.resolvedOn'), dataIndex: 'resolvedOn', key: 'resolvedOn', width: 110 },
    { title: t('requests.village'), dataIndex: 'villageName', key: 'village', width: 130 },
    {
      title: t('requests.category'),
      key: 'category',
      width: 110,
      render: (_v, r) => t(`requests.categories.${r.category}`),
    },
    {
      title: t('requests.description'),
      key: 'description',
      render: (_v, r) => (
        <>
          <Link to={`/requests/${r.id}`}>#{r.id}</Link> {r.description}
          {r.result && (
            <Typography.Paragraph type="secondary" style={{ margin: 0 }} ellipsis={{ rows: 2 }}>
              {t('requests.detail.result')}：{r.result}
            </Typography.Paragraph>
          )}
        </>
      ),
    },
    {
      title: t('dutyReview.logs.roles'),
      key: 'fourRole',
      width: 120,
      render: (_v, r) => (r.fourRole ? <Tag>{t(`duty.fourRoles.${r.fourRole}`)}</Tag> : '—'),
    },
    {
      title: t('requests.detail.satisfaction'),
      key: 'satisfaction',
      width: 100,
      render: (_v, r) => (r.satisfaction ? t(`requests.satisfactions.${r.satisfaction}`) : '—'),
    },
  ];

  return (
    <>
      <div className="zc-page-head">
        <div>
          <Typography.Title level={3}>{t('requests.ledger.title')}</Typography.Title>
          <Typography.Text type="secondary">{t('requests.ledger.hint')}</Typography.Text>
        </div>
        <Button icon={<DownloadOutlined />} href={ledgerXlsxUrl(filter)} download>
          {t('requests.ledger.export')}
        </Button>
      </div>
      <div className="zc-toolbar" style={{ marginBottom: 16 }}>
        <DatePicker.RangePicker
          aria-label={t('requests.ledger.dates')}
          allowClear={false}
          value={[dayjs(from), dayjs(to)]}
          onChange={(v) => set({ from: v?.[0]?.format('YYYY-MM-DD'), to: v?.[1]?.format('YYYY-MM-DD') })}
          style={{ width: isMobile ? '100%' : 260 }}
        />
        <DivisionSelects
          townships={townships}
          villages={villages}
          township={township}
          village={village}
          onChange={set}
        />
      </div>
      {ledger.isError ? (
        <LoadError error={ledger.error} onRetry={() => void ledger.refetch()} />
      ) : (
        ledger.data && (
          <>
            <Typography.Title level={4} style={{ marginTop: 0 }} data-testid="ledger-total">
              {ledger.data.division ? `${ledger.data.division.name} · ` : ''}
              {t('requests.ledger.total', { count: ledger.data.total })}
            </Typography.Title>
            <RequestLedgerCounts ledger={ledger.data} />
            <Card size="small" styles={{ body: { padding: isMobile ? 8 : 16 } }}>
              <Table<TLedgerItem>
                rowKey="id"
                size="small"
                columns={
                  isMobile ? columns.filter((c) => c.key !== 'fourRole' && c.key !== 'satisfaction') : columns
                }
                dataSource={ledger.data.items}
                loading={ledger.isFetching}
                pagination={{ pageSize: 20, hideOnSinglePage: true }}
                locale={{ emptyText: t('requests.ledger.empty') }}
                scroll={isMobile ? { x: 520 } : undefined}
              />
            </Card>
          </>
        )
      )}
    </>
  );
}
