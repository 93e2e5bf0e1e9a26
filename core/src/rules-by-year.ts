import { type TCountyRules, ZCountyRules } from './county-rules.ts';
import { publicHolidaysOf } from './holidays-cn.ts';

/**
 * The county's rules by year (docs/rules.md §4: "each configurable per county and year"). The stored rows
 * are the years the county changed something in, each holding that year's whole rules:
 * - a year with a row of its own reads it;
 * - a year without one carries on the rules of the nearest earlier row, with its own year's public
 *   holidays and adjusted working days (the published ones, `publicHolidaysOf`);
 * - row 0 holds the rules kept before they were kept by year: it stands for every year before the
 *   first row of its own, its holidays read by the year they fall in;
 * - before any row, the defaults.
 * A change to a year therefore reaches that year and the years after it, never one before it.
 */
export type TStoredRules = { year: number; rules: Readonly<Record<string, unknown>> };

/** The keys that belong to one year alone and never carry on to the next. */
export const CALENDAR_KEYS = ['holidays', 'workdays'] as const;
type TCalendarKey = (typeof CALENDAR_KEYS)[number];
const isCalendarKey = (k: string): k is TCalendarKey => (CALENDAR_KEYS as readonly string[]).includes(k);

/** Stored rules as rules: missing keys take defaults; a document that no longer fits takes the defaults. */
function parseStored(stored: Readonly<Record<string, unknown>>): TCountyRules {
  const parsed = ZCountyRules.safeParse(stored);
  return parsed.success ? parsed.data : ZCountyRules.parse({});
}

/** The row a year's rules come from: its own, the nearest earlier, or none (`undefined`). */
function governingRow(stored: readonly TStoredRules[], year: number): TStoredRules | undefined {
  let row: TStoredRules | undefined;
  for (const r of stored) if (r.year <= year && (!row || r.year > row.year)) row = r;
  return row;
}

/** A year's own rules, as the rules page shows them: its holidays and adjusted working days only. */
export function rulesOfYear(stored: readonly TStoredRules[], year: number): TCountyRules {
  const row = governingRow(stored, year);
  const published = publicHolidaysOf(year);
  if (!row) return { ...ZCountyRules.parse({}), ...published };
  const rules = parseStored(row.rules);
  const calendarOf = (key: TCalendarKey): string[] => {
    if (!(key in row.rules)) return published[key];
    if (row.year === year) return rules[key];
    if (row.year === 0) return rules[key].filter((d) => d.startsWith(`${year}-`));
    return published[key];
  };
  return { ...rules, holidays: calendarOf('holidays'), workdays: calendarOf('workdays') };
}

const union = (...lists: readonly string[][]) => [...new Set(lists.flat())].sort();

/**
 * The rules a computation dated in `year` uses: the year's rules, with the holidays and adjusted
 * working days of the years on either side joined to its own, so that a week or a deadline across
 * New Year sees both years' calendars.
 */
export function rulesForComputing(stored: readonly TStoredRules[], year: number): TCountyRules {
  const [before, own, after] = [year - 1, year, year + 1].map((y) => rulesOfYear(stored, y)) as [
    TCountyRules,
    TCountyRules,
    TCountyRules,
  ];
  return {
    ...own,
    holidays: union(before.holidays, own.holidays, after.holidays),
    workdays: union(before.workdays, own.workdays, after.workdays),
  };
}

const same = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The rows a change to `year` writes: the year's own, and every later row that followed the year
 * on a changed key (it held the value the year held before), so a change applies "from this year on"
 * without overriding a later year the county set apart. Holidays and adjusted working days stay
 * with their year.
 */
export function rowsForChange(
  stored: readonly TStoredRules[],
  year: number,
  before: TCountyRules,
  next: TCountyRules,
): TStoredRules[] {
  const changed = (Object.keys(next) as (keyof TCountyRules)[]).filter(
    (k) => !isCalendarKey(k) && !same(before[k], next[k]),
  );
  const later = stored
    .filter((r) => r.year > year)
    .flatMap((r) => {
      const rules = parseStored(r.rules);
      const follow = changed.filter((k) => same(rules[k], before[k]));
      if (follow.length === 0) return [];
      return [
        { year: r.year, rules: { ...r.rules, ...Object.fromEntries(follow.map((k) => [k, next[k]])) } },
      ];
    });
  return [{ year, rules: next }, ...later];
}

/** Dates of a list outside the window of its year (`calendarWindowOf`), for the refusal. */
export function datesOutside(dates: readonly string[], window: { from: string; to: string }): string[] {
  return dates.filter((d) => d < window.from || d > window.to);
}
