import { z } from 'zod';
import type { TAbsence } from './leave.ts';
import { isInVillage } from './place.ts';
import { addDays } from './posting.ts';
import type { TDayRecord } from './presence.ts';
import { recordsByDate } from './presence.ts';
import { restOf, type TRestInput } from './rest.ts';

/** How a spot check is made (docs/rules.md §4.1): on site, video roll call (三晋先锋) or phone. */
export const SPOT_CHECK_METHODS = ['on_site', 'video', 'phone'] as const;
export const ZSpotCheckMethod = z.enum(SPOT_CHECK_METHODS);
export type TSpotCheckMethod = z.infer<typeof ZSpotCheckMethod>;

/** What a spot check found. */
export const SPOT_CHECK_FINDINGS = ['present', 'absent', 'excused'] as const;
export const ZSpotCheckFinding = z.enum(SPOT_CHECK_FINDINGS);
export type TSpotCheckFinding = z.infer<typeof ZSpotCheckFinding>;

/** The highest grade a year may reach given the spot-check absences found (docs/rules.md §4.1, §4.6). */
export const SPOT_CHECK_GRADE_CAPS = ['competent', 'basically_competent', 'incompetent'] as const;
export type TSpotCheckGradeCap = (typeof SPOT_CHECK_GRADE_CAPS)[number];

/** Night starts at this local hour … */
export const NIGHT_FROM_HOUR = 18;
/** … and ends before this one. */
export const NIGHT_UNTIL_HOUR = 6;

const hourOf = (localTime: string) => +localTime.slice(-5, -3);

/** True for a local time (`HH:MM`, or `YYYY-MM-DD HH:MM`) between 18:00 and 05:59. */
export function isNightTime(localTime: string): boolean {
  const h = hourOf(localTime);
  return h >= NIGHT_FROM_HOUR || h < NIGHT_UNTIL_HOUR;
}

/**
 * The day record and part a check at a local minute (`YYYY-MM-DD HH:MM`, see `formatLocalMinute`) is compared
 * with: a night belongs to the date it starts on, so 02:00 is the previous date's night.
 */
export function spotCheckSlot(localMinute: string): { date: string; part: 'day' | 'night' } {
  const date = localMinute.slice(0, 10);
  const h = hourOf(localMinute);
  if (h < NIGHT_UNTIL_HOUR) return { date: addDays(date, -1), part: 'night' };
  return { date, part: h >= NIGHT_FROM_HOUR ? 'night' : 'day' };
}

/**
 * The approved absence (leave, or official duty outside) covering a date, or null: a check on that date is
 * excused, never an absence (docs/rules.md §4.1).
 */
export function excusingAbsence<T extends TAbsence>(absences: readonly T[], date: string): T | null {
  return absences.find((a) => a.state === 'approved' && a.startDate <= date && date <= a.endDate) ?? null;
}

/** The rest a check fell on: a day the county rests (休息日), or a night that is the cadre's rest (休息的夜晚). */
export const SPOT_CHECK_REST_EXCUSES = ['rest_day', 'rest_night'] as const;
export const ZSpotCheckRestExcuse = z.enum(SPOT_CHECK_REST_EXCUSES);
export type TSpotCheckRestExcuse = z.infer<typeof ZSpotCheckRestExcuse>;

/**
 * The rest a check's slot (see `spotCheckSlot`) fell on, or null (docs/rules.md §4.1): the day part of a day the
 * county rests (a weekend or a holiday, unless moved to work by 调休); the night part of a night the cadre
 * recorded as rest (休息, or 不在岗 that reports read as rest) when the week allows it, by the rule of
 * `restOf` and `asReported`. Found away then, the cadre was where they were entitled to be.
 */
export function restExcuse(
  slot: { date: string; part: 'day' | 'night' },
  context: Omit<TRestInput, 'date'>,
): TSpotCheckRestExcuse | null {
  const rest = restOf({ ...context, date: slot.date });
  if (slot.part === 'day') return rest.day ? 'rest_day' : null;
  const night = recordsByDate(context.records).get(slot.date)?.night;
  return rest.night && (night === 'rest' || night === 'absent') ? 'rest_night' : null;
}

/** What a check stands as: "absent" on a day of approved leave or official duty, or on the cadre's rest, is excused. */
export function effectiveFinding(finding: TSpotCheckFinding, excused: boolean): TSpotCheckFinding {
  return finding === 'absent' && excused ? 'excused' : finding;
}

/**
 * Absences found by spot checks that count towards the year's grade cap: checks found absent whose slot
 * date (see `spotCheckSlot`) no approved leave or official duty of the person covers, and whose slot was
 * not the cadre's rest (`rest`, see `restExcuse`).
 */
export function countedAbsences(
  checks: readonly { finding: TSpotCheckFinding; slotDate: string; rest?: boolean }[],
  absences: readonly TAbsence[],
): number {
  return checks.filter(
    (c) =>
      effectiveFinding(c.finding, c.rest === true || excusingAbsence(absences, c.slotDate) !== null) ===
      'absent',
  ).length;
}

/** An absence found when the record (day or night part, by the time of the check) says in the village. */
export function isDiscrepancy(
  finding: TSpotCheckFinding,
  checkedLocalTime: string,
  dayRecord: Pick<TDayRecord, 'day' | 'night'> | null,
): boolean {
  if (finding !== 'absent' || !dayRecord) return false;
  return isInVillage(isNightTime(checkedLocalTime) ? dayRecord.night : dayRecord.day);
}

/**
 * The year's grade cap from spot-check absences, by the county's thresholds for that year
 * (default 1 → not excellent, 2 → basically competent, ≥ 3 → incompetent).
 */
export function gradeCapFromAbsences(
  count: number,
  caps: Readonly<Record<TSpotCheckGradeCap, number>> = {
    competent: 1,
    basically_competent: 2,
    incompetent: 3,
  },
): TSpotCheckGradeCap | null {
  if (count >= caps.incompetent) return 'incompetent';
  if (count >= caps.basically_competent) return 'basically_competent';
  if (count >= caps.competent) return 'competent';
  return null;
}

/** Why the cadre may not answer a check: they answered it already, or it did not find them absent. */
export type TSpotCheckAnswerRefusal = 'answered' | 'not_absent';

/**
 * The cadre checked may answer once a check that found them absent (the discrepancy they were told of):
 * the statement is kept beside the check and never replaced.
 */
export function answerRefusal(check: {
  finding: TSpotCheckFinding;
  answer: string | null;
}): TSpotCheckAnswerRefusal | null {
  if (check.answer !== null) return 'answered';
  return check.finding === 'absent' ? null : 'not_absent';
}

/** A seeded pseudo-random source (mulberry32): numbers in [0, 1), the same for the same seed. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** `n` distinct items drawn at random (seeded, so the draw can be recomputed); all of them, shuffled, when n ≥ length. */
export function drawSample<T>(ids: readonly T[], n: number, seed: number): T[] {
  const pool = [...ids];
  const k = Math.max(0, Math.min(Math.floor(n), pool.length));
  const random = mulberry32(seed);
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (pool.length - i));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  return pool.slice(0, k);
}
