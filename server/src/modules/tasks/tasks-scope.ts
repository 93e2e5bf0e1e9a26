import type { TScope } from '@zhucun/core';
import { type SQL, sql } from 'drizzle-orm';

/**
 * Who reads the task list (docs/rules.md §4.9): a scope (county, township or, for a cadre, their
 * village) and, for a cadre, their person, whose own assignments they also see wherever posted.
 */
export type TTaskReader = { scope: TScope; personId: number | null };

/**
 * The assignments a reader reaches, as SQL over alias `a` (task_assignments): the county's and a
 * township's by the division code's prefix; a cadre's village code reaches the village's assignment
 * (not the township's, nor a colleague's personal one); a cadre's person their own.
 */
export function assignmentVisible(reader: TTaskReader): SQL {
  if (reader.scope.all) return sql`true`;
  const conds: SQL[] = reader.scope.codes.map((c) =>
    c.length > 9
      ? sql`(a.assignee_kind = 'village' and a.division_code = ${c})`
      : sql`a.division_code like ${`${c}%`}`,
  );
  if (reader.personId !== null) conds.push(sql`a.person_id = ${reader.personId}`);
  return conds.length ? sql`(${sql.join(conds, sql` or `)})` : sql`false`;
}
