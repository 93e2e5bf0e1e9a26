import {
  localDate,
  monthRange,
  REPORT_SETS,
  type TReportExport,
  type TReportPeriodQuery,
  type TScope,
  termEndingUntil,
  ZCadreListQuery,
} from '@zhucun/core';
import { STATEMENT_TIMEOUT_MS, type TDb, withStatementTimeout } from '../../db/client.ts';
import { AppError, invalidField } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { readOneSnapshot } from '../cadres/cadres.export.repository.ts';
import { findCadres } from '../cadres/cadres.repository.ts';
import { divisionOf } from '../compliance/division-scope.ts';
import { countLedgerProjects, findLedgerProjects } from '../projects/projects-export.repository.ts';
import { MAX_LEDGER_PROJECTS } from '../projects/projects-export.service.ts';
import type { TRulesService } from '../rules/rules.service.ts';
import {
  countRequestsRegistered,
  findDivisionNames,
  findRequestsRegistered,
} from './report-exports.repository.ts';
import { byMonthPlaceAndName, presenceRows } from './report-presence.ts';
import { projectRow, registryRow, requestRow } from './report-rows.ts';
import { reportWorkbook, type TReportRow } from './report-workbook.ts';

/** A report holds at most so many rows (a county's registry, a year of its requests); past it, 400. */
export const MAX_REPORT_ROWS = 100_000;
const PAGE_ROWS = 1000;

const OBJECT_OF = {
  registry: 'cadre',
  presence: 'duty_day',
  requests: 'request',
  projects: 'project',
} as const;

/**
 * 上报数据: the four upward-reporting workbooks in their defined column sets (core/src/report-sets.ts),
 * each read in scope, in one read-only snapshot under the export time limit, and audited
 * (`report.export`, with the rows written and the period).
 */
export function createReportExportsService(deps: {
  db: TDb;
  now: () => Date;
  rules: Pick<TRulesService, 'get'>;
}) {
  const { db } = deps;
  const today = () => localDate(deps.now());

  async function read(scope: TScope, e: TReportExport, q: TReportPeriodQuery | null): Promise<TReportRow[]> {
    return withStatementTimeout(db, STATEMENT_TIMEOUT_MS.export, async (tx) => {
      await readOneSnapshot(tx);
      if (e === 'registry') return registry(tx, scope);
      if (e === 'projects') return projectsOf(tx, scope);
      if (e === 'presence') return presence(tx, scope, q!);
      return requestsOf(tx, scope, q!);
    });
  }

  async function registry(tx: TDb, scope: TScope): Promise<TReportRow[]> {
    const now = today();
    const query = ZCadreListQuery.parse({});
    const rows: TReportRow[] = [];
    for (let page = 1; rows.length < MAX_REPORT_ROWS; page++) {
      const found = await findCadres(
        tx,
        scope,
        { ...query, page, pageSize: PAGE_ROWS },
        now,
        termEndingUntil(now),
      );
      rows.push(...found.rows.map(registryRow));
      if (found.rows.length < PAGE_ROWS) break;
    }
    return rows.sort(byPlaceAndName);
  }

  async function projectsOf(tx: TDb, scope: TScope): Promise<TReportRow[]> {
    const n = await countLedgerProjects(tx, scope, {});
    if (n > MAX_LEDGER_PROJECTS)
      throw new AppError('validation', 'project_export_too_many', { count: n, max: MAX_LEDGER_PROJECTS });
    return (await findLedgerProjects(tx, scope, {}, today())).map(projectRow);
  }

  async function presence(tx: TDb, scope: TScope, q: TReportPeriodQuery): Promise<TReportRow[]> {
    const division = await divisionOf(tx, scope);
    const rows = await presenceRows(tx, deps, division, q, today());
    const names = await findDivisionNames(
      tx,
      rows.map((r) => String(r.village_code).slice(0, 9)),
    );
    for (const r of rows) r.township = names.get(String(r.village_code).slice(0, 9)) ?? '';
    return rows.sort(byMonthPlaceAndName);
  }

  async function requestsOf(tx: TDb, scope: TScope, q: TReportPeriodQuery): Promise<TReportRow[]> {
    const from = q.month ? monthRange(`${q.year}-${q.month.padStart(2, '0')}`).from : `${q.year}-01-01`;
    const to = q.month ? monthRange(`${q.year}-${q.month.padStart(2, '0')}`).to : `${q.year}-12-31`;
    const n = await countRequestsRegistered(tx, scope, from, to);
    if (n > MAX_REPORT_ROWS)
      throw invalidField('month', 'report_too_many', { count: n, max: MAX_REPORT_ROWS });
    return (await findRequestsRegistered(tx, scope, from, to)).map(requestRow);
  }

  return {
    /** One report as a workbook and its file name, audited. */
    async workbook(scope: TScope, e: TReportExport, q: TReportPeriodQuery | null, ctx: TActorContext) {
      const rows = await read(scope, e, q);
      await recordAudit(db, ctx, {
        action: 'report.export',
        objectType: OBJECT_OF[e],
        details: { report: e, rows: rows.length, ...(q ? { year: q.year, month: q.month ?? null } : {}) },
      });
      return { file: await reportWorkbook(e, rows), filename: fileName(e, q, today()) };
    },
  };
}
export type TReportExportsService = ReturnType<typeof createReportExportsService>;

/** 上报_驻村干部台账_2026-12-06.xlsx, 上报_五天四夜月度统计_2026年3月.xlsx … */
function fileName(e: TReportExport, q: TReportPeriodQuery | null, today: string): string {
  const period = q ? `${q.year}年${q.month ? `${Number(q.month)}月` : ''}` : today;
  return `上报_${REPORT_SETS[e].title}_${period}.xlsx`;
}

/** Registry rows by village code (so township), then name; people without a posting last. */
function byPlaceAndName(a: TReportRow, b: TReportRow): number {
  const av = String(a.village_code || '~');
  const bv = String(b.village_code || '~');
  if (av !== bv) return av < bv ? -1 : 1;
  return String(a.name).localeCompare(String(b.name), 'zh-Hans-CN');
}
