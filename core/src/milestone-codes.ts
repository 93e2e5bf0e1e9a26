/** The states of a milestone (挂图作战) with their labels, without zod: the cadre's light pages show them. */
import type { TCodeLabels } from './code-labels.ts';

export const MILESTONE_STATUSES = ['open', 'overdue', 'done', 'done_late'] as const;
export type TMilestoneStatus = (typeof MILESTONE_STATUSES)[number];
export const MILESTONE_STATUS_LABELS: TCodeLabels<TMilestoneStatus> = {
  open: ['进行中', 'Open'],
  overdue: ['已逾期', 'Overdue'],
  done: ['按期完成', 'Done on time'],
  done_late: ['逾期完成', 'Done late'],
};
