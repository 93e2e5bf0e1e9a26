import {
  addDays,
  completionOfCounts,
  localDate,
  type TCadreCategory,
  type TMyTask,
  type TScope,
  type TTaskCompletionReport,
  type TTaskCreateInput,
  type TTaskListItem,
  type TTaskListQuery,
  type TTaskPriority,
  type TTaskReportInput,
  type TTaskSource,
  type TTaskView,
  taskState,
  ZTaskListQuery,
} from '@zhucun/core';
import { and } from 'drizzle-orm';
import { STATEMENT_TIMEOUT_MS, type TDb, withStatementTimeout } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import {
  findAssignable,
  findDivisionName as findCountyName,
  findPersonOfUser,
  findReportPhotoKey,
} from './tasks.repository.ts';
import { assignerCodeOf, assignTask } from './tasks-assign.ts';
import { taskLedgerFile } from './tasks-ledger.xlsx.ts';
import {
  findAssignmentRows,
  findCompletionRows,
  findLedgerRows,
  findMyTaskRows,
  findReportRows,
  findTaskRow,
  findTaskRows,
  type TTaskListRow,
} from './tasks-read.repository.ts';
import {
  checkDayReports,
  checkReport,
  heldBy,
  type TCheckedReport,
  type TTaskReporter,
  writeCheckedReport,
} from './tasks-report.ts';
import { assignmentVisible, type TTaskReader } from './tasks-scope.ts';

export type TTasksDeps = {
  db: TDb;
  now: () => Date;
  /** Of some photo ids, those not uploaded by this account as task evidence. */
  unknownEvidence: (userId: number, ids: number[]) => Promise<number[]>;
};

/** Reports from a day's save, checked before the day is written. */
export type TDayReports = { reporter: TTaskReporter | null; checked: TCheckedReport[] };

/** The most rows one ledger holds (a county's year is far below it). */
export const LEDGER_MAX_ROWS = 250_000;

const completionOf = (r: Pick<TTaskListRow, 'total' | 'done' | 'doneOnTime' | 'overdue'>) =>
  completionOfCounts({ total: r.total, done: r.done, doneOnTime: r.doneOnTime, overdue: r.overdue });

const itemOf = (r: TTaskListRow): TTaskListItem => ({
  id: r.id,
  title: r.title,
  deadline: r.deadline,
  priority: r.priority as TTaskPriority,
  assignerCode: r.assignerCode,
  assignerName: r.assignerName,
  targetKind: r.targetKind as TTaskListItem['targetKind'],
  category: r.category as TTaskListItem['category'],
  source: r.sourceKind ? { kind: r.sourceKind as 'meeting', id: r.sourceId! } : null,
  createdAt: new Date(r.createdAt).toISOString(),
  completion: completionOf(r),
});

/**
 * 任务清单 (docs/rules.md §4.9): assign in one step, read in scope, report progress and done with
 * evidence, completion by township and village (counts and shares, never people), the ledger.
 */
export function createTasksService(deps: TTasksDeps) {
  const { db } = deps;
  const today = () => localDate(deps.now());
  return {
    /**
     * 下达任务: callable from other modules (a meeting's decision, `source: { kind: 'meeting', id }`,
     * in the meeting's transaction `tx`). Stable signature.
     */
    assign(
      scope: TScope,
      input: TTaskCreateInput,
      actor: { userId: number },
      ctx: TActorContext,
      options: { source?: TTaskSource; tx?: TDb } = {},
    ): Promise<{ id: number; assignments: number }> {
      return assignTask(deps, scope, input, actor, ctx, options);
    },

    /** The caller as a reader (scope of tasks:read, and their person) and as a reporter (tasks:report). */
    async actorsOf(userId: number, read: TScope | null, report: TScope | null) {
      const me = await findPersonOfUser(db, userId);
      const personId = me?.personId ?? null;
      const reader: TTaskReader = { scope: read ?? { all: false, codes: [] }, personId };
      const reporter: TTaskReporter = {
        userId,
        personId: report ? personId : null,
        villageCode: report ? (me?.villageCode ?? null) : null,
        townshipCodes: report && !report.all ? report.codes.filter((c) => c.length === 9) : [],
      };
      return { reader, reporter };
    },

    /** What the assign form offers: the level assigning, its townships and villages, the cadres posted there. */
    async assignable(scope: TScope) {
      const under = await assignerCodeOf(db, scope);
      const { places, cadres } = await findAssignable(db, under);
      const names = new Map(places.map((p) => [p.code, p.name]));
      return {
        assignerCode: under,
        assignerName: under.length <= 6 ? await findCountyName(db, under) : (names.get(under) ?? under),
        level: under.length <= 6 ? ('county' as const) : ('township' as const),
        townships: places.filter((p) => p.level === 'township').map((p) => ({ code: p.code, name: p.name })),
        villages: places
          .filter((p) => p.level === 'village')
          .map((p) => ({ code: p.code, name: p.name, townshipName: names.get(p.code.slice(0, 9)) ?? '' })),
        cadres: cadres.map((c) => ({
          personId: c.personId,
          name: c.name,
          category: c.category as TCadreCategory,
          villageName: names.get(c.villageCode) ?? '',
        })),
      };
    },

    /** Tasks with an assignment in the reader's reach, newest first, each with that part's completion. */
    async list(reader: TTaskReader, query: TTaskListQuery, heldOnly?: TTaskReporter) {
      const q = ZTaskListQuery.parse(query);
      // held (the to-do's link): only the reporter's own share of each task, counted over those assignments
      const visible = heldOnly
        ? and(assignmentVisible(reader), heldBy(heldOnly))!
        : assignmentVisible(reader);
      const { rows, total } = await findTaskRows(db, visible, {
        q: q.q,
        status: q.status,
        today: today(),
        limit: q.pageSize,
        offset: (q.page - 1) * q.pageSize,
      });
      return { items: rows.map(itemOf), total };
    },

    /** One task with its assignments and reports in reach (not found when none is). */
    async get(reader: TTaskReader, reporter: TTaskReporter, id: number): Promise<TTaskView> {
      const visible = assignmentVisible(reader);
      const day = today();
      const row = await findTaskRow(db, visible, id, day);
      if (!row) throw notFound();
      const [assignments, reports, held] = await Promise.all([
        findAssignmentRows(db, visible, id),
        findReportRows(db, visible, id),
        findMyTaskRows(db, heldBy(reporter), '9999-12-31'),
      ]);
      return {
        ...itemOf(row),
        description: row.description,
        evidenceRequired: row.evidenceRequired,
        reportable: held.filter((h) => h.taskId === id).map((h) => h.assignmentId),
        assignments: assignments.map((a) => {
          const s = taskState({ deadline: a.deadline, doneOn: a.doneOn }, day);
          return {
            id: a.id,
            taskId: a.taskId,
            assigneeKind: a.assigneeKind as 'village',
            divisionCode: a.divisionCode,
            divisionName: a.divisionName,
            townshipName: a.townshipName,
            personId: a.personId,
            personName: a.personName,
            status: s.status,
            overdueDays: s.overdueDays,
            percent: a.percent,
            note: a.note,
            evidence: a.evidence,
            photoIds: a.photoIds,
            doneOn: a.doneOn,
            updatedAt: new Date(a.updatedAt).toISOString(),
          };
        }),
        reports,
      };
    },

    /** 我的任务 (and 今天's list): the reporter's open assignments due soonest first, and those done in the last week. */
    async mine(reporter: TTaskReporter): Promise<{ today: string; items: TMyTask[] }> {
      const day = today();
      const rows = await findMyTaskRows(db, heldBy(reporter), addDays(day, -7));
      const items = rows.map((r): TMyTask => {
        const s = taskState({ deadline: r.deadline, doneOn: r.doneOn }, day);
        return {
          assignmentId: r.assignmentId,
          taskId: r.taskId,
          title: r.title,
          description: r.description,
          evidenceRequired: r.evidenceRequired,
          deadline: r.deadline,
          priority: r.priority as TTaskPriority,
          assigneeKind: r.assigneeKind as TMyTask['assigneeKind'],
          divisionName: r.divisionName,
          assignerName: r.assignerName,
          status: s.status,
          overdueDays: s.overdueDays,
          percent: r.percent,
          note: r.note,
        };
      });
      const open = items.filter((i) => i.status === 'open' || i.status === 'overdue');
      return { today: day, items: [...open, ...items.filter((i) => !open.includes(i))] };
    },

    /** A progress report or done on an assignment the reporter holds (one transaction with its audit row). */
    async report(
      reader: TTaskReader,
      reporter: TTaskReporter,
      id: number,
      input: TTaskReportInput,
      ctx: TActorContext,
    ) {
      const checked = await checkReport(
        db,
        assignmentVisible(reader),
        reporter,
        id,
        input,
        deps.unknownEvidence,
      );
      const at = deps.now();
      await db.transaction((tx) =>
        writeCheckedReport(tx, checked, { date: localDate(at), time: at }, reporter, ctx),
      );
      return this.get(reader, reporter, checked.assignment.a.taskId);
    },

    /**
     * 今天 → 任务进展 (enter once): the duty module's day save checks the cadre's reports before the
     * day is written and writes them in the day's transaction, tied to the day.
     */
    dayReports: {
      async check(userId: number, values: unknown[] | undefined): Promise<TDayReports> {
        if (!values?.length) return { reporter: null, checked: [] };
        const me = await findPersonOfUser(db, userId);
        const reporter: TTaskReporter = {
          userId,
          personId: me?.personId ?? null,
          villageCode: me?.villageCode ?? null,
          townshipCodes: [],
        };
        return {
          reporter,
          checked: await checkDayReports(db, heldBy(reporter), reporter, values, deps.unknownEvidence),
        };
      },
      async write(
        tx: TDb,
        checked: TDayReports,
        day: { id: number; date: string },
        at: Date,
        ctx: TActorContext,
      ) {
        for (const c of checked.checked)
          await writeCheckedReport(
            tx,
            c,
            { date: day.date, time: at, dutyDayId: day.id },
            checked.reporter!,
            ctx,
          );
      },
    },

    /** Completion by township and village (counts and shares), of everything in reach or of one task. */
    async completion(reader: TTaskReader, taskId?: number): Promise<TTaskCompletionReport> {
      const day = today();
      const visible = assignmentVisible(reader);
      if (taskId !== undefined && !(await findTaskRow(db, visible, taskId, day))) throw notFound();
      const rows = await findCompletionRows(db, visible, day, taskId);
      const townships = rows.filter((r) => r.code.length <= 9);
      const sum = (k: 'total' | 'done' | 'doneOnTime' | 'overdue') => townships.reduce((s, r) => s + r[k], 0);
      return {
        today: day,
        total: completionOf({
          total: sum('total'),
          done: sum('done'),
          doneOnTime: sum('doneOnTime'),
          overdue: sum('overdue'),
        }),
        rows: rows.map((r) => ({
          code: r.code,
          name: r.name,
          level: r.code.length <= 9 ? ('township' as const) : ('village' as const),
          townshipName: r.townshipName,
          ...completionOf(r),
        })),
      };
    },

    /** 任务台账 in Excel: one row per assignment in reach, audited (who exported how many rows). */
    async ledger(reader: TTaskReader, ctx: TActorContext): Promise<{ file: Buffer; rows: number }> {
      const day = today();
      const rows = await withStatementTimeout(db, STATEMENT_TIMEOUT_MS.export, (tx) =>
        findLedgerRows(tx, assignmentVisible(reader), LEDGER_MAX_ROWS),
      );
      await recordAudit(db, ctx, {
        action: 'task.export',
        objectType: 'task',
        details: { rows: rows.length },
      });
      return { file: await taskLedgerFile(`任务台账（${day}）`, rows, day), rows: rows.length };
    },

    /** Where a task evidence photo is kept, when it is attached to a report in reach. */
    evidenceKey(reader: TTaskReader, fileId: number) {
      return findReportPhotoKey(db, fileId, assignmentVisible(reader));
    },
  };
}
export type TTasksService = ReturnType<typeof createTasksService>;
/** What the duty module's day save calls (a narrow dependency). */
export type TDayTaskReports = TTasksService['dayReports'];
