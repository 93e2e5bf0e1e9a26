import { daysBetween, type TTodayView } from '@zhucun/core';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';

type TDay = TTodayView['days'][number];
export type TDayMark = 'saved' | 'returned' | 'draft' | 'none';

type Props = {
  today: string;
  days: readonly TDay[];
  value: string;
  /** What each date holds on this phone (a draft) or on the server. */
  marks: Record<string, TDayMark>;
  onChange: (date: string) => void;
};

const MARK_COLOR: Record<TDayMark, string> = {
  saved: '#389e0d',
  returned: '#d4380d',
  draft: '#d48806',
  none: 'rgba(0,0,0,0.45)',
};

/** Today and the days still writable (补记) as one row of chips, each with its state under it. */
export function DutyDayPicker({ today, days, value, marks, onChange }: Props) {
  const { t } = useTranslation();
  const nameOf = (date: string) => {
    const ago = daysBetween(date, today);
    if (ago === 0) return t('duty.today.ago.today');
    if (ago === 1) return t('duty.today.ago.yesterday');
    if (ago === 2) return t('duty.today.ago.dayBefore');
    return t('duty.today.agoN', { count: ago });
  };
  const markText = (day: TDay) => {
    const mark = marks[day.date] ?? 'none';
    if (mark === 'returned') return t('duty.today.returnedTag');
    if (mark === 'draft') return t('duty.today.draftShort');
    if (mark === 'saved') return `✓ ${t('duty.today.saved')}`;
    return day.window === 'backfill' ? t('duty.today.backfill') : t('duty.today.notSaved');
  };
  return (
    <Segmented
      block
      aria-label={t('duty.today.dayPicker')}
      value={value}
      onChange={(date) => onChange(String(date))}
      style={{ marginBottom: 12 }}
      options={days.map((day) => ({
        value: day.date,
        label: (
          <div style={{ lineHeight: 1.3, padding: '4px 0' }}>
            <div style={{ fontWeight: 500 }}>{nameOf(day.date)}</div>
            <div style={{ fontSize: 12, color: MARK_COLOR[marks[day.date] ?? 'none'] }}>{markText(day)}</div>
          </div>
        ),
      }))}
    />
  );
}
