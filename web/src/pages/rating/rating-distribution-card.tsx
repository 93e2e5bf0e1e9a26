import { GRADES, type TRatingDistribution } from '@zhucun/core';
import { Card, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useRatingDistribution } from '../../api/rating.ts';

type TRow = { code: string; name: string; assessed: number; counts: TRatingDistribution['counts'] };
const KEYS = [...GRADES, 'none'] as const;
const share = (n: number, of: number) => (of > 0 ? `${Math.round((n * 1000) / of) / 10}%` : '—');

/** How many hold each grade, with their share, by township and in all (counts only, never names). */
export function RatingDistributionCard({ cycleId }: { cycleId: number }) {
  const { t } = useTranslation();
  const spread = useRatingDistribution(cycleId);
  const data = spread.data;
  const rows: TRow[] = data
    ? [
        ...data.townships,
        { code: 'all', name: t('rating.distribution.all'), assessed: data.assessed, counts: data.counts },
      ]
    : [];
  const shown = KEYS.filter((k) => k !== 'none' || (data?.counts.none ?? 0) > 0);
  return (
    <Card title={t('rating.distribution.title')} data-testid="rating-distribution">
      <Typography.Paragraph type="secondary">{t('rating.distribution.hint')}</Typography.Paragraph>
      <Table<TRow>
        rowKey="code"
        size="small"
        loading={spread.isFetching}
        dataSource={rows}
        pagination={false}
        rowClassName={(r) => (r.code === 'all' ? 'ant-table-row-selected' : '')}
        columns={[
          { title: t('rating.distribution.township'), dataIndex: 'name', width: 140 },
          { title: t('rating.distribution.assessed'), dataIndex: 'assessed', width: 90, align: 'right' },
          ...shown.map((k) => ({
            title: k === 'none' ? t('rating.distribution.none') : t(`rating.grades.${k}`),
            key: k,
            align: 'right' as const,
            render: (_: unknown, r: TRow) => `${r.counts[k]}（${share(r.counts[k], r.assessed)}）`,
          })),
        ]}
      />
    </Card>
  );
}
