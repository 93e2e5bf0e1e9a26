import { ratingStageReached, type TScope } from '@zhucun/core';
import { STATEMENT_TIMEOUT_MS, type TDb, withStatementTimeout } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findDivision } from '../rectification/rectification.repository.ts';
import { findCycleInScope, findResults, type TCycleRow } from './priority.repository.ts';
import { byVillageAndName, createPriorityService, gradeOf } from './priority.service.ts';
import { noticeDocument, priorityDocument } from './rating.docx.ts';
import { resultsWorkbook } from './results.xlsx.ts';

/**
 * The star rating's files (docs/rules.md §4.6): the result table to Excel, the notice (公示) and the
 * priority lists to Word; each in the caller's scope (a township: its villages' cadres), each audited.
 */
export function createRatingExportsService(deps: { db: TDb; now: () => Date }) {
  const { db } = deps;
  const priority = createPriorityService(deps);
  const countyName = async (code: string) => (await findDivision(db, code))?.name ?? '';

  async function cycleOf(scope: TScope, id: number): Promise<TCycleRow> {
    const cycle = await findCycleInScope(db, scope, id);
    if (!cycle) throw notFound();
    return cycle;
  }
  const audit = (ctx: TActorContext, cycle: { id: number; year: number }, file: string, count: number) =>
    recordAudit(db, ctx, {
      action: 'rating.export',
      objectType: 'rating_cycle',
      objectId: cycle.id,
      details: { file, year: cycle.year, count },
    });
  const readResults = (scope: TScope, cycle: TCycleRow) =>
    withStatementTimeout(db, STATEMENT_TIMEOUT_MS.export, async (tx) =>
      (await findResults(tx, scope, cycle)).sort(byVillageAndName),
    );

  return {
    /** 星级评定结果表 (Excel): every figure of each result in scope, by village and name. */
    async results(scope: TScope, cycleId: number, ctx: TActorContext) {
      const cycle = await cycleOf(scope, cycleId);
      const rows = await readResults(scope, cycle);
      await audit(ctx, cycle, 'results', rows.length);
      const name = `${await countyName(cycle.county_code)}${cycle.year}年度驻村干部星级评定结果`;
      return { file: await resultsWorkbook(name, rows), filename: `星级评定结果（${cycle.year}年度）.xlsx` };
    },

    /** 公示 (Word): once the notice is published; the graded results in scope with their stars. */
    async notice(scope: TScope, cycleId: number, ctx: TActorContext) {
      const cycle = await cycleOf(scope, cycleId);
      if (!ratingStageReached(cycle.stage, 'notice') || !cycle.notice_from || !cycle.notice_until)
        throw new AppError('conflict', 'rating_notice_not_yet', { year: cycle.year });
      const rows = (await readResults(scope, cycle)).filter((r) => r.grade);
      await audit(ctx, cycle, 'notice', rows.length);
      const file = await noticeDocument({
        countyName: await countyName(cycle.county_code),
        year: cycle.year,
        from: cycle.notice_from,
        until: cycle.notice_until,
        rows: rows.map((r) => ({
          name: r.name,
          villageCode: r.village_code,
          villageName: r.village_name,
          townshipName: r.township_name,
          grade: gradeOf(r.grade),
          stars: r.stars ?? 0,
        })),
      });
      return { file, filename: `星级评定结果公示（${cycle.year}年度）.docx` };
    },

    /** 结果运用优先名单 (Word): the lists as the page shows them, on the same date. */
    async priorityLists(scope: TScope, q: { year?: number; date?: string }, ctx: TActorContext) {
      const lists = await priority.lists(scope, q);
      const { cycle } = lists;
      if (!cycle) throw notFound();
      const county = await findCycleInScope(db, scope, cycle.id);
      const count = lists.lists.reduce((n, l) => n + l.entries.length, 0);
      await audit(ctx, cycle, 'priority_lists', count);
      const file = await priorityDocument(await countyName(county?.county_code ?? ''), { ...lists, cycle });
      return { file, filename: `星级评定结果运用优先名单（${cycle.year}年度）.docx` };
    },
  };
}
export type TRatingExportsService = ReturnType<typeof createRatingExportsService>;
