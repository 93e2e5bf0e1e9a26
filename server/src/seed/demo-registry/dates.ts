import { addYears } from '@zhucun/core';
import type { TRandom } from './random.ts';

/** The registry is as of the bulletin (山西省乡村振兴简报 2022 年第 22 期, 25 August 2022). */
export const AS_OF = '2022-08-25';

const DAY_MS = 86_400_000;
const dayNumber = (date: string) =>
  Date.UTC(+date.slice(0, 4), +date.slice(5, 7) - 1, +date.slice(8, 10)) / DAY_MS;
const dateOfDay = (day: number) => new Date(day * DAY_MS).toISOString().slice(0, 10);

export function addDays(date: string, days: number): string {
  return dateOfDay(dayNumber(date) + days);
}

/** A day in [from, to], both included. */
export function dateBetween(rng: TRandom, from: string, to: string): string {
  return dateOfDay(rng.int(dayNumber(from), dayNumber(to)));
}

/** A birth date that makes the person exactly `age` full years old on `onDate`. */
export function birthDateForAge(rng: TRandom, age: number, onDate: string): string {
  return dateBetween(rng, addDays(addYears(onDate, -(age + 1)), 1), addYears(onDate, -age));
}

/** The same month and day `years` after `date`, clamped to [min, max]. */
export function yearsAfter(date: string, years: number, min?: string, max?: string): string {
  const d = addYears(date, years);
  if (min && d < min) return min;
  if (max && d > max) return max;
  return d;
}
