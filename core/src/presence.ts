import { z } from 'zod';
import { isWorkingDay } from './calendar.ts';
import type { TCountyRules } from './county-rules.ts';
import { isInVillage, PLACES } from './place.ts';
import { addDays, daysBetween } from './posting.ts';

export const ZPlace = z.enum(PLACES);

const ZDate = z.iso.date();

/** One cadre's status for one calendar day: where they were by day and by night. */
export const ZDayRecord = z.object({
  date: ZDate,
  day: ZPlace,
  night: ZPlace,
  /** When the record was last written (ISO instant); decides between two records of one date. */
  updatedAt: z.string().optional(),
});
export type TDayRecord = z.infer<typeof ZDayRecord>;

/** Outcome of a week's 五天四夜 assessment. */
export const WEEK_STATUSES = ['complying', 'not_complying', 'not_assessed'] as const;
export const ZWeekStatus = z.enum(WEEK_STATUSES);
export type TWeekStatus = z.infer<typeof ZWeekStatus>;

export const ZWeekAssessment = z.object({
  monday: ZDate,
  status: ZWeekStatus,
  /** Days (and nights) in the village or on official duty. */
  days: z.number().int(),
  nights: z.number().int(),
  /** Dates of the week excused by approved leave or a county holiday (each counted once). */
  excused: z.number().int(),
  requiredDays: z.number().int(),
  requiredNights: z.number().int(),
});
export type TWeekAssessment = z.infer<typeof ZWeekAssessment>;

/** A set of dates given either as a Set or as a list. */
export type TDateSet = ReadonlySet<string> | readonly string[];

const toSet = (dates: TDateSet): ReadonlySet<string> => (dates instanceof Set ? dates : new Set(dates));

/** Day of the week of a date: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: string): number {
  const d = new Date(Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10))).getUTCDay();
  return d === 0 ? 7 : d;
}

/** The Monday of the (Monday–Sunday) week that contains `date`. */
export function weekStart(date: string): string {
  return addDays(date, 1 - isoWeekday(date));
}

/** Every date from `from` to `to`, both included (empty when `to` comes first). */
export function datesBetween(from: string, to: string): string[] {
  const n = daysBetween(from, to);
  const out: string[] = [];
  for (let i = 0; i <= n; i++) out.push(addDays(from, i));
  return out;
}

/** The seven dates of the week starting on `monday`. */
export function weekDates(monday: string): string[] {
  return datesBetween(monday, addDays(monday, 6));
}

/** One record per date, by date: of two records for a date the later `updatedAt` (else the later in the list) wins. */
export function recordsByDate(records: readonly TDayRecord[]): Map<string, TDayRecord> {
  const byDate = new Map<string, TDayRecord>();
  for (const r of records) {
    const prev = byDate.get(r.date);
    if (prev?.updatedAt && r.updatedAt && prev.updatedAt > r.updatedAt) continue;
    byDate.set(r.date, r);
  }
  return byDate;
}

/** One record per date, sorted by date (a day recorded twice counts once). */
export function latestPerDate(records: readonly TDayRecord[]): TDayRecord[] {
  return [...recordsByDate(records).values()].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : 0,
  );
}

export type TAssessWeekInput = {
  monday: string;
  records: readonly TDayRecord[];
  /** Dates covered by approved leave (county holidays are added from the rules). */
  excusedDates: TDateSet;
  /** Dates the cadre was posted to the village; when given, a week not wholly covered is not assessed. */
  postedDates?: TDateSet;
  /** The county's today: only weeks whose Sunday lies before it are assessed. */
  today: string;
  rules: TCountyRules;
};

/** 五天四夜 for one week: in-village days and nights against the requirements lowered by excused dates. */
export function assessWeek(input: TAssessWeekInput): TWeekAssessment {
  const { monday, rules, today } = input;
  const dates = weekDates(monday);
  const byDate = recordsByDate(input.records);
  const leave = toSet(input.excusedDates);
  // a holiday excuses its date, unless the date is also an adjusted working day (调休上班: it works)
  const calendar = { holidays: new Set(rules.holidays), workdays: new Set(rules.workdays) };
  let days = 0;
  let nights = 0;
  let excused = 0;
  for (const date of dates) {
    const r = byDate.get(date);
    if (r && isInVillage(r.day)) days++;
    if (r && isInVillage(r.night)) nights++;
    if (leave.has(date) || (calendar.holidays.has(date) && !isWorkingDay(date, calendar))) excused++;
  }
  const requiredDays = Math.max(0, rules.weekDays - excused);
  const requiredNights = Math.max(0, rules.weekNights - excused);
  const posted = input.postedDates ? toSet(input.postedDates) : null;
  const finished = dates[6]! < today;
  const wholePosted = !posted || dates.every((d) => posted.has(d));
  const status: TWeekStatus =
    !finished || !wholePosted
      ? 'not_assessed'
      : days >= requiredDays && nights >= requiredNights
        ? 'complying'
        : 'not_complying';
  return { monday, status, days, nights, excused, requiredDays, requiredNights };
}

/** The Mondays of every whole week lying within [from, to]. */
export function mondaysWithin(from: string, to: string): string[] {
  const first = isoWeekday(from) === 1 ? from : addDays(weekStart(from), 7);
  const out: string[] = [];
  for (let m = first; addDays(m, 6) <= to; m = addDays(m, 7)) out.push(m);
  return out;
}

/**
 * The weeks of a year, each counted in exactly one year: the year its Thursday falls in (the ISO
 * week-year). From the Monday of the week holding 4 January to the Monday of the week holding
 * 28 December: 52 or 53 weeks, the first and last of which may begin or end in the next or
 * previous calendar year (2026: 2025-12-29 to 2026-12-28, 53 weeks).
 */
export function mondaysOfYear(year: number): string[] {
  const first = weekStart(`${year}-01-04`);
  const last = weekStart(`${year}-12-28`);
  const out: string[] = [];
  for (let m = first; m <= last; m = addDays(m, 7)) out.push(m);
  return out;
}

/** Every whole week within [from, to], assessed (see `assessWeek`). */
export function assessWeeks(
  input: Omit<TAssessWeekInput, 'monday'> & { from: string; to: string },
): TWeekAssessment[] {
  const { from, to, ...rest } = input;
  const excusedDates = toSet(rest.excusedDates);
  const postedDates = rest.postedDates ? toSet(rest.postedDates) : undefined;
  return mondaysWithin(from, to).map((monday) =>
    assessWeek({ ...rest, monday, excusedDates, ...(postedDates ? { postedDates } : {}) }),
  );
}

/** Compliance rate = complying weeks / assessed weeks; null when no week was assessed. */
export function complianceRate(weeks: readonly Pick<TWeekAssessment, 'status'>[]): number | null {
  const assessed = weeks.filter((w) => w.status !== 'not_assessed');
  if (assessed.length === 0) return null;
  return assessed.filter((w) => w.status === 'complying').length / assessed.length;
}

/** Days in [from, to] whose day status is in the village or on official duty (each date once). */
export function countDaysInVillage(records: readonly TDayRecord[], from: string, to: string): number {
  let n = 0;
  for (const r of recordsByDate(records).values()) {
    if (r.date >= from && r.date <= to && isInVillage(r.day)) n++;
  }
  return n;
}

export type TTargetSummary = { days: number; target: number; met: boolean };

/** Days in the village in a month (`YYYY-MM`) against the county's monthly target. */
export function monthSummary(
  records: readonly TDayRecord[],
  month: string,
  rules: TCountyRules,
): TTargetSummary {
  // String comparison: every real date of the month lies between these two bounds.
  const days = countDaysInVillage(records, `${month}-01`, `${month}-31`);
  return { days, target: rules.monthDays, met: days >= rules.monthDays };
}

/** Days in the village in a year (`YYYY`) against the county's yearly target. */
export function yearSummary(
  records: readonly TDayRecord[],
  year: string,
  rules: TCountyRules,
): TTargetSummary {
  const days = countDaysInVillage(records, `${year}-01-01`, `${year}-12-31`);
  return { days, target: rules.yearDays, met: days >= rules.yearDays };
}
