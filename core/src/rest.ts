import { isWorkingDay, workingCalendarOf } from './calendar.ts';
import type { TCountyRules } from './county-rules.ts';
import { isInVillage } from './place.ts';
import {
  assessWeek,
  latestPerDate,
  recordsByDate,
  type TDateSet,
  type TDayRecord,
  weekStart,
} from './presence.ts';

/**
 * Rest (休息, docs/rules.md §4.1). 五天四夜 asks for five days and four nights in the village a week, so a
 * normal week has two days and three nights of rest. Rest is neither presence nor absence: 不在岗
 * is only an unexplained absence on a duty day or a duty night.
 */

export type TRestInput = {
  date: string;
  /** The cadre's records; those of the date's own week are read. */
  records: readonly TDayRecord[];
  /** Dates of approved leave: each lowers the week's requirements by one (county holidays come from the rules). */
  excusedDates: TDateSet;
  rules: TCountyRules;
};

export type TRest = { day: boolean; night: boolean };

/**
 * Whether the date's day and night are rest by the rules: the day when it is no working day
 * (a weekend or a holiday, unless moved to work by 调休); the night when the week's other nights
 * in the village already reach the nights it requires (four, lowered by leave and holidays).
 */
export function restOf(input: TRestInput): TRest {
  const { date, records, rules } = input;
  const week = assessWeek({
    monday: weekStart(date),
    records,
    excusedDates: input.excusedDates,
    today: date,
    rules,
  });
  const own = recordsByDate(records).get(date);
  const otherNights = week.nights - (own && isInVillage(own.night) ? 1 : 0);
  return {
    day: !isWorkingDay(date, workingCalendarOf(rules)),
    night: otherNights >= week.requiredNights,
  };
}

/**
 * The records as reports print them (the log book, the attendance ledger): one per date, and an
 * absence recorded on a rest day or a rest night reads as rest, so 不在岗 stays an unexplained
 * absence on a duty day or night. Records from before 休息 existed had no other word for a night
 * at home; read with the whole week, they say what the cadre meant.
 */
export function asReported(
  records: readonly TDayRecord[],
  context: Omit<TRestInput, 'date' | 'records'>,
): TDayRecord[] {
  const latest = latestPerDate(records);
  return latest.map((r) => {
    if (r.day !== 'absent' && r.night !== 'absent') return r;
    const rest = restOf({ ...context, date: r.date, records: latest });
    return {
      ...r,
      day: r.day === 'absent' && rest.day ? 'rest' : r.day,
      night: r.night === 'absent' && rest.night ? 'rest' : r.night,
    };
  });
}
