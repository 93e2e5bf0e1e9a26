import { z } from 'zod';
import type { TCountyRules } from './county-rules.ts';
import { FOUR_ROLES } from './day-entry-codes.ts';
import { isInVillage } from './place.ts';
import { daysBetween } from './posting.ts';
import type { TDayRecord } from './presence.ts';
import { recordsByDate } from './presence.ts';

export { FOUR_ROLES, type TFourRole } from './day-entry-codes.ts';

export const ZFourRole = z.enum(FOUR_ROLES);

/** Whether a day's log entry may be written now (docs/rules.md §4.2). */
export const EDIT_WINDOWS = [
  'today', // the day itself
  'backfill', // 补记: within the county's backfill days, marked as such
  'locked', // older: no more writing
  'future', // not yet
] as const;
export const ZEditWindow = z.enum(EDIT_WINDOWS);
export type TEditWindow = z.infer<typeof ZEditWindow>;

/** The edit window of `date` seen from `today`: today, 补记 for the last `rules.backfillDays` days, else locked or future. */
export function editWindow(
  date: string,
  today: string,
  rules: Pick<TCountyRules, 'backfillDays'>,
): TEditWindow {
  const ago = daysBetween(date, today);
  if (ago < 0) return 'future';
  if (ago === 0) return 'today';
  return ago <= rules.backfillDays ? 'backfill' : 'locked';
}

/** True when the window allows writing (today or 补记). */
export function isWritable(window: TEditWindow): boolean {
  return window === 'today' || window === 'backfill';
}

export type TLogCompleteness = { entries: number; dutyDays: number; rate: number | null };

/**
 * Completeness in [from, to] = duty days with a log entry / duty days, a duty day being one whose day status is
 * in the village or on official duty; entries on other days are not counted; rate is null without duty days.
 */
export function logCompleteness(
  records: readonly TDayRecord[],
  logDates: Iterable<string>,
  from: string,
  to: string,
): TLogCompleteness {
  const logged = new Set(logDates);
  let dutyDays = 0;
  let entries = 0;
  for (const r of recordsByDate(records).values()) {
    if (r.date < from || r.date > to || !isInVillage(r.day)) continue;
    dutyDays++;
    if (logged.has(r.date)) entries++;
  }
  return { entries, dutyDays, rate: dutyDays === 0 ? null : entries / dutyDays };
}
