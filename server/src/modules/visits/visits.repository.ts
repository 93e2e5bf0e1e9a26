import type { TScope } from '@zhucun/core';
import { and, asc, count, desc, eq, inArray, isNull, lte, or, type SQL, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { divisions, households, persons, postings, visitHouseholds, visits } from '../../db/schema.ts';
import { villageInScope } from '../duty/duty.repository.ts';

export type TVisitRow = typeof visits.$inferSelect;
export type TVisitWithNames = { visit: TVisitRow; personName: string; villageName: string };

export async function insertVisit(exec: TDb, values: typeof visits.$inferInsert): Promise<TVisitRow> {
  const [row] = await exec.insert(visits).values(values).returning();
  return row!;
}

export async function linkHouseholds(exec: TDb, visitId: number, householdIds: number[]) {
  if (householdIds.length === 0) return;
  await exec
    .insert(visitHouseholds)
    .values(householdIds.map((householdId) => ({ visitId, householdId })))
    .onConflictDoNothing();
}

export type TVisitFilter = {
  id?: number;
  from?: string;
  to?: string;
  village?: string;
  township?: string;
  personId?: number;
};

function conditions(scope: TScope, f: TVisitFilter): SQL | undefined {
  const conds: SQL[] = [];
  const inScope = villageInScope(visits.villageCode, scope);
  if (inScope) conds.push(inScope);
  if (f.id) conds.push(eq(visits.id, f.id));
  if (f.from) conds.push(sql`${visits.date} >= ${f.from}`);
  if (f.to) conds.push(sql`${visits.date} <= ${f.to}`);
  if (f.village) conds.push(eq(visits.villageCode, f.village));
  if (f.township) conds.push(sql`${visits.villageCode} like ${`${f.township}%`}`);
  if (f.personId) conds.push(eq(visits.personId, f.personId));
  return and(...conds);
}

/** Visits in scope, newest first. */
export async function findVisits(
  exec: TDb,
  scope: TScope,
  f: TVisitFilter,
  page = { limit: 200, offset: 0 },
): Promise<{ items: TVisitWithNames[]; total: number }> {
  const where = conditions(scope, f);
  const items = await exec
    .select({ visit: visits, personName: persons.name, villageName: divisions.name })
    .from(visits)
    .innerJoin(persons, eq(persons.id, visits.personId))
    .innerJoin(divisions, eq(divisions.code, visits.villageCode))
    .where(where)
    .orderBy(desc(visits.visitedAt), desc(visits.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await exec.select({ n: count() }).from(visits).where(where);
  return { items, total: Number(total?.n ?? 0) };
}

/** The households of some visits, with their village's name. */
export async function findVisitHouseholds(exec: TDb, visitIds: number[]) {
  if (visitIds.length === 0) return [];
  return exec
    .select({ visitId: visitHouseholds.visitId, household: households, villageName: divisions.name })
    .from(visitHouseholds)
    .innerJoin(households, eq(households.id, visitHouseholds.householdId))
    .innerJoin(divisions, eq(divisions.code, households.villageCode))
    .where(inArray(visitHouseholds.visitId, visitIds))
    .orderBy(asc(households.headName), asc(households.id));
}

/**
 * Cadres posted in the scope during a month (any part of it), with their visits and night visits
 * that month; the village is the posting's (the latest one in the month).
 */
export async function findMonthVisitCounts(
  exec: TDb,
  scope: TScope,
  f: { first: string; last: string; village?: string; township?: string },
) {
  const conds: SQL[] = [
    lte(postings.startDate, f.last),
    or(isNull(postings.actualEndDate), sql`${postings.actualEndDate} >= ${f.first}`)!,
  ];
  const inScope = villageInScope(postings.villageCode, scope);
  if (inScope) conds.push(inScope);
  if (f.village) conds.push(eq(postings.villageCode, f.village));
  if (f.township) conds.push(sql`${postings.villageCode} like ${`${f.township}%`}`);
  const posted = await exec
    .select({
      personId: persons.id,
      personName: persons.name,
      villageCode: postings.villageCode,
      villageName: divisions.name,
      startDate: postings.startDate,
      category: postings.category,
    })
    .from(postings)
    .innerJoin(persons, eq(persons.id, postings.personId))
    .innerJoin(divisions, eq(divisions.code, postings.villageCode))
    .where(and(...conds))
    .orderBy(asc(postings.startDate));
  const ids = [...new Set(posted.map((p) => p.personId))];
  const counts = ids.length
    ? await exec
        .select({
          personId: visits.personId,
          visits: count(),
          nightVisits: sql<number>`count(*) filter (where ${visits.atNight})`.mapWith(Number),
        })
        .from(visits)
        .where(
          and(
            inArray(visits.personId, ids),
            sql`${visits.date} >= ${f.first}`,
            sql`${visits.date} <= ${f.last}`,
          ),
        )
        .groupBy(visits.personId)
    : [];
  return { posted, counts };
}
