import { and, eq, inArray, isNull, sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';
import {
  divisions,
  persons,
  postings,
  taskAssignments,
  taskReportPhotos,
  taskReports,
  tasks,
} from '../../db/schema.ts';

/** SQL of the task list: tasks, their assignments (one per township, village or cadre) and reports. */

export type TTaskRow = typeof tasks.$inferSelect;
export type TAssignmentRow = typeof taskAssignments.$inferSelect;

export async function insertTask(exec: TDb, values: typeof tasks.$inferInsert): Promise<TTaskRow> {
  const [row] = await exec.insert(tasks).values(values).returning();
  return row!;
}

/** Inserts assignments in slices (a query holds at most 65,535 parameters). */
export async function insertAssignments(
  exec: TDb,
  values: (typeof taskAssignments.$inferInsert)[],
): Promise<TAssignmentRow[]> {
  const out: TAssignmentRow[] = [];
  for (let i = 0; i < values.length; i += 2000)
    out.push(
      ...(await exec
        .insert(taskAssignments)
        .values(values.slice(i, i + 2000))
        .returning()),
    );
  return out;
}

/** Of some codes, the divisions of a level under a prefix (the assigner's reach), with their names. */
export async function findDivisionsUnder(
  exec: TDb,
  codes: string[],
  level: 'township' | 'village',
  under: string,
): Promise<{ code: string; name: string }[]> {
  if (codes.length === 0) return [];
  return exec
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(
      and(
        inArray(divisions.code, codes),
        eq(divisions.level, level),
        sql`${divisions.code} like ${`${under}%`}`,
      ),
    );
}

/** Cadres with an active posting under a prefix: some named, or all of a category; with their village and account. */
export async function findPostedUnder(
  exec: TDb,
  under: string,
  pick: { personIds: number[] } | { category: string },
): Promise<{ personId: number; villageCode: string; userId: number | null; name: string }[]> {
  const which =
    'personIds' in pick ? inArray(postings.personId, pick.personIds) : eq(postings.category, pick.category);
  return exec
    .selectDistinctOn([postings.personId], {
      personId: postings.personId,
      villageCode: postings.villageCode,
      userId: persons.userId,
      name: persons.name,
    })
    .from(postings)
    .innerJoin(persons, eq(persons.id, postings.personId))
    .where(and(which, isNull(postings.actualEndDate), sql`${postings.villageCode} like ${`${under}%`}`))
    .orderBy(postings.personId);
}

/** The county's code (the division without a parent): where a scope reaching everything assigns from. */
export async function findCountyCode(exec: TDb): Promise<string | null> {
  const [row] = await exec
    .select({ code: divisions.code })
    .from(divisions)
    .where(eq(divisions.level, 'county'))
    .limit(1);
  return row?.code ?? null;
}

export async function findDivisionName(exec: TDb, code: string): Promise<string> {
  const [row] = await exec.select({ name: divisions.name }).from(divisions).where(eq(divisions.code, code));
  return row?.name ?? code;
}

/** An assignment with its task's dates and names, whoever asks (visibility is checked by the caller). */
export async function findAssignment(exec: TDb, id: number) {
  const [row] = await exec
    .select({
      a: taskAssignments,
      title: tasks.title,
      deadline: tasks.deadline,
      assignerCode: tasks.assignerCode,
    })
    .from(taskAssignments)
    .innerJoin(tasks, eq(tasks.id, taskAssignments.taskId))
    .where(eq(taskAssignments.id, id));
  return row;
}

export async function updateAssignment(
  exec: TDb,
  id: number,
  values: Partial<typeof taskAssignments.$inferInsert>,
) {
  await exec.update(taskAssignments).set(values).where(eq(taskAssignments.id, id));
}

/** Writes a report; from 今天 one per assignment and day (a second save of the day replaces it). */
export async function writeReport(
  exec: TDb,
  values: typeof taskReports.$inferInsert,
  photoIds: number[],
): Promise<number> {
  const base = exec.insert(taskReports).values(values);
  const [row] =
    values.dutyDayId == null
      ? await base.returning({ id: taskReports.id })
      : await base
          .onConflictDoUpdate({
            target: [taskReports.assignmentId, taskReports.dutyDayId],
            targetWhere: sql`${taskReports.dutyDayId} is not null`,
            set: {
              percent: values.percent ?? null,
              note: values.note ?? '',
              done: values.done ?? false,
              evidence: values.evidence ?? '',
              reportedAt: values.reportedAt,
              reportedBy: values.reportedBy,
            },
          })
          .returning({ id: taskReports.id });
  const id = row!.id;
  await exec.delete(taskReportPhotos).where(eq(taskReportPhotos.reportId, id));
  if (photoIds.length)
    await exec
      .insert(taskReportPhotos)
      .values(photoIds.map((fileId, position) => ({ reportId: id, fileId, position })));
  return id;
}

/** The storage key of a task evidence photo attached to a report on a visible assignment. */
export async function findReportPhotoKey(exec: TDb, fileId: number, visible: ReturnType<typeof sql>) {
  const [row] = await rowsOf<{ storageKey: string }>(
    exec,
    sql`select f.storage_key as "storageKey" from task_report_photos p
        join stored_files f on f.id = p.file_id
        join task_reports r on r.id = p.report_id
        join task_assignments a on a.id = r.assignment_id
        where p.file_id = ${fileId} and ${visible} limit 1`,
  );
  return row;
}

/** A user's person and the village of their active posting (either may be missing). */
export async function findPersonOfUser(exec: TDb, userId: number) {
  const [row] = await exec
    .select({ personId: persons.id, villageCode: postings.villageCode })
    .from(persons)
    .leftJoin(postings, and(eq(postings.personId, persons.id), isNull(postings.actualEndDate)))
    .where(eq(persons.userId, userId))
    .limit(1);
  return row;
}

/** What the assign form offers under an assigner's code: its townships, villages and posted cadres. */
export async function findAssignable(exec: TDb, under: string) {
  const places = await exec
    .select({
      code: divisions.code,
      name: divisions.name,
      level: divisions.level,
      parentCode: divisions.parentCode,
    })
    .from(divisions)
    .where(and(sql`${divisions.code} like ${`${under}%`}`, inArray(divisions.level, ['township', 'village'])))
    .orderBy(divisions.code);
  const cadres = await exec
    .selectDistinctOn([postings.personId], {
      personId: postings.personId,
      name: persons.name,
      villageCode: postings.villageCode,
      category: postings.category,
    })
    .from(postings)
    .innerJoin(persons, eq(persons.id, postings.personId))
    .where(and(isNull(postings.actualEndDate), sql`${postings.villageCode} like ${`${under}%`}`))
    .orderBy(postings.personId);
  return { places, cadres };
}
