import { addDays } from './posting.ts';
import { isoWeekday, type TDateSet, weekStart } from './presence.ts';

/**
 * The working calendar of a county: which days are working days (工作日) and which are rest days
 * (休息日). Saturdays and Sundays rest, public holidays (法定节假日) rest, and adjusted working
 * days (调休上班, a Saturday or Sunday the State Council moved work to) work.
 */
export interface TWorkingCalendar {
  /** Public holidays (rest days even on a weekday). */
  holidays: TDateSet;
  /** Adjusted working days (调休): working days even on a Saturday or Sunday. */
  workdays?: TDateSet;
}

const has = (dates: TDateSet | undefined, date: string): boolean =>
  dates === undefined
    ? false
    : dates instanceof Set
      ? dates.has(date)
      : (dates as readonly string[]).includes(date);

/** True on a working day of the calendar: a weekday that is no holiday, or an adjusted working day. */
export function isWorkingDay(date: string, calendar: TWorkingCalendar): boolean {
  if (has(calendar.workdays, date)) return true;
  if (has(calendar.holidays, date)) return false;
  return isoWeekday(date) <= 5;
}

/** The latest working day before `date`: what a "yesterday" list is about when yesterday rests. */
export function lastWorkingDayBefore(date: string, calendar: TWorkingCalendar): string {
  let day = addDays(date, -1);
  while (!isWorkingDay(day, calendar)) day = addDays(day, -1);
  return day;
}

/** The year a week belongs to: the year of its Thursday (the ISO week-year, as `mondaysOfYear` counts weeks). */
export function weekYearOf(date: string): number {
  return Number(addDays(weekStart(date), 3).slice(0, 4));
}

/** The working calendar of a year's county rules (their holidays and adjusted working days). */
export function workingCalendarOf(rules: {
  holidays: readonly string[];
  workdays?: readonly string[];
}): TWorkingCalendar {
  return { holidays: new Set(rules.holidays), workdays: new Set(rules.workdays ?? []) };
}
