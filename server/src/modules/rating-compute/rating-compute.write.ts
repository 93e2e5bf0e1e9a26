import {
  storedSnapshot,
  type TGrade,
  type TRatingCap,
  type TRatingSnapshot,
  type TRatingTotalsInputs,
  type TSurveyAnswer,
} from '@zhucun/core';
import { type SQL, sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';

/** Rows written per statement: a few thousand snapshots at a time keep each statement's parameters small. */
const BATCH = 5_000;

function* batches<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH) yield items.slice(i, i + BATCH);
}

/** One cadre's quantitative result as computed. */
export type TQuantitativeRow = {
  person_id: number;
  village_code: string;
  category: string;
  personnel_status: string | null;
  inputs: TRatingSnapshot;
  quantitative: number | null;
};

/**
 * A column of a batch as ONE json parameter (an array of its values), read back as text by
 * `json_array_elements_text`: sent and parsed far faster than an array literal. The columns are zipped by `rows from (…)` and cast where they are read.
 */
const column = <T>(rows: readonly T[], value: (row: T) => unknown) =>
  sql`json_array_elements_text(${JSON.stringify(rows.map(value))}::json)`;
/** A json column of a batch (snapshots): its values inside the one json array, not encoded twice. */
const jsonColumn = <T>(rows: readonly T[], value: (row: T) => unknown) =>
  sql`json_array_elements(${JSON.stringify(rows.map(value))}::json)`;
const columns = (list: SQL[]) => sql`rows from (${sql.join(list, sql`, `)})`;

/**
 * Writes the cycle's quantitative results (one row per cadre, set-based, the snapshots stored as json as
 * sent) and clears what the totals had set, so a recomputation starts the later steps afresh; removes the
 * results of people no longer assessed.
 */
export async function writeQuantitative(tx: TDb, cycleId: number, rows: readonly TQuantitativeRow[]) {
  for (const part of batches(rows))
    await tx.execute(sql`
      insert into rating_results (cycle_id, person_id, village_code, category, personnel_status, inputs, quantitative)
      select ${cycleId}::int, r.person_id::int, r.village_code, r.category, r.personnel_status, r.inputs,
        r.quantitative::numeric
      from ${columns([
        column(part, (r) => r.person_id),
        column(part, (r) => r.village_code),
        column(part, (r) => r.category),
        column(part, (r) => r.personnel_status),
        jsonColumn(part, (r) => r.inputs),
        column(part, (r) => r.quantitative),
      ])} as r(person_id, village_code, category, personnel_status, inputs, quantitative)
      on conflict (cycle_id, person_id) do update set
        village_code = excluded.village_code, category = excluded.category,
        personnel_status = excluded.personnel_status, inputs = excluded.inputs, quantitative = excluded.quantitative,
        totals_inputs = null, organisation = null, villagers = null, villager_households = 0, total = null,
        score_grade = null, caps = '[]'::jsonb, quota_adjusted = false, computed_grade = null, grade = null,
        updated_at = now()`);
  await tx.execute(sql`
    delete from rating_results where cycle_id = ${cycleId}::int
      and person_id <> all(${sql.param(rows.map((r) => r.person_id))}::int[])`);
}

/** One result's totals as computed, with what the totals read (the snapshot's `totals`). */
export type TTotalsRow = {
  id: number;
  totals: TRatingTotalsInputs;
  organisation: number | null;
  villagers: number | null;
  villager_households: number;
  total: number | null;
  score_grade: TGrade | null;
  caps: TRatingCap[];
  quota_adjusted: boolean;
  computed_grade: TGrade | null;
};

/** Writes the totals of a cycle's results (what they read: the snapshot's totals); the grade in force becomes the computed one. */
export async function writeTotals(tx: TDb, rows: readonly TTotalsRow[]) {
  for (const part of batches(rows))
    await tx.execute(sql`
      update rating_results r set totals_inputs = t.totals, organisation = t.organisation::numeric,
        villagers = t.villagers::numeric, villager_households = t.villager_households::int, total = t.total::numeric,
        score_grade = t.score_grade, caps = t.caps::jsonb, quota_adjusted = t.quota_adjusted::boolean,
        computed_grade = t.computed_grade, grade = t.computed_grade, updated_at = now()
      from ${columns([
        column(part, (r) => r.id),
        jsonColumn(part, (r) => r.totals),
        column(part, (r) => r.organisation),
        column(part, (r) => r.villagers),
        column(part, (r) => r.villager_households),
        column(part, (r) => r.total),
        column(part, (r) => r.score_grade),
        jsonColumn(part, (r) => r.caps),
        column(part, (r) => r.quota_adjusted),
        column(part, (r) => r.computed_grade),
      ])} as t(id, totals, organisation, villagers, villager_households, total, score_grade, caps, quota_adjusted,
        computed_grade)
      where r.id = t.id::int`);
}

/** The results of a cycle with their whole snapshots (a recomputation reads them). */
export async function findResultSnapshots(tx: TDb, cycleId: number) {
  const rows = await rowsOf<{ id: number; person_id: number; inputs: unknown; totals_inputs: unknown }>(
    tx,
    sql`select id, person_id, inputs, totals_inputs from rating_results where cycle_id = ${cycleId}::int order by id`,
  );
  return rows.map((r) => ({ id: r.id, person_id: r.person_id, inputs: storedSnapshot(r) }));
}

/** The quantitative inputs of a cycle's results, all the totals need of their snapshots. */
export async function findResultInputs(tx: TDb, cycleId: number) {
  return rowsOf<{ id: number; person_id: number; quantitative: TRatingSnapshot['quantitative'] }>(
    tx,
    sql`select id, person_id, inputs->'quantitative' as quantitative from rating_results
        where cycle_id = ${cycleId}::int order by id`,
  );
}

/** The organisation forms and the survey's answers by answer, per cadre of a cycle (TWO queries). */
export async function findEvaluations(tx: TDb, cycleId: number) {
  const forms = await rowsOf<{
    person_id: number;
    forms: { id: number; evaluator: 'township' | 'unit' | 'county'; score: number }[];
  }>(
    tx,
    sql`select person_id, json_agg(json_build_object('id', id, 'evaluator', evaluator, 'score', score::float8)
          order by evaluator, id) as forms
        from rating_org_forms where cycle_id = ${cycleId}::int group by person_id`,
  );
  const survey = await rowsOf<{ person_id: number } & Record<TSurveyAnswer, number>>(
    tx,
    sql`select person_id, count(*) filter (where answer = 'satisfied')::int as satisfied,
          count(*) filter (where answer = 'basically_satisfied')::int as basically_satisfied,
          count(*) filter (where answer = 'dissatisfied')::int as dissatisfied
        from rating_survey_answers where cycle_id = ${cycleId}::int group by person_id`,
  );
  return {
    forms: new Map(forms.map((f) => [f.person_id, f.forms])),
    survey: new Map(survey.map(({ person_id, ...counts }) => [person_id, counts])),
  };
}
