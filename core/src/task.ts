import { daysBetween } from './posting.ts';
import { roundHalfUp } from './project-score.ts';
import { TASK_PRIORITIES, type TTaskPriority, type TTaskStatus } from './task-codes.ts';

export {
  TASK_ASSIGNEE_KIND_LABELS,
  TASK_ASSIGNEE_KINDS,
  TASK_PRIORITIES,
  TASK_PRIORITY_LABELS,
  TASK_STATES,
  TASK_STATUS_LABELS,
  TASK_STATUSES,
  TASK_TARGET_KIND_LABELS,
  TASK_TARGET_KINDS,
  type TTaskAssigneeKind,
  type TTaskPriority,
  type TTaskState,
  type TTaskStatus,
  type TTaskTargetKind,
} from './task-codes.ts';

/**
 * 任务清单 (docs/rules.md §4.9): the county or a township assigns a task downward in one step; each
 * assignee (a township, a village or a named cadre) has its own assignment, open until reported done.
 * Dates are `YYYY-MM-DD`; `today` is always a parameter (the server's Asia/Shanghai day).
 */

/** Limits of a task and of a report (short forms; room for the evidence asked). */
export const TASK_LIMITS = {
  title: 100,
  description: 2000,
  evidence: 500,
  note: 500,
  photos: 9,
  /** Townships, villages or cadres named in one step. */
  targets: 500,
  /** Reports from one day's save. */
  dayReports: 10,
} as const;

/** The part of an assignment the rules read. */
export type TTaskDates = { deadline: string; doneOn: string | null };

export type TTaskAssignmentState = {
  status: TTaskStatus;
  /** Days past the deadline, not done (0 unless overdue). 已逾期 N 天. */
  overdueDays: number;
  /** Days it was done after the deadline (0 unless done late). */
  lateDays: number;
};

/**
 * An assignment on `today`: overdue when not done and the deadline is before today (due today is not
 * overdue); done on time when done on or before the deadline, else done late.
 */
export function taskState(a: TTaskDates, today: string): TTaskAssignmentState {
  if (a.doneOn !== null) {
    const lateDays = Math.max(0, daysBetween(a.deadline, a.doneOn));
    return { status: lateDays > 0 ? 'done_late' : 'done', overdueDays: 0, lateDays };
  }
  const overdueDays = Math.max(0, daysBetween(a.deadline, today));
  return { status: overdueDays > 0 ? 'overdue' : 'open', overdueDays, lateDays: 0 };
}

/** Completion counts of some assignments (完成情况): never a ranking, only counts and shares. */
export type TTaskCompletion = {
  total: number;
  done: number;
  doneOnTime: number;
  overdue: number;
  /** Open and not yet past the deadline. */
  open: number;
  /** done / total in percent, one decimal half up; null without assignments. */
  doneShare: number | null;
  /** done on time / total in percent; null without assignments. */
  onTimeShare: number | null;
};

const share = (part: number, whole: number) => (whole === 0 ? null : roundHalfUp((part * 100) / whole, 1));

/** Counts done, done on time, overdue and open on `today`, with shares of the total. */
export function taskCompletion(assignments: readonly TTaskDates[], today: string): TTaskCompletion {
  let done = 0;
  let doneOnTime = 0;
  let overdue = 0;
  for (const a of assignments) {
    const { status } = taskState(a, today);
    if (status === 'done' || status === 'done_late') done++;
    if (status === 'done') doneOnTime++;
    if (status === 'overdue') overdue++;
  }
  return completionOfCounts({ total: assignments.length, done, doneOnTime, overdue });
}

/** The same completion from counts a database has made (open and the shares derived alike). */
export function completionOfCounts(c: {
  total: number;
  done: number;
  doneOnTime: number;
  overdue: number;
}): TTaskCompletion {
  return {
    ...c,
    open: c.total - c.done - c.overdue,
    doneShare: share(c.done, c.total),
    onTimeShare: share(c.doneOnTime, c.total),
  };
}

/** A person's tasks in a year for the star rating: due, done on time, and the share (null when none due). */
export type TTaskOnTimeShare = { due: number; onTime: number; share: number | null };

/**
 * 按期完成率 (docs/rules.md §4.9), an input of the star rating: of a person's assignments whose deadline
 * falls in `year`, those due (deadline passed by `asOf`, or already done) and those done on or before
 * their deadline. A task not yet due and not done does not count against anyone.
 */
export function taskOnTimeShare(
  assignments: readonly TTaskDates[],
  year: number,
  asOf: string,
): TTaskOnTimeShare {
  const due = assignments.filter(
    (a) => a.deadline.startsWith(`${year}-`) && (a.doneOn !== null || a.deadline < asOf),
  );
  const onTime = due.filter((a) => a.doneOn !== null && a.doneOn <= a.deadline).length;
  return { due: due.length, onTime, share: share(onTime, due.length) };
}

/** The dedupe key of an overdue notice: one per assignment and deadline (a moved deadline is told again). */
export function taskOverdueKey(a: { id: number; deadline: string }): string {
  return `task-overdue:${a.id}:${a.deadline}`;
}

/** The level a division code assigns from: the county (6 digits) or a township (9); a village may not. */
export function assignerLevelOf(code: string): 'county' | 'township' | null {
  if (code.length === 6) return 'county';
  if (code.length === 9) return 'township';
  return null;
}

/** Open assignments due soonest first (today's list): earlier deadline, then higher priority, then id. */
export function byDueSoonest<A extends { deadline: string; priority: TTaskPriority; id: number }>(
  a: A,
  b: A,
): number {
  if (a.deadline !== b.deadline) return a.deadline < b.deadline ? -1 : 1;
  const pa = TASK_PRIORITIES.indexOf(a.priority);
  const pb = TASK_PRIORITIES.indexOf(b.priority);
  return pa !== pb ? pa - pb : a.id - b.id;
}
