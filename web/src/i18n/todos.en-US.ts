import { labelsIn, TODO_KIND_LABELS } from '@zhucun/core';
import type { todosZhCN } from './todos.zh-CN.ts';

/** English strings of the to-do panel, the same shape as the Chinese. */
export const todosEnUS: typeof todosZhCN = {
  todos: {
    title: 'To-dos',
    kinds: labelsIn(TODO_KIND_LABELS, 'en-US'),
    none: 'Nothing waits for you right now.',
    count: '{{count}}',
    dueToday: 'today',
    dueBy: 'by {{date}}',
    overdue: 'overdue ({{date}})',
    more: '{{count}} more',
    less: 'Show fewer',
    hint: 'Only what still waits for you is listed; it goes away once handled. Messages are in the bell.',
  },
};
