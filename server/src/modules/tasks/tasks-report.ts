import {
  checkTaskReport,
  type TTaskReport,
  type TTaskReportInput,
  ZDayTaskReportInput,
  ZTaskReportInput,
} from '@zhucun/core';
import { type SQL, sql } from 'drizzle-orm';
import { rowsOf, type TDb } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findAssignment, updateAssignment, writeReport } from './tasks.repository.ts';

/**
 * Who reports on an assignment (docs/rules.md §4.9): a township's by its administrators, a village's
 * by a cadre posted there, a person's by that person. `townshipCodes` are the townships of the
 * caller's `tasks:report` scope; `villageCode` their active posting's village.
 */
export type TTaskReporter = {
  userId: number;
  personId: number | null;
  villageCode: string | null;
  townshipCodes: string[];
};

/** The assignments a reporter holds, as SQL over alias `a`. */
export function heldBy(r: TTaskReporter): SQL {
  const conds: SQL[] = [];
  if (r.townshipCodes.length)
    conds.push(
      sql`(a.assignee_kind = 'township' and a.division_code in (${sql.join(
        r.townshipCodes.map((c) => sql`${c}`),
        sql`, `,
      )}))`,
    );
  if (r.villageCode) conds.push(sql`(a.assignee_kind = 'village' and a.division_code = ${r.villageCode})`);
  if (r.personId !== null) conds.push(sql`a.person_id = ${r.personId}`);
  return conds.length ? sql`(${sql.join(conds, sql` or `)})` : sql`false`;
}

type THeld = NonNullable<Awaited<ReturnType<typeof findAssignment>>>;

const holds = (r: TTaskReporter, a: THeld['a']) =>
  (a.assigneeKind === 'township' && r.townshipCodes.includes(a.divisionCode)) ||
  (a.assigneeKind === 'village' && r.villageCode === a.divisionCode) ||
  (a.assigneeKind === 'person' && a.personId !== null && a.personId === r.personId);

/** True when the assignment is visible to a reader's filter (an out-of-scope one is not found). */
export async function isVisible(exec: TDb, visible: SQL, id: number): Promise<boolean> {
  const rows = await rowsOf<{ id: number }>(
    exec,
    sql`select a.id from task_assignments a where a.id = ${id} and ${visible}`,
  );
  return rows.length > 0;
}

export type TCheckedReport = { assignment: THeld; report: TTaskReport };

/**
 * Checks a report before anything is written: visible (404), held by the reporter (403 naming who
 * holds it), still open (409), the report itself (done needs evidence: 400 on `field`), the photos
 * uploaded by this account (400).
 */
export async function checkReport(
  db: TDb,
  visible: SQL,
  reporter: TTaskReporter,
  id: number,
  input: TTaskReportInput,
  unknownEvidence: (userId: number, ids: number[]) => Promise<number[]>,
  fieldPrefix = '',
): Promise<TCheckedReport> {
  const assignment = await findAssignment(db, id);
  if (!assignment || !(await isVisible(db, visible, id))) throw notFound();
  if (!holds(reporter, assignment.a))
    throw new AppError('forbidden', 'task_not_reportable', { assigneeKind: assignment.a.assigneeKind });
  if (assignment.a.state === 'done') throw new AppError('conflict', 'task_already_done');
  const report = ZTaskReportInput.parse(input);
  const problems = checkTaskReport(report);
  if (problems.length)
    throw new AppError(
      'validation',
      'validation_failed',
      {},
      problems.map((p) => ({ field: `${fieldPrefix}${p.field}`, key: p.key as 'task_report_empty' })),
    );
  const unknown = await unknownEvidence(reporter.userId, report.photoIds);
  if (unknown.length)
    throw new AppError('validation', 'validation_failed', {}, [
      { field: `${fieldPrefix}photoIds`, key: 'photo_unknown', params: { ids: unknown.join('、') } },
    ]);
  return { assignment, report };
}

/**
 * Writes a checked report in the caller's transaction: the report (from 今天: one per assignment and
 * day, replaced by a second save), the assignment's progress, done with the date, and the audit row.
 */
export async function writeCheckedReport(
  tx: TDb,
  checked: TCheckedReport,
  at: { date: string; time: Date; dutyDayId?: number },
  reporter: TTaskReporter,
  ctx: TActorContext,
): Promise<void> {
  const { assignment, report } = checked;
  const id = assignment.a.id;
  const reportId = await writeReport(
    tx,
    {
      assignmentId: id,
      date: at.date,
      percent: report.done ? 100 : report.percent,
      note: report.note,
      done: report.done,
      evidence: report.evidence,
      dutyDayId: at.dutyDayId ?? null,
      reportedBy: reporter.userId,
      reportedAt: at.time,
    },
    report.photoIds,
  );
  await updateAssignment(tx, id, {
    percent: report.done ? 100 : (report.percent ?? assignment.a.percent),
    note: report.note || assignment.a.note,
    evidence: report.evidence || assignment.a.evidence,
    ...(report.done ? { state: 'done', doneOn: at.date, doneBy: reporter.userId } : {}),
    updatedAt: at.time,
  });
  await recordAudit(tx, ctx, {
    action: report.done ? 'task.done' : 'task.report',
    objectType: 'task',
    objectId: assignment.a.taskId,
    details: {
      assignmentId: id,
      reportId,
      percent: report.percent,
      photos: report.photoIds.length,
      ...(at.dutyDayId ? { dutyDayId: at.dutyDayId, date: at.date } : {}),
    },
  });
}

/**
 * 今天 → 任务进展 (enter once): the day's save carries reports on the cadre's own assignments; each is
 * checked before the day is written (fields named `tasks.N.…`) and written in the day's transaction.
 */
export async function checkDayReports(
  db: TDb,
  visible: SQL,
  reporter: TTaskReporter,
  values: unknown[] | undefined,
  unknownEvidence: (userId: number, ids: number[]) => Promise<number[]>,
): Promise<TCheckedReport[]> {
  if (!values?.length) return [];
  const checked: TCheckedReport[] = [];
  for (const [i, value] of values.entries()) {
    const { assignmentId, ...input } = ZDayTaskReportInput.parse(value);
    if (checked.some((c) => c.assignment.a.id === assignmentId)) continue;
    checked.push(
      await checkReport(db, visible, reporter, assignmentId, input, unknownEvidence, `tasks.${i}.`),
    );
  }
  return checked;
}
