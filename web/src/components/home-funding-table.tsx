import { EnterOutlined, FileSearchOutlined } from '@ant-design/icons';
import { formatYuan } from '@zhucun/core';
import { Button, Table, type TableColumnsType, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { isCorrected, type TLedgerRow } from '../lib/home-funding.ts';

export type THomeFundingListProps = {
  rows: TLedgerRow[];
  loading: boolean;
  /** The voucher's address (opened in a new tab). */
  voucherHref: (entryId: number) => string;
  /** Shown on originals when the user may write. */
  onCorrect?: (row: TLedgerRow) => void;
};

/** A correction carries a difference: "+¥100.00" or "-¥100.00". */
const signed = (fen: number) => (fen > 0 ? `+${formatYuan(fen)}` : formatYuan(fen));

/** The amount of an entry: a correction's difference, or an original's (struck through when corrected). */
export function FundingAmount({ row: r }: { row: TLedgerRow }) {
  const { t } = useTranslation();
  const id = `funding-amount-${r.id}`;
  if (r.isCorrection) return <span data-testid={id}>{signed(r.amountFen)}</span>;
  if (!isCorrected(r)) return <span data-testid={id}>{formatYuan(r.amountFen)}</span>;
  const effective = formatYuan(r.effectiveFen ?? 0);
  return (
    <span data-testid={id}>
      <Typography.Text delete type="secondary">
        {formatYuan(r.amountFen)}
      </Typography.Text>{' '}
      <Typography.Text strong title={t('homeFunding.effective', { amount: effective })}>
        {effective}
      </Typography.Text>
    </span>
  );
}

/** What the money was for; a correction names the entry it corrects and why. */
export function FundingPurpose({ row: r }: { row: TLedgerRow }) {
  const { t } = useTranslation();
  return (
    <>
      {r.isCorrection && r.correctsId !== null && (
        <Tag color="blue">{t('homeFunding.correctionOf', { id: r.correctsId })}</Tag>
      )}
      {!r.isCorrection && <Typography.Text type="secondary">#{r.id} </Typography.Text>}
      {r.purpose}
      {r.reason && (
        <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
          {t('homeFunding.correctionReason', { reason: r.reason })}
        </Typography.Paragraph>
      )}
    </>
  );
}

export function VoucherLink({ href }: { href: string }) {
  const { t } = useTranslation();
  return (
    <a href={href} target="_blank" rel="noopener noreferrer">
      <FileSearchOutlined /> {t('homeFunding.voucherOpen')}
    </a>
  );
}

/** The ledger of one home: originals, each followed (indented) by the corrections that changed it. */
export function HomeFundingTable({ rows, loading, voucherHref, onCorrect }: THomeFundingListProps) {
  const { t } = useTranslation();
  const columns: TableColumnsType<TLedgerRow> = [
    {
      title: t('homeFunding.date'),
      key: 'date',
      width: 150,
      render: (_v, r) =>
        r.isCorrection ? (
          <span style={{ paddingLeft: 16 }}>
            <EnterOutlined style={{ transform: 'scaleX(-1)', marginRight: 4 }} />
            {r.date}
          </span>
        ) : (
          r.date
        ),
    },
    {
      title: t('homeFunding.direction'),
      key: 'direction',
      width: 70,
      render: (_v, r) => (
        <Tag color={r.direction === 'in' ? 'green' : 'orange'}>
          {t(`homeFunding.directionShort.${r.direction}`)}
        </Tag>
      ),
    },
    {
      title: t('homeFunding.source'),
      key: 'source',
      width: 190,
      render: (_v, r) => t(`homeFunding.sources.${r.source}`),
    },
    {
      title: t('homeFunding.amount'),
      key: 'amount',
      align: 'right',
      width: 160,
      render: (_v, r) => <FundingAmount row={r} />,
    },
    {
      title: t('homeFunding.purpose'),
      key: 'purpose',
      width: 260,
      render: (_v, r) => <FundingPurpose row={r} />,
    },
    {
      title: t('homeFunding.voucher'),
      key: 'voucher',
      width: 100,
      render: (_v, r) => (r.hasVoucher ? <VoucherLink href={voucherHref(r.id)} /> : '—'),
    },
    { title: t('homeFunding.createdBy'), dataIndex: 'createdByName', key: 'createdBy', width: 100 },
  ];
  if (onCorrect)
    columns.push({
      title: '',
      key: 'actions',
      width: 80,
      render: (_v, r) =>
        r.isCorrection ? null : (
          <Button
            size="small"
            onClick={() => onCorrect(r)}
            aria-label={`${t('homeFunding.correct')} #${r.id}`}
          >
            {t('homeFunding.correct')}
          </Button>
        ),
    });
  return (
    <Table<TLedgerRow>
      rowKey="id"
      size="small"
      columns={columns}
      dataSource={rows}
      loading={loading}
      pagination={{ pageSize: 50, hideOnSinglePage: true }}
      locale={{ emptyText: t('homeFunding.empty') }}
      onRow={(r) => (r.isCorrection ? { style: { background: 'rgba(0, 0, 0, 0.02)' } } : {})}
      scroll={{ x: 1110 }}
    />
  );
}
