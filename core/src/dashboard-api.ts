import { z } from 'zod';
import type { TCodeLabels } from './code-labels.ts';
import { PROJECT_STATES, type TProjectState } from './project.ts';
import { GRADES } from './rating.ts';
import type { TPermission } from './roles.ts';

/**
 * The county's picture (docs/rules.md §4.15): one panel a request, each a division's figures split by its
 * parts (the county's townships, a township's villages), never by person. The HTTP contracts.
 */

const ZCount = z.number().int().min(0);

/** ?division=: a county or a township in the caller's scope (default: the caller's own). */
export const ZDashboardQuery = z.object({
  division: z
    .string()
    .regex(/^\d{6}(\d{3})?$/)
    .optional(),
});
export type TDashboardQuery = z.infer<typeof ZDashboardQuery>;

const ZPart = z.object({ code: z.string(), name: z.string() });

/** Each panel: the division shown, the date its figures are as of, and one row a part with the total. */
const panel = <T extends z.ZodRawShape>(figures: T) => {
  const ZFigures = z.object(figures);
  return z.object({
    division: ZPart.extend({ level: z.string() }),
    asOf: z.string(),
    parts: z.array(ZPart.extend(figures)),
    totals: ZFigures,
  });
};

/** 五天四夜: the last ended week's and this month's assessed cadre-weeks; who is on leave today; recall alerts. */
export const ZPresencePanel = panel({
  weekComplying: ZCount,
  weekNotComplying: ZCount,
  monthComplying: ZCount,
  monthNotComplying: ZCount,
  /** Stationed cadres on approved leave today. */
  onLeave: ZCount,
  /** Stationed cadres whose approved leave this year passes the county's recall threshold. */
  recallAlerts: ZCount,
}).extend({
  week: z.object({ monday: z.string(), sunday: z.string() }),
  /** The weeks of this month that have ended (by their Sunday). */
  month: z.object({ month: z.string(), weeks: ZCount }),
  recallLeaveDays: ZCount,
});
export type TPresencePanel = z.infer<typeof ZPresencePanel>;

/** 群众诉求: open and overdue now, handed up past the village; resolved this year, on time; satisfaction. */
export const ZRequestsPanel = panel({
  open: ZCount,
  overdue: ZCount,
  /** Open and owned by the township, or by the county (handed up or escalated past the village). */
  atTownship: ZCount,
  atCounty: ZCount,
  resolved: ZCount,
  resolvedOnTime: ZCount,
  satisfied: ZCount,
  basicallySatisfied: ZCount,
  partlySolved: ZCount,
  dissatisfied: ZCount,
});
export type TRequestsPanel = z.infer<typeof ZRequestsPanel>;

/** 项目化帮扶: projects by state (every state, drafts too) and kind; milestones overdue today. */
export const ZProjectsPanel = panel({
  ...(Object.fromEntries(PROJECT_STATES.map((s) => [s, ZCount])) as Record<TProjectState, typeof ZCount>),
  milestonesOverdue: ZCount,
}).extend({
  /** Approved or further (the bulletin's count), by kind, in the whole division. */
  byKind: z.array(z.object({ kind: z.string(), count: ZCount })),
});
export type TProjectsPanel = z.infer<typeof ZProjectsPanel>;

/** 任务清单: the assignments to the division's places (or their cadres), open, overdue, done. */
export const ZTasksPanel = panel({ open: ZCount, overdue: ZCount, done: ZCount });
export type TTasksPanel = z.infer<typeof ZTasksPanel>;

/** 问题整改: the items of the division and its places, open (not closed), overdue, closed. */
export const ZRectificationPanel = panel({ open: ZCount, overdue: ZCount, closed: ZCount });
export type TRectificationPanel = z.infer<typeof ZRectificationPanel>;

/** 标准化家园: homes meeting the standard and not, and stationed cadres living in none (走读 risk). */
export const ZHomesPanel = panel({
  homes: ZCount,
  belowStandard: ZCount,
  withoutHome: ZCount,
});
export type THomesPanel = z.infer<typeof ZHomesPanel>;

/** 星级评定: the latest cycle with graded results (its totals computed), by the grade in force; or none yet. */
export const ZRatingPanel = panel(
  Object.fromEntries(GRADES.map((g) => [g, ZCount])) as Record<(typeof GRADES)[number], typeof ZCount>,
).extend({
  cycle: z.object({ id: z.number().int(), year: z.number().int(), stage: z.string() }).nullable(),
});
export type TRatingPanel = z.infer<typeof ZRatingPanel>;

/** 村庄分布: what the map colours the villages by, each a figure of a panel, read under its permission. */
export const MAP_MEASURES = {
  'requests.overdue': 'requests:read',
  'requests.open': 'requests:read',
  'presence.weekNotComplying': 'duty:read',
  'homes.withoutHome': 'homes:read',
  'homes.belowStandard': 'homes:read',
  'tasks.overdue': 'tasks:read',
  'rectification.overdue': 'rectification:read',
  'projects.milestonesOverdue': 'projects:read',
} as const satisfies Record<string, TPermission>;
export type TMapMeasure = keyof typeof MAP_MEASURES;
export const ZMapMeasure = z.enum(Object.keys(MAP_MEASURES) as [TMapMeasure, ...TMapMeasure[]]);

export const MAP_MEASURE_LABELS: TCodeLabels<TMapMeasure> = {
  'requests.overdue': ['逾期未办结的诉求', 'Requests overdue'],
  'requests.open': ['办理中的诉求', 'Requests being handled'],
  'presence.weekNotComplying': ['上周五天四夜未达标', 'Not complying last week'],
  'homes.withoutHome': ['未入住家园（走读风险）', 'Living in no home (commuting risk)'],
  'homes.belowStandard': ['未达标的家园', 'Homes below the standard'],
  'tasks.overdue': ['逾期的任务', 'Tasks overdue'],
  'rectification.overdue': ['逾期的整改问题', 'Rectification overdue'],
  'projects.milestonesOverdue': ['逾期的项目节点', 'Milestones overdue'],
};

/** GET /api/dashboard/villages?division=&measure=: the measure by village (with points) and by part. */
export const ZVillageMapQuery = ZDashboardQuery.extend({ measure: ZMapMeasure });
export const ZVillageMap = z.object({
  division: ZPart.extend({ level: z.string() }),
  asOf: z.string(),
  measure: ZMapMeasure,
  /** The division's parts (townships or villages) with the measure: the tiles when no village has a point. */
  parts: z.array(ZPart.extend({ value: ZCount })),
  /** The villages with a point entered by the county (never guessed), and their value. */
  points: z.array(ZPart.extend({ lng: z.number(), lat: z.number(), value: ZCount })),
  /** Villages of the division without a point. */
  withoutPoint: ZCount,
});
export type TVillageMap = z.infer<typeof ZVillageMap>;
