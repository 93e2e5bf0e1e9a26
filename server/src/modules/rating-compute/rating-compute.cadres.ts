import { DISPATCHED_CATEGORIES } from '@zhucun/core';
import { type SQL, sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';

/** The year a cycle rates, and the day its records are read up to. */
export type TRatingWindow = {
  /** The cycle's county (a division code: the villages under it). */
  prefix: string;
  year: number;
  /** 1 January (or the cycle's `recordsFrom`, a later day of the year) and 31 December of the year. */
  from: string;
  to: string;
  /** What fell due before this day counts (the year's end, or today while the year runs). */
  asOf: string;
};

const DISPATCHED = sql.join(
  DISPATCHED_CATEGORIES.map((c) => sql`${c}`),
  sql`, `,
);

/**
 * `posted`: every posting of a dispatched cadre in the county's villages that covers a day of the year
 * (the people assessed, one row per posting, `end_date` 9999-12-31 while it runs), and `people`, each
 * person once. Every indicator's query starts from it, so each reads the records of all cadres at once.
 */
export function postedCte(w: TRatingWindow): SQL {
  return sql`posted as (
      select p.id, p.person_id, p.village_code, p.category, p.start_date, coalesce(p.actual_end_date, date '9999-12-31') as end_date
      from postings p
      where p.village_code like ${`${w.prefix}%`} and p.category in (${DISPATCHED})
        and p.start_date <= ${w.to}::date and (p.actual_end_date is null or p.actual_end_date >= ${w.from}::date)
        and (p.actual_end_date is null or p.actual_end_date >= p.start_date)
    ),
    people as (select distinct person_id from posted)`;
}

/** A cadre assessed: the village and category of their latest posting in the year, every posting's dates. */
export type TAssessedCadre = {
  personId: number;
  villageCode: string;
  category: string;
  personnelStatus: string | null;
  ranges: { start: string; end: string | null }[];
};

/** The cadres stationed in the county's villages during the year, one entry each (ONE query). */
export async function findAssessedCadres(tx: TDb, w: TRatingWindow): Promise<TAssessedCadre[]> {
  const rows = await rowsOf<{
    person_id: number;
    personnel_status: string | null;
    village_code: string;
    category: string;
    starts: string[];
    ends: (string | null)[];
  }>(
    tx,
    sql`
    with ${postedCte(w)},
    latest as (
      select distinct on (person_id) person_id, village_code, category
      from posted order by person_id, start_date desc, id desc
    ),
    ranges as (
      select person_id, array_agg(to_char(start_date, 'YYYY-MM-DD') order by start_date) as starts,
        array_agg(case when end_date < date '9999-12-31' then to_char(end_date, 'YYYY-MM-DD') end order by start_date) as ends
      from posted group by person_id
    )
    select l.person_id, s.personnel_status, l.village_code, l.category, r.starts, r.ends
    from latest l join ranges r using (person_id) join persons s on s.id = l.person_id
    order by l.person_id`,
  );
  return rows.map((r) => ({
    personId: r.person_id,
    villageCode: r.village_code,
    category: r.category,
    personnelStatus: r.personnel_status,
    ranges: r.starts.map((start, i) => ({ start, end: r.ends[i] ?? null })),
  }));
}

/** Rows keyed by person. */
export function byPerson<T extends { person_id: number }>(rows: readonly T[]): Map<number, T> {
  return new Map(rows.map((r) => [r.person_id, r]));
}

/** `people`: the cadres a cycle has results for (the totals read what concerns them). */
export function resultPeopleCte(cycleId: number): SQL {
  return sql`people as (select person_id from rating_results where cycle_id = ${cycleId}::int)`;
}
