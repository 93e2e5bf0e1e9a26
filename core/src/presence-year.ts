import { isWorkingDay, workingCalendarOf } from './calendar.ts';
import type { TCountyRules } from './county-rules.ts';
import { addDays, daysBetween } from './posting.ts';

/**
 * 五天四夜 over a week-year for many people at once (docs/rules.md §4.1), the arithmetic of `assessWeek`
 * on day bitmaps: a week is assessed once it has ended (its Sunday before `today`) and when the
 * person's postings cover all its seven dates; it complies when the days and the nights in the village
 * (or on official duty) reach five and four, each lowered (never below 0) by the dates excused: under
 * approved leave, or a county holiday that is not an adjusted working day. The test compares it with
 * `assessWeek` itself on random years.
 */

/**
 * The week-year read: its Mondays, and the day offsets of the bitmaps counted from the first. `only`:
 * assess just these weeks (by their Monday; e.g. last week, this month's), the others are not counted.
 */
export type TPresenceYear = {
  mondays: readonly string[];
  today: string;
  rules: TCountyRules;
  only?: readonly string[];
};

/** One person's year as read: a character per date from the first Monday ('1': in the village). */
export type TPresenceRecords = {
  days: string | null;
  nights: string | null;
  /** Dates under approved leave (any order). */
  leave: readonly string[];
  ranges: readonly { start: string; end: string | null }[];
};

export type TPresenceCount = { assessed: number; complying: number; missedMondays: string[] };

/** Posting ranges clipped to start no earlier than `from` (those ended before it dropped). */
export function rangesFrom(
  ranges: readonly { start: string; end: string | null }[],
  from: string,
): { start: string; end: string | null }[] {
  return ranges
    .filter((r) => r.end === null || r.end >= from)
    .map((r) => (r.start < from ? { ...r, start: from } : r));
}

/** What every person's weeks share: the first date, the number of dates, the holidays excused, weeks ended. */
export function presenceYear(year: TPresenceYear) {
  const first = year.mondays[0]!;
  const length = year.mondays.length * 7;
  const calendar = workingCalendarOf(year.rules);
  const holidays = new Set(year.rules.holidays);
  const holiday = new Uint8Array(length);
  for (let i = 0; i < length; i++) {
    const date = addDays(first, i);
    holiday[i] = holidays.has(date) && !isWorkingDay(date, calendar) ? 1 : 0;
  }
  const ended = year.mondays.map((m) => addDays(m, 6) < year.today && (!year.only || year.only.includes(m)));
  return { ...year, first, length, holiday, ended };
}
export type TPresenceYearContext = ReturnType<typeof presenceYear>;

/** One person's assessed and complying weeks, and the Mondays of the first `missedLimit` weeks not complying. */
export function countPresence(
  y: TPresenceYearContext,
  r: TPresenceRecords,
  missedLimit: number,
): TPresenceCount {
  const offset = (date: string) => daysBetween(y.first, date);
  const posted = new Uint8Array(y.length);
  for (const range of r.ranges) {
    const from = Math.max(0, offset(range.start));
    const to = Math.min(y.length - 1, range.end === null ? y.length - 1 : offset(range.end));
    for (let i = from; i <= to; i++) posted[i] = 1;
  }
  const leave = new Uint8Array(y.length);
  for (const date of r.leave) {
    const i = offset(date);
    if (i >= 0 && i < y.length) leave[i] = 1;
  }
  const out: TPresenceCount = { assessed: 0, complying: 0, missedMondays: [] };
  for (let week = 0; week < y.mondays.length; week++) {
    if (!y.ended[week]) continue;
    let covered = true;
    let days = 0;
    let nights = 0;
    let excused = 0;
    for (let i = week * 7; i < week * 7 + 7; i++) {
      if (!posted[i]) covered = false;
      if (r.days?.[i] === '1') days++;
      if (r.nights?.[i] === '1') nights++;
      if (leave[i] || y.holiday[i]) excused++;
    }
    if (!covered) continue;
    out.assessed++;
    const complies =
      days >= Math.max(0, y.rules.weekDays - excused) && nights >= Math.max(0, y.rules.weekNights - excused);
    if (complies) out.complying++;
    else if (out.missedMondays.length < missedLimit) out.missedMondays.push(y.mondays[week]!);
  }
  return out;
}
