import { SNAPSHOT_ID_LIMIT } from '@zhucun/core';
import { type SQL, sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';
import { byPerson, postedCte, type TRatingWindow } from './rating-compute.cadres.ts';

/**
 * 夜访 (docs/rules.md §4.4): each cadre's night visits (18:00–24:00) in the months of the year ended
 * before `asOf` (from `recordsFrom` when set), with the first ids. ONE query over every cadre; the months
 * on duty that the target counts come from the postings (core `monthsOnDuty`).
 */
export async function findNightVisits(tx: TDb, w: TRatingWindow) {
  const rows = await rowsOf<{ person_id: number; visits: number; ids: number[] | null }>(
    tx,
    sql`
    with ${postedCte(w)},
    months as (
      select (m + interval '1 month' - interval '1 day')::date as last
      from generate_series(date_trunc('month', ${w.from}::timestamp), ${w.to}::date, interval '1 month') m
      where (m + interval '1 month' - interval '1 day')::date < ${w.asOf}::date
    )
    select v.person_id, count(*)::int as visits, (array_agg(v.id order by v.id))[1:${SNAPSHOT_ID_LIMIT}::int] as ids
    from visits v
    where v.person_id in (select person_id from people) and v.at_night
      and v.date between ${w.from}::date and coalesce((select max(last) from months), ${w.from}::date - 1)
    group by v.person_id`,
  );
  return byPerson(rows);
}

/**
 * 负面清单 (`violationYear`): the records of the year's conduct that count (decided, or appealed and
 * decided, upheld or reduced), their deductions summed, and the veto items among them. ONE query over
 * `people` (a CTE naming `people (person_id)`: the cadres posted in the year, or a cycle's results).
 */
export async function findViolationYears(tx: TDb, w: TRatingWindow, people: SQL = postedCte(w)) {
  const rows = await rowsOf<{
    person_id: number;
    deduction: number;
    records: number;
    ids: number[];
    vetoes: string[] | null;
    veto_records: number;
    veto_ids: number[] | null;
  }>(
    tx,
    sql`
    with ${people}
    select v.person_id, coalesce(sum(v.final_deduction), 0)::int as deduction, count(*)::int as records,
      (array_agg(v.id order by v.id))[1:${SNAPSHOT_ID_LIMIT}::int] as ids,
      array_agg(distinct i.text order by i.text) filter (where v.veto) as vetoes,
      count(*) filter (where v.veto)::int as veto_records,
      (array_agg(v.id order by v.id) filter (where v.veto))[1:${SNAPSHOT_ID_LIMIT}::int] as veto_ids
    from violations v join conduct_items i on i.id = v.item_id
    where v.person_id in (select person_id from people) and v.year = ${w.year}::int
      and v.state in ('decided', 'appealed', 'final') and v.outcome in ('upheld', 'reduced')
    group by v.person_id`,
  );
  return byPerson(rows);
}
