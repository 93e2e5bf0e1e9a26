import type { TRatingCycleStage, TScope } from '@zhucun/core';
import { type SQL, sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';

/** The counties a scope reaches (the first six digits of its divisions); null for everything. */
export const countiesOf = (scope: TScope): string[] | null =>
  scope.all ? null : [...new Set(scope.codes.map((c) => c.slice(0, 6)))];

/** A result lies in the scope by the village the cadre was rated in. */
export function resultInScope(scope: TScope, column = sql`r.village_code`): SQL {
  if (scope.all) return sql`true`;
  if (!scope.codes.length) return sql`false`;
  return sql`(${sql.join(
    scope.codes.map((c) => sql`${column} like ${`${c}%`}`),
    sql` or `,
  )})`;
}

export type TCycleRow = {
  id: number;
  county_code: string;
  year: number;
  stage: TRatingCycleStage;
  notice_from: string | null;
  notice_until: string | null;
  confirmed_at: string | null;
};

const cycleColumns = sql`id, county_code, year, stage, notice_from::text as notice_from,
  notice_until::text as notice_until, confirmed_at`;

/** The cycles of the counties in scope, newest year first; `confirmedOnly` for the priority lists. */
export async function findCycles(exec: TDb, scope: TScope, confirmedOnly: boolean): Promise<TCycleRow[]> {
  const counties = countiesOf(scope);
  if (counties && !counties.length) return [];
  return rowsOf<TCycleRow>(
    exec,
    sql`select ${cycleColumns} from rating_cycles
        where ${confirmedOnly ? sql`stage = 'confirmed'` : sql`true`}
          and ${counties ? sql`county_code in ${counties}` : sql`true`}
        order by year desc, id desc`,
  );
}

/** One cycle of a county in scope (a township's county); undefined otherwise (404). */
export async function findCycleInScope(exec: TDb, scope: TScope, id: number): Promise<TCycleRow | undefined> {
  const counties = countiesOf(scope);
  if (counties && !counties.length) return undefined;
  const [row] = await rowsOf<TCycleRow>(
    exec,
    sql`select ${cycleColumns} from rating_cycles
        where id = ${id} and ${counties ? sql`county_code in ${counties}` : sql`true`}`,
  );
  return row;
}

/** A result of a cycle as the lists and the result table read it. */
export type TResultRow = {
  id: number;
  person_id: number;
  name: string;
  village_code: string;
  village_name: string;
  township_name: string;
  category: string;
  personnel_status: string | null;
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
  award_stars: number | null;
  stars: number | null;
  /** The grade in force of the county's confirmed cycle the year before. */
  last_year_grade: string | null;
  /** The end of each of the person's admonishments. */
  admonished_until: string[];
};

/** A cycle's results in scope (all, or those with at least `minStars`), by village, then name. */
export async function findResults(
  exec: TDb,
  scope: TScope,
  cycle: { id: number; county_code: string; year: number },
  minStars?: number,
): Promise<TResultRow[]> {
  return rowsOf<TResultRow>(
    exec,
    sql`select r.id, r.person_id, p.name, r.village_code, v.name as village_name, t.name as township_name,
          r.category, coalesce(r.personnel_status, p.personnel_status) as personnel_status,
          r.quantitative, r.organisation, r.villagers, r.villager_households, r.total, r.score_grade,
          r.caps, r.quota_adjusted, r.computed_grade, r.grade, r.award_stars, r.stars,
          (select lr.grade from rating_results lr join rating_cycles lc on lc.id = lr.cycle_id
            where lr.person_id = r.person_id and lc.county_code = ${cycle.county_code}
              and lc.year = ${cycle.year - 1} and lc.stage = 'confirmed') as last_year_grade,
          coalesce((select array_agg(a.effective_until::text) from admonishments a
                    where a.person_id = r.person_id), '{}') as admonished_until
        from rating_results r
        join persons p on p.id = r.person_id
        join divisions v on v.code = r.village_code
        join divisions t on t.code = left(r.village_code, 9)
        where r.cycle_id = ${cycle.id} and ${resultInScope(scope)}
          ${minStars === undefined ? sql`` : sql`and coalesce(r.stars, 0) >= ${minStars}`}
        order by r.village_code, p.name, r.id`,
  );
}
