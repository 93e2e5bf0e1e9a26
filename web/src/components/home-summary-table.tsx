import type { THomeSummary } from '@zhucun/core';
import { Button, Table, type TableColumnsType, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

type TRow = THomeSummary['rows'][number];
type Props = {
  summary: THomeSummary;
  /** The township the list below is filtered to (highlighted). */
  township?: string;
  onPick: (townshipCode: string) => void;
  loading: boolean;
  /** A phone: the kinds and the two alarms only (rooms, beds and residents are on the homes). */
  compact?: boolean;
};

const COUNTS = [
  'apartment',
  'farmhouse',
  'belowStandard',
  'rooms',
  'beds',
  'occupants',
  'withoutHome',
] as const;
const COMPACT = ['apartment', 'farmhouse', 'belowStandard', 'withoutHome'] as const;
const isCompact = (key: string): key is (typeof COMPACT)[number] =>
  (COMPACT as readonly string[]).includes(key);

/** Homes counted by township with a totals row; a township's name filters the list. */
export function HomeSummaryTable({ summary, township, onPick, loading, compact }: Props) {
  const { t } = useTranslation();
  const counts = compact ? COMPACT : COUNTS;
  const alert = (key: (typeof COUNTS)[number], value: number) =>
    (key === 'belowStandard' || key === 'withoutHome') && value > 0 ? (
      <Typography.Text type="danger">{value}</Typography.Text>
    ) : (
      value
    );
  const columns: TableColumnsType<TRow> = [
    {
      title: t('homes.summary.township'),
      key: 'township',
      fixed: 'left',
      width: compact ? 76 : 110,
      render: (_v, r) => (
        <Button
          type="link"
          size="small"
          style={{ padding: 0, fontWeight: r.townshipCode === township ? 600 : undefined }}
          onClick={() => onPick(r.townshipCode)}
        >
          {r.townshipName}
        </Button>
      ),
    },
    ...counts.map((key) => ({
      title: compact && isCompact(key) ? t(`homes.summary.short.${key}`) : t(`homes.summary.${key}`),
      key,
      align: 'right' as const,
      width: compact ? 58 : 76,
      render: (_v: unknown, r: TRow) => alert(key, r[key]),
    })),
  ];
  return (
    <Table<TRow>
      rowKey="townshipCode"
      size="small"
      columns={columns}
      dataSource={summary.rows}
      loading={loading}
      pagination={false}
      scroll={compact ? undefined : { x: 640 }}
      rowClassName={(r) => (r.townshipCode === township ? 'ant-table-row-selected' : '')}
      summary={() => (
        <Table.Summary.Row>
          <Table.Summary.Cell index={0}>
            <Typography.Text strong>{t('homes.summary.totals')}</Typography.Text>
          </Table.Summary.Cell>
          {counts.map((key, i) => (
            <Table.Summary.Cell key={key} index={i + 1} align="right">
              <Typography.Text strong>{alert(key, summary.totals[key])}</Typography.Text>
            </Table.Summary.Cell>
          ))}
        </Table.Summary.Row>
      )}
    />
  );
}
