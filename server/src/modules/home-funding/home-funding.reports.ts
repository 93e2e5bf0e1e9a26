import {
  groupBy,
  homeTitleOf,
  inScope,
  isWithin,
  type TFundingSummary,
  type TFundingSummaryQuery,
  type THomeKind,
  type TScope,
} from '@zhucun/core';
import { STATEMENT_TIMEOUT_MS, type TDb, withStatementTimeout } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import {
  findCountyName,
  findDivisionNamed,
  findFundingEntries,
  findFundingHomes,
  sumFundingBy,
  type TFundingFilter,
  type THomeHeader,
} from './home-funding.repository.ts';
import { type TSignedAmount, totalsOf } from './home-funding.view.ts';
import { fundingWorkbook, type TWorkbookEntry } from './home-funding.xlsx.ts';

const collator = new Intl.Collator('zh-Hans-CN');

/** By township and village (their codes), then by the home's title. */
const byPlace = (a: { villageCode: string; title: string }, b: { villageCode: string; title: string }) =>
  a.villageCode.localeCompare(b.villageCode) || collator.compare(a.title, b.title);

/** The county's totals by home and source, and the whole ledger as a workbook. */
export function createFundingReports(deps: { db: TDb }) {
  const { db } = deps;

  /** The filter of a query: a township in (or around) the caller's scope, else 404; and where it is, by name. */
  async function filterOf(
    exec: TDb,
    scope: TScope,
    q: TFundingSummaryQuery,
  ): Promise<TFundingFilter & { place: string }> {
    if (q.township) {
      const d = await findDivisionNamed(exec, q.township);
      const reachable =
        inScope(scope, q.township) || (!scope.all && scope.codes.some((c) => isWithin(c, q.township!)));
      if (d?.level !== 'township' || !reachable) throw notFound();
      return { scope, township: q.township, year: q.year, place: d.name };
    }
    const single = !scope.all && scope.codes.length === 1 ? scope.codes[0]! : null;
    const place = single
      ? ((await findDivisionNamed(exec, single))?.name ?? single)
      : await findCountyName(exec);
    return { scope, year: q.year, place };
  }

  /** Homes of the filter in order, with their display titles. */
  async function homesOf(exec: TDb, f: TFundingFilter) {
    const rows = await findFundingHomes(exec, f);
    return rows
      .map((h) => ({
        ...h,
        title: homeTitleOf({ title: h.title, kind: h.kind as THomeKind }, h.villageName),
      }))
      .sort((a, b) => byPlace(a, b) || a.id - b.id);
  }

  async function summaryOf(exec: TDb, f: TFundingFilter, homes: THomeHeader[]): Promise<TFundingSummary> {
    const sums: (TSignedAmount & { homeId: number })[] = (await sumFundingBy(exec, f)).map((s) => ({
      homeId: s.homeId,
      source: s.source,
      direction: s.direction,
      amountFen: s.sum,
    }));
    const byHome = groupBy(sums, (s) => s.homeId);
    return {
      rows: homes.map((h) => ({
        homeId: h.id,
        homeTitle: h.title,
        kind: h.kind as THomeKind,
        villageName: h.villageName,
        townshipName: h.townshipName,
        ...totalsOf(byHome.get(h.id) ?? []),
      })),
      totals: totalsOf(sums),
    };
  }

  return {
    /** Totals by home and source, every home of the filter included (zeros when it has no entry). */
    async summary(scope: TScope, q: TFundingSummaryQuery): Promise<TFundingSummary> {
      const f = await filterOf(db, scope, q);
      return summaryOf(db, f, await homesOf(db, f));
    },

    /**
     * 驻村干部家园资金台账: every entry (sheet 1) and the totals by home and source (sheet 2); audited.
     * Read under the export time limit.
     */
    async workbook(scope: TScope, q: TFundingSummaryQuery, ctx: TActorContext) {
      const { f, homes, summary, found } = await withStatementTimeout(
        db,
        STATEMENT_TIMEOUT_MS.export,
        async (tx) => {
          const f = await filterOf(tx, scope, q);
          const homes = await homesOf(tx, f);
          const summary = await summaryOf(tx, f, homes);
          return { f, homes, summary, found: await findFundingEntries(tx, f) };
        },
      );
      const byHome = groupBy(found, (r) => r.entry.homeId);
      const entries: TWorkbookEntry[] = homes.flatMap((home) =>
        (byHome.get(home.id) ?? []).map((r) => ({ home, ...r })),
      );
      const period = q.year ? `${q.year}年` : '全部';
      const title = `${f.place}驻村干部家园资金台账（${period}）`;
      await recordAudit(db, ctx, {
        action: 'home_funding.export',
        objectType: 'home_funding_entry',
        details: { township: q.township ?? null, year: q.year ?? null, rows: entries.length },
      });
      return {
        file: await fundingWorkbook(title, entries, summary),
        filename: `驻村干部家园资金台账-${f.place}-${q.year ?? '全部'}.xlsx`,
      };
    },
  };
}
