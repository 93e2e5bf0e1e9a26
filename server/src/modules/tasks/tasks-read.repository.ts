import { type SQL, sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';

/** Reads of the task list, all through a visibility filter over alias `a` (tasks-scope.ts). */

export type TTaskListRow = {
  id: number;
  title: string;
  deadline: string;
  priority: string;
  assignerCode: string;
  assignerName: string;
  targetKind: string;
  category: string | null;
  sourceKind: string | null;
  sourceId: number | null;
  createdAt: Date;
  description: string;
  evidenceRequired: string;
  total: number;
  done: number;
  doneOnTime: number;
  overdue: number;
};

const TASK_COLUMNS = sql`t.id, t.title, t.deadline::text as deadline, t.priority, t.assigner_code as "assignerCode",
  d.name as "assignerName", t.target_kind as "targetKind", t.category, t.source_kind as "sourceKind",
  t.source_id as "sourceId", t.created_at as "createdAt", t.description, t.evidence_required as "evidenceRequired"`;

const COUNTS = (today: string) => sql`count(*)::int as total,
  (count(*) filter (where a.state = 'done'))::int as done,
  (count(*) filter (where a.state = 'done' and a.done_on <= t.deadline))::int as "doneOnTime",
  (count(*) filter (where a.state = 'open' and t.deadline < ${today}))::int as overdue`;

/** Tasks with a visible assignment, newest first, with the completion of those assignments. */
export async function findTaskRows(
  exec: TDb,
  visible: SQL,
  f: { q?: string; status?: 'open' | 'overdue' | 'done'; today: string; limit: number; offset: number },
): Promise<{ rows: TTaskListRow[]; total: number }> {
  const q = f.q ? sql` and t.title ilike ${`%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`}` : sql``;
  // which tasks: an EXISTS per task (stops at the first visible assignment), then counts for the page only
  const some = (cond: SQL) =>
    sql`exists (select 1 from task_assignments a where a.task_id = t.id and ${visible}${cond})`;
  const status =
    f.status === 'open'
      ? sql` and ${some(sql` and a.state = 'open'`)}`
      : f.status === 'overdue'
        ? sql` and t.deadline < ${f.today} and ${some(sql` and a.state = 'open'`)}`
        : f.status === 'done'
          ? sql` and not ${some(sql` and a.state = 'open'`)}`
          : sql``;
  const where = sql`where ${some(sql``)}${status}${q}`;
  const page = await rowsOf<{ id: number }>(
    exec,
    sql`select t.id from tasks t ${where} order by t.created_at desc, t.id desc limit ${f.limit} offset ${f.offset}`,
  );
  const [count] = await rowsOf<{ n: number }>(exec, sql`select count(*)::int as n from tasks t ${where}`);
  if (page.length === 0) return { rows: [], total: count?.n ?? 0 };
  const ids = sql.join(
    page.map((p) => sql`${p.id}`),
    sql`, `,
  );
  const rows = await rowsOf<TTaskListRow>(
    exec,
    sql`select ${TASK_COLUMNS}, ${COUNTS(f.today)}
      from tasks t join task_assignments a on a.task_id = t.id and ${visible}
      join divisions d on d.code = t.assigner_code
      where t.id in (${ids})
      group by t.id, d.name order by t.created_at desc, t.id desc`,
  );
  return { rows, total: count?.n ?? 0 };
}

/** One task with the completion of its visible assignments (undefined: none visible, so not found). */
export async function findTaskRow(exec: TDb, visible: SQL, id: number, today: string) {
  const [row] = await rowsOf<TTaskListRow>(
    exec,
    sql`select ${TASK_COLUMNS}, ${COUNTS(today)}
      from tasks t join task_assignments a on a.task_id = t.id and ${visible}
      join divisions d on d.code = t.assigner_code
      where t.id = ${id} group by t.id, d.name`,
  );
  return row;
}

export type TAssignmentListRow = {
  id: number;
  taskId: number;
  assigneeKind: string;
  divisionCode: string;
  divisionName: string;
  townshipName: string;
  personId: number | null;
  personName: string | null;
  state: string;
  percent: number | null;
  note: string;
  evidence: string;
  doneOn: string | null;
  updatedAt: Date;
  deadline: string;
  photoIds: number[];
};

/** A task's visible assignments by township, village and name, with the photos of their reports. */
export async function findAssignmentRows(
  exec: TDb,
  visible: SQL,
  taskId: number,
): Promise<TAssignmentListRow[]> {
  return rowsOf<TAssignmentListRow>(
    exec,
    sql`select a.id, a.task_id as "taskId", a.assignee_kind as "assigneeKind", a.division_code as "divisionCode",
        d.name as "divisionName", coalesce(tw.name, d.name) as "townshipName", a.person_id as "personId",
        p.name as "personName", a.state, a.percent, a.note, a.evidence, a.done_on::text as "doneOn",
        a.updated_at as "updatedAt", t.deadline::text as deadline,
        coalesce((select array_agg(rp.file_id order by r.id, rp.position) from task_reports r
          join task_report_photos rp on rp.report_id = r.id where r.assignment_id = a.id), '{}') as "photoIds"
      from task_assignments a join tasks t on t.id = a.task_id
      join divisions d on d.code = a.division_code
      left join divisions tw on tw.code = substr(a.division_code, 1, 9) and length(a.division_code) > 9
      left join persons p on p.id = a.person_id
      where a.task_id = ${taskId} and ${visible}
      order by a.division_code, p.name nulls first, a.id`,
  );
}

export type TReportRow = {
  id: number;
  assignmentId: number;
  date: string;
  percent: number | null;
  note: string;
  done: boolean;
  evidence: string;
  reportedByName: string;
  fromDay: boolean;
  photoIds: number[];
};

/** The reports on a task's visible assignments, newest first. */
export async function findReportRows(exec: TDb, visible: SQL, taskId: number): Promise<TReportRow[]> {
  return rowsOf<TReportRow>(
    exec,
    sql`select r.id, r.assignment_id as "assignmentId", r.date::text as date, r.percent, r.note, r.done, r.evidence,
        u.display_name as "reportedByName", r.duty_day_id is not null as "fromDay",
        coalesce((select array_agg(rp.file_id order by rp.position) from task_report_photos rp
          where rp.report_id = r.id), '{}') as "photoIds"
      from task_reports r join task_assignments a on a.id = r.assignment_id
      join users u on u.id = r.reported_by
      where a.task_id = ${taskId} and ${visible}
      order by r.reported_at desc, r.id desc limit 500`,
  );
}

export type TMyTaskRow = {
  assignmentId: number;
  taskId: number;
  title: string;
  description: string;
  evidenceRequired: string;
  deadline: string;
  priority: string;
  assigneeKind: string;
  divisionName: string;
  assignerName: string;
  state: string;
  percent: number | null;
  note: string;
  doneOn: string | null;
};

/** The assignments a reporter holds (`mine`, SQL over `a`): open ones, and those done since `since`. */
export async function findMyTaskRows(exec: TDb, mine: SQL, since: string): Promise<TMyTaskRow[]> {
  return rowsOf<TMyTaskRow>(
    exec,
    sql`select a.id as "assignmentId", t.id as "taskId", t.title, t.description,
        t.evidence_required as "evidenceRequired", t.deadline::text as deadline, t.priority,
        a.assignee_kind as "assigneeKind", d.name as "divisionName", ad.name as "assignerName", a.state,
        a.percent, a.note, a.done_on::text as "doneOn"
      from task_assignments a join tasks t on t.id = a.task_id
      join divisions d on d.code = a.division_code
      join divisions ad on ad.code = t.assigner_code
      where ${mine} and (a.state = 'open' or a.done_on >= ${since})
      order by t.deadline, a.id limit 200`,
  );
}

export type TCompletionRow = {
  code: string;
  name: string;
  townshipName: string;
  total: number;
  done: number;
  doneOnTime: number;
  overdue: number;
};

/**
 * Completion by township (everything under it) and by village (its own and its cadres' assignments):
 * counts only, never people. Optionally of one task.
 */
export async function findCompletionRows(
  exec: TDb,
  visible: SQL,
  today: string,
  taskId?: number,
): Promise<TCompletionRow[]> {
  const one = taskId === undefined ? sql`` : sql` and a.task_id = ${taskId}`;
  const x = sql`(select substr(a.division_code, 1, 9) as tw, a.division_code as dc, a.state, a.done_on, t.deadline
    from task_assignments a join tasks t on t.id = a.task_id where ${visible}${one}) x`;
  const counts = sql`count(*)::int as total,
    (count(*) filter (where x.state = 'done'))::int as done,
    (count(*) filter (where x.state = 'done' and x.done_on <= x.deadline))::int as "doneOnTime",
    (count(*) filter (where x.state = 'open' and x.deadline < ${today}))::int as overdue`;
  return rowsOf<TCompletionRow>(
    exec,
    sql`select g.code, d.name, coalesce(tw.name, d.name) as "townshipName", g.total, g.done, g."doneOnTime", g.overdue
      from (select coalesce(x.dc, x.tw) as code, grouping(x.dc) as by_township, ${counts}
            from ${x} group by grouping sets ((x.tw), (x.dc))) g
      join divisions d on d.code = g.code
      left join divisions tw on tw.code = substr(g.code, 1, 9) and length(g.code) > 9
      where g.by_township = 1 or length(g.code) > 9
      order by g.code`,
  );
}

export type TLedgerRow = {
  taskId: number;
  title: string;
  assignerName: string;
  deadline: string;
  priority: string;
  evidenceRequired: string;
  assigneeKind: string;
  townshipName: string;
  villageName: string | null;
  personName: string | null;
  state: string;
  percent: number | null;
  doneOn: string | null;
  evidence: string;
  note: string;
};

/** The ledger (任务台账): one row per visible assignment, by task (newest first), then township, village, name. */
export async function findLedgerRows(exec: TDb, visible: SQL, limit: number): Promise<TLedgerRow[]> {
  return rowsOf<TLedgerRow>(
    exec,
    sql`select t.id as "taskId", t.title, ad.name as "assignerName", t.deadline::text as deadline, t.priority,
        t.evidence_required as "evidenceRequired", a.assignee_kind as "assigneeKind",
        coalesce(tw.name, d.name) as "townshipName", case when length(a.division_code) > 9 then d.name end as "villageName",
        p.name as "personName", a.state, a.percent, a.done_on::text as "doneOn", a.evidence, a.note
      from task_assignments a join tasks t on t.id = a.task_id
      join divisions d on d.code = a.division_code
      join divisions ad on ad.code = t.assigner_code
      left join divisions tw on tw.code = substr(a.division_code, 1, 9) and length(a.division_code) > 9
      left join persons p on p.id = a.person_id
      where ${visible}
      order by t.created_at desc, t.id desc, a.division_code, p.name nulls first, a.id
      limit ${limit}`,
  );
}
