import { isInVillage, type TPlace } from './place.ts';

/**
 * The checks of a day's entry beyond its schema, without zod: the server applies them, and the
 * cadre's light pages (docs/web.md §Size) import this file directly to say the same before saving.
 */

export type TDayEntryProblem = { field: 'work' | 'roles'; key: 'work_required' | 'roles_repeated' };

/** A day spent in the village (or on official duty) needs a word on the work done; roles once each. */
export function checkDayEntry(entry: {
  day: TPlace;
  work: string;
  roles: readonly string[];
}): TDayEntryProblem[] {
  const problems: TDayEntryProblem[] = [];
  if (isInVillage(entry.day) && entry.work.length === 0)
    problems.push({ field: 'work', key: 'work_required' });
  if (new Set(entry.roles).size !== entry.roles.length)
    problems.push({ field: 'roles', key: 'roles_repeated' });
  return problems;
}
