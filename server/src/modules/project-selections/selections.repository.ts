import type { TScope } from '@zhucun/core';
import { and, asc, count, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { rowsOf, type TDb } from '../../db/client.ts';
import {
  divisions,
  persons,
  projectAwards,
  projectClaimants,
  projectNominations,
  projectObjections,
  projectPanelMembers,
  projectPanelScores,
  projectSelectionQuotas,
  projectSelections,
  projects,
  projectVillages,
  units,
  users,
} from '../../db/schema.ts';
import { projectInScope } from '../projects/projects-scope.ts';

export type TSelectionRow = typeof projectSelections.$inferSelect;

export async function findSelections(exec: TDb) {
  return rowsOf<TSelectionRow & { nominated: number; awarded: number }>(
    exec,
    sql`select s.id, s.year, s.state, s.award_count as "awardCount",
          to_char(s.nominations_close_on, 'YYYY-MM-DD') as "nominationsCloseOn",
          to_char(s.notice_start, 'YYYY-MM-DD') as "noticeStart",
          to_char(s.notice_end, 'YYYY-MM-DD') as "noticeEnd",
          (select count(*) from ${projectNominations} n where n.selection_id = s.id and n.withdrawn_at is null)::int as nominated,
          (select count(*) from ${projectAwards} a where a.selection_id = s.id)::int as awarded
        from ${projectSelections} s order by s.year desc`,
  );
}

export async function findSelection(exec: TDb, id: number, lock = false): Promise<TSelectionRow | undefined> {
  const q = exec.select().from(projectSelections).where(eq(projectSelections.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

export async function findSelectionByYear(exec: TDb, year: number) {
  const [row] = await exec
    .select({ id: projectSelections.id })
    .from(projectSelections)
    .where(eq(projectSelections.year, year));
  return row;
}

export async function findQuotas(exec: TDb, selectionId: number) {
  return exec
    .select({
      townshipCode: projectSelectionQuotas.townshipCode,
      quota: projectSelectionQuotas.quota,
      townshipName: divisions.name,
    })
    .from(projectSelectionQuotas)
    .innerJoin(divisions, eq(divisions.code, projectSelectionQuotas.townshipCode))
    .where(eq(projectSelectionQuotas.selectionId, selectionId))
    .orderBy(asc(projectSelectionQuotas.townshipCode));
}

export async function replaceQuotas(
  exec: TDb,
  selectionId: number,
  quotas: { townshipCode: string; quota: number }[],
) {
  await exec.delete(projectSelectionQuotas).where(eq(projectSelectionQuotas.selectionId, selectionId));
  if (quotas.length)
    await exec.insert(projectSelectionQuotas).values(quotas.map((q) => ({ ...q, selectionId })));
}

/** Of some codes, those that are not townships of the county. */
export async function unknownTownships(exec: TDb, codes: string[]): Promise<string[]> {
  if (codes.length === 0) return [];
  const found = await exec
    .select({ code: divisions.code })
    .from(divisions)
    .where(and(inArray(divisions.code, codes), eq(divisions.level, 'township')));
  const ok = new Set(found.map((f) => f.code));
  return codes.filter((c) => !ok.has(c));
}

const township = alias(divisions, 'nominee_township');
const leader = alias(persons, 'nominee_leader');

/** A selection's nominations with their project's facts, in nomination order. */
export async function findNominations(exec: TDb, selectionId: number, scope: TScope) {
  const rows = await exec
    .select({
      id: projectNominations.id,
      projectId: projectNominations.projectId,
      townshipCode: projectNominations.townshipCode,
      townshipName: township.name,
      reason: projectNominations.reason,
      nominatedAt: projectNominations.nominatedAt,
      withdrawnAt: projectNominations.withdrawnAt,
      title: projects.title,
      kind: projects.kind,
      summary: projects.description,
      targetWhat: projects.targetWhat,
      targetQuantity: projects.targetQuantity,
      targetUnit: projects.targetUnit,
      budgetFen: projects.budgetFen,
      beneficiaryHouseholds: projects.beneficiaryHouseholds,
      beneficiaryPeople: projects.beneficiaryPeople,
      leaderName: leader.name,
      inScope: sql<boolean>`coalesce(${projectInScope(scope) ?? sql`true`}, false)`,
    })
    .from(projectNominations)
    .innerJoin(projects, eq(projects.id, projectNominations.projectId))
    .innerJoin(township, eq(township.code, projectNominations.townshipCode))
    .innerJoin(leader, eq(leader.id, projects.leaderPersonId))
    .where(eq(projectNominations.selectionId, selectionId))
    .orderBy(asc(projectNominations.townshipCode), asc(projectNominations.id));
  const villages = rows.length
    ? await exec
        .select({ projectId: projectVillages.projectId, name: divisions.name })
        .from(projectVillages)
        .innerJoin(divisions, eq(divisions.code, projectVillages.villageCode))
        .where(
          inArray(
            projectVillages.projectId,
            rows.map((r) => r.projectId),
          ),
        )
        .orderBy(asc(projectVillages.villageCode))
    : [];
  return rows.map((r) => ({
    ...r,
    villageNames: villages.filter((v) => v.projectId === r.projectId).map((v) => v.name),
  }));
}
export type TNominationRow = Awaited<ReturnType<typeof findNominations>>[number];

export async function findNomination(exec: TDb, id: number) {
  const [row] = await exec.select().from(projectNominations).where(eq(projectNominations.id, id));
  return row;
}

export async function findNominationOfProject(exec: TDb, selectionId: number, projectId: number) {
  const [row] = await exec
    .select()
    .from(projectNominations)
    .where(and(eq(projectNominations.selectionId, selectionId), eq(projectNominations.projectId, projectId)));
  return row;
}

/** Active nominations per township of a selection. */
export async function countActiveNominations(exec: TDb, selectionId: number) {
  return exec
    .select({ projectId: projectNominations.projectId, townshipCode: projectNominations.townshipCode })
    .from(projectNominations)
    .where(and(eq(projectNominations.selectionId, selectionId), isNull(projectNominations.withdrawnAt)));
}

/** A project in a scope, with its state and township (undefined: none, or out of scope). */
export async function findProjectInScope(exec: TDb, scope: TScope, id: number) {
  const [row] = await exec
    .select({
      id: projects.id,
      state: projects.state,
      townshipCode: projects.townshipCode,
      title: projects.title,
    })
    .from(projects)
    .where(and(eq(projects.id, id), projectInScope(scope)));
  return row;
}

export async function findPanel(exec: TDb, selectionId: number) {
  const memberTownship = alias(divisions, 'member_township');
  return exec
    .select({
      id: projectPanelMembers.id,
      userId: projectPanelMembers.userId,
      name: projectPanelMembers.name,
      townshipCode: projectPanelMembers.townshipCode,
      townshipName: memberTownship.name,
      unitId: projectPanelMembers.unitId,
      unitName: units.name,
      scored: sql<number>`(select count(*) from ${projectPanelScores} ps where ps.panel_member_id = ${projectPanelMembers.id})::int`,
    })
    .from(projectPanelMembers)
    .leftJoin(memberTownship, eq(memberTownship.code, projectPanelMembers.townshipCode))
    .leftJoin(units, eq(units.id, projectPanelMembers.unitId))
    .where(eq(projectPanelMembers.selectionId, selectionId))
    .orderBy(asc(projectPanelMembers.id));
}
export type TPanelRow = Awaited<ReturnType<typeof findPanel>>[number];

export async function findPanelMember(exec: TDb, id: number) {
  const [row] = await exec.select().from(projectPanelMembers).where(eq(projectPanelMembers.id, id));
  return row;
}

/** The caller's seat on a selection's panel (undefined: not on it). */
export async function findSeat(exec: TDb, selectionId: number, userId: number) {
  return (await findPanel(exec, selectionId)).find((m) => m.userId === userId);
}

/** Every score of a selection's nominations (never shown before the notice, save one's own). */
export async function findScores(exec: TDb, selectionId: number) {
  return exec
    .select({
      panelMemberId: projectPanelScores.panelMemberId,
      nominationId: projectPanelScores.nominationId,
      score: projectPanelScores.score,
      comment: projectPanelScores.comment,
    })
    .from(projectPanelScores)
    .innerJoin(projectNominations, eq(projectNominations.id, projectPanelScores.nominationId))
    .where(eq(projectNominations.selectionId, selectionId));
}

export async function upsertScore(exec: TDb, values: typeof projectPanelScores.$inferInsert) {
  await exec
    .insert(projectPanelScores)
    .values(values)
    .onConflictDoUpdate({
      target: [projectPanelScores.panelMemberId, projectPanelScores.nominationId],
      set: { score: values.score, comment: values.comment, scoredAt: values.scoredAt },
    });
}

/**
 * The units of the people behind some projects (leader and claimants), from their postings while
 * the project ran: the conflict rule's "own unit" (回避).
 */
export async function findProjectUnits(exec: TDb, projectIds: number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  if (projectIds.length === 0) return out;
  const ids = sql.join(
    projectIds.map((id) => sql`${id}`),
    sql`, `,
  );
  const rows = await rowsOf<{ projectId: number; unitId: number }>(
    exec,
    sql`select distinct p.id as "projectId", po.unit_id as "unitId"
        from ${projects} p
        join (select ${projects.id} as project_id, ${projects.leaderPersonId} as person_id from ${projects}
              union select ${projectClaimants.projectId}, ${projectClaimants.personId} from ${projectClaimants}) who
          on who.project_id = p.id
        join postings po on po.person_id = who.person_id and po.unit_id is not null
          and po.start_date <= p.planned_end_date and (po.actual_end_date is null or po.actual_end_date >= p.start_date)
        where p.id in (${ids})`,
  );
  for (const r of rows) out.set(r.projectId, [...(out.get(r.projectId) ?? []), r.unitId]);
  return out;
}

export async function findObjections(exec: TDb, selectionId: number) {
  const handler = alias(users, 'handler');
  const recorder = alias(users, 'recorder');
  return exec
    .select({
      o: projectObjections,
      projectTitle: projects.title,
      handledByName: handler.displayName,
      recordedByName: recorder.displayName,
    })
    .from(projectObjections)
    .innerJoin(projectNominations, eq(projectNominations.id, projectObjections.nominationId))
    .innerJoin(projects, eq(projects.id, projectNominations.projectId))
    .leftJoin(handler, eq(handler.id, projectObjections.handledBy))
    .innerJoin(recorder, eq(recorder.id, projectObjections.recordedBy))
    .where(eq(projectNominations.selectionId, selectionId))
    .orderBy(asc(projectObjections.receivedOn), asc(projectObjections.id));
}

export async function findObjection(exec: TDb, id: number) {
  const [row] = await exec
    .select({ o: projectObjections, selectionId: projectNominations.selectionId })
    .from(projectObjections)
    .innerJoin(projectNominations, eq(projectNominations.id, projectObjections.nominationId))
    .where(eq(projectObjections.id, id));
  return row;
}

export async function findAwardsOf(exec: TDb, selectionId: number) {
  return exec
    .select({ id: projectAwards.id, nominationId: projectAwards.nominationId })
    .from(projectAwards)
    .where(eq(projectAwards.selectionId, selectionId));
}

/** Active accounts the county may seat on a panel (not the three separated administrators), by name. */
export async function findPanelCandidates(exec: TDb, q: string | undefined) {
  const like = q ? `%${q}%` : null;
  return rowsOf<{
    userId: number;
    name: string;
    username: string;
    townshipCode: string | null;
    unitId: number | null;
    unitName: string | null;
  }>(
    exec,
    sql`select u.id as "userId", u.display_name as name, u.username,
          (select left(r.division_code, 9) from role_assignments r
            where r.user_id = u.id and r.role in ('township_admin', 'cadre') and char_length(r.division_code) >= 9
            order by r.role desc limit 1) as "townshipCode",
          coalesce(
            (select r.unit_id from role_assignments r where r.user_id = u.id and r.unit_id is not null limit 1),
            (select po.unit_id from persons p join postings po on po.person_id = p.id and po.actual_end_date is null
              where p.user_id = u.id limit 1)) as "unitId",
          null::text as "unitName"
        from ${users} u
        where u.disabled_at is null
          and not exists (select 1 from role_assignments r where r.user_id = u.id
                          and r.role in ('system_admin', 'security_admin', 'audit_admin'))
          and (${like}::text is null or u.display_name like ${like} or u.username like ${like})
        order by u.display_name, u.id limit 50`,
  );
}

export async function findUnitNames(exec: TDb, ids: number[]) {
  if (ids.length === 0) return new Map<number, string>();
  const rows = await exec
    .select({ id: units.id, name: units.name })
    .from(units)
    .where(inArray(units.id, ids));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function findActiveUser(exec: TDb, id: number) {
  const [row] = await exec
    .select({ id: users.id, displayName: users.displayName })
    .from(users)
    .where(and(eq(users.id, id), isNull(users.disabledAt)));
  return row;
}

export async function unitExists(exec: TDb, id: number) {
  const [row] = await exec.select({ n: count() }).from(units).where(eq(units.id, id));
  return (row?.n ?? 0) > 0;
}

/** The selections the caller sits on the panel of, newest first. */
export async function findSeats(exec: TDb, userId: number) {
  return exec
    .select({
      selectionId: projectSelections.id,
      year: projectSelections.year,
      stage: projectSelections.state,
      memberId: projectPanelMembers.id,
    })
    .from(projectPanelMembers)
    .innerJoin(projectSelections, eq(projectSelections.id, projectPanelMembers.selectionId))
    .where(eq(projectPanelMembers.userId, userId))
    .orderBy(desc(projectSelections.year));
}
