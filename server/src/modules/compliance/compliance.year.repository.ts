import { sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';

/** A person's year as the county-year report needs it, counted by PostgreSQL. */
export type TYearCounts = {
  personId: number;
  /** Finished weeks the person was posted for, whole. */
  assessedWeeks: number;
  /** Of those, the weeks that comply (五天四夜, lowered by leave and holidays). */
  complyingWeeks: number;
  /** Days of the year in the village or on official duty. */
  daysInVillage: number;
  /** Of those, the days whose log has work written. */
  loggedDays: number;
};

export type TYearCountsInput = {
  /** Posting ranges, one per posting of a listed cadre (`end` null: still posted). */
  ranges: { personId: number; start: string; end: string | null }[];
  from: string;
  to: string;
  /** The whole weeks assessed (`mondaysWithin(from, to)`). */
  mondays: string[];
  /** Only weeks whose Sunday lies before this date are assessed. */
  today: string;
  holidays: readonly string[];
  /** Adjusted working days (调休上班): never excused, even when also listed as a holiday. */
  workdays: readonly string[];
  weekDays: number;
  weekNights: number;
};

const IN_VILLAGE = sql`('village', 'official_duty')`;
/** The Monday of a date's week (1900-01-01 was a Monday): integer arithmetic on dates, no time zone. */
const MONDAY_OF = sql`date - (date - date '1900-01-01') % 7`;

/**
 * `assessWeek` (core/src/presence.ts) over a year for many people in ONE query, so a county-year of
 * day records is counted in the database and never crosses the event loop. Same rules, row for row:
 * a week is assessed when finished and wholly covered by the person's postings (touching postings join);
 * in-village days ≥ weekDays − excused and nights ≥ weekNights − excused (never below 0), where
 * excused counts the dates of the week under approved leave or a county holiday (not an adjusted
 * working day), each once. Days in
 * the village and logged days count every day record of [from, to] (`countDaysInVillage`,
 * `logCompleteness`). The compliance test compares it with the core rules on a varied year.
 */
export async function findYearCounts(exec: TDb, q: TYearCountsInput): Promise<TYearCounts[]> {
  if (q.ranges.length === 0) return [];
  const personIds = sql.param(q.ranges.map((r) => r.personId));
  const starts = sql.param(q.ranges.map((r) => r.start));
  const ends = sql.param(q.ranges.map((r) => r.end));
  const from = sql`${q.from}::date`;
  const to = sql`${q.to}::date`;
  const rows = await rowsOf<{
    person_id: number;
    assessed_weeks: number;
    complying_weeks: number;
    days_in_village: number;
    logged_days: number;
  }>(
    exec,
    sql`
    with ranges as (
      select r.person_id, r.start_date, coalesce(r.end_date, date '9999-12-31') as end_date
      from unnest(${personIds}::int[], ${starts}::date[], ${ends}::date[]) as r(person_id, start_date, end_date)
      where r.end_date is null or r.end_date >= r.start_date
    ),
    -- postings that overlap or touch make one stretch (gaps and islands)
    marked as (
      select person_id, start_date, end_date,
        case when start_date <= max(end_date) over (partition by person_id order by start_date, end_date
          rows between unbounded preceding and 1 preceding) + 1 then 0 else 1 end as fresh
      from ranges
    ),
    numbered as (
      select person_id, start_date, end_date,
        sum(fresh) over (partition by person_id order by start_date, end_date rows unbounded preceding) as stretch
      from marked
    ),
    stretches as (
      select person_id, min(start_date) as start_date, max(end_date) as end_date
      from numbered group by person_id, stretch
    ),
    people as (select distinct person_id from unnest(${personIds}::int[]) as p(person_id)),
    weeks as (
      select m as monday from unnest(${sql.param(q.mondays)}::date[]) as w(m) where m + 6 < ${q.today}::date
    ),
    holidays as (
      select distinct h as date from unnest(${sql.param([...q.holidays])}::date[]) as h(h)
      where h <> all(${sql.param([...q.workdays])}::date[])
    ),
    -- one pass over the day records: per person and week, days and nights in the village, logged days
    week_days as (
      select person_id, ${MONDAY_OF} as monday,
        count(*) filter (where day_place in ${IN_VILLAGE}) as days,
        count(*) filter (where night_place in ${IN_VILLAGE}) as nights,
        count(*) filter (where day_place in ${IN_VILLAGE} and work <> '') as logged
      from duty_days
      where person_id in (select person_id from people) and date >= ${from} and date <= ${to}
      group by 1, 2
    ),
    leave_dates as (
      select distinct a.person_id, g::date as date
      from absences a
      cross join lateral generate_series(greatest(a.start_date, ${from}), least(a.end_date, ${to}), interval '1 day') g
      where a.person_id in (select person_id from people) and a.kind = 'leave' and a.state = 'approved'
        and a.start_date <= ${to} and a.end_date >= ${from}
    ),
    week_leave as (
      select person_id, ${MONDAY_OF} as monday, count(*) as n
      from leave_dates l where not exists (select 1 from holidays h where h.date = l.date)
      group by 1, 2
    ),
    week_holidays as (
      select w.monday, count(h.date) as n
      from weeks w left join holidays h on h.date between w.monday and w.monday + 6
      group by w.monday
    ),
    assessed as (
      select p.person_id, coalesce(d.days, 0) as days, coalesce(d.nights, 0) as nights,
        wh.n + coalesce(wl.n, 0) as excused
      from people p
      cross join weeks w
      join week_holidays wh on wh.monday = w.monday
      join stretches s on s.person_id = p.person_id and s.start_date <= w.monday and s.end_date >= w.monday + 6
      left join week_days d on d.person_id = p.person_id and d.monday = w.monday
      left join week_leave wl on wl.person_id = p.person_id and wl.monday = w.monday
    ),
    week_counts as (
      select person_id, count(*) as assessed_weeks,
        count(*) filter (where days >= greatest(0, ${q.weekDays}::int - excused)
          and nights >= greatest(0, ${q.weekNights}::int - excused)) as complying_weeks
      from assessed group by person_id
    ),
    day_counts as (
      select person_id, sum(days) as days_in_village, sum(logged) as logged_days from week_days group by person_id
    )
    select p.person_id, coalesce(wc.assessed_weeks, 0) as assessed_weeks,
      coalesce(wc.complying_weeks, 0) as complying_weeks, coalesce(dc.days_in_village, 0) as days_in_village,
      coalesce(dc.logged_days, 0) as logged_days
    from people p
    left join week_counts wc on wc.person_id = p.person_id
    left join day_counts dc on dc.person_id = p.person_id`,
  );
  return rows.map((r) => ({
    personId: r.person_id,
    assessedWeeks: Number(r.assessed_weeks),
    complyingWeeks: Number(r.complying_weeks),
    daysInVillage: Number(r.days_in_village),
    loggedDays: Number(r.logged_days),
  }));
}
