import type { TScope } from '@zhucun/core';
import { and, asc, count, eq, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TDb } from '../../db/client.ts';
import { divisions, persons, projectMilestones, projects } from '../../db/schema.ts';
import { projectFilterConds, type TProjectFilter } from './projects.repository.ts';

const township = alias(divisions, 'township');
const leader = alias(persons, 'leader');
const owner = alias(persons, 'owner');

/** How many projects a filter finds in scope (the ledger refuses a filter past its limit). */
export async function countLedgerProjects(exec: TDb, scope: TScope, f: TProjectFilter): Promise<number> {
  const [row] = await exec
    .select({ n: count() })
    .from(projects)
    .innerJoin(leader, eq(leader.id, projects.leaderPersonId))
    .where(and(...projectFilterConds(scope, f)));
  return Number(row?.n ?? 0);
}

/**
 * 项目台账: every project of a filter in scope, in one query, with what a row shows: villages and
 * claimants by name, funding by source, and its live milestones counted on `today` (done; overdue:
 * not done and due before today, as core's milestoneState says).
 */
export async function findLedgerProjects(exec: TDb, scope: TScope, f: TProjectFilter, today: string) {
  const id = projects.id;
  return exec
    .select({
      project: projects,
      leaderName: leader.name,
      townshipName: township.name,
      firstVillage: sql<string>`(select min(pv.village_code) from project_villages pv where pv.project_id = ${id})`,
      villageNames: sql<string | null>`(select string_agg(d.name, '、' order by pv.village_code)
        from project_villages pv join divisions d on d.code = pv.village_code where pv.project_id = ${id})`,
      claimantNames: sql<string | null>`(select string_agg(pe.name, '、' order by pe.name, pe.id)
        from project_claimants c join persons pe on pe.id = c.person_id where c.project_id = ${id})`,
      funding: sql<Record<string, number> | null>`(select json_object_agg(pf.source, pf.amount_fen)
        from project_funding pf where pf.project_id = ${id})`,
      milestones: sql<{ total: number; done: number; overdue: number }>`(select json_build_object(
          'total', count(*),
          'done', count(*) filter (where m.done_on is not null),
          'overdue', count(*) filter (where m.done_on is null and m.due_date < ${today}))
        from project_milestones m where m.project_id = ${id} and m.dropped_at is null)`,
    })
    .from(projects)
    .innerJoin(leader, eq(leader.id, projects.leaderPersonId))
    .innerJoin(township, eq(township.code, projects.townshipCode))
    .where(and(...projectFilterConds(scope, f)))
    .orderBy(asc(projects.townshipCode), asc(projects.id));
}
export type TLedgerProjectRow = Awaited<ReturnType<typeof findLedgerProjects>>[number];

/** A project's live milestones in plan order, with their owners' names (the card's plan). */
export async function findCardMilestones(exec: TDb, projectId: number) {
  return exec
    .select({
      title: projectMilestones.title,
      deliverable: projectMilestones.deliverable,
      ownerName: owner.name,
      dueDate: projectMilestones.dueDate,
      baselineDue: projectMilestones.baselineDue,
      doneOn: projectMilestones.doneOn,
    })
    .from(projectMilestones)
    .innerJoin(owner, eq(owner.id, projectMilestones.ownerPersonId))
    .where(and(eq(projectMilestones.projectId, projectId), isNull(projectMilestones.droppedAt)))
    .orderBy(asc(projectMilestones.position), asc(projectMilestones.dueDate), asc(projectMilestones.id));
}

/** A division's name, and the county's (the division without a parent): where a ledger is of. */
export async function findPlaceName(exec: TDb, code: string | null): Promise<string | null> {
  const [row] = await exec
    .select({ name: divisions.name })
    .from(divisions)
    .where(code ? eq(divisions.code, code) : isNull(divisions.parentCode))
    .limit(1);
  return row?.name ?? null;
}
