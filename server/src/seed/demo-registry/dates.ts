import { addDays, addYears, daysBetween } from '@zhucun/core';

export { addDays };

import type { TRandom } from './random.ts';

/** The registry is as of the bulletin (山西省乡村振兴简报 2022 年第 22 期, 25 August 2022). */
export const AS_OF = '2022-08-25';

/** A day in [from, to], both included. */
export function dateBetween(rng: TRandom, from: string, to: string): string {
  return addDays(from, rng.int(0, daysBetween(from, to)));
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
