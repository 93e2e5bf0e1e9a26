import { FUNDING_SOURCES, formatYuan, type TFundingTotalsView } from '@zhucun/core';
import { Descriptions, Statistic, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** Totals of a ledger: in, out, balance, and the net amount of each source (corrections included). */
export function HomeFundingTotals({ totals }: { totals: TFundingTotalsView }) {
  const { t } = useTranslation();
  return (
    <div data-testid="funding-totals" style={{ marginBottom: 16 }}>
      <div className="zc-toolbar" style={{ gap: 32, marginBottom: 8 }}>
        <Statistic title={t('homeFunding.totalIn')} value={formatYuan(totals.inFen)} />
        <Statistic title={t('homeFunding.totalOut')} value={formatYuan(totals.outFen)} />
        <Statistic
          title={t('homeFunding.balance')}
          value={formatYuan(totals.total)}
          styles={{ content: { color: totals.total < 0 ? '#cf1322' : undefined } }}
        />
      </div>
      <Typography.Text type="secondary">{t('homeFunding.bySource')}</Typography.Text>
      <Descriptions size="small" column={{ xs: 1, md: 2, xxl: 4 }} style={{ marginTop: 4 }}>
        {FUNDING_SOURCES.map((s) => (
          <Descriptions.Item key={s} label={t(`homeFunding.sources.${s}`)}>
            <span data-testid={`funding-source-${s}`} style={{ whiteSpace: 'nowrap' }}>
              {formatYuan(totals.bySource[s] ?? 0)}
            </span>
          </Descriptions.Item>
        ))}
      </Descriptions>
    </div>
  );
}
