import type { TDayProjectTie, TScope } from '@zhucun/core';
import { and, asc, between, desc, eq, gte, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import type { TDb } from '../../db/client.ts';
import {
  divisions,
  dutyComments,
  dutyDayPhotos,
  dutyDays,
  dutyDayVersions,
  persons,
  postings,
  users,
} from '../../db/schema.ts';
import { dayTiesOf } from '../project-plans/day-tie.ts';

export type TDutyDayRow = typeof dutyDays.$inferSelect;

/** A record is in a scope when the village it was recorded in lies inside it. */
export function villageInScope(column: AnyPgColumn, scope: TScope): SQL | undefined {
  if (scope.all) return undefined;
  const conds = scope.codes.map((c) => sql`${column} like ${`${c}%`}`);
  return conds.length ? or(...conds) : sql`false`;
}

/** The person behind a sign-in account and the village of their active posting (null when not posted). */
export async function findPostedPersonOfUser(exec: TDb, userId: number) {
  const [row] = await exec
    .select({
      id: persons.id,
      name: persons.name,
      villageCode: postings.villageCode,
      villageName: divisions.name,
      startDate: postings.startDate,
    })
    .from(persons)
    .innerJoin(postings, and(eq(postings.personId, persons.id), isNull(postings.actualEndDate)))
    .innerJoin(divisions, eq(divisions.code, postings.villageCode))
    .where(eq(persons.userId, userId))
    .limit(1);
  return row;
}

/** The village a person served on a date (the posting covering it), for records written by others. */
export async function findVillageOnDate(exec: TDb, personId: number, date: string) {
  const [row] = await exec
    .select({ villageCode: postings.villageCode })
    .from(postings)
    .where(
      and(
        eq(postings.personId, personId),
        lte(postings.startDate, date),
        or(isNull(postings.actualEndDate), sql`${postings.actualEndDate} >= ${date}`),
      ),
    )
    .orderBy(desc(postings.startDate))
    .limit(1);
  return row?.villageCode;
}

/**
 * A person's day; `forUpdate` locks it until the transaction ends, so a version checked on it holds
 * until the write commits.
 */
export async function findDay(
  exec: TDb,
  personId: number,
  date: string,
  options: { forUpdate?: boolean } = {},
): Promise<TDutyDayRow | undefined> {
  const query = exec
    .select()
    .from(dutyDays)
    .where(and(eq(dutyDays.personId, personId), eq(dutyDays.date, date)))
    .limit(1);
  const [row] = await (options.forUpdate ? query.for('update') : query);
  return row;
}

export async function findDayInScope(exec: TDb, scope: TScope, id: number): Promise<TDutyDayRow | undefined> {
  const [row] = await exec
    .select()
    .from(dutyDays)
    .where(and(eq(dutyDays.id, id), villageInScope(dutyDays.villageCode, scope)))
    .limit(1);
  return row;
}

export async function insertDay(exec: TDb, values: typeof dutyDays.$inferInsert): Promise<TDutyDayRow> {
  const [row] = await exec.insert(dutyDays).values(values).returning();
  return row!;
}

/** Edits a day, keeping the state before the edit as a version (history is never lost). */
export async function updateDayKeepingHistory(
  exec: TDb,
  before: TDutyDayRow,
  values: Partial<typeof dutyDays.$inferInsert>,
  editedBy: number,
  at: Date,
): Promise<TDutyDayRow> {
  await exec.insert(dutyDayVersions).values({
    dutyDayId: before.id,
    version: before.version,
    snapshot: before,
    editedBy,
    editedAt: at,
  });
  const [row] = await exec
    .update(dutyDays)
    .set({ ...values, version: before.version + 1, updatedAt: at })
    .where(eq(dutyDays.id, before.id))
    .returning();
  return row!;
}

/** Who made each change of a day from version `from` on (its history), e.g. to tell the cadre's own edits from a correction. */
export async function findDayEditorsSince(
  exec: TDb,
  dutyDayId: number,
  from: number,
): Promise<(number | null)[]> {
  const rows = await exec
    .select({ editedBy: dutyDayVersions.editedBy })
    .from(dutyDayVersions)
    .where(and(eq(dutyDayVersions.dutyDayId, dutyDayId), gte(dutyDayVersions.version, from)));
  return rows.map((r) => r.editedBy);
}

export async function replaceDayPhotos(exec: TDb, dutyDayId: number, fileIds: number[]): Promise<void> {
  await exec.delete(dutyDayPhotos).where(eq(dutyDayPhotos.dutyDayId, dutyDayId));
  if (fileIds.length)
    await exec
      .insert(dutyDayPhotos)
      .values(fileIds.map((fileId, position) => ({ dutyDayId, fileId, position })));
}

export async function insertComment(exec: TDb, values: typeof dutyComments.$inferInsert) {
  const [row] = await exec.insert(dutyComments).values(values).returning();
  return row!;
}

export type TDayFilter = {
  personId?: number;
  village?: string;
  township?: string;
  from?: string;
  to?: string;
  returned?: boolean;
};

function dayFilters(scope: TScope, f: TDayFilter): SQL[] {
  const conds: SQL[] = [];
  const inScope = villageInScope(dutyDays.villageCode, scope);
  if (inScope) conds.push(inScope);
  if (f.personId) conds.push(eq(dutyDays.personId, f.personId));
  if (f.village) conds.push(eq(dutyDays.villageCode, f.village));
  if (f.township) conds.push(sql`${dutyDays.villageCode} like ${`${f.township}%`}`);
  if (f.from && f.to) conds.push(between(dutyDays.date, f.from, f.to));
  else if (f.from) conds.push(sql`${dutyDays.date} >= ${f.from}`);
  else if (f.to) conds.push(sql`${dutyDays.date} <= ${f.to}`);
  if (f.returned) conds.push(sql`${dutyDays.returnedAt} is not null`);
  return conds;
}

const dayColumns = { day: dutyDays, personName: persons.name, villageName: divisions.name };
export type TDayWithNames = { day: TDutyDayRow; personName: string; villageName: string };

/** Days in scope, newest first, then by village and name (a list to read, never a ranking). */
export async function findDays(
  exec: TDb,
  scope: TScope,
  f: TDayFilter,
  page: { limit: number; offset: number },
): Promise<{ rows: TDayWithNames[]; total: number }> {
  const where = and(...dayFilters(scope, f));
  const rows = await exec
    .select(dayColumns)
    .from(dutyDays)
    .innerJoin(persons, eq(persons.id, dutyDays.personId))
    .innerJoin(divisions, eq(divisions.code, dutyDays.villageCode))
    .where(where)
    .orderBy(desc(dutyDays.date), asc(dutyDays.villageCode), asc(persons.name))
    .limit(page.limit)
    .offset(page.offset);
  const [n] = await exec.select({ n: sql<number>`count(*)` }).from(dutyDays).where(where);
  return { rows, total: Number(n?.n ?? 0) };
}

export async function findDayWithNames(exec: TDb, id: number): Promise<TDayWithNames | undefined> {
  const [row] = await exec
    .select(dayColumns)
    .from(dutyDays)
    .innerJoin(persons, eq(persons.id, dutyDays.personId))
    .innerJoin(divisions, eq(divisions.code, dutyDays.villageCode))
    .where(eq(dutyDays.id, id));
  return row;
}

/** Photos, comments and project ties of some days, for their views. */
export async function findDayExtras(exec: TDb, dayIds: number[]) {
  if (dayIds.length === 0) return { photos: [], comments: [], ties: new Map<number, TDayProjectTie>() };
  const photos = await exec
    .select()
    .from(dutyDayPhotos)
    .where(inArray(dutyDayPhotos.dutyDayId, dayIds))
    .orderBy(asc(dutyDayPhotos.position));
  const comments = await exec
    .select({ comment: dutyComments, author: users.displayName })
    .from(dutyComments)
    .innerJoin(users, eq(users.id, dutyComments.authorId))
    .where(inArray(dutyComments.dutyDayId, dayIds))
    .orderBy(asc(dutyComments.id));
  return { photos, comments, ties: await dayTiesOf(exec, dayIds) };
}

/** A person's day statuses within dates (for presence): date, day, night, last written. */
export async function findDayStatuses(exec: TDb, personId: number, from: string, to: string) {
  return exec
    .select({
      date: dutyDays.date,
      day: dutyDays.dayPlace,
      night: dutyDays.nightPlace,
      updatedAt: dutyDays.updatedAt,
    })
    .from(dutyDays)
    .where(and(eq(dutyDays.personId, personId), between(dutyDays.date, from, to)))
    .orderBy(asc(dutyDays.date));
}
