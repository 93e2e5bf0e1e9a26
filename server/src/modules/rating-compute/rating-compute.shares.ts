import { SNAPSHOT_ID_LIMIT } from '@zhucun/core';
import { type SQL, sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';
import { byPerson, postedCte, type TRatingWindow } from './rating-compute.cadres.ts';

/**
 * The shares of the quantitative part, each ONE query over every cadre of the cycle (docs/rules.md §4.6):
 * requests resolved on time and the satisfaction of those followed up, tasks done on time, rectification
 * items closed on time. Each row carries the counts and the first record ids of each side.
 */

/** A share of one person: due, done on time, and the ids of both sides (the first SNAPSHOT_ID_LIMIT). */
export type TShareRow = {
  person_id: number;
  due: number;
  done: number;
  done_ids: number[] | null;
  not_done_ids: number[] | null;
};

const LOCAL_DAY = (column: SQL) => sql`(${column} at time zone 'Asia/Shanghai')::date`;

/** Counts and ids of a `graded` CTE of (person_id, id, on_time boolean), one row per person. */
const shareSelect = sql`
  select person_id, count(*)::int as due, count(*) filter (where on_time)::int as done,
    (array_agg(id order by id) filter (where on_time))[1:${SNAPSHOT_ID_LIMIT}::int] as done_ids,
    (array_agg(id order by id) filter (where not on_time))[1:${SNAPSHOT_ID_LIMIT}::int] as not_done_ids
  from graded group by person_id`;

/**
 * One pass over requests (id, on_time, score): the share on time, and the answers of those followed up,
 * in the order of the columns `findRequestShares` returns.
 */
const requestAggregates = sql`
  count(*) filter (where on_time is not null)::int as due,
  count(*) filter (where on_time)::int as done,
  (array_agg(id order by id) filter (where on_time))[1:${SNAPSHOT_ID_LIMIT}::int] as done_ids,
  (array_agg(id order by id) filter (where not on_time))[1:${SNAPSHOT_ID_LIMIT}::int] as not_done_ids,
  array_agg(score order by id) filter (where score is not null) as satisfaction,
  (array_agg(id order by id) filter (where score is not null))[1:${SNAPSHOT_ID_LIMIT}::int] as satisfaction_ids,
  count(*) filter (where score is not null)::int as followed`;

/**
 * 群众诉求: the requests of the cadre's village registered while they were posted there (withdrawn,
 * duplicates and not-ours left out). Due: still the village's, its resolve date in the year and passed
 * by `asOf`, or resolved; on time when resolved by that date. A request the overdue job moved up from
 * the village in the year is due and late; one the village handed up is the higher level's.
 * Satisfaction: the latest answer of each request followed up in the year (满意 100, 基本满意 60, else 0).
 */
export async function findRequestShares(tx: TDb, w: TRatingWindow) {
  const inYear = (at: SQL) =>
    sql`${LOCAL_DAY(at)} between ${w.from}::date and ${w.to}::date and ${LOCAL_DAY(at)} < ${w.asOf}::date`;
  const rows = await rowsOf<
    TShareRow & { satisfaction: number[] | null; satisfaction_ids: number[] | null; followed: number }
  >(
    tx,
    sql`
    with ${postedCte(w)},
    -- each request of the county's villages judged once: on time or not (null: not due), and its answer
    judged as materialized (
      select r.id, r.village_code, r.registered_on,
        case
          when r.owner_level = 'village' and r.resolve_by between ${w.from}::date and ${w.to}::date
            and (r.resolved_at is not null or r.resolve_by < ${w.asOf}::date)
            then r.resolved_at is not null and ${LOCAL_DAY(sql`r.resolved_at`)} <= r.resolve_by
          when r.id in (
            select e.request_id from request_events e
            where e.action = 'escalate' and e.owner_level = 'township' and ${inYear(sql`e.at`)}
          ) then false
        end as on_time,
        case when r.satisfaction is not null and ${inYear(sql`f.at`)} then
          case r.satisfaction when 'satisfied' then 100 when 'basically_satisfied' then 60 else 0 end
        end as score
      from requests r
      left join (
        select e.request_id, max(e.at) as at from request_events e where e.action = 'follow_up' group by e.request_id
      ) f on f.request_id = r.id
      where r.village_code like ${`${w.prefix}%`} and r.state not in ('withdrawn', 'duplicate', 'not_ours')
        and r.registered_on <= ${w.to}::date
    ),
    -- spans: each posting of the year, alone when it is its cadre's only one. A cadre with one posting
    -- shares the figures of its stretch (a village and the posting's dates) with the team posted with
    -- them: each stretch's requests are read once
    spans as (
      select person_id, village_code, start_date, end_date, count(*) over (partition by person_id) = 1 as alone
      from posted
    ),
    stretches as (
      select s.village_code, s.start_date, s.end_date, j.id, j.on_time, j.score
      from (select distinct village_code, start_date, end_date from spans where alone) s
      join judged j on j.village_code = s.village_code and j.registered_on between s.start_date and s.end_date
      where j.on_time is not null or j.score is not null
    ),
    stretch_shares as (
      select village_code, start_date, end_date, ${requestAggregates} from stretches
      group by village_code, start_date, end_date
    ),
    -- a cadre with several postings: their requests one by one, each once
    several as (
      select distinct c.person_id, j.id, j.on_time, j.score
      from spans c join judged j on j.village_code = c.village_code
        and j.registered_on between c.start_date and c.end_date
      where not c.alone and (j.on_time is not null or j.score is not null)
    )
    select c.person_id, x.due, x.done, x.done_ids, x.not_done_ids, x.satisfaction, x.satisfaction_ids, x.followed
    from spans c join stretch_shares x using (village_code, start_date, end_date)
    where c.alone
    union all
    select person_id, ${requestAggregates} from several group by person_id`,
  );
  return byPerson(rows);
}

/**
 * 任务清单 (`taskOnTimeShare`): the cadre's own assignments, and those of their village whose deadline
 * falls while they were posted there; of those with a deadline in the year, due when done or the deadline
 * passed before `asOf`; on time when done on or before it. The ids are the tasks'.
 */
export async function findTaskShares(tx: TDb, w: TRatingWindow) {
  const rows = await rowsOf<TShareRow>(
    tx,
    sql`
    with ${postedCte(w)},
    -- not de-duplicated: a task's assignments are all to people or all to divisions (tasks-assign.ts), so it
    -- reaches a cadre through one branch; through two postings only when both cover its deadline (the day
    -- of a transfer), and then it counts for each village
    mine as (
      select a.person_id, t.id, t.deadline, a.done_on
      from task_assignments a join tasks t on t.id = a.task_id
      where a.person_id in (select person_id from people)
      union all
      select c.person_id, t.id, t.deadline, a.done_on
      from posted c join task_assignments a on a.division_code = c.village_code and a.person_id is null
        and a.assignee_kind = 'village'
      join tasks t on t.id = a.task_id and t.deadline between c.start_date and c.end_date
    ),
    graded as (
      select person_id, id, done_on is not null and done_on <= deadline as on_time
      from mine
      where deadline between ${w.from}::date and ${w.to}::date
        and (done_on is not null or deadline < ${w.asOf}::date)
    )
    ${shareSelect}`,
  );
  return byPerson(rows);
}

/**
 * 整改 (`rectificationOnTime`): the problems the cadre answers for (an owner of it in the registry), and
 * those of their village whose deadline falls while they were posted there; due when the deadline is in
 * the year, up to `asOf`; closed on time when closed with the accepted report dated by the deadline.
 */
export async function findRectificationShares(tx: TDb, w: TRatingWindow) {
  const rows = await rowsOf<TShareRow>(
    tx,
    sql`
    with ${postedCte(w)},
    mine as (
      select o.person_id, i.id, i.deadline, i.state, i.reported_on
      from rectification_owners o join rectification_items i on i.id = o.item_id
      where o.person_id in (select person_id from people)
      union
      select c.person_id, i.id, i.deadline, i.state, i.reported_on
      from posted c join rectification_items i on i.division_code = c.village_code
        and i.deadline between c.start_date and c.end_date
    ),
    graded as (
      select person_id, id, state = 'closed' and reported_on is not null and reported_on <= deadline as on_time
      from mine
      where deadline between ${w.from}::date and least(${w.to}::date, ${w.asOf}::date)
    )
    ${shareSelect}`,
  );
  return byPerson(rows);
}
