import type { TScope } from '@zhucun/core';
import { and, asc, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TDb } from '../../db/client.ts';
import {
  divisions,
  persons,
  postings,
  projectClaimants,
  projectEvents,
  projectFunding,
  projects,
  projectVillages,
  users,
} from '../../db/schema.ts';
import { projectInScope } from './projects-scope.ts';

export type TProjectRow = typeof projects.$inferSelect;
export type TProjectFilter = {
  township?: string;
  village?: string;
  kind?: string;
  state?: string;
  leader?: number;
  demonstration?: boolean;
  q?: string;
};

const township = alias(divisions, 'township');
const leader = alias(persons, 'leader');
const postedVillage = alias(divisions, 'posted_village');

/** The conditions of a list filter within a scope (the list and the ledger share them). */
export function projectFilterConds(scope: TScope, f: TProjectFilter): SQL[] {
  const conds: SQL[] = [];
  const within = projectInScope(scope);
  if (within) conds.push(within);
  if (f.township) conds.push(sql`${projects.townshipCode} like ${`${f.township}%`}`);
  if (f.village)
    conds.push(
      sql`exists (select 1 from ${projectVillages} where ${projectVillages.projectId} = ${projects.id} and ${projectVillages.villageCode} = ${f.village})`,
    );
  if (f.kind) conds.push(eq(projects.kind, f.kind));
  if (f.state) conds.push(eq(projects.state, f.state));
  if (f.leader) conds.push(eq(projects.leaderPersonId, f.leader));
  if (f.demonstration !== undefined) conds.push(eq(projects.isDemonstration, f.demonstration));
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (m) => `\\${m}`)}%`;
    conds.push(sql`(${projects.title} ilike ${like} or ${leader.name} ilike ${like})`);
  }
  return conds;
}

/** A page of projects in scope, by township, then newest first; with the leader's and township's names. */
export async function findProjects(
  exec: TDb,
  scope: TScope,
  f: TProjectFilter,
  page: { offset: number; limit: number },
) {
  const where = and(...projectFilterConds(scope, f));
  const [total] = await exec
    .select({ n: count() })
    .from(projects)
    .innerJoin(leader, eq(leader.id, projects.leaderPersonId))
    .where(where);
  const rows = await exec
    .select({
      project: projects,
      leaderName: leader.name,
      townshipName: township.name,
      claimantCount:
        sql<number>`(select count(*) from ${projectClaimants} where ${projectClaimants.projectId} = ${projects.id})`.mapWith(
          Number,
        ),
    })
    .from(projects)
    .innerJoin(leader, eq(leader.id, projects.leaderPersonId))
    .innerJoin(township, eq(township.code, projects.townshipCode))
    .where(where)
    .orderBy(asc(projects.townshipCode), desc(projects.updatedAt), desc(projects.id))
    .offset(page.offset)
    .limit(page.limit);
  return { rows, total: Number(total?.n ?? 0) };
}
export type TProjectListRow = Awaited<ReturnType<typeof findProjects>>['rows'][number];

/** One project in scope (undefined: none, or out of scope), with the names a page shows. */
export async function findProjectInScope(exec: TDb, scope: TScope, id: number) {
  const [row] = await exec
    .select({
      project: projects,
      leaderName: leader.name,
      townshipName: township.name,
      createdByName: users.displayName,
    })
    .from(projects)
    .innerJoin(leader, eq(leader.id, projects.leaderPersonId))
    .innerJoin(township, eq(township.code, projects.townshipCode))
    .leftJoin(users, eq(users.id, projects.createdBy))
    .where(and(eq(projects.id, id), projectInScope(scope)))
    .limit(1);
  return row;
}

/** Locks a project's row for the transaction: changes to one project (and its plan) queue up. Its state now. */
export async function lockProject(exec: TDb, id: number) {
  const [row] = await exec
    .select({ state: projects.state, baselineFrozenAt: projects.baselineFrozenAt })
    .from(projects)
    .where(eq(projects.id, id))
    .for('update');
  return row;
}

/** The villages of some projects, by project and village code, with their names. */
export async function findVillagesOf(exec: TDb, projectIds: number[]) {
  if (projectIds.length === 0) return [];
  return exec
    .select({ projectId: projectVillages.projectId, code: projectVillages.villageCode, name: divisions.name })
    .from(projectVillages)
    .innerJoin(divisions, eq(divisions.code, projectVillages.villageCode))
    .where(inArray(projectVillages.projectId, projectIds))
    .orderBy(asc(projectVillages.projectId), asc(projectVillages.villageCode));
}

/** A project's claimants with their active posting, by name. */
export async function findClaimantsOf(exec: TDb, projectId: number) {
  return exec
    .select({
      personId: projectClaimants.personId,
      duty: projectClaimants.duty,
      name: persons.name,
      category: postings.category,
      postTitle: postings.postTitle,
      villageCode: postings.villageCode,
      villageName: postedVillage.name,
    })
    .from(projectClaimants)
    .innerJoin(persons, eq(persons.id, projectClaimants.personId))
    .leftJoin(postings, and(eq(postings.personId, persons.id), isNull(postings.actualEndDate)))
    .leftJoin(postedVillage, eq(postedVillage.code, postings.villageCode))
    .where(eq(projectClaimants.projectId, projectId))
    .orderBy(asc(persons.name), asc(persons.id));
}

export async function findFundingOf(exec: TDb, projectId: number) {
  return exec
    .select({ source: projectFunding.source, amountFen: projectFunding.amountFen, note: projectFunding.note })
    .from(projectFunding)
    .where(eq(projectFunding.projectId, projectId))
    .orderBy(asc(projectFunding.source));
}

/** A project's history of states, oldest first, with who did it. */
export async function findEventsOf(exec: TDb, projectId: number) {
  return exec
    .select({
      at: projectEvents.at,
      action: projectEvents.action,
      fromState: projectEvents.fromState,
      toState: projectEvents.toState,
      note: projectEvents.note,
      actorName: users.displayName,
    })
    .from(projectEvents)
    .leftJoin(users, eq(users.id, projectEvents.actorUserId))
    .where(eq(projectEvents.projectId, projectId))
    .orderBy(asc(projectEvents.at), asc(projectEvents.id));
}

/**
 * People with an active posting in some villages (who may lead or claim a project there), by village
 * and name; `ids` narrows them to some persons.
 */
export async function findPostedPeople(exec: TDb, villageCodes: string[], ids?: number[]) {
  if (villageCodes.length === 0 || ids?.length === 0) return [];
  const conds: SQL[] = [inArray(postings.villageCode, villageCodes), isNull(postings.actualEndDate)];
  if (ids) conds.push(inArray(persons.id, ids));
  return exec
    .select({
      personId: persons.id,
      name: persons.name,
      category: postings.category,
      postTitle: postings.postTitle,
      villageCode: postings.villageCode,
      villageName: postedVillage.name,
    })
    .from(postings)
    .innerJoin(persons, eq(persons.id, postings.personId))
    .innerJoin(postedVillage, eq(postedVillage.code, postings.villageCode))
    .where(and(...conds))
    .orderBy(asc(postings.villageCode), asc(persons.name), asc(persons.id));
}

export async function insertProject(exec: TDb, values: typeof projects.$inferInsert): Promise<TProjectRow> {
  const [row] = await exec.insert(projects).values(values).returning();
  return row!;
}

export async function updateProject(exec: TDb, id: number, values: Partial<typeof projects.$inferInsert>) {
  await exec.update(projects).set(values).where(eq(projects.id, id));
}

/** Replaces a project's villages, claimants and funding with the ones given. */
export async function replaceProjectParts(
  exec: TDb,
  projectId: number,
  parts: {
    villageCodes: string[];
    claimants: { personId: number; duty: string }[];
    funding: { source: string; amountFen: number; note: string }[];
  },
) {
  await exec.delete(projectVillages).where(eq(projectVillages.projectId, projectId));
  await exec.delete(projectClaimants).where(eq(projectClaimants.projectId, projectId));
  await exec.delete(projectFunding).where(eq(projectFunding.projectId, projectId));
  await exec
    .insert(projectVillages)
    .values(parts.villageCodes.map((villageCode) => ({ projectId, villageCode })));
  if (parts.claimants.length)
    await exec.insert(projectClaimants).values(parts.claimants.map((c) => ({ projectId, ...c })));
  if (parts.funding.length)
    await exec.insert(projectFunding).values(parts.funding.map((f) => ({ projectId, ...f })));
}

export async function insertProjectEvent(exec: TDb, values: typeof projectEvents.$inferInsert) {
  await exec.insert(projectEvents).values(values);
}

/** Projects in scope in a state that counts (approved or further), by kind. */
export async function countProjectsByKind(exec: TDb, scope: TScope, states: readonly string[]) {
  const within = projectInScope(scope);
  return exec
    .select({ kind: projects.kind, n: count() })
    .from(projects)
    .where(and(inArray(projects.state, [...states]), ...(within ? [within] : [])))
    .groupBy(projects.kind);
}
