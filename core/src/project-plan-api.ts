import { z } from 'zod';
import { daysBetween } from './posting.ts';
import { ZProjectState } from './project.ts';
import { MILESTONE_STATUSES, type TGantt, type TPlanProgress } from './project-plan.ts';

/**
 * The HTTP contracts of the battle map (挂图作战, issue 14 item 3): milestones against the baseline
 * frozen at the township's approval, progress reports (and days' logs tied to a project on 今天),
 * and the Gantt data of a village's, township's or the county's projects. Rules: project-plan.ts.
 */

const ZDate = z.iso.date();
const ZId = z.number().int().positive().max(2_147_483_647);
const ZCount = z.number().int().min(0);

export const PLAN_LIMITS = {
  title: 100,
  deliverable: 200,
  reason: 200,
  text: 2000,
  photos: 9,
  comment: 500,
  /** The widest Gantt window: three years. */
  ganttDays: 1100,
  milestones: 100,
} as const;

/** A milestone as the plan form sends it (POST to add, PUT to edit or move it). */
export const ZMilestoneInput = z.object({
  title: z.string().trim().min(1).max(PLAN_LIMITS.title),
  deliverable: z.string().trim().max(PLAN_LIMITS.deliverable).default(''),
  ownerPersonId: ZId,
  /** When the work towards it starts (optional). */
  startDate: ZDate.nullable().default(null),
  dueDate: ZDate,
  /** Why the due date moved: required once the plan is frozen as the baseline (调整理由). */
  reason: z.string().trim().max(PLAN_LIMITS.reason).optional(),
});
export type TMilestoneInput = z.input<typeof ZMilestoneInput>;
export type TMilestoneFacts = z.output<typeof ZMilestoneInput>;

/** POST …/milestones/:mid/done: the day it was met (today when left out). */
export const ZMilestoneDoneRequest = z.object({ doneOn: ZDate.optional() });
/** POST …/milestones/:mid/drop: before approval it is deleted; after, kept struck through with the reason. */
export const ZMilestoneDropRequest = z.object({
  reason: z.string().trim().max(PLAN_LIMITS.reason).optional(),
});

export const ZPlanPersonRole = z.enum(['leader', 'claimant', 'village_cadre']);
export type TPlanPersonRole = z.infer<typeof ZPlanPersonRole>;
/** Someone who may own a milestone or report progress: the leader, a claimant or a cadre of the village. */
export const ZPlanPerson = z.object({
  personId: ZId,
  name: z.string(),
  role: ZPlanPersonRole,
  villageName: z.string().nullable(),
});
export type TPlanPerson = z.infer<typeof ZPlanPerson>;

export const ZMilestoneStateView = z.object({
  status: z.enum(MILESTONE_STATUSES),
  slippageDays: z.number().int().nullable(),
  overdueDays: ZCount,
  lateDays: ZCount,
});

export const ZPlanMilestone = z.object({
  id: ZId,
  position: z.number().int(),
  title: z.string(),
  deliverable: z.string(),
  owner: z.object({ personId: ZId, name: z.string() }),
  startDate: ZDate.nullable(),
  dueDate: ZDate,
  doneOn: ZDate.nullable(),
  baselineStart: ZDate.nullable(),
  baselineDue: ZDate.nullable(),
  /** Added after the baseline was frozen (新增): it has no baseline. */
  added: z.boolean(),
  dropped: z.object({ at: z.string(), reason: z.string() }).nullable(),
  state: ZMilestoneStateView,
});
export type TPlanMilestone = z.infer<typeof ZPlanMilestone>;

const ZPlanProgress = z.object({
  total: ZCount,
  done: ZCount,
  share: z.number().nullable(),
  overdue: ZCount,
  doneLate: ZCount,
  slipped: ZCount,
  maxSlippageDays: ZCount,
}) satisfies z.ZodType<TPlanProgress>;

/** GET /api/projects/:id/plan: the battle map of one project. */
export const ZProjectPlan = z.object({
  today: ZDate,
  project: z.object({
    id: ZId,
    title: z.string(),
    state: ZProjectState,
    villages: z.array(z.object({ code: z.string(), name: z.string() })),
    leader: z.object({ personId: ZId, name: z.string() }),
    startDate: ZDate,
    plannedEndDate: ZDate,
    baselinePlannedEnd: ZDate.nullable(),
    baselineFrozenAt: z.string().nullable(),
  }),
  milestones: z.array(ZPlanMilestone),
  progress: ZPlanProgress,
  span: z.object({ from: ZDate, to: ZDate }),
  /** Who may own a milestone (and report progress). */
  people: z.array(ZPlanPerson),
  /** What the caller may do: change the plan, report progress, mark milestones done. */
  may: z.object({ plan: z.boolean(), report: z.boolean(), markDone: z.boolean() }),
});
export type TProjectPlan = z.infer<typeof ZProjectPlan>;

/* ---------- progress (项目进展) ---------- */

/** POST /api/projects/:id/progress: a report with text and optional photos, optionally about a milestone. */
export const ZProgressReportRequest = z.object({
  date: ZDate,
  text: z.string().trim().min(1).max(PLAN_LIMITS.text),
  milestoneId: ZId.nullable().default(null),
  /** Mark the milestone done on `date` too. */
  milestoneDone: z.boolean().default(false),
  photoIds: z.array(ZId).max(PLAN_LIMITS.photos).default([]),
});
export type TProgressReportRequest = z.input<typeof ZProgressReportRequest>;

export const ZProgressItem = z.object({
  id: ZId,
  date: ZDate,
  /** A report typed for the project, or a day's log tied to it on 今天 (its words are the log's). */
  source: z.enum(['report', 'day_log']),
  text: z.string(),
  milestone: z.object({ id: ZId, title: z.string() }).nullable(),
  reporter: z.object({ personId: ZId.nullable(), name: z.string() }),
  photoIds: z.array(ZId),
  /** The day's log, for an entry tied on 今天. */
  day: z.object({ id: ZId, work: z.string(), activities: z.string() }).nullable(),
  reportedAt: z.string(),
  comments: z.array(z.object({ id: ZId, author: z.string(), text: z.string(), createdAt: z.string() })),
});
export type TProgressItem = z.infer<typeof ZProgressItem>;
export const ZProgressList = z.object({ items: z.array(ZProgressItem), total: ZCount });
export type TProgressList = z.infer<typeof ZProgressList>;
export const ZProgressListQuery = z.object({
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export const ZProgressCommentRequest = z.object({
  text: z.string().trim().min(1).max(PLAN_LIMITS.comment),
});

/* ---------- the day's log tied to a project on 今天 ---------- */

/** On 今天: tie the day's log to one of the cadre's projects, optionally a milestone, optionally met that day. */
export const ZDayProjectTieInput = z.object({
  projectId: ZId,
  milestoneId: ZId.nullable().default(null),
  milestoneDone: z.boolean().default(false),
});
export type TDayProjectTieInput = z.input<typeof ZDayProjectTieInput>;

/** A day's tie as the day's view shows it. */
export const ZDayProjectTie = z.object({
  progressId: ZId,
  projectId: ZId,
  projectTitle: z.string(),
  milestoneId: ZId.nullable(),
  milestoneTitle: z.string().nullable(),
  /** The milestone was met that day (its done date is the day's date). */
  milestoneDone: z.boolean(),
});
export type TDayProjectTie = z.infer<typeof ZDayProjectTie>;

/** GET /api/project-plans/mine: the projects a cadre may tie a day to, with their open milestones. */
export const ZMyPlanProjects = z.object({
  items: z.array(
    z.object({
      id: ZId,
      title: z.string(),
      role: ZPlanPersonRole,
      milestones: z.array(z.object({ id: ZId, title: z.string(), dueDate: ZDate, doneOn: ZDate.nullable() })),
    }),
  ),
});
export type TMyPlanProjects = z.infer<typeof ZMyPlanProjects>;

/* ---------- the Gantt chart (挂图) ---------- */

export const ZGanttQuery = z.object({
  township: z
    .string()
    .regex(/^\d{9}$/)
    .optional(),
  village: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
  from: ZDate.optional(),
  to: ZDate.optional(),
});
export type TGanttQuery = z.infer<typeof ZGanttQuery>;

const ZGanttMark = z.object({
  id: ZId,
  at: z.number().int(),
  baselineAt: z.number().int().nullable(),
  state: ZMilestoneStateView,
});
const ZGanttRow = z.object({
  projectId: ZId,
  title: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  clippedStart: z.boolean(),
  clippedEnd: z.boolean(),
  otherVillages: z.array(z.string()),
  progress: ZPlanProgress,
  milestones: z.array(ZGanttMark),
});
export const ZGanttData = z.object({
  from: ZDate,
  to: ZDate,
  days: z.number().int(),
  today: z.number().int().nullable(),
  months: z.array(z.object({ month: z.string(), start: z.number().int(), end: z.number().int() })),
  groups: z.array(z.object({ villageCode: z.string(), villageName: z.string(), rows: z.array(ZGanttRow) })),
}) satisfies z.ZodType<TGantt>;

/** GET /api/project-plans/gantt: the chart, with what its rows and marks name (project, leader, milestones). */
export const ZGanttView = z.object({
  today: ZDate,
  /** The area drawn: a village, a township or the county (the caller's scope). */
  area: z.object({ code: z.string(), name: z.string() }),
  gantt: ZGanttData,
  projects: z.array(
    z.object({
      id: ZId,
      title: z.string(),
      state: ZProjectState,
      leaderName: z.string(),
      milestones: z.array(
        z.object({
          id: ZId,
          title: z.string(),
          ownerName: z.string(),
          dueDate: ZDate,
          baselineDue: ZDate.nullable(),
          doneOn: ZDate.nullable(),
        }),
      ),
    }),
  ),
});
export type TGanttView = z.infer<typeof ZGanttView>;

/* ---------- rules of the plan form ---------- */

export type TMilestoneProblem = {
  field: 'startDate' | 'reason';
  key: 'milestone_start_after_due' | 'milestone_move_reason_required';
};

/**
 * A milestone's dates: the start (when given) not after the due date; once the plan is frozen as the
 * baseline (`frozen`), moving the due date needs a reason (调整理由), which the audit row keeps.
 */
export function milestoneProblems(
  input: Pick<TMilestoneFacts, 'startDate' | 'dueDate' | 'reason'>,
  before: { dueDate: string } | null,
  frozen: boolean,
): TMilestoneProblem[] {
  const problems: TMilestoneProblem[] = [];
  if (input.startDate !== null && input.startDate > input.dueDate)
    problems.push({ field: 'startDate', key: 'milestone_start_after_due' });
  if (frozen && before && before.dueDate !== input.dueDate && !input.reason?.trim())
    problems.push({ field: 'reason', key: 'milestone_move_reason_required' });
  return problems;
}

/** The window a Gantt chart draws by default: the calendar year of `today`. */
export function defaultGanttWindow(today: string): { from: string; to: string } {
  return { from: `${today.slice(0, 4)}-01-01`, to: `${today.slice(0, 4)}-12-31` };
}

/** Whether a Gantt window is usable: from not after to, at most PLAN_LIMITS.ganttDays days. */
export function ganttWindowProblem(window: { from: string; to: string }): 'order' | 'too_wide' | null {
  if (window.from > window.to) return 'order';
  if (daysBetween(window.from, window.to) + 1 > PLAN_LIMITS.ganttDays) return 'too_wide';
  return null;
}
