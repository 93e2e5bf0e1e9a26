import type { TScope } from '@zhucun/core';
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { rowsOf, type TDb } from '../../db/client.ts';
import {
  divisions,
  persons,
  projectAwardPhotos,
  projectAwards,
  projectSelections,
  projects,
  projectVillages,
  storedFiles,
} from '../../db/schema.ts';
import { projectInScope } from '../projects/projects-scope.ts';

/** The purpose of a photo of an award's case page (典型案例). */
export const CASE_PHOTO = 'project_case_photo';

const township = alias(divisions, 'award_township');
const leader = alias(persons, 'award_leader');

/** Awards with their project's facts; `inRead`/`inWrite`: whether the caller's scopes hold the project. */
export async function findAwards(exec: TDb, where: { id?: number }, read: TScope, write: TScope | null) {
  const rows = await exec
    .select({
      id: projectAwards.id,
      selectionId: projectAwards.selectionId,
      year: projectSelections.year,
      projectId: projects.id,
      title: projects.title,
      kind: projects.kind,
      townshipName: township.name,
      leaderName: leader.name,
      summary: projects.description,
      targetWhat: projects.targetWhat,
      targetQuantity: projects.targetQuantity,
      targetUnit: projects.targetUnit,
      budgetFen: projects.budgetFen,
      beneficiaryHouseholds: projects.beneficiaryHouseholds,
      beneficiaryPeople: projects.beneficiaryPeople,
      startDate: projects.startDate,
      actualEndDate: projects.actualEndDate,
      score: projectAwards.score,
      casePractice: projectAwards.casePractice,
      caseResults: projectAwards.caseResults,
      confirmedAt: projectAwards.confirmedAt,
      inRead: sql<boolean>`coalesce(${projectInScope(read) ?? sql`true`}, false)`,
      inWrite: write
        ? sql<boolean>`coalesce(${projectInScope(write) ?? sql`true`}, false)`
        : sql<boolean>`false`,
    })
    .from(projectAwards)
    .innerJoin(projectSelections, eq(projectSelections.id, projectAwards.selectionId))
    .innerJoin(projects, eq(projects.id, projectAwards.projectId))
    .innerJoin(township, eq(township.code, projects.townshipCode))
    .innerJoin(leader, eq(leader.id, projects.leaderPersonId))
    .where(where.id ? eq(projectAwards.id, where.id) : undefined)
    .orderBy(desc(projectSelections.year), desc(projectAwards.score), asc(projectAwards.id));
  const ids = rows.map((r) => r.projectId);
  const villages = ids.length
    ? await exec
        .select({ projectId: projectVillages.projectId, name: divisions.name })
        .from(projectVillages)
        .innerJoin(divisions, eq(divisions.code, projectVillages.villageCode))
        .where(inArray(projectVillages.projectId, ids))
        .orderBy(asc(projectVillages.villageCode))
    : [];
  return rows.map((r) => ({
    ...r,
    villageNames: villages.filter((v) => v.projectId === r.projectId).map((v) => v.name),
  }));
}
export type TAwardRow = Awaited<ReturnType<typeof findAwards>>[number];

export async function findAwardPhotos(exec: TDb, awardId: number) {
  return exec
    .select({
      photoId: projectAwardPhotos.fileId,
      storageKey: storedFiles.storageKey,
      width: storedFiles.width,
      height: storedFiles.height,
    })
    .from(projectAwardPhotos)
    .innerJoin(storedFiles, eq(storedFiles.id, projectAwardPhotos.fileId))
    .where(eq(projectAwardPhotos.awardId, awardId))
    .orderBy(asc(projectAwardPhotos.position), asc(projectAwardPhotos.fileId));
}

export async function countAwardPhotos(exec: TDb, awardId: number): Promise<number> {
  const [row] = await exec
    .select({ n: count() })
    .from(projectAwardPhotos)
    .where(eq(projectAwardPhotos.awardId, awardId));
  return row?.n ?? 0;
}

export async function addAwardPhoto(exec: TDb, awardId: number, fileId: number, position: number) {
  await exec.insert(projectAwardPhotos).values({ awardId, fileId, position }).onConflictDoNothing();
}

export async function removeAwardPhoto(exec: TDb, awardId: number, fileId: number): Promise<boolean> {
  const gone = await exec
    .delete(projectAwardPhotos)
    .where(and(eq(projectAwardPhotos.awardId, awardId), eq(projectAwardPhotos.fileId, fileId)))
    .returning({ fileId: projectAwardPhotos.fileId });
  return gone.length > 0;
}

export async function updateAwardCase(
  exec: TDb,
  id: number,
  values: { casePractice: string; caseResults: string; updatedAt: Date },
) {
  await exec.update(projectAwards).set(values).where(eq(projectAwards.id, id));
}

/** A case photo anyone who reads projects may see (awards spread the example), or one's own upload. */
export async function findVisibleCasePhoto(exec: TDb, fileId: number, userId: number) {
  const [row] = await rowsOf<{ storageKey: string }>(
    exec,
    sql`select f.storage_key as "storageKey" from ${storedFiles} f
        where f.id = ${fileId} and f.purpose = ${CASE_PHOTO}
          and (f.created_by = ${userId} or exists (select 1 from ${projectAwardPhotos} p where p.file_id = f.id))
        limit 1`,
  );
  return row;
}
