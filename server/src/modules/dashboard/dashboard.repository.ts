import { PROJECT_COUNTED_STATES } from '@zhucun/core';
import { type SQL, sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';
import { overdueSql } from '../requests/requests.repository.ts';

/**
 * The dashboard's counts (docs/rules.md §4.15), each ONE set-based query over a division, grouped by its
 * parts: the first `partLength` digits of the code of the place a record belongs to (9: the townships of
 * a county, 12: the villages of a township; a record of the division itself, e.g. a county's own
 * rectification item, keeps its shorter code). Counts only: no person is listed or ranked here.
 */
export type TPartQuery = { prefix: string; partLength: number; today: string };

type TCounts<K extends string> = { part: string } & Record<K, number>;

const like = (q: TPartQuery) => `${q.prefix}%`;
const partOf = (column: SQL, q: TPartQuery) => sql`left(${column}, ${q.partLength})`;
const listOf = (codes: readonly string[]) =>
  sql.join(
    codes.map((c) => sql`${c}`),
    sql`, `,
  );

/** Requests now open, overdue, owned above the village; resolved since `from`, on time, and the villagers' word. */
export function countRequests(db: TDb, q: TPartQuery & { from: string }) {
  return rowsOf<
    TCounts<
      | 'open'
      | 'overdue'
      | 'atTownship'
      | 'atCounty'
      | 'resolved'
      | 'resolvedOnTime'
      | 'satisfied'
      | 'basicallySatisfied'
      | 'partlySolved'
      | 'dissatisfied'
    >
  >(
    db,
    sql`with r as (
          select village_code, state, owner_level, resolve_by, satisfaction,
            ${overdueSql(q.today)} as overdue,
            (resolved_at at time zone 'Asia/Shanghai')::date as resolved_on
          from requests where village_code like ${like(q)}
        )
        select ${partOf(sql`village_code`, q)} as part,
          count(*) filter (where state in ('registered', 'accepted', 'in_progress'))::int as "open",
          count(*) filter (where overdue)::int as overdue,
          count(*) filter (where state in ('registered', 'accepted', 'in_progress') and owner_level = 'township')::int as "atTownship",
          count(*) filter (where state in ('registered', 'accepted', 'in_progress') and owner_level = 'county')::int as "atCounty",
          count(*) filter (where resolved_on >= ${q.from}::date)::int as resolved,
          count(*) filter (where resolved_on >= ${q.from}::date and resolved_on <= resolve_by)::int as "resolvedOnTime",
          count(*) filter (where resolved_on >= ${q.from}::date and satisfaction = 'satisfied')::int as satisfied,
          count(*) filter (where resolved_on >= ${q.from}::date and satisfaction = 'basically_satisfied')::int as "basicallySatisfied",
          count(*) filter (where resolved_on >= ${q.from}::date and satisfaction = 'partly_solved')::int as "partlySolved",
          count(*) filter (where resolved_on >= ${q.from}::date and satisfaction = 'dissatisfied')::int as dissatisfied
        from r group by 1`,
  );
}

/**
 * Projects by state, each in the part of its first village (a township's own project without a village
 * in its township's part), and their milestones overdue today (not done nor dropped, due date passed).
 */
export function countProjects(db: TDb, q: TPartQuery) {
  return rowsOf<{ part: string; state: string; n: number; milestonesOverdue: number }>(
    db,
    sql`with p as (
          select p.id, p.state,
            coalesce((select min(v.village_code) from project_villages v where v.project_id = p.id), p.township_code) as place
          from projects p where p.township_code like ${like(q)}
        )
        select ${partOf(sql`place`, q)} as part, state, count(*)::int as n,
          coalesce(sum((select count(*) from project_milestones m
            where m.project_id = p.id and m.done_on is null and m.dropped_at is null and m.due_date < ${q.today}::date)
            ) filter (where state not in ('draft', 'done', 'stopped')), 0)::int as "milestonesOverdue"
        from p group by 1, 2`,
  );
}

/** Projects approved or further (the bulletin's count) by kind, in the whole division. */
export function countProjectKinds(db: TDb, q: TPartQuery) {
  return rowsOf<{ kind: string; count: number }>(
    db,
    sql`select kind, count(*)::int as count from projects
        where township_code like ${like(q)} and state in (${listOf(PROJECT_COUNTED_STATES)})
        group by kind`,
  );
}

/** Task assignments to the division's places (a village, or a cadre through their village). */
export function countTasks(db: TDb, q: TPartQuery) {
  return rowsOf<TCounts<'open' | 'overdue' | 'done'>>(
    db,
    sql`select ${partOf(sql`a.division_code`, q)} as part,
          count(*) filter (where a.state <> 'done' and t.deadline >= ${q.today}::date)::int as "open",
          count(*) filter (where a.state <> 'done' and t.deadline < ${q.today}::date)::int as overdue,
          count(*) filter (where a.state = 'done')::int as done
        from task_assignments a join tasks t on t.id = a.task_id
        where a.division_code like ${like(q)}
        group by 1`,
  );
}

/** Rectification items of the division and its places (the division that must fix each). */
export function countRectification(db: TDb, q: TPartQuery) {
  return rowsOf<TCounts<'open' | 'overdue' | 'closed'>>(
    db,
    sql`select ${partOf(sql`division_code`, q)} as part,
          count(*) filter (where state <> 'closed')::int as "open",
          count(*) filter (where state in ('open', 'returned') and deadline < ${q.today}::date)::int as overdue,
          count(*) filter (where state = 'closed')::int as closed
        from rectification_items
        where division_code like ${like(q)}
        group by 1`,
  );
}

/** Stationed cadres' approved leave covering today, by the village of the leave. */
export function countOnLeave(db: TDb, q: TPartQuery) {
  return rowsOf<TCounts<'onLeave'>>(
    db,
    sql`select ${partOf(sql`village_code`, q)} as part, count(distinct person_id)::int as "onLeave"
        from absences
        where village_code like ${like(q)} and kind = 'leave' and state = 'approved'
          and start_date <= ${q.today}::date and end_date >= ${q.today}::date
        group by 1`,
  );
}

/** The latest cycle of the county whose results have grades (totals computed), and its results by the grade in force. */
export async function countGrades(db: TDb, q: TPartQuery & { countyCode: string }) {
  const [cycle] = await rowsOf<{ id: number; year: number; stage: string }>(
    db,
    sql`select c.id, c.year, c.stage from rating_cycles c
        where c.county_code = ${q.countyCode}
          and exists (select 1 from rating_results r where r.cycle_id = c.id and r.grade is not null)
        order by c.year desc limit 1`,
  );
  if (!cycle) return { cycle: null, rows: [] };
  const rows = await rowsOf<{ part: string; grade: string | null; n: number }>(
    db,
    sql`select ${partOf(sql`village_code`, q)} as part, grade, count(*)::int as n
        from rating_results where cycle_id = ${cycle.id} and village_code like ${like(q)}
        group by 1, 2`,
  );
  return { cycle, rows };
}
