import { dutyZhCN } from '../i18n/duty.zh-CN.ts';
import { dutyReviewZhCN } from '../i18n/duty-review.zh-CN.ts';
import { meetingsZhCN } from '../i18n/meetings.zh-CN.ts';
import { outboxZhCN } from '../i18n/outbox.zh-CN.ts';
import { projectPlansZhCN } from '../i18n/project-plans.zh-CN.ts';
import { requestsZhCN } from '../i18n/requests.zh-CN.ts';
import { shellZhCN } from '../i18n/shell.zh-CN.ts';
import { tasksZhCN } from '../i18n/tasks.zh-CN.ts';
import { todosZhCN } from '../i18n/todos.zh-CN.ts';

/**
 * The Chinese strings the light pages show: the frame's, 今天's (the day, its tasks and project,
 * visits and requests, meetings, to-dos) and 请假's, the outbox's.
 */
export const lightZhCN = {
  ...shellZhCN,
  ...dutyZhCN,
  ...dutyReviewZhCN,
  ...outboxZhCN,
  ...tasksZhCN,
  ...todosZhCN,
  ...meetingsZhCN,
  ...requestsZhCN,
  ...projectPlansZhCN,
};
