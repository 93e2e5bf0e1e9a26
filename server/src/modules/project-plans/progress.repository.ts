import type { TScope } from '@zhucun/core';
import { and, asc, count, desc, eq, inArray, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import {
  dutyDayPhotos,
  dutyDays,
  persons,
  projectMilestones,
  projectProgress,
  projectProgressComments,
  projectProgressPhotos,
  projects,
  storedFiles,
  users,
} from '../../db/schema.ts';
import { projectInScope } from '../projects/projects-scope.ts';

/** The purpose of a photo of a progress report (a stored file, JPEG without metadata). */
export const PROJECT_PHOTO = 'project_photo';
export type TProgressRow = typeof projectProgress.$inferSelect;

/** A milestone deleted before approval leaves no reference behind. */
export async function clearMilestoneFromProgress(exec: TDb, milestoneId: number): Promise<void> {
  await exec
    .update(projectProgress)
    .set({ milestoneId: null })
    .where(eq(projectProgress.milestoneId, milestoneId));
}

export async function insertProgress(exec: TDb, values: typeof projectProgress.$inferInsert) {
  const [row] = await exec.insert(projectProgress).values(values).returning();
  return row!;
}

export async function updateProgress(
  exec: TDb,
  id: number,
  values: Partial<typeof projectProgress.$inferInsert>,
) {
  await exec.update(projectProgress).set(values).where(eq(projectProgress.id, id));
}

export async function deleteProgress(exec: TDb, id: number): Promise<void> {
  await exec.delete(projectProgress).where(eq(projectProgress.id, id));
}

export async function insertProgressPhotos(exec: TDb, progressId: number, fileIds: number[]) {
  if (fileIds.length)
    await exec
      .insert(projectProgressPhotos)
      .values(fileIds.map((fileId, position) => ({ progressId, fileId, position })));
}

export async function insertProgressComment(exec: TDb, values: typeof projectProgressComments.$inferInsert) {
  const [row] = await exec.insert(projectProgressComments).values(values).returning();
  return row!;
}

export async function countCommentsOf(exec: TDb, progressId: number): Promise<number> {
  const [row] = await exec
    .select({ n: count() })
    .from(projectProgressComments)
    .where(eq(projectProgressComments.progressId, progressId));
  return Number(row?.n ?? 0);
}

export async function findProgress(exec: TDb, projectId: number, id: number) {
  const [row] = await exec
    .select()
    .from(projectProgress)
    .where(and(eq(projectProgress.id, id), eq(projectProgress.projectId, projectId)))
    .limit(1);
  return row;
}

/** The progress entry a day's log is tied to (one per day). */
export async function findTieOfDay(exec: TDb, dutyDayId: number) {
  const [row] = await exec
    .select()
    .from(projectProgress)
    .where(eq(projectProgress.dutyDayId, dutyDayId))
    .limit(1);
  return row;
}

/** The ties of some days, for their views: project and milestone named, and whether it was met that day. */
export async function findTiesOfDays(exec: TDb, dayIds: number[]) {
  if (dayIds.length === 0) return [];
  return exec
    .select({
      dutyDayId: projectProgress.dutyDayId,
      progressId: projectProgress.id,
      date: projectProgress.date,
      projectId: projects.id,
      projectTitle: projects.title,
      milestoneId: projectMilestones.id,
      milestoneTitle: projectMilestones.title,
      milestoneDoneOn: projectMilestones.doneOn,
    })
    .from(projectProgress)
    .innerJoin(projects, eq(projects.id, projectProgress.projectId))
    .leftJoin(projectMilestones, eq(projectMilestones.id, projectProgress.milestoneId))
    .where(inArray(projectProgress.dutyDayId, dayIds));
}

function progressRows(exec: TDb) {
  return exec
    .select({
      progress: projectProgress,
      personName: persons.name,
      userName: users.displayName,
      milestoneTitle: projectMilestones.title,
      dayWork: dutyDays.work,
      dayActivities: dutyDays.activities,
    })
    .from(projectProgress)
    .innerJoin(users, eq(users.id, projectProgress.reportedBy))
    .leftJoin(persons, eq(persons.id, projectProgress.reportedByPersonId))
    .leftJoin(projectMilestones, eq(projectMilestones.id, projectProgress.milestoneId))
    .leftJoin(dutyDays, eq(dutyDays.id, projectProgress.dutyDayId));
}

/** A page of a project's progress, newest day first: reports and tied days' logs, with names. */
export async function findProgressPage(
  exec: TDb,
  projectId: number,
  page: { offset: number; limit: number },
) {
  const where = eq(projectProgress.projectId, projectId);
  const [total] = await exec.select({ n: count() }).from(projectProgress).where(where);
  const rows = await progressRows(exec)
    .where(where)
    .orderBy(desc(projectProgress.date), desc(projectProgress.id))
    .offset(page.offset)
    .limit(page.limit);
  return { rows, total: Number(total?.n ?? 0) };
}

/** One progress entry with its names. */
export async function findProgressRow(exec: TDb, id: number) {
  return progressRows(exec).where(eq(projectProgress.id, id));
}
export type TProgressPageRow = Awaited<ReturnType<typeof findProgressRow>>[number];

/** Photos of some progress entries: their own, and those of the days' logs tied to them. */
export async function findProgressPhotos(exec: TDb, rows: { id: number; dutyDayId: number | null }[]) {
  const ids = rows.map((r) => r.id);
  const dayIds = rows.flatMap((r) => (r.dutyDayId ? [r.dutyDayId] : []));
  const [own, ofDays] = await Promise.all([
    ids.length
      ? exec
          .select({ progressId: projectProgressPhotos.progressId, fileId: projectProgressPhotos.fileId })
          .from(projectProgressPhotos)
          .where(inArray(projectProgressPhotos.progressId, ids))
          .orderBy(asc(projectProgressPhotos.position))
      : [],
    dayIds.length
      ? exec
          .select({ dutyDayId: dutyDayPhotos.dutyDayId, fileId: dutyDayPhotos.fileId })
          .from(dutyDayPhotos)
          .where(inArray(dutyDayPhotos.dutyDayId, dayIds))
          .orderBy(asc(dutyDayPhotos.position))
      : [],
  ]);
  return { own, ofDays };
}

export async function findProgressComments(exec: TDb, progressIds: number[]) {
  if (progressIds.length === 0) return [];
  return exec
    .select({ comment: projectProgressComments, author: users.displayName })
    .from(projectProgressComments)
    .innerJoin(users, eq(users.id, projectProgressComments.authorId))
    .where(inArray(projectProgressComments.progressId, progressIds))
    .orderBy(asc(projectProgressComments.id));
}

/**
 * A photo of a project's progress the caller may see: their own upload, a report's photo or the
 * photo of a day's log tied to a project, either in a project of the scope. Undefined otherwise.
 */
export async function findVisibleProgressPhoto(exec: TDb, fileId: number, userId: number, scope: TScope) {
  const [own] = await exec
    .select({ storageKey: storedFiles.storageKey })
    .from(storedFiles)
    .where(
      and(
        eq(storedFiles.id, fileId),
        eq(storedFiles.purpose, PROJECT_PHOTO),
        eq(storedFiles.createdBy, userId),
      ),
    );
  if (own) return own;
  const [attached] = await exec
    .select({ storageKey: storedFiles.storageKey })
    .from(storedFiles)
    .innerJoin(projectProgressPhotos, eq(projectProgressPhotos.fileId, storedFiles.id))
    .innerJoin(projectProgress, eq(projectProgress.id, projectProgressPhotos.progressId))
    .innerJoin(projects, eq(projects.id, projectProgress.projectId))
    .where(and(eq(storedFiles.id, fileId), projectInScope(scope)))
    .limit(1);
  if (attached) return attached;
  const [ofDay] = await exec
    .select({ storageKey: storedFiles.storageKey })
    .from(storedFiles)
    .innerJoin(dutyDayPhotos, eq(dutyDayPhotos.fileId, storedFiles.id))
    .innerJoin(projectProgress, eq(projectProgress.dutyDayId, dutyDayPhotos.dutyDayId))
    .innerJoin(projects, eq(projects.id, projectProgress.projectId))
    .where(and(eq(storedFiles.id, fileId), projectInScope(scope)))
    .limit(1);
  return ofDay;
}

/** Projects a person may tie a day to: in a reporting state, led or claimed by them or in their village. */
export async function findProjectsOfPerson(
  exec: TDb,
  scope: TScope,
  personId: number,
  villageCode: string | null,
  states: readonly string[],
) {
  return exec
    .select({
      id: projects.id,
      title: projects.title,
      leads: sql<boolean>`${projects.leaderPersonId} = ${personId}`,
      claims: sql<boolean>`exists (select 1 from project_claimants c where c.project_id = ${projects.id} and c.person_id = ${personId})`,
    })
    .from(projects)
    .where(
      and(
        projectInScope(scope),
        inArray(projects.state, [...states]),
        sql`(${projects.leaderPersonId} = ${personId}
          or exists (select 1 from project_claimants c where c.project_id = ${projects.id} and c.person_id = ${personId})
          or exists (select 1 from project_villages v where v.project_id = ${projects.id} and v.village_code = ${villageCode}))`,
      ),
    )
    .orderBy(asc(projects.title), asc(projects.id));
}
