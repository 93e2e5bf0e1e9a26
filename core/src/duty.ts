import { z } from 'zod';
import { DAY_LIMITS } from './day-entry-codes.ts';
import { ZAbsenceKind, ZAbsenceState, ZApprovalLevel } from './leave.ts';
import { ZPlace, ZWeekAssessment } from './presence.ts';
import { ZDayProjectTie, ZDayProjectTieInput } from './project-plan-api.ts';
import { ZSpotCheckFinding, ZSpotCheckMethod, ZSpotCheckRestExcuse } from './spot-check.ts';
import { TASK_LIMITS } from './task.ts';
import { ZDayTaskReportInput } from './task-api.ts';
import { ZEditWindow, ZFourRole } from './work-log.ts';

export { DAY_LIMITS } from './day-entry-codes.ts';

const ZDate = z.iso.date();

/** Limits of a day's log (a phone, a tired person: short forms, but room to write). */

/** What a cadre saves for a day: where they were, and the log. A second save edits it. */
export const ZDayEntryRequest = z.object({
  day: ZPlace,
  night: ZPlace,
  work: z.string().trim().max(DAY_LIMITS.work).default(''),
  activities: z.string().trim().max(DAY_LIMITS.activities).default(''),
  rolePlayed: z.string().trim().max(DAY_LIMITS.rolePlayed).default(''),
  roles: z.array(ZFourRole).max(4).default([]),
  photoIds: z.array(z.number().int().positive()).max(DAY_LIMITS.photos).default([]),
  /** 记入项目: tie the log to one of the cadre's projects (null unties it; left out, the tie stays). */
  project: ZDayProjectTieInput.nullable().optional(),
  /** 任务进展: reports on the cadre's own tasks, written in the same save (enter once). */
  tasks: z.array(ZDayTaskReportInput).max(TASK_LIMITS.dayReports).optional(),
});
export type TDayEntryRequest = z.input<typeof ZDayEntryRequest>;
export type TDayEntry = z.output<typeof ZDayEntryRequest>;

export const ZDutyComment = z.object({
  id: z.number().int(),
  author: z.string(),
  text: z.string(),
  returned: z.boolean(),
  createdAt: z.string(),
});
export type TDutyComment = z.infer<typeof ZDutyComment>;

/** A saved day as everyone reads it. */
export const ZDayView = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  personName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  date: ZDate,
  day: ZPlace,
  night: ZPlace,
  work: z.string(),
  activities: z.string(),
  rolePlayed: z.string(),
  roles: z.array(ZFourRole),
  photoIds: z.array(z.number().int()),
  backfilled: z.boolean(),
  returned: z.boolean(),
  version: z.number().int(),
  updatedAt: z.string(),
  comments: z.array(ZDutyComment),
  /** The project the log is tied to on 今天 (it shows in that project's progress). */
  project: ZDayProjectTie.nullable().optional(),
});
export type TDayView = z.infer<typeof ZDayView>;

/** "今天": the server's today, and the days the cadre may still write, each with what is saved. */
export const ZTodayView = z.object({
  today: ZDate,
  person: z
    .object({ id: z.number().int(), name: z.string(), villageCode: z.string(), villageName: z.string() })
    .nullable(),
  days: z.array(
    z.object({
      date: ZDate,
      window: ZEditWindow,
      record: ZDayView.nullable(),
      /** 休息 by the rules: the day is no working day, the night lies beyond the week's four. Offered first, never forced. */
      rest: z.object({ day: z.boolean(), night: z.boolean() }),
      /** A leave request (waiting or approved) covers the date; without one, 请假 offers to file it. */
      leaveRequested: z.boolean(),
    }),
  ),
});
export type TTodayView = z.infer<typeof ZTodayView>;

export const ZTargetSummary = z.object({
  days: z.number().int(),
  target: z.number().int(),
  met: z.boolean(),
});

/** The cadre's own presence: this week against 5 and 4, the month against 20, the year against 200. */
export const ZPresenceSummary = z.object({
  today: ZDate,
  week: ZWeekAssessment,
  month: ZTargetSummary,
  year: ZTargetSummary,
  leaveDaysThisYear: z.number().int(),
  recallAlert: z.boolean(),
});
export type TPresenceSummary = z.infer<typeof ZPresenceSummary>;

/** The unbroken leave a request belongs to (see `leaveSpanOf`): the request alone, or with the leave it joins. */
export const ZLeaveSpan = z.object({
  startDate: ZDate,
  endDate: ZDate,
  days: z.number().int(),
  requests: z.number().int(),
});

export const ZAbsenceView = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  personName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  kind: ZAbsenceKind,
  startDate: ZDate,
  endDate: ZDate,
  days: z.number().int(),
  reason: z.string(),
  state: ZAbsenceState,
  /** Who decides it now (or decided it last), judged by `span` while it waits. */
  level: ZApprovalLevel,
  /** The unbroken leave it belongs to: longer than `days` when the person's other leave touches it. */
  span: ZLeaveSpan,
  decisionNote: z.string().nullable(),
  createdAt: z.string(),
});
export type TAbsenceView = z.infer<typeof ZAbsenceView>;

/** Before applying: who would decide these dates, and why (the unbroken leave they would make, the limit). */
export const ZAbsenceLevelQuery = z
  .object({ kind: ZAbsenceKind, startDate: ZDate, endDate: ZDate })
  .refine((a) => a.endDate >= a.startDate, { message: 'endDate before startDate', path: ['endDate'] });
export const ZAbsenceLevelPreview = z.object({
  level: ZApprovalLevel,
  span: ZLeaveSpan,
  /** Leave up to this many days the township approves. */
  townshipLeaveMaxDays: z.number().int(),
});
export type TAbsenceLevelPreview = z.infer<typeof ZAbsenceLevelPreview>;

export const ZAbsenceDecisionRequest = z.object({ note: z.string().trim().max(200).optional() });

export const ZDutyCommentRequest = z.object({
  text: z.string().trim().min(1).max(500),
  /** Send the log back to the cadre for completion (退回补充). */
  returnForCompletion: z.boolean().default(false),
});

/** An attendance keeper's correction of a day's status (audited); the log text stays the cadre's. */
export const ZAttendanceCorrection = z.object({
  day: ZPlace,
  night: ZPlace,
  reason: z.string().trim().min(1).max(200),
});

export const ZSpotCheckRequest = z.object({
  personId: z.number().int().positive(),
  /** Local time of the check, `YYYY-MM-DDTHH:MM` (Asia/Shanghai). */
  checkedAt: z.string().regex(/^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}$/),
  method: ZSpotCheckMethod,
  finding: ZSpotCheckFinding,
  note: z.string().trim().max(500).optional(),
  /** An optional photo or screenshot uploaded first (POST /api/spot-checks/evidence). */
  fileId: z.number().int().positive().optional(),
});
export type TSpotCheckRequest = z.input<typeof ZSpotCheckRequest>;

/** The cadre's one statement on a check that found them absent. */
export const ZSpotCheckAnswerRequest = z.object({ answer: z.string().trim().min(1).max(500) });
export type TSpotCheckAnswerRequest = z.infer<typeof ZSpotCheckAnswerRequest>;

export const ZSpotCheckView = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  personName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  checkedAt: z.string(),
  method: ZSpotCheckMethod,
  finding: ZSpotCheckFinding,
  note: z.string().nullable(),
  /** A photo or screenshot was attached (GET /api/spot-checks/:id/evidence). */
  hasFile: z.boolean(),
  /** Found absent while the day's record says in the village: shown to both sides. */
  discrepancy: z.boolean(),
  /**
   * What excuses the check (it never counts as an absence), or null: the approved leave or official duty of
   * its date, or the cadre's rest (a day the county rests, a night that is their rest; see `restExcuse`).
   */
  excusedBy: z
    .union([
      z.object({ kind: ZAbsenceKind, startDate: ZDate, endDate: ZDate }),
      z.object({ kind: ZSpotCheckRestExcuse, date: ZDate }),
    ])
    .nullable(),
  /** The cadre's statement on the check (once, when it found them absent), shown with it to every side. */
  answer: z.object({ text: z.string(), at: z.string() }).nullable(),
  checkedBy: z.string(),
});
export type TSpotCheckView = z.infer<typeof ZSpotCheckView>;
