import { inScope, type TProjectFacts, type TScope } from '@zhucun/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { divisions } from '../../db/schema.ts';
import { AppError, type TErrorDetail } from '../../errors.ts';
import { findPostedPeople } from './projects.repository.ts';
import { checkProjectFacts } from './projects.rules.ts';

/**
 * Checks a project's facts against the records: its villages exist and each one new to the project
 * lies in the caller's scope (a cadre proposes in their own village); its leader and claimants hold
 * an active post in one of them. Throws one validation error listing every problem.
 */
export async function checkProjectInput(
  db: TDb,
  scope: TScope,
  input: TProjectFacts,
  knownVillages: readonly string[] = [],
): Promise<void> {
  const details: TErrorDetail[] = checkProjectFacts(input);
  const found = await db
    .select({ code: divisions.code })
    .from(divisions)
    .where(and(inArray(divisions.code, input.villageCodes), eq(divisions.level, 'village')));
  const villages = new Set(found.map((d) => d.code));
  input.villageCodes.forEach((code, i) => {
    const field = `villageCodes.${i}`;
    if (!villages.has(code)) details.push({ field, key: 'village_unknown', params: { code } });
    else if (!knownVillages.includes(code) && !inScope(scope, code))
      details.push({ field, key: 'village_out_of_scope', params: { code } });
  });

  const people = [
    { field: 'leaderPersonId', personId: input.leaderPersonId },
    ...input.claimants.map((c, i) => ({ field: `claimants.${i}.personId`, personId: c.personId })),
  ];
  // one message whether the person is unknown or posted elsewhere: no name leaves the caller's reach
  const ids = [...new Set(people.map((p) => p.personId))];
  const posted = new Set((await findPostedPeople(db, [...villages], ids)).map((p) => p.personId));
  for (const { field, personId } of people)
    if (!posted.has(personId)) details.push({ field, key: 'project_person_not_in_villages' });
  input.claimants.forEach((c, i) => {
    if (c.personId === input.leaderPersonId)
      details.push({ field: `claimants.${i}.personId`, key: 'project_claimant_is_leader' });
  });
  if (details.length) throw new AppError('validation', 'validation_failed', {}, details);
}
