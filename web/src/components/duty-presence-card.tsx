import type { TPresenceSummary } from '@zhucun/core';
import { Alert, Card, Progress, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

function Meter({
  label,
  value,
  text,
  target,
}: {
  label: string;
  value: number;
  text: string;
  target: number;
}) {
  const done = value >= target;
  return (
    <div style={{ marginBottom: 8 }}>
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8 }}>
        <Typography.Text>{label}</Typography.Text>
        <Typography.Text strong>{text}</Typography.Text>
      </div>
      <Progress
        percent={target > 0 ? Math.min(100, Math.round((value / target) * 100)) : 100}
        showInfo={false}
        size="small"
        status={done ? 'success' : 'normal'}
        aria-label={`${label} ${text}`}
      />
    </div>
  );
}

/** "我的本周": the cadre's own days and nights against 5 and 4, the month, the year. Plain numbers, no ranking. */
export function DutyPresenceCard({
  presence,
  children,
}: {
  presence: TPresenceSummary;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const { week, month, year } = presence;
  return (
    <Card size="small" title={t('duty.week.title')} style={{ marginTop: 16 }}>
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
        <Typography.Paragraph type="secondary" style={{ fontSize: 12, marginBottom: 8 }}>
          {t('duty.week.excused', { count: week.excused })}
        </Typography.Paragraph>
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
      <div style={{ display: 'flex', justifyContent: 'space-between', gap: 8, marginBottom: 8 }}>
        <Typography.Text>{t('duty.week.leave')}</Typography.Text>
        <Typography.Text strong>
          {t('duty.week.leaveDays', { count: presence.leaveDaysThisYear })}
        </Typography.Text>
      </div>
      {children}
      {presence.recallAlert && (
        <Alert type="warning" showIcon title={t('duty.week.recall')} style={{ marginBottom: 8 }} />
      )}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('duty.week.note')}
      </Typography.Text>
    </Card>
  );
}
