import { z } from 'zod';
import { ZPersonnelStatus } from './cadre.ts';
import { PRIORITY_EXCLUSIONS, PRIORITY_LISTS, ZAwardLevel, ZGrade } from './rating.ts';
import { ZRectificationState } from './rectification.ts';

/**
 * What follows a confirmed rating (结果运用, docs/rules.md §4.6): the HTTP contracts of the star history,
 * the priority lists and the admonishments (诫勉).
 */

const ZId = z.number().int().positive();
const ZYear = z.coerce.number().int().min(2000).max(2100);

/** How the registry's stars filter counts: over the tenure's confirmed years, or last year's alone. */
export const STARS_OVER = ['tenure', 'last_year'] as const;
export const ZStarsOver = z.enum(STARS_OVER);
export type TStarsOver = z.infer<typeof ZStarsOver>;

/** One confirmed year of a cadre's rating: the grade in force, its stars, the commendations' stars. */
export const ZStarYear = z.object({
  cycleId: ZId,
  year: z.number().int(),
  villageCode: z.string(),
  villageName: z.string(),
  grade: ZGrade.nullable(),
  baseStars: z.number().int(),
  awardStars: z.number().int(),
  stars: z.number().int(),
  /** The commendations of the year behind the award stars (the person's or their village's). */
  awards: z.array(z.object({ title: z.string(), level: ZAwardLevel })),
  /** A year of the current tenure (counted in its stars). */
  inTenure: z.boolean(),
});
export type TStarYear = z.infer<typeof ZStarYear>;

/** The rectification tracking an admonishment, as far as it has gone. */
export const ZAdmonishmentRectification = z.object({
  id: ZId,
  state: ZRectificationState,
  deadline: z.string(),
  overdue: z.boolean(),
  closedOn: z.string().nullable(),
});

/** An admonishment (诫勉): why, when, until when, and its rectification. */
export const ZAdmonishment = z.object({
  id: ZId,
  personId: ZId,
  personName: z.string(),
  villageCode: z.string().nullable(),
  villageName: z.string().nullable(),
  townshipName: z.string().nullable(),
  year: z.number().int().nullable(),
  reason: z.string(),
  issuedOn: z.string(),
  effectiveUntil: z.string(),
  inEffect: z.boolean(),
  rectification: ZAdmonishmentRectification.nullable(),
});
export type TAdmonishment = z.infer<typeof ZAdmonishment>;

/** GET /api/cadres/:id/stars and /api/me/stars: the confirmed years, the tenure's sum, the admonishments. */
export const ZStarHistory = z.object({
  personId: ZId,
  /** The start of the latest posting (the tenure's first day); null when never posted. */
  tenureFrom: z.string().nullable(),
  years: z.array(ZStarYear),
  tenureStars: z.number().int(),
  tenureYears: z.number().int(),
  admonishments: z.array(ZAdmonishment),
});
export type TStarHistory = z.infer<typeof ZStarHistory>;

/** GET /api/rating/admonishments: in scope, by year and by the rectification's state. */
export const ZAdmonishmentQuery = z.object({
  year: ZYear.optional(),
  state: ZRectificationState.optional(),
});
export const ZAdmonishmentList = z.object({
  items: z.array(ZAdmonishment),
  total: z.number().int(),
  today: z.string(),
});
export type TAdmonishmentList = z.infer<typeof ZAdmonishmentList>;

/** GET /api/rating/priority-lists: a confirmed cycle (the latest by default) on a date (today by default). */
export const ZPriorityListsQuery = z.object({
  year: ZYear.optional(),
  date: z.iso.date().optional(),
});

export const ZPriorityEntry = z.object({
  personId: ZId,
  name: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  personnelStatus: ZPersonnelStatus.nullable(),
  grade: ZGrade.nullable(),
  stars: z.number().int(),
});
export type TPriorityEntry = z.infer<typeof ZPriorityEntry>;

export const ZPriorityLists = z.object({
  /** The county's confirmed cycles, newest first (the page's choice of year). */
  years: z.array(z.number().int()),
  cycle: z.object({ id: ZId, year: z.number().int(), confirmedAt: z.string().nullable() }).nullable(),
  date: z.string(),
  lists: z.array(z.object({ list: z.enum(PRIORITY_LISTS), entries: z.array(ZPriorityEntry) })),
  /** Two stars or more, left off and why (each exclusion named), with the lists they would be on. */
  excluded: z.array(
    ZPriorityEntry.extend({
      lists: z.array(z.enum(PRIORITY_LISTS)),
      exclusions: z.array(z.enum(PRIORITY_EXCLUSIONS)),
    }),
  ),
  /** Two stars or more, of a personnel status that leads to no list. */
  unlisted: z.array(ZPriorityEntry),
});
export type TPriorityLists = z.infer<typeof ZPriorityLists>;
