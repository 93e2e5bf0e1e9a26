import { and, eq, isNull, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { persons, postings, units } from '../../db/schema.ts';

type TUnitRow = typeof units.$inferInsert;
type TPersonRow = typeof persons.$inferInsert;
type TPostingRow = typeof postings.$inferInsert;

/** Rows per multi-row INSERT (well under PostgreSQL's 65,535 parameters). */
const CHUNK = 500;
const chunksOf = <T>(items: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/** True when anyone is already filed under the division (or inside it). */
export async function hasPersonsUnder(exec: TDb, code: string): Promise<boolean> {
  const rows = await exec
    .select({ id: persons.id })
    .from(persons)
    .where(sql`${persons.filedUnder} like ${`${code}%`}`)
    .limit(1);
  return rows.length > 0;
}

/** Inserts the units; their ids by name. */
export async function insertUnits(exec: TDb, rows: TUnitRow[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const chunk of chunksOf(rows)) {
    const inserted = await exec.insert(units).values(chunk).returning({ id: units.id, name: units.name });
    for (const r of inserted) ids.set(r.name, r.id);
  }
  return ids;
}

/** Inserts the persons; their ids by ID number (the natural key). */
export async function insertPersons(exec: TDb, rows: TPersonRow[]): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (const chunk of chunksOf(rows)) {
    const inserted = await exec
      .insert(persons)
      .values(chunk)
      .returning({ id: persons.id, idNumber: persons.idNumber });
    for (const r of inserted) ids.set(r.idNumber, r.id);
  }
  return ids;
}

export async function insertPostings(exec: TDb, rows: TPostingRow[]): Promise<void> {
  for (const chunk of chunksOf(rows)) await exec.insert(postings).values(chunk);
}

/** The first person (by id) holding an active posting of the category in the county, with its village. */
export async function findFirstOfCategory(exec: TDb, countyCode: string, category: string) {
  const [row] = await exec
    .select({ personId: persons.id, name: persons.name, villageCode: postings.villageCode })
    .from(postings)
    .innerJoin(persons, eq(persons.id, postings.personId))
    .where(
      and(
        eq(postings.category, category),
        isNull(postings.actualEndDate),
        sql`${postings.villageCode} like ${`${countyCode}%`}`,
      ),
    )
    .orderBy(persons.id)
    .limit(1);
  return row;
}

export async function linkPersonToUser(exec: TDb, personId: number, userId: number): Promise<void> {
  await exec.update(persons).set({ userId }).where(eq(persons.id, personId));
}
