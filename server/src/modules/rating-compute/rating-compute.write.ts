import type { TGrade, TRatingCap, TRatingSnapshot, TSurveyAnswer } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';

/** Rows written per statement: a few thousand snapshots at a time keep each statement's parameters small. */
const BATCH = 5_000;

function* batches<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH) yield items.slice(i, i + BATCH);
}

/** One cadre's quantitative result as computed. */
export type TQuantitativeRow = {
  personId: number;
  villageCode: string;
  category: string;
  personnelStatus: string | null;
  snapshot: TRatingSnapshot;
  quantitative: number | null;
};

/**
 * Writes the cycle's quantitative results (one row per cadre, set-based: unnest of arrays) and clears what
 * the totals had set, so a recomputation starts the later steps afresh; removes the results of people no
 * longer assessed.
 */
export async function writeQuantitative(tx: TDb, cycleId: number, rows: readonly TQuantitativeRow[]) {
  for (const part of batches(rows))
    await tx.execute(sql`
      insert into rating_results (cycle_id, person_id, village_code, category, personnel_status, inputs, quantitative)
      select ${cycleId}::int, r.person_id, r.village_code, r.category, r.personnel_status, r.inputs::jsonb, r.quantitative
      from unnest(${sql.param(part.map((r) => r.personId))}::int[], ${sql.param(part.map((r) => r.villageCode))}::text[],
        ${sql.param(part.map((r) => r.category))}::text[], ${sql.param(part.map((r) => r.personnelStatus))}::text[],
        ${sql.param(part.map((r) => JSON.stringify(r.snapshot)))}::text[], ${sql.param(part.map((r) => r.quantitative))}::numeric[])
        as r(person_id, village_code, category, personnel_status, inputs, quantitative)
      on conflict (cycle_id, person_id) do update set
        village_code = excluded.village_code, category = excluded.category,
        personnel_status = excluded.personnel_status, inputs = excluded.inputs, quantitative = excluded.quantitative,
        organisation = null, villagers = null, villager_households = 0, total = null, score_grade = null,
        caps = '[]'::jsonb, quota_adjusted = false, computed_grade = null, grade = null, updated_at = now()`);
  await tx.execute(sql`
    delete from rating_results where cycle_id = ${cycleId}::int
      and person_id <> all(${sql.param(rows.map((r) => r.personId))}::int[])`);
}

/** One result's totals as computed. */
export type TTotalsRow = {
  id: number;
  snapshot: TRatingSnapshot;
  organisation: number | null;
  villagers: number | null;
  villagerHouseholds: number;
  total: number | null;
  scoreGrade: TGrade | null;
  caps: TRatingCap[];
  quotaAdjusted: boolean;
  computedGrade: TGrade | null;
};

/** Writes the totals of a cycle's results; the grade in force becomes the computed one. */
export async function writeTotals(tx: TDb, rows: readonly TTotalsRow[]) {
  for (const part of batches(rows))
    await tx.execute(sql`
      update rating_results r set inputs = t.inputs::jsonb, organisation = t.organisation, villagers = t.villagers,
        villager_households = t.households, total = t.total, score_grade = t.score_grade, caps = t.caps::jsonb,
        quota_adjusted = t.quota_adjusted, computed_grade = t.computed_grade, grade = t.computed_grade,
        updated_at = now()
      from unnest(${sql.param(part.map((r) => r.id))}::int[], ${sql.param(part.map((r) => JSON.stringify(r.snapshot)))}::text[],
        ${sql.param(part.map((r) => r.organisation))}::numeric[], ${sql.param(part.map((r) => r.villagers))}::numeric[],
        ${sql.param(part.map((r) => r.villagerHouseholds))}::int[], ${sql.param(part.map((r) => r.total))}::numeric[],
        ${sql.param(part.map((r) => r.scoreGrade))}::text[], ${sql.param(part.map((r) => JSON.stringify(r.caps)))}::text[],
        ${sql.param(part.map((r) => r.quotaAdjusted))}::boolean[], ${sql.param(part.map((r) => r.computedGrade))}::text[])
        as t(id, inputs, organisation, villagers, households, total, score_grade, caps, quota_adjusted, computed_grade)
      where r.id = t.id`);
}

/** The results of a cycle with their snapshots (the totals and a recomputation read them). */
export async function findResultSnapshots(tx: TDb, cycleId: number) {
  return rowsOf<{ id: number; person_id: number; inputs: TRatingSnapshot }>(
    tx,
    sql`select id, person_id, inputs from rating_results where cycle_id = ${cycleId}::int order by id`,
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
