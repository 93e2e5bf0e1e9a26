import { z } from 'zod';
import { TODO_KINDS } from './todo.ts';

/** GET /api/todos (docs/rules.md, 待办): what still waits for the caller, counted in their scope. */

export const ZTodoKind = z.enum(TODO_KINDS);

/** One kind of to-do: how many records wait, the nearest due date among them, and the filtered list. */
export const ZTodoItem = z.object({
  kind: ZTodoKind,
  count: z.number().int().positive(),
  /** The nearest due date (a deadline, the end of an answer period), when the records have one. */
  due: z.iso.date().nullable(),
  /** The list page filtered to the records behind the count. */
  href: z.string(),
});
export type TTodoItem = z.infer<typeof ZTodoItem>;

/** Only kinds with something waiting, in TODO_KINDS order; none = nothing waits. */
export const ZTodoList = z.object({
  /** The server's local date the counts are taken on. */
  today: z.iso.date(),
  items: z.array(ZTodoItem),
});
export type TTodoList = z.infer<typeof ZTodoList>;
