import type { TPresenceSummary } from '@zhucun/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/alert.tsx';

type MeterProps = { label: string; value: number; text: string; target: number };

/** One count against its target: the words above, a bar below (green once the target is met). */
function Meter({ label, value, text, target }: MeterProps) {
  const percent = target > 0 ? Math.min(100, Math.round((value / target) * 100)) : 100;
  return (
    <div className="zl-meter">
      <div className="zl-meter-head">
        <span>{label}</span>
        <strong>{text}</strong>
      </div>
      <div
        className={value >= target ? 'zl-meter-rail zl-meter-done' : 'zl-meter-rail'}
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={100}
        aria-valuenow={percent}
        aria-label={`${label} ${text}`}
      >
        <div className="zl-meter-bar" style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

type Props = { presence: TPresenceSummary; children?: ReactNode };

/** "我的本周": the cadre's own days and nights against 5 and 4, the month, the year. Plain numbers, no ranking. */
export function PresenceCard({ presence, children }: Props) {
  const { t } = useTranslation();
  const { week, month, year } = presence;
  return (
    <section className="zl-card" aria-label={t('duty.week.title')}>
      <div className="zl-card-head">
        <h3>{t('duty.week.title')}</h3>
      </div>
      <Meter
        label={t('duty.week.days')}
        value={week.days}
        target={week.requiredDays}
        text={t('duty.week.ofTarget', { days: week.days, target: week.requiredDays })}
      />
      <Meter
        label={t('duty.week.nights')}
        value={week.nights}
        target={week.requiredNights}
        text={t('duty.week.ofTargetNights', { days: week.nights, target: week.requiredNights })}
      />
      {week.excused > 0 && (
        <p className="zl-muted zl-small zl-meter-note">{t('duty.week.excused', { count: week.excused })}</p>
      )}
      <Meter
        label={t('duty.week.month')}
        value={month.days}
        target={month.target}
        text={t('duty.week.ofTarget', { days: month.days, target: month.target })}
      />
      <Meter
        label={t('duty.week.year')}
        value={year.days}
        target={year.target}
        text={t('duty.week.ofTarget', { days: year.days, target: year.target })}
      />
      <div className="zl-meter-head zl-meter-note">
        <span>{t('duty.week.leave')}</span>
        <strong>{t('duty.week.leaveDays', { count: presence.leaveDaysThisYear })}</strong>
      </div>
      {children}
      {presence.recallAlert && <Alert type="warning" title={t('duty.week.recall')} />}
      <span className="zl-muted zl-small">{t('duty.week.note')}</span>
    </section>
  );
}
