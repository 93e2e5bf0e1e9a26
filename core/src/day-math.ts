/** Day arithmetic on calendar dates (`YYYY-MM-DD`), without zod: the cadre's light pages use it too. */

const DAY_MS = 86_400_000;

/** A calendar date (`YYYY-MM-DD`) as a whole number of days since 1970-01-01: day arithmetic on integers. */
export const dayNumber = (date: string) =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS;

/** The day number of the `day`th of a month (0-based `month`; day 0 is the last of the month before). */
export const dayNumberOf = (year: number, month: number, day: number) => Date.UTC(year, month, day) / DAY_MS;

/** A calendar date (`YYYY-MM-DD`) moved by whole days. */
export function addDays(date: string, days: number): string {
  return new Date((dayNumber(date) + days) * DAY_MS).toISOString().slice(0, 10);
}

/** `date` plus whole years; 29 February falls back to 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const y = +date.slice(0, 4) + years;
  const m = +date.slice(5, 7);
  let d = +date.slice(8, 10);
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) d = last;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** Whole years between two dates (age on a date: 35 only from the 35th birthday on). */
export function fullYearsBetween(from: string, to: string): number {
  let years = +to.slice(0, 4) - +from.slice(0, 4);
  if (to.slice(5) < from.slice(5)) years--;
  return years;
}

/** Whole days from one date to another (negative when `to` comes first). */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}
