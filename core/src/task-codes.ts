/** The codes of tasks (任务清单) with their labels, without zod: the cadre's light pages show them (docs/web.md §Size). */
import type { TCodeLabels } from './code-labels.ts';

/** 优先级. */
export const TASK_PRIORITIES = ['high', 'normal', 'low'] as const;
export type TTaskPriority = (typeof TASK_PRIORITIES)[number];
export const TASK_PRIORITY_LABELS: TCodeLabels<TTaskPriority> = {
  high: ['紧急', 'High'],
  normal: ['一般', 'Normal'],
  low: ['较低', 'Low'],
};

/** Whom a task is assigned to, as the assigner picks it (a category expands to the cadres posted in scope). */
export const TASK_TARGET_KINDS = ['township', 'village', 'person', 'category'] as const;
export type TTaskTargetKind = (typeof TASK_TARGET_KINDS)[number];
export const TASK_TARGET_KIND_LABELS: TCodeLabels<TTaskTargetKind> = {
  township: ['下达到乡镇', 'To townships'],
  village: ['下达到村', 'To villages'],
  person: ['下达到干部', 'To named cadres'],
  category: ['下达到某类干部', 'To all cadres of a category'],
};

/** Who holds one assignment (承办方). */
export const TASK_ASSIGNEE_KINDS = ['township', 'village', 'person'] as const;
export type TTaskAssigneeKind = (typeof TASK_ASSIGNEE_KINDS)[number];
export const TASK_ASSIGNEE_KIND_LABELS: TCodeLabels<TTaskAssigneeKind> = {
  township: ['乡镇', 'Township'],
  village: ['村', 'Village'],
  person: ['干部', 'Cadre'],
};

/** An assignment's stored state: open until its assignee reports it done. */
export const TASK_STATES = ['open', 'done'] as const;
export type TTaskState = (typeof TASK_STATES)[number];

/** An assignment on a day: what the lists and the counts show. */
export const TASK_STATUSES = ['open', 'overdue', 'done', 'done_late'] as const;
export type TTaskStatus = (typeof TASK_STATUSES)[number];
export const TASK_STATUS_LABELS: TCodeLabels<TTaskStatus> = {
  open: ['进行中', 'Open'],
  overdue: ['已逾期', 'Overdue'],
  done: ['按期完成', 'Done on time'],
  done_late: ['逾期完成', 'Done late'],
};
