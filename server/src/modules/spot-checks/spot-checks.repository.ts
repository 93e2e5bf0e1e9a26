import type { TScope } from '@zhucun/core';
import { and, asc, desc, eq, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { divisions, dutyDays, persons, spotChecks, storedFiles, users } from '../../db/schema.ts';
import { villageInScope } from '../duty/duty.repository.ts';

export type TSpotCheckRow = typeof spotChecks.$inferSelect;
export type TSpotCheckWithNames = {
  check: TSpotCheckRow;
  personName: string;
  villageName: string;
  checkedBy: string;
};

export async function insertSpotCheck(exec: TDb, values: typeof spotChecks.$inferInsert) {
  const [row] = await exec.insert(spotChecks).values(values).returning();
  return row!;
}

/** Changes what a check found (a roll call's mark changed): the one row stays, so it counts once. */
export async function updateSpotCheckFinding(
  exec: TDb,
  id: number,
  values: Pick<typeof spotChecks.$inferInsert, 'finding' | 'checkedBy'>,
) {
  await exec.update(spotChecks).set(values).where(eq(spotChecks.id, id));
}

export type TSpotCheckFilter = {
  id?: number;
  personId?: number;
  township?: string;
  /** Instants: checked at or after `from`, before `until`. */
  from?: Date;
  until?: Date;
};

/** The account of the person checked (null when they have none): whom a discrepancy is told to. */
export async function findUserOfPerson(exec: TDb, personId: number): Promise<number | null> {
  const [row] = await exec
    .select({ userId: persons.userId })
    .from(persons)
    .where(eq(persons.id, personId))
    .limit(1);
  return row?.userId ?? null;
}

/** A check of the person whose account this is (undefined for anyone else's check). */
export async function findCheckOfUser(exec: TDb, id: number, userId: number) {
  const [row] = await exec
    .select({ check: spotChecks })
    .from(spotChecks)
    .innerJoin(persons, eq(persons.id, spotChecks.personId))
    .where(and(eq(spotChecks.id, id), eq(persons.userId, userId)))
    .limit(1);
  return row?.check;
}

/** Keeps the cadre's statement beside a check, only if none is kept yet; undefined when one was. */
export async function setAnswer(exec: TDb, id: number, answer: string, at: Date) {
  const [row] = await exec
    .update(spotChecks)
    .set({ answer, answeredAt: at })
    .where(and(eq(spotChecks.id, id), isNull(spotChecks.answer)))
    .returning({ id: spotChecks.id });
  return row;
}

/** Spot checks in scope, newest first, then by village and name. */
export async function findSpotChecks(
  exec: TDb,
  scope: TScope,
  f: TSpotCheckFilter,
  limit = 1000,
): Promise<TSpotCheckWithNames[]> {
  const conds: SQL[] = [];
  const inScope = villageInScope(spotChecks.villageCode, scope);
  if (inScope) conds.push(inScope);
  if (f.id) conds.push(eq(spotChecks.id, f.id));
  if (f.personId) conds.push(eq(spotChecks.personId, f.personId));
  if (f.township) conds.push(sql`${spotChecks.villageCode} like ${`${f.township}%`}`);
  if (f.from) conds.push(sql`${spotChecks.checkedAt} >= ${f.from.toISOString()}`);
  if (f.until) conds.push(sql`${spotChecks.checkedAt} < ${f.until.toISOString()}`);
  return exec
    .select({
      check: spotChecks,
      personName: persons.name,
      villageName: divisions.name,
      checkedBy: users.displayName,
    })
    .from(spotChecks)
    .innerJoin(persons, eq(persons.id, spotChecks.personId))
    .innerJoin(divisions, eq(divisions.code, spotChecks.villageCode))
    .innerJoin(users, eq(users.id, spotChecks.checkedBy))
    .where(and(...conds))
    .orderBy(desc(spotChecks.checkedAt), asc(spotChecks.villageCode), asc(persons.name))
    .limit(limit);
}

/**
 * Day and night places of people on dates, each person's own dates (the records checks are compared with,
 * and the weeks around them that say whether a night was rest).
 */
export async function findPlacesOn(exec: TDb, datesOf: ReadonlyMap<number, readonly string[]>) {
  const wanted = [...datesOf]
    .filter(([, dates]) => dates.length > 0)
    .map(([personId, dates]) => and(eq(dutyDays.personId, personId), inArray(dutyDays.date, [...dates])));
  if (wanted.length === 0) return [];
  return exec
    .select({
      personId: dutyDays.personId,
      date: dutyDays.date,
      day: dutyDays.dayPlace,
      night: dutyDays.nightPlace,
    })
    .from(dutyDays)
    .where(or(...wanted));
}

/** When each absence found by a spot check of these people happened, between two instants. */
export async function findAbsentFindings(exec: TDb, personIds: number[], from: Date, until: Date) {
  if (personIds.length === 0) return [];
  return exec
    .select({ personId: spotChecks.personId, checkedAt: spotChecks.checkedAt })
    .from(spotChecks)
    .where(
      and(
        inArray(spotChecks.personId, personIds),
        eq(spotChecks.finding, 'absent'),
        sql`${spotChecks.checkedAt} >= ${from.toISOString()}`,
        sql`${spotChecks.checkedAt} < ${until.toISOString()}`,
      ),
    );
}

/** The stored evidence of a check the caller may see: in the scope, or a check of the caller themself. */
export async function findEvidenceKey(exec: TDb, id: number, scope: TScope | null, userId: number) {
  const visible = scope ? villageInScope(spotChecks.villageCode, scope) : sql`false`;
  const [row] = await exec
    .select({ storageKey: storedFiles.storageKey })
    .from(spotChecks)
    .innerJoin(storedFiles, eq(storedFiles.id, spotChecks.fileId))
    .innerJoin(persons, eq(persons.id, spotChecks.personId))
    .where(and(eq(spotChecks.id, id), or(visible, eq(persons.userId, userId))))
    .limit(1);
  return row;
}
