import type { TScope } from '@zhucun/core';
import { and, asc, eq, inArray, isNull, notInArray, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TDb } from '../../db/client.ts';
import { divisions, persons, projectMilestones, projects, projectVillages } from '../../db/schema.ts';
import { projectInScope } from '../projects/projects-scope.ts';

const leader = alias(persons, 'leader');
const owner = alias(persons, 'owner');

/** States a battle map leaves out: a draft nobody submitted, a stopped project. */
const OFF_MAP = ['draft', 'stopped'];

/**
 * Projects of an area (a village, a township, or the whole scope) whose plan may touch the window:
 * the start, planned end or a milestone's date falls around it (core ganttRows decides exactly).
 */
export async function findGanttProjects(
  exec: TDb,
  scope: TScope,
  area: { village?: string; township?: string },
  window: { from: string; to: string },
) {
  const conds: SQL[] = [notInArray(projects.state, OFF_MAP)];
  const within = projectInScope(scope);
  if (within) conds.push(within);
  if (area.township) conds.push(sql`${projects.townshipCode} like ${`${area.township}%`}`);
  if (area.village)
    conds.push(
      sql`exists (select 1 from ${projectVillages} where ${projectVillages.projectId} = ${projects.id} and ${projectVillages.villageCode} = ${area.village})`,
    );
  const m = sql`(select min(least(m.due_date, coalesce(m.baseline_due, m.due_date), coalesce(m.done_on, m.due_date))) as lo,
    max(greatest(m.due_date, coalesce(m.baseline_due, m.due_date), coalesce(m.done_on, m.due_date))) as hi
    from project_milestones m where m.project_id = ${projects.id} and m.dropped_at is null)`;
  conds.push(
    sql`${projects.startDate} <= ${window.to} and ${projects.plannedEndDate} >= ${window.from}
      or exists (select 1 from ${m} s where s.lo <= ${window.to} and s.hi >= ${window.from})`,
  );
  return exec
    .select({
      id: projects.id,
      title: projects.title,
      state: projects.state,
      startDate: projects.startDate,
      plannedEndDate: projects.plannedEndDate,
      leaderName: leader.name,
    })
    .from(projects)
    .innerJoin(leader, eq(leader.id, projects.leaderPersonId))
    .where(and(...conds.map((c) => sql`(${c})`)));
}

/** Live milestones of some projects, by due date, with their owners' names. */
export async function findGanttMilestones(exec: TDb, projectIds: number[]) {
  if (projectIds.length === 0) return [];
  return exec
    .select({
      id: projectMilestones.id,
      projectId: projectMilestones.projectId,
      title: projectMilestones.title,
      ownerPersonId: projectMilestones.ownerPersonId,
      ownerName: owner.name,
      dueDate: projectMilestones.dueDate,
      baselineDue: projectMilestones.baselineDue,
      doneOn: projectMilestones.doneOn,
    })
    .from(projectMilestones)
    .innerJoin(owner, eq(owner.id, projectMilestones.ownerPersonId))
    .where(and(inArray(projectMilestones.projectId, projectIds), isNull(projectMilestones.droppedAt)))
    .orderBy(asc(projectMilestones.projectId), asc(projectMilestones.dueDate), asc(projectMilestones.id));
}

/** A division's name (the area a chart draws). */
export async function findDivisionName(exec: TDb, code: string): Promise<string | null> {
  const [row] = await exec.select({ name: divisions.name }).from(divisions).where(eq(divisions.code, code));
  return row?.name ?? null;
}

/** The county: the one division without a parent. */
export async function findRootDivision(exec: TDb) {
  const [row] = await exec
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(isNull(divisions.parentCode))
    .orderBy(asc(divisions.code))
    .limit(1);
  return row;
}
