import { Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';

/** "本月夜访 N / 4": the cadre's own night visits this month, a plain number (no ranking); no target: "N 次". */
export function VisitMonthMeter({ nights, target }: { nights: number; target: number | null }) {
  const { t } = useTranslation();
  if (target === null)
    return (
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, marginBottom: 8 }}>
        <Typography.Text>{t('visits.monthNights')}</Typography.Text>
        <Typography.Text strong>{t('visits.count', { count: nights })}</Typography.Text>
      </div>
    );
  const text = t('visits.ofTarget', { count: nights, target });
  return (
    <div style={{ marginBottom: 8 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
        <Typography.Text>{t('visits.monthNights')}</Typography.Text>
        <Typography.Text strong>{text}</Typography.Text>
      </div>
      <Progress
        percent={target > 0 ? Math.min(100, Math.round((nights / target) * 100)) : 100}
        showInfo={false}
        size="small"
        status={nights >= target ? 'success' : 'normal'}
        aria-label={`${t('visits.monthNights')} ${text}`}
      />
    </div>
  );
}
