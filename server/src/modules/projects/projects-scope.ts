import type { TScope } from '@zhucun/core';
import { type SQL, sql } from 'drizzle-orm';
import { projects, projectVillages } from '../../db/schema.ts';

/**
 * The projects a scope reaches: the county's all; a township's (or the county's) code matches the
 * project's township; a village's code (a cadre) one of the project's villages. Undefined: no filter.
 */
export function projectInScope(scope: TScope): SQL | undefined {
  if (scope.all) return undefined;
  const conds = scope.codes.map((c) =>
    c.length > 9
      ? sql`exists (select 1 from ${projectVillages} where ${projectVillages.projectId} = ${projects.id} and ${projectVillages.villageCode} like ${`${c}%`})`
      : sql`${projects.townshipCode} like ${`${c}%`}`,
  );
  return conds.length ? sql`(${sql.join(conds, sql` or `)})` : sql`false`;
}
