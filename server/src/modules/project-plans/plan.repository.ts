import type { TPlanPerson, TScope } from '@zhucun/core';
import { and, asc, eq, inArray, isNull, max, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TDb } from '../../db/client.ts';
import {
  divisions,
  persons,
  postings,
  projectClaimants,
  projectMilestones,
  projects,
  projectVillages,
} from '../../db/schema.ts';
import { projectInScope } from '../projects/projects-scope.ts';

export type TMilestoneRow = typeof projectMilestones.$inferSelect;
const leader = alias(persons, 'leader');
const owner = alias(persons, 'owner');

/**
 * The plan as the township approves it becomes the baseline (挂图作战, docs/rules.md §4.7): each live
 * milestone's start and due date, and the project's planned end, are copied beside the actual plan.
 * Called inside the approval's transaction; a later move changes the actual dates only.
 */
export async function freezeBaseline(tx: TDb, projectId: number, at: Date = new Date()): Promise<void> {
  await tx
    .update(projectMilestones)
    .set({
      baselineStart: sql`${projectMilestones.startDate}`,
      baselineDue: sql`${projectMilestones.dueDate}`,
    })
    .where(and(eq(projectMilestones.projectId, projectId), isNull(projectMilestones.droppedAt)));
  await tx
    .update(projects)
    .set({ baselinePlannedEnd: sql`${projects.plannedEndDate}`, baselineFrozenAt: at })
    .where(eq(projects.id, projectId));
}

/** A project in scope (undefined: none, or out of scope) with its leader's name. */
export async function findPlanProject(exec: TDb, scope: TScope, id: number) {
  const [row] = await exec
    .select({ project: projects, leaderName: leader.name })
    .from(projects)
    .innerJoin(leader, eq(leader.id, projects.leaderPersonId))
    .where(and(eq(projects.id, id), projectInScope(scope)))
    .limit(1);
  return row;
}
export type TPlanProjectRow = NonNullable<Awaited<ReturnType<typeof findPlanProject>>>;

/** Milestones of some projects (dropped ones too), by due date, with their owner's name. */
export async function findMilestonesOf(exec: TDb, projectIds: number[]) {
  if (projectIds.length === 0) return [];
  return exec
    .select({ milestone: projectMilestones, ownerName: owner.name })
    .from(projectMilestones)
    .innerJoin(owner, eq(owner.id, projectMilestones.ownerPersonId))
    .where(inArray(projectMilestones.projectId, projectIds))
    .orderBy(asc(projectMilestones.projectId), asc(projectMilestones.dueDate), asc(projectMilestones.id));
}

export async function findMilestone(exec: TDb, projectId: number, id: number) {
  const [row] = await exec
    .select()
    .from(projectMilestones)
    .where(and(eq(projectMilestones.id, id), eq(projectMilestones.projectId, projectId)))
    .limit(1);
  return row;
}

export async function insertMilestone(exec: TDb, values: typeof projectMilestones.$inferInsert) {
  const [last] = await exec
    .select({ n: max(projectMilestones.position) })
    .from(projectMilestones)
    .where(eq(projectMilestones.projectId, values.projectId));
  const [row] = await exec
    .insert(projectMilestones)
    .values({ ...values, position: (last?.n ?? -1) + 1 })
    .returning();
  return row!;
}

export async function updateMilestone(
  exec: TDb,
  id: number,
  values: Partial<typeof projectMilestones.$inferInsert>,
): Promise<TMilestoneRow> {
  const [row] = await exec
    .update(projectMilestones)
    .set(values)
    .where(eq(projectMilestones.id, id))
    .returning();
  return row!;
}

export async function deleteMilestone(exec: TDb, id: number): Promise<void> {
  await exec.delete(projectMilestones).where(eq(projectMilestones.id, id));
}

/** Live milestones of a project, for the count limit. */
export async function countLiveMilestones(exec: TDb, projectId: number): Promise<number> {
  const [row] = await exec
    .select({ n: sql<number>`count(*)`.mapWith(Number) })
    .from(projectMilestones)
    .where(and(eq(projectMilestones.projectId, projectId), isNull(projectMilestones.droppedAt)));
  return row?.n ?? 0;
}

const ROLE_RANK: Record<TPlanPerson['role'], number> = { leader: 0, claimant: 1, village_cadre: 2 };

/**
 * Who works on a project (who may own a milestone and report progress): its leader, its claimants
 * and everyone with an active posting in one of its villages (the village's cadres and committee).
 * Each person once, in their closest role; leader first, then claimants, then by village and name.
 */
export async function findPlanPeople(exec: TDb, projectId: number): Promise<TPlanPerson[]> {
  const village = alias(divisions, 'posted_village');
  const activePosting = and(eq(postings.personId, persons.id), isNull(postings.actualEndDate));
  const base = {
    personId: persons.id,
    name: persons.name,
    villageCode: postings.villageCode,
    villageName: village.name,
  };
  const [lead, claimants, cadres] = await Promise.all([
    exec
      .select(base)
      .from(projects)
      .innerJoin(persons, eq(persons.id, projects.leaderPersonId))
      .leftJoin(postings, activePosting)
      .leftJoin(village, eq(village.code, postings.villageCode))
      .where(eq(projects.id, projectId)),
    exec
      .select(base)
      .from(projectClaimants)
      .innerJoin(persons, eq(persons.id, projectClaimants.personId))
      .leftJoin(postings, activePosting)
      .leftJoin(village, eq(village.code, postings.villageCode))
      .where(eq(projectClaimants.projectId, projectId)),
    exec
      .select(base)
      .from(projectVillages)
      .innerJoin(
        postings,
        and(eq(postings.villageCode, projectVillages.villageCode), isNull(postings.actualEndDate)),
      )
      .innerJoin(persons, eq(persons.id, postings.personId))
      .innerJoin(village, eq(village.code, postings.villageCode))
      .where(eq(projectVillages.projectId, projectId)),
  ]);
  const byPerson = new Map<number, TPlanPerson & { villageCode: string | null }>();
  const add = (rows: typeof lead, role: TPlanPerson['role']) => {
    for (const r of rows)
      if (!byPerson.has(r.personId))
        byPerson.set(r.personId, {
          personId: r.personId,
          name: r.name,
          role,
          villageName: r.villageName,
          villageCode: r.villageCode,
        });
  };
  add(lead, 'leader');
  add(claimants, 'claimant');
  add(cadres, 'village_cadre');
  return [...byPerson.values()]
    .sort(
      (a, b) =>
        ROLE_RANK[a.role] - ROLE_RANK[b.role] ||
        (a.villageCode ?? '').localeCompare(b.villageCode ?? '') ||
        a.name.localeCompare(b.name, 'zh-CN') ||
        a.personId - b.personId,
    )
    .map(({ villageCode: _, ...p }) => p);
}

/** The registry person behind a sign-in account (null: an administrator without one). */
export async function findPersonIdOfUser(exec: TDb, userId: number): Promise<number | null> {
  const [row] = await exec
    .select({ id: persons.id })
    .from(persons)
    .where(eq(persons.userId, userId))
    .limit(1);
  return row?.id ?? null;
}
