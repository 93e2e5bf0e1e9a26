import { PROJECT_HOLDING_STATES, type TScope } from '@zhucun/core';
import { and, asc, count, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TDb } from '../../db/client.ts';
import {
  divisions,
  persons,
  postings,
  projectClaimants,
  projects,
  projectVillages,
} from '../../db/schema.ts';
import { villageInScope } from '../duty/duty.repository.ts';

export type TGapFilter = { township?: string; village?: string };
export type TGapPage = { offset: number; limit: number };

const village = alias(divisions, 'village');
const township = alias(divisions, 'township');
const holding = sql.join(
  PROJECT_HOLDING_STATES.map((s) => sql`${s}`),
  sql`, `,
);

/** The secretary leads a demonstration project (一村一示范) of this village, submitted or further. */
const leadsDemonstration = sql`exists (
  select 1 from ${projects} join ${projectVillages} on ${projectVillages.projectId} = ${projects.id}
  where ${projects.leaderPersonId} = ${postings.personId} and ${projects.isDemonstration}
    and ${projects.state} in (${holding}) and ${projectVillages.villageCode} = ${postings.villageCode})`;

/** The person leads or claims some project (责任田), submitted or further. */
const holdsProject = sql`(exists (
  select 1 from ${projects}
  where ${projects.leaderPersonId} = ${postings.personId} and ${projects.state} in (${holding})
) or exists (
  select 1 from ${projectClaimants} join ${projects} on ${projects.id} = ${projectClaimants.projectId}
  where ${projectClaimants.personId} = ${postings.personId} and ${projects.state} in (${holding})))`;

/**
 * People with an active posting in scope who match `gap`, by village code and name (a list of gaps,
 * never a ranking), with their township and village.
 */
async function findGapPeople(
  exec: TDb,
  scope: TScope,
  f: TGapFilter,
  page: TGapPage,
  gap: SQL,
  categories?: readonly string[],
) {
  const conds: SQL[] = [isNull(postings.actualEndDate), gap];
  const within = villageInScope(postings.villageCode, scope);
  if (within) conds.push(within);
  if (categories) conds.push(inArray(postings.category, [...categories]));
  if (f.township) conds.push(sql`${postings.villageCode} like ${`${f.township}%`}`);
  if (f.village) conds.push(eq(postings.villageCode, f.village));
  const where = and(...conds);
  const [total] = await exec.select({ n: count() }).from(postings).where(where);
  const items = await exec
    .select({
      townshipCode: township.code,
      townshipName: township.name,
      villageCode: village.code,
      villageName: village.name,
      personId: persons.id,
      name: persons.name,
      category: postings.category,
      postTitle: postings.postTitle,
    })
    .from(postings)
    .innerJoin(persons, eq(persons.id, postings.personId))
    .innerJoin(village, eq(village.code, postings.villageCode))
    .innerJoin(township, eq(township.code, sql`substr(${postings.villageCode}, 1, 9)`))
    .where(where)
    .orderBy(asc(postings.villageCode), asc(persons.name), asc(persons.id))
    .offset(page.offset)
    .limit(page.limit);
  return { items, total: Number(total?.n ?? 0) };
}

/** Villages whose dispatched Party secretary (active `party_secretary` posting) leads no demonstration project. */
export function findSecretariesWithoutDemonstration(exec: TDb, scope: TScope, f: TGapFilter, page: TGapPage) {
  return findGapPeople(exec, scope, f, page, sql`not ${leadsDemonstration}`, ['party_secretary']);
}

/** Stationed cadres and village committee members (every active posting) who lead or claim no project. */
export function findPeopleWithoutProject(exec: TDb, scope: TScope, f: TGapFilter, page: TGapPage) {
  return findGapPeople(exec, scope, f, page, sql`not ${holdsProject}`);
}
