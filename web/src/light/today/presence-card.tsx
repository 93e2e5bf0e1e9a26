import type { TPresenceSummary } from '@zhucun/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert } from '../ui/alert.tsx';
import { Meter } from '../ui/meter.tsx';

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
