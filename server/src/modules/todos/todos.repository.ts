import { ORG_FORM_STAGES, type TOrgEvaluator, type TScope, type TTodoKind } from '@zhucun/core';
import { type SQL, sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';
import { projectInScope } from '../projects/projects-scope.ts';
import { awaitingSql } from '../rectification/rectification.repository.ts';
import { toDecideSql } from '../violations/violations.repository.ts';

/** A kind's count as one row: how many wait, the nearest due date, and the record a link opens. */
export type TTodoCount = { kind: TTodoKind; n: number; due: string | null; ref: number | null };

/** A subquery counting one kind (a union member of the one statement the service runs). */
export type TTodoQuery = SQL;

/** A code column within a scope (division prefixes), as SQL. */
export function within(column: SQL, scope: TScope): SQL {
  if (scope.all) return sql`true`;
  if (!scope.codes.length) return sql`false`;
  return sql`(${sql.join(
    scope.codes.map((c) => sql`${column} like ${`${c}%`}`),
    sql` or `,
  )})`;
}

const row = (kind: TTodoKind, n: SQL, due: SQL, ref: SQL, from: SQL) =>
  sql`(select ${kind}::text as kind, ${n} as n, ${due} as due, ${ref} as ref ${from})`;
const counted = (kind: TTodoKind, due: SQL | null, from: SQL) =>
  row(kind, sql`count(*)::int`, due ? sql`min(${due})::text` : sql`null::text`, sql`null::int`, from);

const OPEN_REQUEST = sql`r.state in ('registered', 'accepted', 'in_progress')`;
const REQUEST_DEADLINE = sql`(case when r.state = 'registered' then r.accept_by else r.resolve_by end)`;

/** The cadre's own: no record for today yet (a posting that has begun), days returned, records to answer, the notice. */
export const ownDay = {
  dayToRecord: (personId: number, today: string) =>
    counted(
      'day_to_record',
      sql`${today}::date`,
      sql`from postings po where po.person_id = ${personId} and po.actual_end_date is null
          and po.start_date <= ${today}
          and not exists (select 1 from duty_days d where d.person_id = ${personId} and d.date = ${today})`,
    ),
  daysReturned: (personId: number) =>
    counted(
      'days_returned',
      sql`d.date`,
      sql`from duty_days d where d.person_id = ${personId} and d.returned_at is not null`,
    ),
  violations: (personId: number, today: string) =>
    counted(
      'violations_to_answer',
      sql`v.answer_due`,
      sql`from violations v where v.person_id = ${personId} and v.state = 'notified'
          and v.answer_due >= ${today}`,
    ),
  ratingNotice: (personId: number) =>
    counted(
      'rating_notice',
      sql`c.notice_until`,
      sql`from rating_results r join rating_cycles c on c.id = r.cycle_id
          where r.person_id = ${personId} and c.stage = 'notice'
          and not exists (select 1 from rating_appeals a where a.result_id = r.id)`,
    ),
};

/** Requests owned at the caller's level in scope (handed up ones included), and those of them overdue. */
export const requestsAt = {
  waiting: (scope: TScope, level: string) =>
    counted(
      'requests_waiting',
      REQUEST_DEADLINE,
      sql`from requests r where ${OPEN_REQUEST} and r.owner_level = ${level}
          and ${within(sql`r.village_code`, scope)}`,
    ),
  overdue: (scope: TScope, level: string, today: string) =>
    counted(
      'requests_overdue',
      REQUEST_DEADLINE,
      sql`from requests r where ${OPEN_REQUEST} and r.owner_level = ${level}
          and ${REQUEST_DEADLINE} < ${today} and ${within(sql`r.village_code`, scope)}`,
    ),
};

/** Open assignments the caller holds (`held`: tasks-report heldBy over alias `a`), nearest deadline. */
export const tasksDue = (held: SQL) =>
  counted(
    'tasks_due',
    sql`t.deadline`,
    sql`from task_assignments a join tasks t on t.id = a.task_id where a.state = 'open' and ${held}`,
  );

/** 整改: problems at the caller's level being worked or returned, and reports waiting for their decision. */
export const rectification = {
  atLevel: (kind: 'rectification_open' | 'rectification_returned', scope: TScope, level: string) =>
    counted(
      kind,
      sql`i.deadline`,
      sql`from rectification_items i where i.level = ${level}
          and i.state = ${kind === 'rectification_open' ? 'open' : 'returned'}
          and ${within(sql`i.division_code`, scope)}`,
    ),
  toReview: (scope: TScope, level: 'township' | 'county') =>
    counted(
      'rectification_to_review',
      sql`rectification_items.deadline`,
      sql`from rectification_items where ${awaitingSql(level)}
          and ${within(sql`rectification_items.division_code`, scope)}`,
    ),
};

/** Leave waiting for the caller's level (the county also sees what still waits for a township). */
export const leaveToApprove = (scope: TScope, level: 'township' | 'county') =>
  counted(
    'leave_to_approve',
    sql`a.start_date`,
    sql`from absences a where a.state in ${
      level === 'county' ? sql`('pending_county', 'pending_township')` : sql`('pending_township')`
    } and ${within(sql`a.village_code`, scope)}`,
  );

/** Projects waiting in a state for the caller's decision (approve, file, accept). */
export const projectsIn = (
  kind: 'projects_to_approve' | 'projects_to_file' | 'projects_to_accept',
  scope: TScope,
) => {
  const state = {
    projects_to_approve: 'submitted',
    projects_to_file: 'approved',
    projects_to_accept: 'acceptance',
  }[kind];
  return counted(
    kind,
    null,
    sql`from projects p where p.state = ${state} and ${within(sql`p.township_code`, scope)}`,
  );
};

/**
 * The village's projects waiting for it (projects-scope: one of the project's villages): a draft the
 * township returned (its latest event a return), a project the county filed, to start.
 */
export const villageProjects = {
  returned: (scope: TScope) =>
    counted(
      'projects_returned',
      null,
      sql`from projects where state = 'draft' and ${projectInScope(scope) ?? sql`true`}
          and (select e.action from project_events e where e.project_id = projects.id
               order by e.at desc, e.id desc limit 1) = 'return'`,
    ),
  toStart: (scope: TScope) =>
    counted(
      'projects_to_start',
      sql`projects.start_date`,
      sql`from projects where state = 'filed' and ${projectInScope(scope) ?? sql`true`}`,
    ),
};

/**
 * Meetings the caller's level organised (the meeting's division is one of the scope's codes, core
 * isOrganiserOf) that have ended with an invitee unmarked whom no approved leave or official duty excuses.
 */
export const attendanceToMark = (scope: TScope, now: Date) =>
  counted(
    'attendance_to_mark',
    sql`(m.starts_at at time zone 'Asia/Shanghai')::date`,
    sql`from meetings m where m.ends_at < ${now.toISOString()}::timestamptz
        and ${
          scope.all
            ? sql`true`
            : scope.codes.length
              ? sql`m.division_code in (${sql.join(
                  scope.codes.map((c) => sql`${c}`),
                  sql`, `,
                )})`
              : sql`false`
        }
        and exists (select 1 from meeting_invitees i where i.meeting_id = m.id and i.attendance is null
          and not exists (select 1 from absences a where a.person_id = i.person_id and a.state = 'approved'
            and (m.starts_at at time zone 'Asia/Shanghai')::date between a.start_date and a.end_date))`,
  );

/** 优秀创新项目评选: places left in the township's quota while nominating; nominations a panel member has not scored. */
export const selections = {
  nominations: (scope: TScope) =>
    row(
      'selection_nominations',
      sql`coalesce(sum(greatest(q.quota - (select count(*) from project_nominations n
            where n.selection_id = q.selection_id and n.township_code = q.township_code), 0)), 0)::int`,
      sql`null::text`,
      sql`min(s.id)`,
      sql`from project_selections s join project_selection_quotas q on q.selection_id = s.id
          where s.state = 'nominating' and ${within(sql`q.township_code`, scope)}`,
    ),
  objections: () =>
    row(
      'selection_objections',
      sql`count(*)::int`,
      sql`null::text`,
      sql`min(n.selection_id)`,
      sql`from project_objections o join project_nominations n on n.id = o.nomination_id
          where o.outcome = 'pending'`,
    ),
  scoring: (userId: number) =>
    row(
      'selection_scoring',
      sql`count(*)::int`,
      sql`null::text`,
      sql`min(s.id)`,
      sql`from project_panel_members m join project_selections s on s.id = m.selection_id
          join project_nominations n on n.selection_id = s.id
          join projects p on p.id = n.project_id
          where m.user_id = ${userId} and s.state = 'scoring'
          and (m.township_code is null or m.township_code <> n.township_code)
          and (m.unit_id is null or not exists (
            select 1 from (select p.leader_person_id as person_id
              union select c.person_id from project_claimants c where c.project_id = p.id) who
            join postings po on po.person_id = who.person_id and po.unit_id = m.unit_id
              and po.start_date <= p.planned_end_date
              and (po.actual_end_date is null or po.actual_end_date >= p.start_date)))
          and not exists (select 1 from project_panel_scores ps
            where ps.panel_member_id = m.id and ps.nomination_id = n.id)`,
    ),
};

/** 组织评价: results of cycles open for forms, reached by one evaluator, without that evaluator's form. */
export function orgFormsToFill(evaluator: TOrgEvaluator, scope: TScope, counties: readonly string[]) {
  const byDivision = within(sql`r.village_code`, scope);
  const byUnit =
    !scope.all && scope.unitIds?.length
      ? sql`exists (select 1 from postings sent where sent.person_id = r.person_id
            and sent.unit_id in (${sql.join(
              scope.unitIds.map((u) => sql`${u}`),
              sql`, `,
            )})
            and sent.start_date <= make_date(c.year, 12, 31)
            and (sent.actual_end_date is null or sent.actual_end_date >= make_date(c.year, 1, 1)))`
      : sql`false`;
  const countyIn = counties.length
    ? sql`c.county_code in (${sql.join(
        counties.map((c) => sql`${c}`),
        sql`, `,
      )})`
    : sql`false`;
  return counted(
    'org_forms_to_fill',
    null,
    sql`from rating_results r join rating_cycles c on c.id = r.cycle_id
        where c.stage in (${sql.join(
          ORG_FORM_STAGES.map((s) => sql`${s}`),
          sql`, `,
        )}) and ${countyIn} and (${byDivision} or ${byUnit})
        and not exists (select 1 from rating_org_forms f where f.cycle_id = r.cycle_id
          and f.person_id = r.person_id and f.evaluator = ${evaluator})`,
  );
}

/** The county's decisions: rating appeals, violation records answered or appealed, duty list drafts. */
export const countyDecisions = {
  ratingAppeals: (scope: TScope) =>
    row(
      'rating_appeals',
      sql`count(*)::int`,
      sql`null::text`,
      sql`max(c.year)`,
      sql`from rating_appeals a join rating_results r on r.id = a.result_id
          join rating_cycles c on c.id = r.cycle_id
          where a.decision is null and ${within(sql`r.village_code`, scope)}`,
    ),
  resultsToReview: (scope: TScope) =>
    row(
      'rating_results_to_review',
      sql`count(*)::int`,
      sql`null::text`,
      sql`max(c.year)`,
      sql`from rating_results r join rating_cycles c on c.id = r.cycle_id
          where c.stage = 'review' and r.reviewed_at is null and ${within(sql`r.village_code`, scope)}`,
    ),
  violationsToDecide: (scope: TScope, today: string) =>
    counted(
      'violations_to_decide',
      null,
      sql`from violations where ${toDecideSql(today)} and ${within(sql`violations.village_code`, scope)}`,
    ),
  violationAppeals: (scope: TScope) =>
    counted(
      'violation_appeals',
      null,
      sql`from violations v where v.state = 'appealed' and ${within(sql`v.village_code`, scope)}`,
    ),
  dutyListDrafts: () =>
    counted('duty_list_drafts', null, sql`from duty_list_versions where status = 'draft'`),
};

/** Runs the kinds' subqueries as one statement; kinds with nothing waiting are left out. */
export async function countTodos(db: TDb, queries: readonly TTodoQuery[]): Promise<TTodoCount[]> {
  if (!queries.length) return [];
  const rows = await rowsOf<TTodoCount>(
    db,
    sql`select kind, n, due, ref from (${sql.join([...queries], sql` union all `)}) k where n > 0`,
  );
  return rows.map((r) => ({ ...r, n: Number(r.n) }));
}
