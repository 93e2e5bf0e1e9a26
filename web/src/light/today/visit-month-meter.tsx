import { useTranslation } from 'react-i18next';

/** "本月夜访 N / 4": the cadre's own night visits this month, a plain number (no ranking); no target: "N 次". */
export function VisitMonthMeter({ nights, target }: { nights: number; target: number | null }) {
  const { t } = useTranslation();
  if (target === null)
    return (
      <div className="zl-visit-meter">
        <div className="zl-visit-meter-line">
          <span>{t('visits.monthNights')}</span>
          <strong>{t('visits.count', { count: nights })}</strong>
        </div>
      </div>
    );
  const text = t('visits.ofTarget', { count: nights, target });
  const percent = target > 0 ? Math.min(100, Math.round((nights / target) * 100)) : 100;
  return (
    <div className="zl-visit-meter">
      <div className="zl-visit-meter-line">
        <span>{t('visits.monthNights')}</span>
        <strong>{text}</strong>
      </div>
      <div
        className={nights >= target ? 'zl-visit-meter-bar zl-visit-meter-met' : 'zl-visit-meter-bar'}
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={`${t('visits.monthNights')} ${text}`}
      >
        <div style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}
