import { useTranslation } from 'react-i18next';
import { Meter } from '../ui/meter.tsx';

/** "本月夜访 N / 4": the cadre's own night visits this month, a plain number (no ranking); no target: "N 次". */
export function VisitMonthMeter({ nights, target }: { nights: number; target: number | null }) {
  const { t } = useTranslation();
  if (target === null)
    return (
      <div className="zl-meter-head">
        <span>{t('visits.monthNights')}</span>
        <strong>{t('visits.count', { count: nights })}</strong>
      </div>
    );
  return (
    <Meter
      label={t('visits.monthNights')}
      value={nights}
      target={target}
      text={t('visits.ofTarget', { count: nights, target })}
    />
  );
}
