import type { TScope } from '@zhucun/core';
import { type SQL, sql } from 'drizzle-orm';
import { projectClaimants, projects, projectVillages } from '../../db/schema.ts';
import { menteePersonIdsSql } from '../mentoring/mentoring.repository.ts';

/**
 * The projects a scope reaches: the county's all; a township's (or the county's) code matches the
 * project's township; a village's code (a cadre) one of the project's villages; a mentor's
 * (mentorUserId) those their active mentees lead or claim. Undefined: no filter.
 */
export function projectInScope(scope: TScope): SQL | undefined {
  if (scope.all) return undefined;
  const conds = scope.codes.map((c) =>
    c.length > 9
      ? sql`exists (select 1 from ${projectVillages} where ${projectVillages.projectId} = ${projects.id} and ${projectVillages.villageCode} like ${`${c}%`})`
      : sql`${projects.townshipCode} like ${`${c}%`}`,
  );
  if (scope.mentorUserId !== undefined) {
    const mentees = menteePersonIdsSql(scope.mentorUserId);
    conds.push(
      sql`(${projects.leaderPersonId} in (${mentees}) or exists (select 1 from ${projectClaimants} where ${projectClaimants.projectId} = ${projects.id} and ${projectClaimants.personId} in (${mentees})))`,
    );
  }
  return conds.length ? sql`(${sql.join(conds, sql` or `)})` : sql`false`;
}
