import type { TScope } from '@zhucun/core';
import { and, asc, count, desc, eq, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TDb } from '../../db/client.ts';
import {
  conductItems,
  divisions,
  persons,
  storedFiles,
  users,
  violationEvents,
  violationPhotos,
  violations,
} from '../../db/schema.ts';
import { villageInScope } from '../duty/duty.repository.ts';

export type TViolationRow = typeof violations.$inferSelect;
export type TViolationWithNames = {
  v: TViolationRow;
  personName: string;
  personUserId: number | null;
  villageName: string;
  townshipName: string;
  itemText: string;
};

/** What a list of records is narrowed to, beyond the scope. */
export type TViolationFilter = {
  id?: number;
  personId?: number;
  /** The records of the person behind this account (the cadre's own). */
  userId?: number;
  state?: string;
  township?: string;
  year?: number;
  /** Records the county may decide on this day: answered, or notified with the answer period over. */
  toDecideOn?: string;
};

const township = alias(divisions, 'violation_township');

/** Waiting for the county's decision on `today` (core violationTransition: decide from answered, or notified after its period). */
export const toDecideSql = (today: string) =>
  sql`(${violations.state} = 'answered' or (${violations.state} = 'notified' and ${violations.answerDue} < ${today}))`;

function whereOf(scope: TScope, f: TViolationFilter): SQL | undefined {
  return and(
    villageInScope(violations.villageCode, scope),
    f.id === undefined ? undefined : eq(violations.id, f.id),
    f.personId === undefined ? undefined : eq(violations.personId, f.personId),
    f.userId === undefined ? undefined : eq(persons.userId, f.userId),
    f.state === undefined ? undefined : eq(violations.state, f.state),
    f.township === undefined ? undefined : sql`${violations.villageCode} like ${`${f.township}%`}`,
    f.year === undefined ? undefined : eq(violations.year, f.year),
    f.toDecideOn === undefined ? undefined : toDecideSql(f.toDecideOn),
  );
}

/** Records in scope, newest first, with the names a list shows. */
export async function findViolations(
  exec: TDb,
  scope: TScope,
  f: TViolationFilter,
  page?: { limit: number; offset: number },
): Promise<TViolationWithNames[]> {
  const q = exec
    .select({
      v: violations,
      personName: persons.name,
      personUserId: persons.userId,
      villageName: divisions.name,
      townshipName: sql<string>`coalesce(${township.name}, '')`,
      itemText: conductItems.text,
    })
    .from(violations)
    .innerJoin(persons, eq(persons.id, violations.personId))
    .innerJoin(divisions, eq(divisions.code, violations.villageCode))
    .leftJoin(township, eq(township.code, sql`left(${violations.villageCode}, 9)`))
    .innerJoin(conductItems, eq(conductItems.id, violations.itemId))
    .where(whereOf(scope, f))
    .orderBy(desc(violations.createdAt), desc(violations.id));
  return page ? q.limit(page.limit).offset(page.offset) : q;
}

/** How many records in scope pass the filter. */
export async function countViolations(exec: TDb, scope: TScope, f: TViolationFilter): Promise<number> {
  const [row] = await exec
    .select({ n: count() })
    .from(violations)
    .innerJoin(persons, eq(persons.id, violations.personId))
    .where(whereOf(scope, f));
  return row?.n ?? 0;
}

export async function insertViolation(exec: TDb, values: typeof violations.$inferInsert) {
  const [row] = await exec.insert(violations).values(values).returning();
  return row!;
}

/** Moves a record on, only from the state it was read in (a concurrent step loses); undefined when it moved. */
export async function updateViolation(
  exec: TDb,
  id: number,
  fromState: string,
  set: Partial<typeof violations.$inferInsert>,
) {
  const [row] = await exec
    .update(violations)
    .set(set)
    .where(and(eq(violations.id, id), eq(violations.state, fromState)))
    .returning({ id: violations.id });
  return row;
}

export async function insertEvent(exec: TDb, values: typeof violationEvents.$inferInsert) {
  await exec.insert(violationEvents).values(values);
}

/** A record's timeline, oldest first, with who acted. */
export async function findEvents(exec: TDb, violationId: number) {
  return exec
    .select({ event: violationEvents, actorName: users.displayName })
    .from(violationEvents)
    .leftJoin(users, eq(users.id, violationEvents.actorUserId))
    .where(eq(violationEvents.violationId, violationId))
    .orderBy(asc(violationEvents.at), asc(violationEvents.id));
}

export async function insertPhotos(exec: TDb, violationId: number, fileIds: number[]) {
  if (fileIds.length === 0) return;
  await exec
    .insert(violationPhotos)
    .values(fileIds.map((fileId, position) => ({ violationId, fileId, position })));
}

/** The evidence photos of some records, by record. */
export async function findPhotoIds(exec: TDb, ids: number[]): Promise<Map<number, number[]>> {
  const out = new Map<number, number[]>();
  if (ids.length === 0) return out;
  const rows = await exec
    .select({ violationId: violationPhotos.violationId, fileId: violationPhotos.fileId })
    .from(violationPhotos)
    .where(inArray(violationPhotos.violationId, ids))
    .orderBy(asc(violationPhotos.position));
  for (const r of rows) out.set(r.violationId, [...(out.get(r.violationId) ?? []), r.fileId]);
  return out;
}

/**
 * Where an evidence photo is kept, when the caller may see it: attached to a record in their scope, or to
 * a record of the caller themself. Anyone else: undefined (404).
 */
export async function findEvidenceKey(exec: TDb, fileId: number, scope: TScope | null, userId: number) {
  const [row] = await exec
    .select({ storageKey: storedFiles.storageKey })
    .from(violationPhotos)
    .innerJoin(storedFiles, eq(storedFiles.id, violationPhotos.fileId))
    .innerJoin(violations, eq(violations.id, violationPhotos.violationId))
    .innerJoin(persons, eq(persons.id, violations.personId))
    .where(
      and(
        eq(violationPhotos.fileId, fileId),
        or(
          eq(persons.userId, userId),
          scope ? (villageInScope(violations.villageCode, scope) ?? sql`true`) : sql`false`,
        ),
      ),
    )
    .limit(1);
  return row;
}

/** A person's account and where they are filed (null when not in the registry). */
export async function findPersonFacts(exec: TDb, personId: number) {
  const [row] = await exec
    .select({ userId: persons.userId, filedUnder: persons.filedUnder })
    .from(persons)
    .where(eq(persons.id, personId))
    .limit(1);
  return row;
}
