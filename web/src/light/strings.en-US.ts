import { dutyEnUS } from '../i18n/duty.en-US.ts';
import { dutyReviewEnUS } from '../i18n/duty-review.en-US.ts';
import { meetingsEnUS } from '../i18n/meetings.en-US.ts';
import { outboxEnUS } from '../i18n/outbox.en-US.ts';
import { projectPlansEnUS } from '../i18n/project-plans.en-US.ts';
import { requestsEnUS } from '../i18n/requests.en-US.ts';
import { shellEnUS } from '../i18n/shell.en-US.ts';
import { tasksEnUS } from '../i18n/tasks.en-US.ts';
import { todosEnUS } from '../i18n/todos.en-US.ts';

/** The English strings of the light pages (strings.zh-CN.ts), loaded only when English is chosen. */
export const lightEnUS = {
  ...shellEnUS,
  ...dutyEnUS,
  ...dutyReviewEnUS,
  ...outboxEnUS,
  ...tasksEnUS,
  ...todosEnUS,
  ...meetingsEnUS,
  ...requestsEnUS,
  ...projectPlansEnUS,
};
