import {
  addDays,
  FOUR_ROLES,
  inScope,
  localDate,
  REQUEST_CATEGORIES,
  type TFourRole,
  type TLedger,
  type TLedgerQuery,
  type TOwnerLevel,
  type TRequestCategory,
  type TRequestState,
  type TSatisfaction,
  type TScope,
} from '@zhucun/core';
import { STATEMENT_TIMEOUT_MS, type TDb, withStatementTimeout } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { ledgerWorkbook } from './ledger.xlsx.ts';
import { findDivisionName, findResolvedBetween } from './requests.repository.ts';

/** Midnight starting a Shanghai day, as an instant. */
const startOfDay = (date: string) => new Date(`${date}T00:00:00+08:00`);

/** 我为群众办实事: requests resolved (or followed up) in a date range within a division, counted. */
export function createLedgerService(deps: { db: TDb }) {
  const { db } = deps;

  async function ledger(exec: TDb, scope: TScope, q: TLedgerQuery): Promise<TLedger> {
    let division: TLedger['division'] = null;
    if (q.division) {
      const name = await findDivisionName(exec, q.division);
      if (!name || !inScope(scope, q.division)) throw notFound();
      division = { code: q.division, name };
    } else if (!scope.all && scope.codes.length === 1) {
      const code = scope.codes[0]!;
      division = { code, name: (await findDivisionName(exec, code)) ?? code };
    }
    const rows = await findResolvedBetween(
      exec,
      scope,
      division?.code ?? null,
      startOfDay(q.from),
      startOfDay(addDays(q.to, 1)),
    );
    const items = rows.map(({ request: r, villageName }) => ({
      id: r.id,
      villageCode: r.villageCode,
      villageName,
      category: r.category as TRequestCategory,
      fourRole: (r.fourRole as TFourRole | null) ?? null,
      description: r.description,
      result: r.result,
      resolvedOn: localDate(r.resolvedAt!),
      state: r.state as TRequestState,
      satisfaction: (r.satisfaction as TSatisfaction | null) ?? null,
      ownerLevel: r.ownerLevel as TOwnerLevel,
      ownerName: r.ownerName,
    }));
    return {
      from: q.from,
      to: q.to,
      division,
      total: items.length,
      byCategory: REQUEST_CATEGORIES.map((category) => ({
        category,
        count: items.filter((i) => i.category === category).length,
      })),
      byFourRole: [...FOUR_ROLES, null].map((fourRole) => ({
        fourRole,
        count: items.filter((i) => i.fourRole === fourRole).length,
      })),
      items,
    };
  }

  return {
    ledger: (scope: TScope, q: TLedgerQuery) => ledger(db, scope, q),
    /** The ledger as a workbook, read under the export time limit. */
    async workbook(scope: TScope, q: TLedgerQuery) {
      const l = await withStatementTimeout(db, STATEMENT_TIMEOUT_MS.export, (tx) => ledger(tx, scope, q));
      const where = l.division?.name ?? '全县';
      const title = `${where}我为群众办实事台账（${q.from} 至 ${q.to}）`;
      return {
        file: await ledgerWorkbook(title, l),
        filename: `我为群众办实事台账_${where}_${q.from}至${q.to}.xlsx`,
      };
    },
  };
}
export type TLedgerService = ReturnType<typeof createLedgerService>;
