/** The codes of leave requests, without zod: the cadre's light pages import them (docs/web.md §Size). */

/** An absence from the village that needs approval (docs/rules.md §4.1). */
export const ABSENCE_KINDS = [
  'leave', // 请假: personal leave, excuses the days
  'official_duty', // 公务外出报备: counts as in the village
] as const;
export type TAbsenceKind = (typeof ABSENCE_KINDS)[number];

/** Where an absence request stands; approved, rejected and withdrawn are final. */
export const ABSENCE_STATES = [
  'pending_township',
  'pending_county',
  'approved',
  'rejected',
  'withdrawn',
] as const;
export type TAbsenceState = (typeof ABSENCE_STATES)[number];
