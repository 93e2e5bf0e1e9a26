import { z } from 'zod';
import { ZCadreCategory } from './cadre.ts';
import { ZDivisionCode } from './division.ts';
import {
  TASK_ASSIGNEE_KINDS,
  TASK_LIMITS,
  TASK_PRIORITIES,
  TASK_STATUSES,
  TASK_TARGET_KINDS,
} from './task.ts';

/**
 * The HTTP contracts of the task list (任务清单, issue 15 item 2): assign in one step, report progress
 * and done with evidence (also from 今天 in the day's save), completion by township and village, the
 * ledger. Rules: task.ts.
 */

const ZDate = z.iso.date();
const ZId = z.number().int().positive().max(2_147_483_647);
const ZCount = z.number().int().min(0);
const ZShare = z.number().nullable();

export const ZTaskPriority = z.enum(TASK_PRIORITIES);
export const ZTaskTargetKind = z.enum(TASK_TARGET_KINDS);
export const ZTaskAssigneeKind = z.enum(TASK_ASSIGNEE_KINDS);
export const ZTaskStatus = z.enum(TASK_STATUSES);

/** Whom to assign to in one step: townships, villages, named cadres, or all cadres of a category in scope. */
export const ZTaskTarget = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('township'), codes: z.array(ZDivisionCode).min(1).max(TASK_LIMITS.targets) }),
  z.object({ kind: z.literal('village'), codes: z.array(ZDivisionCode).min(1).max(TASK_LIMITS.targets) }),
  z.object({ kind: z.literal('person'), personIds: z.array(ZId).min(1).max(TASK_LIMITS.targets) }),
  z.object({ kind: z.literal('category'), category: ZCadreCategory }),
]);
export type TTaskTarget = z.infer<typeof ZTaskTarget>;

/** POST /api/tasks: a task and its assignees. */
export const ZTaskCreate = z.object({
  title: z.string().trim().min(1).max(TASK_LIMITS.title),
  description: z.string().trim().max(TASK_LIMITS.description).default(''),
  deadline: ZDate,
  /** 佐证要求: what the assignee must show to mark it done. */
  evidenceRequired: z.string().trim().max(TASK_LIMITS.evidence).default(''),
  priority: ZTaskPriority.default('normal'),
  target: ZTaskTarget,
});
export type TTaskCreateInput = z.input<typeof ZTaskCreate>;
export type TTaskCreate = z.output<typeof ZTaskCreate>;

/** Where a task came from when another module made it (a meeting's decision). */
export const ZTaskSource = z.object({ kind: z.enum(['meeting']), id: ZId });
export type TTaskSource = z.infer<typeof ZTaskSource>;

/** A progress report or done (POST /api/tasks/assignments/:id/report). Done needs evidence: text or a photo. */
export const ZTaskReportInput = z.object({
  percent: z.number().int().min(0).max(100).nullable().default(null),
  note: z.string().trim().max(TASK_LIMITS.note).default(''),
  done: z.boolean().default(false),
  evidence: z.string().trim().max(TASK_LIMITS.evidence).default(''),
  photoIds: z.array(ZId).max(TASK_LIMITS.photos).default([]),
});
export type TTaskReportInput = z.input<typeof ZTaskReportInput>;
export type TTaskReport = z.output<typeof ZTaskReportInput>;

/** One report in the day's save on 今天 (enter once): the assignment it is for, and the report. */
export const ZDayTaskReportInput = ZTaskReportInput.extend({ assignmentId: ZId });
export type TDayTaskReportInput = z.input<typeof ZDayTaskReportInput>;

/** What is wrong with a report: a report says something; done needs evidence (text or a photo). */
export function checkTaskReport(r: TTaskReport): { field: string; key: string }[] {
  const problems: { field: string; key: string }[] = [];
  if (r.done && !r.evidence && r.photoIds.length === 0)
    problems.push({ field: 'evidence', key: 'task_evidence_required' });
  if (!r.done && r.percent === null && !r.note && !r.evidence && r.photoIds.length === 0)
    problems.push({ field: 'note', key: 'task_report_empty' });
  return problems;
}

export const ZTaskCompletion = z.object({
  total: ZCount,
  done: ZCount,
  doneOnTime: ZCount,
  overdue: ZCount,
  open: ZCount,
  doneShare: ZShare,
  onTimeShare: ZShare,
});

/** An assignment as lists show it. */
export const ZTaskAssignmentView = z.object({
  id: ZId,
  taskId: ZId,
  assigneeKind: ZTaskAssigneeKind,
  divisionCode: z.string(),
  /** The village or township it is for (a person's: the village of their posting). */
  divisionName: z.string(),
  townshipName: z.string(),
  personId: ZId.nullable(),
  personName: z.string().nullable(),
  status: ZTaskStatus,
  overdueDays: ZCount,
  percent: z.number().int().nullable(),
  note: z.string(),
  evidence: z.string(),
  photoIds: z.array(ZId),
  doneOn: ZDate.nullable(),
  updatedAt: z.string(),
});
export type TTaskAssignmentView = z.infer<typeof ZTaskAssignmentView>;

/** A task in the list: what, by when, from whom, and how far its assignees in scope are. */
export const ZTaskListItem = z.object({
  id: ZId,
  title: z.string(),
  deadline: ZDate,
  priority: ZTaskPriority,
  assignerCode: z.string(),
  assignerName: z.string(),
  targetKind: ZTaskTargetKind,
  category: ZCadreCategory.nullable(),
  source: ZTaskSource.nullable(),
  createdAt: z.string(),
  completion: ZTaskCompletion,
});
export type TTaskListItem = z.infer<typeof ZTaskListItem>;

export const ZTaskListQuery = z.object({
  q: z.string().trim().max(50).optional(),
  status: z.enum(['open', 'overdue', 'done']).optional(),
  /** Only the assignments the caller holds (their township's, their village's, their own): the to-do's link. */
  held: z.stringbool().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TTaskListQuery = z.input<typeof ZTaskListQuery>;

export const ZTaskList = z.object({ items: z.array(ZTaskListItem), total: ZCount });

/** A progress report as the task's page shows it. */
export const ZTaskReportView = z.object({
  id: ZId,
  assignmentId: ZId,
  date: ZDate,
  percent: z.number().int().nullable(),
  note: z.string(),
  done: z.boolean(),
  evidence: z.string(),
  photoIds: z.array(ZId),
  reportedByName: z.string(),
  /** Written from 今天 in the day's save. */
  fromDay: z.boolean(),
});
export type TTaskReportView = z.infer<typeof ZTaskReportView>;

/** A task's page: the task, its assignments in scope and their reports. */
export const ZTaskView = ZTaskListItem.extend({
  description: z.string(),
  evidenceRequired: z.string(),
  /** The caller may report on these assignments (their own, their village's, their township's). */
  reportable: z.array(ZId),
  assignments: z.array(ZTaskAssignmentView),
  reports: z.array(ZTaskReportView),
});
export type TTaskView = z.infer<typeof ZTaskView>;

/** An open (or recently done) assignment of the caller's, as 今天 and 我的任务 show it. */
export const ZMyTask = z.object({
  assignmentId: ZId,
  taskId: ZId,
  title: z.string(),
  description: z.string(),
  evidenceRequired: z.string(),
  deadline: ZDate,
  priority: ZTaskPriority,
  assigneeKind: ZTaskAssigneeKind,
  divisionName: z.string(),
  assignerName: z.string(),
  status: ZTaskStatus,
  overdueDays: ZCount,
  percent: z.number().int().nullable(),
  note: z.string(),
});
export type TMyTask = z.infer<typeof ZMyTask>;
export const ZMyTasks = z.object({ today: ZDate, items: z.array(ZMyTask) });

/** Completion of the tasks assigned from the caller's level: counts and shares by township and village. */
export const ZTaskCompletionRow = ZTaskCompletion.extend({
  code: z.string(),
  name: z.string(),
  level: z.enum(['township', 'village']),
  townshipName: z.string(),
});
export type TTaskCompletionRow = z.infer<typeof ZTaskCompletionRow>;
export const ZTaskCompletionQuery = z.object({
  taskId: z.coerce.number().int().positive().max(2_147_483_647).optional(),
});
export const ZTaskCompletionReport = z.object({
  today: ZDate,
  total: ZTaskCompletion,
  rows: z.array(ZTaskCompletionRow),
});
export type TTaskCompletionReport = z.infer<typeof ZTaskCompletionReport>;

/** What the assign form offers (GET /api/tasks/assignable): the assigning level and whom it reaches. */
export const ZTaskAssignable = z.object({
  assignerCode: z.string(),
  assignerName: z.string(),
  level: z.enum(['county', 'township']),
  townships: z.array(z.object({ code: z.string(), name: z.string() })),
  villages: z.array(z.object({ code: z.string(), name: z.string(), townshipName: z.string() })),
  cadres: z.array(
    z.object({ personId: ZId, name: z.string(), category: ZCadreCategory, villageName: z.string() }),
  ),
});
export type TTaskAssignable = z.infer<typeof ZTaskAssignable>;
