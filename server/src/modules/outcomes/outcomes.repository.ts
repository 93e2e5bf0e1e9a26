import type { TDesignationKind, TDesignationLevel, TOutcomeState, TScope } from '@zhucun/core';
import { type SQL, sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';
import { labourReportLines, labourReports, villageDesignations } from '../../db/schema.ts';

/** A code column within the scope's division prefixes (`code LIKE '140622100%'`). */
export function codeInScope(column: SQL, scope: TScope): SQL {
  if (scope.all) return sql`true`;
  if (!scope.codes.length) return sql`false`;
  return sql`(${sql.join(
    scope.codes.map((c) => sql`${column} like ${`${c}%`}`),
    sql` or `,
  )})`;
}

const REVIEW_COLUMNS = sql`x.state, x.return_reason, su.display_name as submitted_by_name,
  to_char(x.submitted_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as submitted_at,
  ru.display_name as reviewed_by_name,
  to_char(x.reviewed_at at time zone 'Asia/Shanghai', 'YYYY-MM-DD HH24:MI') as reviewed_at,
  x.submitted_by, v.name as village_name, t.name as township_name`;
const REVIEW_JOINS = sql`join divisions v on v.code = x.village_code
  join divisions t on t.code = v.parent_code
  left join users su on su.id = x.submitted_by
  left join users ru on ru.id = x.reviewed_by`;

type TReviewRow = {
  state: TOutcomeState;
  return_reason: string | null;
  submitted_by_name: string | null;
  submitted_at: string;
  reviewed_by_name: string | null;
  reviewed_at: string | null;
  submitted_by: number;
  village_name: string;
  township_name: string;
};

export type TLabourReportRow = TReviewRow & {
  id: number;
  village_code: string;
  month: string;
  note: string;
  labourers: number;
  households: number;
};

/** Villages' months in scope, by month (newest first) then village. */
export async function findLabourReports(
  db: TDb,
  scope: TScope,
  f: { id?: number; month?: string; division?: string; state?: string; villageCode?: string },
): Promise<TLabourReportRow[]> {
  const conds = [codeInScope(sql`x.village_code`, scope)];
  if (f.id) conds.push(sql`x.id = ${f.id}`);
  if (f.month) conds.push(sql`x.month = ${`${f.month}-01`}`);
  if (f.division) conds.push(sql`x.village_code like ${`${f.division}%`}`);
  if (f.villageCode) conds.push(sql`x.village_code = ${f.villageCode}`);
  if (f.state) conds.push(sql`x.state = ${f.state}`);
  return rowsOf<TLabourReportRow>(
    db,
    sql`select x.id, x.village_code, to_char(x.month, 'YYYY-MM') as month, x.note, ${REVIEW_COLUMNS},
          coalesce(l.labourers, 0)::int as labourers, coalesce(l.households, 0)::int as households
        from labour_reports x ${REVIEW_JOINS}
        left join lateral (select sum(labourers) as labourers, count(*) as households
          from labour_report_lines where report_id = x.id) l on true
        where ${sql.join(conds, sql` and `)}
        order by x.month desc, x.village_code
        limit 2000`,
  );
}

/** The households of a village's month with their labourers. */
export async function findLabourLines(db: TDb, reportId: number) {
  return rowsOf<{ householdId: number; headName: string; address: string; labourers: number }>(
    db,
    sql`select h.id as "householdId", h.head_name as "headName", h.address, l.labourers
        from labour_report_lines l join households h on h.id = l.household_id
        where l.report_id = ${reportId} order by h.head_name, h.id`,
  );
}

/** Which of the ids are not households of the village. */
export async function householdsNotOf(db: TDb, villageCode: string, ids: number[]): Promise<number[]> {
  if (!ids.length) return [];
  const rows = await rowsOf<{ id: number }>(
    db,
    sql`select id from households where village_code = ${villageCode}
        and id in (${sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )})`,
  );
  const ok = new Set(rows.map((r) => r.id));
  return ids.filter((id) => !ok.has(id));
}

export async function insertLabourReport(
  tx: TDb,
  values: { villageCode: string; month: string; note: string; submittedBy: number },
): Promise<number> {
  const [row] = await tx
    .insert(labourReports)
    .values({ ...values, month: `${values.month}-01`, state: 'submitted' })
    .returning({ id: labourReports.id });
  return (row as { id: number }).id;
}

/** Replaces a month's lines (a new report or its correction). */
export async function replaceLabourLines(
  tx: TDb,
  reportId: number,
  lines: { householdId: number; labourers: number }[],
) {
  await tx.execute(sql`delete from labour_report_lines where report_id = ${reportId}`);
  if (lines.length) await tx.insert(labourReportLines).values(lines.map((l) => ({ reportId, ...l })));
}

/** Sends a corrected report again: waiting for the county, its reason cleared. */
export async function resubmitLabourReport(tx: TDb, id: number, note: string, userId: number) {
  await tx.execute(
    sql`update labour_reports set state = 'submitted', note = ${note}, return_reason = null,
          submitted_by = ${userId}, submitted_at = now(), reviewed_by = null, reviewed_at = null
        where id = ${id}`,
  );
}

/** The county's decision on a report or designation (approved, or returned with its reason). */
export async function decide(
  tx: TDb,
  table: 'labour_reports' | 'village_designations',
  id: number,
  decision: { state: 'approved' | 'returned'; reason: string | null; userId: number },
) {
  await tx.execute(
    sql`update ${sql.identifier(table)} set state = ${decision.state}, return_reason = ${decision.reason},
          reviewed_by = ${decision.userId}, reviewed_at = now()
        where id = ${id} and state = 'submitted'`,
  );
}

export type TDesignationRow = TReviewRow & {
  id: number;
  village_code: string;
  kind: TDesignationKind;
  level: TDesignationLevel;
  title: string;
  issuer: string;
  document_no: string;
  designated_on: string;
  file_id: number | null;
};

/** Designations in scope, newest first. */
export async function findDesignations(
  db: TDb,
  scope: TScope,
  f: { id?: number; division?: string; kind?: string; state?: string },
): Promise<TDesignationRow[]> {
  const conds = [codeInScope(sql`x.village_code`, scope)];
  if (f.id) conds.push(sql`x.id = ${f.id}`);
  if (f.division) conds.push(sql`x.village_code like ${`${f.division}%`}`);
  if (f.kind) conds.push(sql`x.kind = ${f.kind}`);
  if (f.state) conds.push(sql`x.state = ${f.state}`);
  return rowsOf<TDesignationRow>(
    db,
    sql`select x.id, x.village_code, x.kind, x.level, x.title, x.issuer, x.document_no,
          x.designated_on::text as designated_on, x.file_id, ${REVIEW_COLUMNS}
        from village_designations x ${REVIEW_JOINS}
        where ${sql.join(conds, sql` and `)}
        order by x.designated_on desc, x.id desc
        limit 2000`,
  );
}

export type TNewDesignation = typeof villageDesignations.$inferInsert;

export async function insertDesignation(tx: TDb, values: TNewDesignation): Promise<number> {
  const [row] = await tx.insert(villageDesignations).values(values).returning({ id: villageDesignations.id });
  return (row as { id: number }).id;
}

/** A corrected designation sent again. */
export async function resubmitDesignation(
  tx: TDb,
  id: number,
  values: Omit<TNewDesignation, 'villageCode' | 'state'>,
) {
  await tx.execute(
    sql`update village_designations set kind = ${values.kind}, level = ${values.level}, title = ${values.title},
          issuer = ${values.issuer}, document_no = ${values.documentNo}, designated_on = ${values.designatedOn},
          file_id = ${values.fileId ?? null}, state = 'submitted', return_reason = null,
          submitted_by = ${values.submittedBy}, submitted_at = now(), reviewed_by = null, reviewed_at = null
        where id = ${id}`,
  );
}

/** The document of a designation in scope. */
export async function findDesignationFileKey(db: TDb, scope: TScope, id: number) {
  const [row] = await rowsOf<{ storageKey: string }>(
    db,
    sql`select f.storage_key as "storageKey"
        from village_designations x join stored_files f on f.id = x.file_id
        where x.id = ${id} and ${codeInScope(sql`x.village_code`, scope)}`,
  );
  return row;
}

/** A village in scope (12 digits), with its name. */
export async function findVillageInScope(db: TDb, scope: TScope, code: string) {
  const [row] = await rowsOf<{ code: string; name: string }>(
    db,
    sql`select code, name from divisions where code = ${code} and level = 'village'
        and ${codeInScope(sql`code`, scope)}`,
  );
  return row;
}
