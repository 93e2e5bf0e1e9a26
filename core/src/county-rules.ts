import { z } from 'zod';
import { DEFAULT_HOME_FACILITIES } from './home.ts';
import { DEFAULT_DEADLINES, REQUEST_CATEGORIES } from './request.ts';
import { SPOT_CHECK_GRADE_CAPS, type TSpotCheckGradeCap } from './spot-check.ts';

const ZDate = z.iso.date();
const ZDays = z.number().int().min(1).max(90);
/** At least one facility, each named once. */
const ZHomeFacilities = z
  .array(z.string().trim().min(1).max(20))
  .min(1)
  .max(30)
  .refine((list) => new Set(list).size === list.length, { message: 'duplicate' });
const ZDeadlineTable = z.object(
  Object.fromEntries(
    REQUEST_CATEGORIES.map((c) => [c, z.object({ normal: ZDays, urgent: ZDays })]),
  ) as Record<
    (typeof REQUEST_CATEGORIES)[number],
    z.ZodObject<{ normal: typeof ZDays; urgent: typeof ZDays }>
  >,
);
const ZAbsences = z.number().int().min(1).max(50);
/** Spot-check absences in a year from which the year's grade is at most competent, basically competent, incompetent. */
const ZSpotCheckCaps = z.object(
  Object.fromEntries(SPOT_CHECK_GRADE_CAPS.map((c) => [c, ZAbsences])) as Record<
    TSpotCheckGradeCap,
    typeof ZAbsences
  >,
);
export type TSpotCheckCaps = z.infer<typeof ZSpotCheckCaps>;
/** docs/rules.md §4.1: 1 absence → not excellent, 2 → at most basically competent, 3 or more → incompetent. */
export const DEFAULT_SPOT_CHECK_CAPS: TSpotCheckCaps = {
  competent: 1,
  basically_competent: 2,
  incompetent: 3,
};

/**
 * The county's rules (docs/rules.md §4): every default from the bulletin, each configurable by the
 * county organisation department. Kept per year (a change applies to its year and the years after;
 * a closed year keeps its rules); missing keys take defaults, the calendar the year's published one.
 */
export const ZCountyRules = z.object({
  /** Default term of a posting in years. */
  termYears: z.number().int().min(1).max(5).default(2),
  /** Dispatching units' administrators may correct the personal facts of the cadres they sent. */
  unitAdminMayEdit: z.boolean().default(false),
  /** 五天四夜: days and nights in the village a week, and the month and year targets. */
  weekDays: z.number().int().min(0).max(7).default(5),
  weekNights: z.number().int().min(0).max(7).default(4),
  monthDays: z.number().int().min(0).max(31).default(20),
  yearDays: z.number().int().min(0).max(366).default(200),
  /** Leave up to this many days is approved by the township; longer goes on to the county. */
  townshipLeaveMaxDays: z.number().int().min(0).max(30).default(3),
  /** More leave than this in a year raises a recall alert to the dispatching unit. */
  recallLeaveDays: z.number().int().min(1).max(366).default(30),
  /** Yesterday and this many days before it may still be recorded (补记); older days are locked. */
  backfillDays: z.number().int().min(0).max(14).default(3),
  /** Local time of the evening reminder to anyone who has not recorded today. */
  reminderTime: z
    .string()
    .regex(/^([01]\d|2[0-3]):[0-5]\d$/)
    .default('21:00'),
  /** Night visits (夜访, 18:00–24:00) a cadre makes a month. */
  monthNightVisits: z.number().int().min(0).max(31).default(4),
  /** Public holidays (法定节假日) the county observes: each lowers a week's requirements by one. */
  holidays: z.array(ZDate).max(400).default([]),
  /** Adjusted working days (调休上班): a Saturday or Sunday worked instead of a holiday's weekday. */
  workdays: z.array(ZDate).max(100).default([]),
  /** Spot-check absences in a year that cap the year's grade (docs/rules.md §4.1, §4.6). */
  spotCheckCaps: ZSpotCheckCaps.default(DEFAULT_SPOT_CHECK_CAPS),
  /** Working days to resolve a villager's request, by category and urgency (accepting takes one). */
  requestDeadlines: ZDeadlineTable.default(DEFAULT_DEADLINES),
  /** The standard facilities checklist of a home (keys of the default list, or the county's own wording). */
  homeFacilities: ZHomeFacilities.default([...DEFAULT_HOME_FACILITIES]),
});
export type TCountyRules = z.infer<typeof ZCountyRules>;

/** The rules with every default (a county that never changed anything). */
export const DEFAULT_COUNTY_RULES: TCountyRules = ZCountyRules.parse({});

/** A change to some of the rules (no defaults: `.partial()` would apply them in zod 4). */
export const ZUpdateCountyRulesRequest = z
  .object({
    termYears: z.number().int().min(1).max(5),
    unitAdminMayEdit: z.boolean(),
    weekDays: z.number().int().min(0).max(7),
    weekNights: z.number().int().min(0).max(7),
    monthDays: z.number().int().min(0).max(31),
    yearDays: z.number().int().min(0).max(366),
    townshipLeaveMaxDays: z.number().int().min(0).max(30),
    recallLeaveDays: z.number().int().min(1).max(366),
    backfillDays: z.number().int().min(0).max(14),
    reminderTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
    monthNightVisits: z.number().int().min(0).max(31),
    holidays: z.array(ZDate).max(400),
    workdays: z.array(ZDate).max(100),
    spotCheckCaps: ZSpotCheckCaps,
    requestDeadlines: ZDeadlineTable,
    homeFacilities: ZHomeFacilities,
  })
  .partial();
export type TUpdateCountyRulesRequest = z.infer<typeof ZUpdateCountyRulesRequest>;

/** The rules of one year as the rules page reads them: which year, and whether it is closed (read-only). */
export const ZCountyRulesOfYear = ZCountyRules.extend({
  year: z.number().int(),
  /** The county's current year (Asia/Shanghai): the earliest year whose rules may still change. */
  currentYear: z.number().int(),
  /** A year before the current one: its rules, and the figures computed with them, stay as they were. */
  closed: z.boolean(),
});
export type TCountyRulesOfYear = z.infer<typeof ZCountyRulesOfYear>;

/** Years whose rules can be asked for. */
export const RULES_FIRST_YEAR = 2000;
export const RULES_LAST_YEAR = 2100;

/**
 * The dates a year's holidays and adjusted working days may take: the year itself and a month on
 * either side (the notice of 2023 begins 元旦 on 31 December 2022).
 */
export function calendarWindowOf(year: number): { from: string; to: string } {
  return { from: `${year - 1}-12-01`, to: `${year + 1}-01-31` };
}
