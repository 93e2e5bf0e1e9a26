import type { TScope, ZRatingResultQuery } from '@zhucun/core';
import { eq, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { rowsOf, type TDb } from '../../db/client.ts';
import { ratingCycles } from '../../db/schema.ts';

/** 星级评定's SQL: cycles, results in scope, appeals, the awards that add stars. No access decided here. */

export type TCycleRow = typeof ratingCycles.$inferSelect;

/** The condition keeping a result's village inside a scope (`r.village_code like '140622100%'`). */
export function resultScope(scope: TScope) {
  if (scope.all) return sql`true`;
  if (!scope.codes.length) return sql`false`;
  return sql`(${sql.join(
    scope.codes.map((c) => sql`r.village_code like ${`${c}%`}`),
    sql` or `,
  )})`;
}

/** A cycle by id; locked for update inside a transaction when asked. */
export async function findCycle(db: TDb, id: number, lock = false): Promise<TCycleRow | undefined> {
  const q = db.select().from(ratingCycles).where(eq(ratingCycles.id, id));
  const [row] = lock ? await q.for('update') : await q;
  return row;
}

/** The county's cycles, newest year first. */
export async function findCycles(db: TDb, countyCode: string): Promise<TCycleRow[]> {
  return db
    .select()
    .from(ratingCycles)
    .where(eq(ratingCycles.countyCode, countyCode))
    .orderBy(sql`${ratingCycles.year} desc`);
}

/** The county of a scope: its county code, or (for a scope over everything) the one county on file. */
export async function countyOfScope(db: TDb, scope: TScope): Promise<string | null> {
  if (!scope.all) return scope.codes[0]?.slice(0, 6) ?? null;
  const [row] = await rowsOf<{ code: string }>(
    db,
    sql`select code from divisions where length(code) = 6 order by code limit 1`,
  );
  return row?.code ?? null;
}

/** An account's display name, or null. */
export async function findUserName(db: TDb, userId: number | null): Promise<string | null> {
  if (!userId) return null;
  const [row] = await rowsOf<{ name: string }>(
    db,
    sql`select coalesce(nullif(display_name, ''), username) as name from users where id = ${userId}`,
  );
  return row?.name ?? null;
}

export type TResultCounts = {
  results: number;
  reviewed: number;
  amended: number;
  appeals: number;
  undecided: number;
};

/** How many results, reviews and appeals a cycle has within a scope. */
export async function countResults(db: TDb, cycleId: number, scope: TScope): Promise<TResultCounts> {
  const [row] = await rowsOf<TResultCounts>(
    db,
    sql`select count(*)::int as results,
          count(r.reviewed_at)::int as reviewed,
          count(*) filter (where r.grade is distinct from r.computed_grade)::int as amended,
          count(a.id)::int as appeals,
          count(a.id) filter (where a.decision is null)::int as undecided
        from rating_results r left join rating_appeals a on a.result_id = r.id
        where r.cycle_id = ${cycleId} and ${resultScope(scope)}`,
  );
  return row ?? { results: 0, reviewed: 0, amended: 0, appeals: 0, undecided: 0 };
}

/** A result row as lists and pages read it: person, village, township and appeal joined. */
export type TResultRow = {
  id: number;
  cycle_id: number;
  person_id: number;
  person_name: string;
  user_id: number | null;
  village_code: string;
  village_name: string;
  township_code: string;
  township_name: string;
  category: string;
  personnel_status: string | null;
  inputs: Record<string, unknown>;
  /** The snapshot's totals part (null until the totals step); see `storedSnapshot`. */
  totals_inputs: Record<string, unknown> | null;
  quantitative: number | null;
  organisation: number | null;
  villagers: number | null;
  villager_households: number;
  total: number | null;
  score_grade: string | null;
  caps: string[];
  quota_adjusted: boolean;
  computed_grade: string | null;
  grade: string | null;
  reviewed_by: number | null;
  reviewed_at: string | null;
  review_reason: string | null;
  award_stars: number | null;
  stars: number | null;
  appeal_id: number | null;
  appeal_decision: string | null;
};

const RESULT_SELECT = sql`select r.id, r.cycle_id, r.person_id, p.name as person_name, p.user_id,
    r.village_code, v.name as village_name, t.code as township_code, t.name as township_name,
    r.category, r.personnel_status, r.inputs, r.totals_inputs,
    r.quantitative::float8 as quantitative, r.organisation::float8 as organisation,
    r.villagers::float8 as villagers, r.villager_households, r.total::float8 as total,
    r.score_grade, r.caps, r.quota_adjusted, r.computed_grade, r.grade,
    r.reviewed_by, r.reviewed_at, r.review_reason, r.award_stars, r.stars,
    a.id as appeal_id, a.decision as appeal_decision
  from rating_results r
  join persons p on p.id = r.person_id
  join divisions v on v.code = r.village_code
  join divisions t on t.code = v.parent_code
  left join rating_appeals a on a.result_id = r.id`;

const FLAG_CONDITIONS = {
  capped: sql`jsonb_array_length(r.caps) > 0`,
  quota: sql`r.quota_adjusted`,
  amended: sql`r.grade is distinct from r.computed_grade`,
  appealed: sql`a.id is not null`,
  unreviewed: sql`r.reviewed_at is null`,
} as const;

/** A cycle's results in scope, filtered, in village then name order (never by score); with the count. */
export async function findResults(
  db: TDb,
  cycleId: number,
  scope: TScope,
  f: z.output<typeof ZRatingResultQuery>,
): Promise<{ rows: TResultRow[]; total: number }> {
  const conds = [sql`r.cycle_id = ${cycleId}`, resultScope(scope)];
  if (f.township) conds.push(sql`r.village_code like ${`${f.township}%`}`);
  if (f.village) conds.push(sql`r.village_code = ${f.village}`);
  if (f.grade) conds.push(sql`r.grade = ${f.grade}`);
  if (f.flag) conds.push(FLAG_CONDITIONS[f.flag]);
  if (f.q) conds.push(sql`p.name like ${`%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}`);
  const rows = await rowsOf<TResultRow>(
    db,
    sql`${RESULT_SELECT}
        where ${sql.join(conds, sql` and `)}
        order by r.village_code, p.name, r.id
        limit ${f.pageSize} offset ${(f.page - 1) * f.pageSize}`,
  );
  return { rows, total: await countOf(db, conds) };
}

async function countOf(db: TDb, conds: ReturnType<typeof sql>[]) {
  const [row] = await rowsOf<{ n: number }>(
    db,
    sql`select count(*)::int as n from rating_results r join persons p on p.id = r.person_id
        left join rating_appeals a on a.result_id = r.id
        where ${sql.join(conds, sql` and `)}`,
  );
  return row?.n ?? 0;
}

/** One result within a scope (undefined when it is not there or out of scope). */
export async function findResult(db: TDb, id: number, scope: TScope): Promise<TResultRow | undefined> {
  const [row] = await rowsOf<TResultRow>(
    db,
    sql`${RESULT_SELECT} where r.id = ${id} and ${resultScope(scope)}`,
  );
  return row;
}

/** A person's results, newest cycle first, with their cycle's stage. */
export async function findResultsOfPerson(db: TDb, personId: number) {
  return rowsOf<TResultRow>(
    db,
    sql`${RESULT_SELECT} join rating_cycles c on c.id = r.cycle_id
        where r.person_id = ${personId} order by c.year desc`,
  );
}

/** Counts of grades by township within a scope. */
export async function findDistribution(db: TDb, cycleId: number, scope: TScope) {
  return rowsOf<{ township_code: string; township_name: string; grade: string | null; n: number }>(
    db,
    sql`select t.code as township_code, t.name as township_name, r.grade, count(*)::int as n
        from rating_results r
        join divisions v on v.code = r.village_code
        join divisions t on t.code = v.parent_code
        where r.cycle_id = ${cycleId} and ${resultScope(scope)}
        group by t.code, t.name, r.grade
        order by t.code`,
  );
}

/** The person an account is (a cadre's own records). */
export async function findPersonOfUser(db: TDb, userId: number): Promise<number | null> {
  const [row] = await rowsOf<{ id: number }>(db, sql`select id from persons where user_id = ${userId}`);
  return row?.id ?? null;
}

/** The appeal of a result, with who decided it. */
export async function findAppealOfResult(db: TDb, resultId: number) {
  const [row] = await rowsOf<{
    id: number;
    result_id: number;
    text: string;
    submitted_at: string;
    decision: 'kept' | 'amended' | null;
    new_grade: string | null;
    reason: string | null;
    decided_by: number | null;
    decided_at: string | null;
  }>(db, sql`select * from rating_appeals where result_id = ${resultId}`);
  return row;
}

/** The commendations of the year for a person or their village collective (they add stars). */
export async function findAwardsOf(db: TDb, year: number, personId: number, villageCode: string) {
  return rowsOf<{
    id: number;
    title: string;
    level: 'national' | 'provincial';
    awarded_on: string;
    collective: boolean;
  }>(
    db,
    sql`select id, title, level, awarded_on::text as awarded_on, village_code is not null as collective
        from awards
        where extract(year from awarded_on) = ${year}
          and (person_id = ${personId} or village_code = ${villageCode})
        order by awarded_on, id`,
  );
}

/** The organisation forms on a cadre in a cycle, with who signed each. */
export async function findFormsOf(db: TDb, cycleId: number, personId: number) {
  return rowsOf<{
    evaluator: 'township' | 'unit' | 'county';
    score: number;
    submitted_by_name: string | null;
    submitted_at: string;
  }>(
    db,
    sql`select f.evaluator, f.score::float8 as score,
          coalesce(nullif(u.display_name, ''), u.username) as submitted_by_name, f.submitted_at
        from rating_org_forms f left join users u on u.id = f.submitted_by
        where f.cycle_id = ${cycleId} and f.person_id = ${personId}
        order by f.submitted_at`,
  );
}

/** The review and appeal steps of a result, from the audit log (through its action index), oldest first. */
export async function findResultHistory(db: TDb, resultId: number, appealId: number | null) {
  return rowsOf<{
    at: string;
    action: string;
    actor_name: string | null;
    details: Record<string, unknown> | null;
  }>(
    db,
    sql`select l.at, l.action, coalesce(nullif(u.display_name, ''), l.actor_name) as actor_name, l.details
        from audit_log l left join users u on u.id = l.actor_id
        where l.outcome = 'success'
          and l.action in ('rating.review_confirm', 'rating.review_amend', 'rating.review_remaining',
                           'rating.appeal', 'rating.decide_appeal')
          and ((l.object_type = 'rating_result' and l.object_id = ${String(resultId)})
            or (l.object_type = 'rating_appeal' and l.object_id = ${String(appealId ?? 0)})
            or (l.action = 'rating.review_remaining'
                and l.details -> 'resultIds' @> ${JSON.stringify([resultId])}::jsonb))
        order by l.id`,
  );
}

/** The enabled accounts of the cadres with a result in a cycle (they are told of the notice). */
export async function findResultAccounts(db: TDb, cycleId: number): Promise<number[]> {
  const rows = await rowsOf<{ id: number }>(
    db,
    sql`select distinct u.id from rating_results r
        join persons p on p.id = r.person_id
        join users u on u.id = p.user_id and u.disabled_at is null
        where r.cycle_id = ${cycleId}`,
  );
  return rows.map((r) => r.id);
}
