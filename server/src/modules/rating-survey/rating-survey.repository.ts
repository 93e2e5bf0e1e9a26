import type { TScope } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';
import { ratingSurveyAnswers } from '../../db/schema.ts';

/** A village's cadres assessed in a cycle, as the survey lists them: the result's id, name and post only. */
export async function findSurveyRoster(db: TDb, cycleId: number, villageCode: string) {
  return rowsOf<{ id: number; person_id: number; name: string; category: string; post_title: string | null }>(
    db,
    sql`select r.id, r.person_id, p.name, r.category,
          (select pt.post_title from postings pt
            where pt.person_id = r.person_id and pt.village_code = r.village_code
            order by pt.start_date desc, pt.id desc limit 1) as post_title
        from rating_results r join persons p on p.id = r.person_id
        where r.cycle_id = ${cycleId} and r.village_code = ${villageCode}
        order by p.name, r.id`,
  );
}

/** The village's households with the phone on file (from visits), for finding the respondent's. */
export async function findVillageHouseholds(db: TDb, villageCode: string) {
  return rowsOf<{ id: number; head_name: string; phone: string | null }>(
    db,
    sql`select id, head_name, phone from households where village_code = ${villageCode}`,
  );
}

/** The cadres a household has answered on in a cycle. */
export async function findAnsweredPersons(db: TDb, cycleId: number, householdId: number): Promise<number[]> {
  const rows = await rowsOf<{ person_id: number }>(
    db,
    sql`select person_id from rating_survey_answers where cycle_id = ${cycleId} and household_id = ${householdId}`,
  );
  return rows.map((r) => r.person_id);
}

const sinceLocalDay = (day: string) => sql`(${day}::timestamp at time zone 'Asia/Shanghai')`;

/** The households that answered through one address (its hash) on a local day, in a cycle. */
export async function findHouseholdsFromAddress(
  db: TDb,
  cycleId: number,
  addressHash: string,
  day: string,
): Promise<number[]> {
  const rows = await rowsOf<{ household_id: number }>(
    db,
    sql`select distinct household_id from rating_survey_answers
        where cycle_id = ${cycleId} and address_hash = ${addressHash} and created_at >= ${sinceLocalDay(day)}`,
  );
  return rows.map((r) => r.household_id);
}

/** The households of a village that answered on a local day, in a cycle. */
export async function findHouseholdsOfVillageOn(
  db: TDb,
  cycleId: number,
  villageCode: string,
  day: string,
): Promise<number[]> {
  const rows = await rowsOf<{ household_id: number }>(
    db,
    sql`select distinct a.household_id from rating_survey_answers a
        join households h on h.id = a.household_id
        where a.cycle_id = ${cycleId} and h.village_code = ${villageCode}
          and a.created_at >= ${sinceLocalDay(day)}`,
  );
  return rows.map((r) => r.household_id);
}

/** Stores answers; one that a household already gave on a cadre is kept as it was (the first stands). */
export async function insertAnswers(
  exec: TDb,
  rows: (typeof ratingSurveyAnswers.$inferInsert)[],
): Promise<number> {
  if (!rows.length) return 0;
  const stored = await exec
    .insert(ratingSurveyAnswers)
    .values(rows)
    .onConflictDoNothing()
    .returning({ id: ratingSurveyAnswers.id });
  return stored.length;
}

const villageInScope = (scope: TScope) =>
  scope.all
    ? sql`true`
    : scope.codes.length
      ? sql`(${sql.join(
          scope.codes.map((c) => sql`r.village_code like ${`${c}%`}`),
          sql` or `,
        )})`
      : sql`false`;

/** Households answered per cadre assessed in scope (counts only). */
export async function countByCadre(db: TDb, cycleId: number, scope: TScope) {
  return rowsOf<{
    person_id: number;
    name: string;
    category: string;
    post_title: string | null;
    village_code: string;
    village_name: string;
    township_name: string;
    households: number;
  }>(
    db,
    sql`select r.person_id, p.name, r.category, r.village_code, v.name as village_name, t.name as township_name,
          (select pt.post_title from postings pt
            where pt.person_id = r.person_id and pt.village_code = r.village_code
            order by pt.start_date desc, pt.id desc limit 1) as post_title,
          (select count(*) from rating_survey_answers a
            where a.cycle_id = r.cycle_id and a.person_id = r.person_id) as households
        from rating_results r
        join persons p on p.id = r.person_id
        join divisions v on v.code = r.village_code
        join divisions t on t.code = v.parent_code
        where r.cycle_id = ${cycleId} and ${villageInScope(scope)}
        order by r.village_code, p.name, r.person_id`,
  );
}

/** Households that answered on at least one cadre, per village with cadres assessed in scope. */
export async function countByVillage(db: TDb, cycleId: number, scope: TScope) {
  return rowsOf<{ village_code: string; households: number }>(
    db,
    sql`select h.village_code, count(distinct a.household_id) as households
        from rating_survey_answers a join households h on h.id = a.household_id
        where a.cycle_id = ${cycleId} and h.village_code in (
          select distinct r.village_code from rating_results r where r.cycle_id = ${cycleId} and ${villageInScope(scope)})
        group by h.village_code`,
  );
}
