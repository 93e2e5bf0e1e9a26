import type { TCadreListQuery, TScope } from '@zhucun/core';
import { and, count, desc, eq, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TDb } from '../../db/client.ts';
import { divisions, persons, postings, units } from '../../db/schema.ts';
import { starsCondition } from '../rating-follow/stars.repository.ts';

export type TPersonRow = typeof persons.$inferSelect;
export type TPostingRow = typeof postings.$inferSelect;

const village = alias(divisions, 'village');
const township = alias(divisions, 'township');

/** Posting columns with the names of its village, township and unit. */
const postingColumns = {
  posting: postings,
  villageName: village.name,
  townshipCode: township.code,
  townshipName: township.name,
  unitName: units.name,
};
export type TPostingWithNames = {
  posting: TPostingRow;
  villageName: string;
  townshipCode: string;
  townshipName: string;
  unitName: string | null;
};

/** A person is in a scope when the division they are filed under lies inside it. */
function inScope(scope: TScope): SQL | undefined {
  if (scope.all) return undefined;
  const conds = scope.codes.map((c) => sql`${persons.filedUnder} like ${`${c}%`}`);
  // a dispatching unit's administrator: the people the unit sent (any posting, history included)
  if (scope.unitIds?.length)
    conds.push(
      sql`exists (select 1 from ${postings} sent where sent.person_id = ${persons.id} and sent.unit_id in ${scope.unitIds})`,
    );
  return conds.length ? or(...conds) : sql`false`;
}

function personFilters(q: TCadreListQuery): SQL[] {
  const conds: SQL[] = [];
  if (q.q) {
    const text = q.q;
    conds.push(
      or(
        ilike(persons.name, `%${text}%`),
        eq(persons.idNumber, text.toUpperCase()),
        eq(persons.phone, text),
      )!,
    );
  }
  if (q.personnelStatus) conds.push(eq(persons.personnelStatus, q.personnelStatus));
  return conds;
}

function postingFilters(q: TCadreListQuery, today: string, soonUntil: string): SQL[] {
  const conds: SQL[] = [];
  if (q.township) conds.push(sql`${postings.villageCode} like ${`${q.township}%`}`);
  if (q.village) conds.push(eq(postings.villageCode, q.village));
  if (q.category) conds.push(eq(postings.category, q.category));
  if (q.unitId) conds.push(eq(postings.unitId, q.unitId));
  if (q.termEndingSoon) conds.push(sql`${postings.plannedEndDate} between ${today} and ${soonUntil}`);
  if (q.termOverdue) conds.push(sql`${postings.plannedEndDate} < ${today}`);
  return conds;
}

/** 0 for a stationed cadre's active posting, 1 for a village committee member's, 2 for none. */
const stationedFirst = sql`case when ${postings.id} is null then 2 when ${postings.category} = 'village_committee' then 1 else 0 end`;

const activePostingJoin = and(eq(postings.personId, persons.id), isNull(postings.actualEndDate));

/**
 * How many people match. With only posting filters the count runs on active postings alone:
 * a person with an active posting is filed under that posting's village, so the scope applies there.
 */
async function countCadres(exec: TDb, scope: TScope, byPerson: SQL[], byPosting: SQL[]): Promise<number> {
  if (byPosting.length && !byPerson.length && !(!scope.all && scope.unitIds?.length)) {
    const [row] = await exec
      .select({ n: count() })
      .from(postings)
      .where(and(isNull(postings.actualEndDate), postingInScope(scope), ...byPosting));
    return Number(row?.n ?? 0);
  }
  const base = exec.select({ n: count() }).from(persons);
  const [row] = await (byPosting.length
    ? base.innerJoin(postings, activePostingJoin)
    : base.leftJoin(postings, activePostingJoin)
  ).where(and(inScope(scope), ...byPerson, ...byPosting));
  return Number(row?.n ?? 0);
}

/**
 * One page of the ledger in scope, with each person's active posting: stationed cadres first, then
 * village committee members, then people without a posting; newest first within each. The page's
 * people are picked from persons and postings alone (a top-N sort of the matches), then named.
 */
export async function findCadres(
  exec: TDb,
  scope: TScope,
  q: TCadreListQuery,
  today: string,
  soonUntil: string,
) {
  const byPerson = personFilters(q);
  const stars = starsCondition(persons.id, q, today);
  if (stars) byPerson.push(stars);
  const byPosting = postingFilters(q, today, soonUntil);
  // a filter on the posting needs an active posting: an inner join lets the planner start from postings
  const base = exec.select({ id: persons.id }).from(persons);
  const page = await (byPosting.length
    ? base.innerJoin(postings, activePostingJoin)
    : base.leftJoin(postings, activePostingJoin)
  )
    .where(and(inScope(scope), ...byPerson, ...byPosting))
    .orderBy(stationedFirst, desc(persons.id))
    .limit(q.pageSize)
    .offset((q.page - 1) * q.pageSize);
  const ids = page.map((r) => r.id);
  const named = ids.length
    ? await exec
        .select({ person: persons, ...postingColumns })
        .from(persons)
        .leftJoin(postings, activePostingJoin)
        .leftJoin(village, eq(village.code, postings.villageCode))
        .leftJoin(township, eq(township.code, village.parentCode))
        .leftJoin(units, eq(units.id, postings.unitId))
        .where(inArray(persons.id, ids))
    : [];
  const rows = ids.map((id) => named.find((r) => r.person.id === id)!);
  const total = await countCadres(exec, scope, byPerson, byPosting);
  return { rows, total };
}

/** One person, only when filed inside the scope. */
export async function findPersonInScope(
  exec: TDb,
  scope: TScope,
  id: number,
): Promise<TPersonRow | undefined> {
  const [row] = await exec
    .select()
    .from(persons)
    .where(and(eq(persons.id, id), inScope(scope)))
    .limit(1);
  return row;
}

export async function findPersonByIdNumber(exec: TDb, idNumber: string): Promise<TPersonRow | undefined> {
  const [row] = await exec.select().from(persons).where(eq(persons.idNumber, idNumber)).limit(1);
  return row;
}

/** Every posting of a person, newest first, with names. */
export async function findPostingsOf(exec: TDb, personId: number): Promise<TPostingWithNames[]> {
  const rows = await exec
    .select(postingColumns)
    .from(postings)
    .innerJoin(village, eq(village.code, postings.villageCode))
    .innerJoin(township, eq(township.code, village.parentCode))
    .leftJoin(units, eq(units.id, postings.unitId))
    .where(eq(postings.personId, personId))
    .orderBy(desc(postings.startDate), desc(postings.id));
  return rows as TPostingWithNames[];
}

export async function findPosting(exec: TDb, id: number): Promise<TPostingRow | undefined> {
  const [row] = await exec.select().from(postings).where(eq(postings.id, id)).limit(1);
  return row;
}

export async function insertPerson(exec: TDb, values: typeof persons.$inferInsert): Promise<TPersonRow> {
  const [row] = await exec.insert(persons).values(values).returning();
  return row!;
}

export async function updatePerson(exec: TDb, id: number, values: Partial<typeof persons.$inferInsert>) {
  await exec
    .update(persons)
    .set({ ...values, updatedAt: new Date() })
    .where(eq(persons.id, id));
}

export async function insertPosting(exec: TDb, values: typeof postings.$inferInsert): Promise<TPostingRow> {
  const [row] = await exec.insert(postings).values(values).returning();
  return row!;
}

export async function updatePosting(exec: TDb, id: number, values: Partial<typeof postings.$inferInsert>) {
  await exec.update(postings).set(values).where(eq(postings.id, id));
}

function postingInScope(scope: TScope): SQL | undefined {
  if (scope.all) return undefined;
  const conds = scope.codes.map((c) => sql`${postings.villageCode} like ${`${c}%`}`);
  if (scope.unitIds?.length) conds.push(inArray(postings.unitId, scope.unitIds));
  return conds.length ? or(...conds) : sql`false`;
}

/** Active postings in the villages of the scope, by category. */
export async function countActiveByCategory(exec: TDb, scope: TScope) {
  return exec
    .select({ category: postings.category, people: count() })
    .from(postings)
    .where(and(isNull(postings.actualEndDate), postingInScope(scope)))
    .groupBy(postings.category);
}

/** Villages in the scope with an active work team (first secretary or team member). */
export async function countTeamVillages(exec: TDb, scope: TScope, teamCategories: readonly string[]) {
  const [row] = await exec
    .select({ n: sql<number>`count(distinct ${postings.villageCode})::int` })
    .from(postings)
    .where(
      and(
        isNull(postings.actualEndDate),
        inArray(postings.category, [...teamCategories]),
        postingInScope(scope),
      ),
    );
  return Number(row?.n ?? 0);
}

export async function findPerson(exec: TDb, id: number): Promise<TPersonRow | undefined> {
  const [row] = await exec.select().from(persons).where(eq(persons.id, id)).limit(1);
  return row;
}

/** Active postings of a village with person and unit names (the village page). */
export async function findVillagePostings(exec: TDb, villageCode: string) {
  return exec
    .select({ posting: postings, person: persons, unitName: units.name })
    .from(postings)
    .innerJoin(persons, eq(persons.id, postings.personId))
    .leftJoin(units, eq(units.id, postings.unitId))
    .where(and(eq(postings.villageCode, villageCode), isNull(postings.actualEndDate)))
    .orderBy(postings.category, persons.name);
}

export async function findPersonsByIdNumbers(exec: TDb, idNumbers: string[]): Promise<TPersonRow[]> {
  if (idNumbers.length === 0) return [];
  return exec.select().from(persons).where(inArray(persons.idNumber, idNumbers));
}

/** The people of these registry numbers (for a masked ledger row: its stored ID number and phone). */
export async function findPersonsByIds(exec: TDb, ids: number[]): Promise<TPersonRow[]> {
  if (ids.length === 0) return [];
  return exec.select().from(persons).where(inArray(persons.id, ids));
}

export async function findActivePostings(exec: TDb, personIds: number[]): Promise<TPostingRow[]> {
  if (personIds.length === 0) return [];
  return exec
    .select()
    .from(postings)
    .where(and(inArray(postings.personId, personIds), isNull(postings.actualEndDate)));
}

/** Inserts many people at once (in chunks); returns their ids by ID number. */
export async function insertPersons(
  exec: TDb,
  values: (typeof persons.$inferInsert)[],
): Promise<Map<string, number>> {
  const ids = new Map<string, number>();
  for (let i = 0; i < values.length; i += 500) {
    const rows = await exec
      .insert(persons)
      .values(values.slice(i, i + 500))
      .returning({ id: persons.id, idNumber: persons.idNumber });
    for (const r of rows) ids.set(r.idNumber, r.id);
  }
  return ids;
}

export async function insertPostings(exec: TDb, values: (typeof postings.$inferInsert)[]): Promise<void> {
  for (let i = 0; i < values.length; i += 500) await exec.insert(postings).values(values.slice(i, i + 500));
}

/** The registry entry linked to a sign-in account. */
export async function findPersonByUser(exec: TDb, userId: number): Promise<TPersonRow | undefined> {
  const [row] = await exec.select().from(persons).where(eq(persons.userId, userId)).limit(1);
  return row;
}

/** Villages in the scope whose work team (active team postings) has no first secretary (配备缺口). */
export async function findTeamsWithoutFirstSecretary(exec: TDb, scope: TScope) {
  const village = alias(divisions, 'gap_village');
  const township = alias(divisions, 'gap_township');
  return exec
    .select({
      code: postings.villageCode,
      name: village.name,
      townshipName: township.name,
      members: count(),
    })
    .from(postings)
    .innerJoin(village, eq(village.code, postings.villageCode))
    .innerJoin(township, eq(township.code, village.parentCode))
    .where(
      and(
        isNull(postings.actualEndDate),
        inArray(postings.category, ['first_secretary', 'team_member']),
        postingInScope(scope),
      ),
    )
    .groupBy(postings.villageCode, village.name, township.name)
    .having(sql`count(*) filter (where ${postings.category} = 'first_secretary') = 0`)
    .orderBy(postings.villageCode);
}

/**
 * Refreshes the planner's statistics after a bulk change. PGlite runs no autovacuum, so
 * without this a freshly imported ledger is planned as if it were empty.
 */
export async function analyzeRegistry(exec: TDb): Promise<void> {
  await exec.execute(sql`analyze ${persons}, ${postings}`);
}
