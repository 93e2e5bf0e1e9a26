import type { TScope } from '@zhucun/core';
import { and, asc, desc, eq, inArray, notInArray, sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';
import {
  projectAcceptances,
  projectAssessmentScores,
  projectAssessments,
  projectCriteria,
  projectEvents,
  projects,
  projectVillages,
  storedFiles,
  users,
} from '../../db/schema.ts';
import { projectInScope } from '../projects/projects-scope.ts';

/** The purpose of a photo kept as evidence of an assessment's or an acceptance's score. */
export const PROJECT_EVIDENCE = 'project_evidence';

export type TProjectHead = {
  id: number;
  state: string;
  startDate: string;
  actualEndDate: string | null;
  villageCodes: string[];
  /** The day it was stopped, for a stopped project. */
  stoppedOn: string | null;
};

/** A project in scope with what its standard needs (undefined: none, or out of scope). */
export async function findProjectHead(
  exec: TDb,
  scope: TScope,
  id: number,
): Promise<TProjectHead | undefined> {
  const [row] = await exec
    .select({
      id: projects.id,
      state: projects.state,
      startDate: projects.startDate,
      actualEndDate: projects.actualEndDate,
    })
    .from(projects)
    .where(and(eq(projects.id, id), projectInScope(scope)));
  if (!row) return undefined;
  const villages = await exec
    .select({ code: projectVillages.villageCode })
    .from(projectVillages)
    .where(eq(projectVillages.projectId, id))
    .orderBy(asc(projectVillages.villageCode));
  let stoppedOn: string | null = null;
  if (row.state === 'stopped') {
    const [stop] = await rowsOf<{ day: string }>(
      exec,
      sql`select to_char(${projectEvents.at} at time zone 'Asia/Shanghai', 'YYYY-MM-DD') as day
          from ${projectEvents} where ${projectEvents.projectId} = ${id} and ${projectEvents.toState} = 'stopped'
          order by ${projectEvents.at} desc limit 1`,
    );
    stoppedOn = stop?.day ?? null;
  }
  return { ...row, villageCodes: villages.map((v) => v.code), stoppedOn };
}

/** Locks the project's row for a change of its standard; its current state. */
export async function lockProjectState(exec: TDb, id: number): Promise<string | undefined> {
  const [row] = await exec
    .select({ state: projects.state })
    .from(projects)
    .where(eq(projects.id, id))
    .for('update');
  return row?.state;
}

export type TCriterionRow = typeof projectCriteria.$inferSelect;

/** A project's criteria in their order. */
export async function findCriteria(exec: TDb, projectId: number): Promise<TCriterionRow[]> {
  return exec
    .select()
    .from(projectCriteria)
    .where(eq(projectCriteria.projectId, projectId))
    .orderBy(asc(projectCriteria.position), asc(projectCriteria.id));
}

/** The criteria of a project that carry a score (in an assessment or an acceptance): never deleted. */
export async function findScoredCriterionIds(exec: TDb, projectId: number): Promise<Set<number>> {
  const rows = await rowsOf<{ id: number }>(
    exec,
    sql`select s.criterion_id as id from ${projectAssessmentScores} s
          join ${projectAssessments} a on a.id = s.assessment_id where a.project_id = ${projectId}
        union
        select (e->>'criterionId')::int from ${projectAcceptances} pa, jsonb_array_elements(pa.criterion_scores) e
          where pa.project_id = ${projectId}`,
  );
  return new Set(rows.map((r) => Number(r.id)));
}

export type TCriterionValues = Omit<typeof projectCriteria.$inferInsert, 'projectId' | 'id' | 'createdAt'>;

/** Writes the standard: kept criteria updated in place, new ones added, the others removed. */
export async function replaceCriteria(
  exec: TDb,
  projectId: number,
  items: (TCriterionValues & { id?: number })[],
): Promise<void> {
  const kept = items.flatMap((c) => (c.id ? [c.id] : []));
  await exec
    .delete(projectCriteria)
    .where(
      and(
        eq(projectCriteria.projectId, projectId),
        kept.length ? notInArray(projectCriteria.id, kept) : undefined,
      ),
    );
  for (const { id, ...values } of items) {
    if (id)
      await exec
        .update(projectCriteria)
        .set(values)
        .where(and(eq(projectCriteria.id, id), eq(projectCriteria.projectId, projectId)));
    else await exec.insert(projectCriteria).values({ ...values, projectId });
  }
}

export type TAssessmentRow = typeof projectAssessments.$inferSelect & { assessedByName: string | null };
export type TScoreRow = typeof projectAssessmentScores.$inferSelect;

/** A project's assessments, newest quarter first, with who made them. */
export async function findAssessments(exec: TDb, projectId: number): Promise<TAssessmentRow[]> {
  const rows = await exec
    .select({ a: projectAssessments, assessedByName: users.displayName })
    .from(projectAssessments)
    .leftJoin(users, eq(users.id, projectAssessments.assessedBy))
    .where(eq(projectAssessments.projectId, projectId))
    .orderBy(desc(projectAssessments.year), desc(projectAssessments.quarter));
  return rows.map((r) => ({ ...r.a, assessedByName: r.assessedByName }));
}

export async function findScoresOf(exec: TDb, assessmentIds: number[]): Promise<TScoreRow[]> {
  if (assessmentIds.length === 0) return [];
  return exec
    .select()
    .from(projectAssessmentScores)
    .where(inArray(projectAssessmentScores.assessmentId, assessmentIds));
}

/** One assessment (any project; the caller checks the project's scope). */
export async function findAssessment(exec: TDb, id: number) {
  const [row] = await exec.select().from(projectAssessments).where(eq(projectAssessments.id, id));
  return row;
}

export async function insertAssessment(exec: TDb, values: typeof projectAssessments.$inferInsert) {
  const [row] = await exec.insert(projectAssessments).values(values).returning({ id: projectAssessments.id });
  return row!.id;
}

export async function updateAssessment(
  exec: TDb,
  id: number,
  values: Partial<typeof projectAssessments.$inferInsert>,
): Promise<void> {
  await exec.update(projectAssessments).set(values).where(eq(projectAssessments.id, id));
}

/** Replaces an assessment's scores. */
export async function replaceScores(
  exec: TDb,
  assessmentId: number,
  scores: Omit<TScoreRow, 'assessmentId'>[],
): Promise<void> {
  await exec.delete(projectAssessmentScores).where(eq(projectAssessmentScores.assessmentId, assessmentId));
  if (scores.length)
    await exec.insert(projectAssessmentScores).values(scores.map((s) => ({ ...s, assessmentId })));
}

export type TAcceptanceRow = typeof projectAcceptances.$inferSelect & { acceptedByName: string | null };

/** The latest acceptance of a project (undefined before any). */
export async function findLatestAcceptance(
  exec: TDb,
  projectId: number,
): Promise<TAcceptanceRow | undefined> {
  const [row] = await exec
    .select({ a: projectAcceptances, acceptedByName: users.displayName })
    .from(projectAcceptances)
    .leftJoin(users, eq(users.id, projectAcceptances.acceptedBy))
    .where(eq(projectAcceptances.projectId, projectId))
    .orderBy(desc(projectAcceptances.createdAt), desc(projectAcceptances.id))
    .limit(1);
  return row ? { ...row.a, acceptedByName: row.acceptedByName } : undefined;
}

export async function updateAcceptance(
  exec: TDb,
  id: number,
  values: Partial<typeof projectAcceptances.$inferInsert>,
): Promise<void> {
  await exec.update(projectAcceptances).set(values).where(eq(projectAcceptances.id, id));
}

/** Evidence photos already attached to a project's assessments or acceptances. */
export async function findAttachedEvidence(exec: TDb, projectId: number): Promise<Set<number>> {
  const rows = await rowsOf<{ id: number }>(
    exec,
    sql`select s.evidence_file_id as id from ${projectAssessmentScores} s
          join ${projectAssessments} a on a.id = s.assessment_id
          where a.project_id = ${projectId} and s.evidence_file_id is not null
        union
        select (e->>'evidenceFileId')::int from ${projectAcceptances} pa, jsonb_array_elements(pa.criterion_scores) e
          where pa.project_id = ${projectId} and e->>'evidenceFileId' is not null`,
  );
  return new Set(rows.map((r) => Number(r.id)));
}

/** An evidence photo the caller may see: their own upload, or one attached to a project in scope. */
export async function findVisibleEvidence(exec: TDb, fileId: number, userId: number, scope: TScope) {
  const [row] = await rowsOf<{ storageKey: string }>(
    exec,
    sql`select f.storage_key as "storageKey" from ${storedFiles} f
        where f.id = ${fileId} and f.purpose = ${PROJECT_EVIDENCE} and (
          f.created_by = ${userId}
          or exists (select 1 from ${projectAssessmentScores} s
                       join ${projectAssessments} a on a.id = s.assessment_id
                       join ${projects} on ${projects.id} = a.project_id
                     where s.evidence_file_id = f.id and ${projectInScope(scope) ?? sql`true`})
          or exists (select 1 from ${projectAcceptances} pa
                       join ${projects} on ${projects.id} = pa.project_id
                     where pa.criterion_scores @> jsonb_build_array(jsonb_build_object('evidenceFileId', f.id))
                       and ${projectInScope(scope) ?? sql`true`}))
        limit 1`,
  );
  return row;
}
