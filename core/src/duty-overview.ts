import { z } from 'zod';
import { ZCadreCategory } from './cadre.ts';
import { ZDivisionCode } from './division.ts';
import { ZSpotCheckView } from './duty.ts';
import { ZWeekStatus } from './presence.ts';
import { SPOT_CHECK_GRADE_CAPS } from './spot-check.ts';

const ZDate = z.iso.date();
const ZCount = z.number().int();

/** Categories held to 五天四夜 and spot-checked: everyone dispatched to a village (not the village's own committee). */
export const DISPATCHED_CATEGORIES = [
  'party_secretary',
  'graduate_official',
  'selected_graduate',
  'first_secretary',
  'team_member',
] as const;

export const ZSpotCheckGradeCap = z.enum(SPOT_CHECK_GRADE_CAPS);

/** A spot check in a list, with the year's absences found for that person and the grade cap they set. */
export const ZSpotCheckItem = ZSpotCheckView.extend({
  /** `checkedAt` (an ISO instant) as Shanghai local time, `YYYY-MM-DD HH:MM`. */
  localTime: z.string(),
  /** The day record and part the check is compared with (a check before 06:00 is the previous date's night). */
  slot: z.object({ date: ZDate, part: z.enum(['day', 'night']) }),
  /** Absences found by spot checks of this person in the calendar year of this check. */
  absencesThisYear: ZCount,
  gradeCap: ZSpotCheckGradeCap.nullable(),
});
export type TSpotCheckItem = z.infer<typeof ZSpotCheckItem>;

export const ZSpotCheckList = z.object({ items: z.array(ZSpotCheckItem) });
export type TSpotCheckList = z.infer<typeof ZSpotCheckList>;

/** Draw a random sample of cadres to check; the same seed gives the same sample. */
export const ZSpotCheckDrawRequest = z.object({
  divisionCode: ZDivisionCode,
  size: z.number().int().min(1).max(50),
  seed: z.number().int().min(0).max(2_147_483_647).optional(),
});
export type TSpotCheckDrawRequest = z.infer<typeof ZSpotCheckDrawRequest>;

/** A cadre on a list: who, where, what kind. */
export const ZCadreRef = z.object({
  personId: ZCount,
  personName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  category: ZCadreCategory,
});
export type TCadreRef = z.infer<typeof ZCadreRef>;

export const ZSpotCheckDraw = z.object({
  divisionCode: z.string(),
  seed: ZCount,
  /** How many cadres the sample was drawn from. */
  population: ZCount,
  /** The sample, sorted by village and name. */
  items: z.array(ZCadreRef),
});
export type TSpotCheckDraw = z.infer<typeof ZSpotCheckDraw>;

/** Counts of a group (a township, or a village) for one week. */
export const ZComplianceCounts = z.object({
  complying: ZCount,
  notComplying: ZCount,
  notAssessed: ZCount,
});

/** 五天四夜 of one week in a division: counts per township (or village), and every cadre by village and name. */
export const ZComplianceWeek = z.object({
  monday: ZDate,
  sunday: ZDate,
  division: z.object({ code: z.string(), name: z.string() }),
  /** Townships of a county, or villages of a township (or the one village). */
  groups: z.array(ZComplianceCounts.extend({ code: z.string(), name: z.string() })),
  totals: ZComplianceCounts,
  items: z.array(
    ZCadreRef.extend({
      days: ZCount,
      nights: ZCount,
      excused: ZCount,
      requiredDays: ZCount,
      requiredNights: ZCount,
      status: ZWeekStatus,
    }),
  ),
});
export type TComplianceWeek = z.infer<typeof ZComplianceWeek>;

/** A year's compliance per cadre, by village and name (never ranked). */
export const ZComplianceYear = z.object({
  year: z.string(),
  division: z.object({ code: z.string(), name: z.string() }),
  yearTarget: ZCount,
  items: z.array(
    ZCadreRef.extend({
      assessedWeeks: ZCount,
      complyingWeeks: ZCount,
      /** Complying / assessed weeks, null when no week was assessed. */
      rate: z.number().nullable(),
      daysInVillage: ZCount,
      /** Work-log completeness: duty days with a log / duty days (docs/rules.md §4.2), null without duty days. */
      logRate: z.number().nullable(),
    }),
  ),
});
export type TComplianceYear = z.infer<typeof ZComplianceYear>;

/**
 * Cadres who recorded nothing for a date (and were not on approved leave), by village and name. On a rest
 * day of the county's calendar (a weekend or holiday, not an adjusted working day) nobody is expected to
 * record: `restDay` is true and nobody is listed.
 */
export const ZMissingDays = z.object({ date: ZDate, restDay: z.boolean(), items: z.array(ZCadreRef) });
export type TMissingDays = z.infer<typeof ZMissingDays>;
