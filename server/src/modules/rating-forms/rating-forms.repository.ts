import type { TScope } from '@zhucun/core';
import { type SQL, sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';
import { ratingCycles, ratingOrgForms } from '../../db/schema.ts';

export type TCycleRow = typeof ratingCycles.$inferSelect;

/** A cycle by its id. */
export async function findCycle(db: TDb, id: number): Promise<TCycleRow | undefined> {
  const [row] = await db.select().from(ratingCycles).where(sql`${ratingCycles.id} = ${id}`);
  return row;
}

/** The cycles of some counties, newest year first. */
export async function findCyclesOf(db: TDb, countyCodes: readonly string[]): Promise<TCycleRow[]> {
  if (!countyCodes.length) return [];
  return db
    .select()
    .from(ratingCycles)
    .where(sql`${ratingCycles.countyCode} in ${countyCodes}`)
    .orderBy(sql`${ratingCycles.year} desc`);
}

/**
 * Which of a cycle's results an evaluator reaches: by division (the township's or the county's
 * villages), or, for a dispatching unit, the cadres it sent to work in the cycle's year.
 */
function resultInScope(scope: TScope, year: number): SQL {
  if (scope.all) return sql`true`;
  const conds = scope.codes.map((c) => sql`r.village_code like ${`${c}%`}`);
  if (scope.unitIds?.length)
    conds.push(
      sql`exists (select 1 from postings sent where sent.person_id = r.person_id
            and sent.unit_id in ${scope.unitIds}
            and sent.start_date <= ${`${year}-12-31`}
            and (sent.actual_end_date is null or sent.actual_end_date >= ${`${year}-01-01`}))`,
    );
  return conds.length ? sql`(${sql.join(conds, sql` or `)})` : sql`false`;
}

export type TSheetRow = {
  person_id: number;
  name: string;
  user_id: number | null;
  village_code: string;
  village_name: string;
  township_name: string;
  category: string;
  post_title: string | null;
  form_id: number | null;
  scores: Record<string, number> | null;
  score: string | number | null;
  comment: string | null;
  submitted_by: number | null;
  submitted_by_name: string | null;
  submitted_at: Date | string | null;
};

/**
 * The cadres assessed in a cycle that the evaluator reaches, with that evaluator's form on each
 * (or none), optionally one person only; in village order (the service sorts names within a village).
 */
export async function findSheet(
  db: TDb,
  cycle: Pick<TCycleRow, 'id' | 'year'>,
  scope: TScope,
  evaluator: string,
  personId?: number,
): Promise<TSheetRow[]> {
  return rowsOf<TSheetRow>(
    db,
    sql`select r.person_id, p.name, p.user_id, r.village_code, v.name as village_name,
          t.name as township_name, r.category,
          (select pt.post_title from postings pt
            where pt.person_id = r.person_id and pt.village_code = r.village_code
            order by pt.start_date desc, pt.id desc limit 1) as post_title,
          f.id as form_id, f.scores, f.score, f.comment, f.submitted_by,
          u.display_name as submitted_by_name, f.submitted_at
        from rating_results r
        join persons p on p.id = r.person_id
        join divisions v on v.code = r.village_code
        join divisions t on t.code = v.parent_code
        left join rating_org_forms f
          on f.cycle_id = r.cycle_id and f.person_id = r.person_id and f.evaluator = ${evaluator}
        left join users u on u.id = f.submitted_by
        where r.cycle_id = ${cycle.id} and ${resultInScope(scope, cycle.year)}
          ${personId === undefined ? sql`` : sql`and r.person_id = ${personId}`}
        order by r.village_code, p.name, r.person_id`,
  );
}

export type TFormValues = {
  cycleId: number;
  personId: number;
  evaluator: string;
  scores: Record<string, number>;
  score: number;
  comment: string;
  submittedBy: number;
  submittedAt: Date;
};

/** Stores the evaluator's form on the cadre, replacing an earlier one (the signer is the latest submitter). */
export async function upsertForm(exec: TDb, values: TFormValues): Promise<number> {
  const [row] = await exec
    .insert(ratingOrgForms)
    .values(values)
    .onConflictDoUpdate({
      target: [ratingOrgForms.cycleId, ratingOrgForms.personId, ratingOrgForms.evaluator],
      set: {
        scores: values.scores,
        score: values.score,
        comment: values.comment,
        submittedBy: values.submittedBy,
        submittedAt: values.submittedAt,
      },
    })
    .returning({ id: ratingOrgForms.id });
  return row!.id;
}
