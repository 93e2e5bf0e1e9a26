import { daysBetween, type TTodayView } from '@zhucun/core';
import { useTranslation } from 'react-i18next';
import { Segmented } from '../ui/segmented.tsx';

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

/** Today and the days still writable (补记) as one bar of radios, each with its state under it. It does not fetch. */
export function DayPicker({ today, days, value, marks, onChange }: Props) {
  const { t } = useTranslation();
  const nameOf = (date: string) => {
    const ago = daysBetween(date, today);
    if (ago === 0) return t('duty.today.ago.today');
    if (ago === 1) return t('duty.today.ago.yesterday');
    if (ago === 2) return t('duty.today.ago.dayBefore');
    return t('duty.today.agoN', { count: ago });
  };
  const markText = (day: TDay, mark: TDayMark) => {
    if (mark === 'returned') return t('duty.today.returnedTag');
    if (mark === 'draft') return t('duty.today.draftShort');
    if (mark === 'saved') return `✓ ${t('duty.today.saved')}`;
    return day.window === 'backfill' ? t('duty.today.backfill') : t('duty.today.notSaved');
  };
  return (
    <Segmented
      label={t('duty.today.dayPicker')}
      className="zl-days"
      value={value}
      onChange={onChange}
      options={days.map((day) => {
        const mark = marks[day.date] ?? 'none';
        return {
          value: day.date,
          label: (
            <>
              <span className="zl-day-name">{nameOf(day.date)}</span>{' '}
              <span className={`zl-day-mark zl-mark-${mark}`}>{markText(day, mark)}</span>
            </>
          ),
        };
      })}
    />
  );
}
