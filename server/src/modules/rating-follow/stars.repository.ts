import type { TStarsOver } from '@zhucun/core';
import { type SQL, sql } from 'drizzle-orm';
import type { AnyPgColumn } from 'drizzle-orm/pg-core';
import { rowsOf, type TDb } from '../../db/client.ts';

/** A confirmed year of one cadre's rating, with the village they were rated in. */
export type TStarYearRow = {
  cycle_id: number;
  year: number;
  village_code: string;
  village_name: string;
  grade: string | null;
  stars: number | null;
  award_stars: number | null;
};

/** A cycle counts once confirmed; the cycle being confirmed (in the confirming transaction) counts too. */
const confirmed = (alsoCycleId?: number) =>
  alsoCycleId === undefined
    ? sql`c.stage = 'confirmed'`
    : sql`(c.stage = 'confirmed' or c.id = ${alsoCycleId})`;

/** The tenure's first day: the start of the person's latest posting (null when never posted). */
export async function findTenureFrom(exec: TDb, personId: number): Promise<string | null> {
  const [row] = await rowsOf<{ from: string | null }>(
    exec,
    sql`select max(start_date)::text as "from" from postings where person_id = ${personId}`,
  );
  return row?.from ?? null;
}

/** A person's results in confirmed cycles, newest year first. */
export async function findStarYears(exec: TDb, personId: number): Promise<TStarYearRow[]> {
  return rowsOf<TStarYearRow>(
    exec,
    sql`select c.id as cycle_id, c.year, r.village_code, d.name as village_name, r.grade, r.stars,
          r.award_stars
        from rating_results r
        join rating_cycles c on c.id = r.cycle_id
        join divisions d on d.code = r.village_code
        where r.person_id = ${personId} and ${confirmed()}
        order by c.year desc`,
  );
}

/** The commendations behind a person's award stars in some years: theirs, or their rated village's. */
export async function findAwardsOfYears(
  exec: TDb,
  personId: number,
  years: readonly { year: number; villageCode: string }[],
): Promise<{ year: number; title: string; level: 'national' | 'provincial' }[]> {
  if (!years.length) return [];
  const pairs = sql.join(
    years.map(
      (y) => sql`(extract(year from a.awarded_on)::int = ${y.year} and (a.person_id = ${personId}
      or a.village_code = ${y.villageCode}))`,
    ),
    sql` or `,
  );
  return rowsOf(
    exec,
    sql`select extract(year from a.awarded_on)::int as year, a.title, a.level
        from awards a where ${pairs} order by a.awarded_on, a.id`,
  );
}

/**
 * The cadres of a cycle who got no star (with the village they serve now, else the one rated in) and
 * their stars over their tenure's confirmed years up to the
 * cycle's (this cycle included while it is being confirmed): who may need an admonishment.
 */
export async function findZeroStarTenures(exec: TDb, cycle: { id: number; year: number }) {
  return rowsOf<{
    person_id: number;
    name: string;
    user_id: number | null;
    village_code: string;
    tenure_from: string | null;
    years: { year: number; stars: number }[];
  }>(
    exec,
    sql`select r.person_id, p.name, p.user_id, coalesce(t.village_now, r.village_code) as village_code,
          t.tenure_from,
          coalesce((select json_agg(json_build_object('year', c.year, 'stars', coalesce(rr.stars, 0))
                      order by c.year)
                    from rating_results rr join rating_cycles c on c.id = rr.cycle_id
                    where rr.person_id = r.person_id and ${confirmed(cycle.id)} and c.year <= ${cycle.year}
                      and c.year >= coalesce(left(t.tenure_from, 4)::int, 0)), '[]') as years
        from rating_results r
        join persons p on p.id = r.person_id
        cross join lateral (select max(start_date)::text as tenure_from,
                              max(village_code) filter (where actual_end_date is null) as village_now
                            from postings where person_id = r.person_id) t
        where r.cycle_id = ${cycle.id} and coalesce(r.stars, 0) = 0
        order by r.village_code, r.person_id`,
  );
}

/** The registry's stars filter: at least / at most so many stars over the tenure or in last year's cycle. */
export type TStarsFilter = { starsMin?: number; starsMax?: number; starsOver?: TStarsOver };

/**
 * The condition on a person (by their id column) that the stars filter asks for; undefined without one.
 * Over the tenure: the sum over the confirmed cycles from the year the latest posting began, at least
 * one of them. Last year: the confirmed cycle of the year before `today`'s.
 */
export function starsCondition(personId: AnyPgColumn, f: TStarsFilter, today: string): SQL | undefined {
  if (f.starsMin === undefined && f.starsMax === undefined) return undefined;
  const bounds = (stars: SQL) =>
    sql.join(
      [
        ...(f.starsMin !== undefined ? [sql`${stars} >= ${f.starsMin}`] : []),
        ...(f.starsMax !== undefined ? [sql`${stars} <= ${f.starsMax}`] : []),
      ],
      sql` and `,
    );
  if (f.starsOver === 'last_year')
    return sql`exists (select 1 from rating_results r join rating_cycles c on c.id = r.cycle_id
      where r.person_id = ${personId} and c.stage = 'confirmed' and c.year = ${Number(today.slice(0, 4)) - 1}
        and ${bounds(sql`coalesce(r.stars, 0)`)})`;
  return sql`exists (select 1 from rating_results r join rating_cycles c on c.id = r.cycle_id
    where r.person_id = ${personId} and c.stage = 'confirmed'
      and c.year >= coalesce((select extract(year from max(pp.start_date))::int from postings pp
                              where pp.person_id = ${personId}), 0)
    having count(*) > 0 and ${bounds(sql`coalesce(sum(r.stars), 0)`)})`;
}
