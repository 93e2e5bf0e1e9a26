import { localDate, type TRectificationListQuery, type TScope } from '@zhucun/core';
import { STATEMENT_TIMEOUT_MS, type TDb, withStatementTimeout } from '../../db/client.ts';
import { AppError } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findMeasuresAndOwners, findRectifications } from './rectification.repository.ts';
import { filterOf } from './rectification.service.ts';
import { rectificationListItem } from './rectification.view.ts';
import { rectificationLedgerFile, type TLedgerProblem } from './rectification-ledger.xlsx.ts';

/** A county's ledger holds dozens to hundreds of problems; past this a filter is refused. */
export const MAX_LEDGER_PROBLEMS = 5_000;

/** 整改台账 as Excel (three lists) by the list's filters, in the caller's scope; every export audited. */
export function createRectificationExportService(deps: { db: TDb; now: () => Date }) {
  const { db } = deps;
  return {
    async ledger(scope: TScope, q: Omit<TRectificationListQuery, 'page' | 'pageSize'>, ctx: TActorContext) {
      const today = localDate(deps.now());
      const { items, total, parts } = await withStatementTimeout(
        db,
        STATEMENT_TIMEOUT_MS.export,
        async (tx) => {
          const found = await findRectifications(tx, scope, filterOf(q, today), {
            limit: MAX_LEDGER_PROBLEMS + 1,
            offset: 0,
          });
          return {
            ...found,
            parts: await findMeasuresAndOwners(
              tx,
              found.items.map((w) => w.item.id),
            ),
          };
        },
      );
      if (total > MAX_LEDGER_PROBLEMS)
        throw new AppError('validation', 'rectification_export_too_many', {
          count: total,
          max: MAX_LEDGER_PROBLEMS,
        });
      const problems: TLedgerProblem[] = items.map((w) => ({
        ...rectificationListItem(w, today),
        closedOn: w.item.closedOn,
        measures: parts.measures.filter((m) => m.itemId === w.item.id),
        ownerList: parts.owners
          .filter((o) => o.itemId === w.item.id)
          .map((o) => ({ role: o.role as 'unit' | 'leader' | 'person', name: o.name })),
      }));
      await recordAudit(db, ctx, {
        action: 'rectification.export',
        objectType: 'rectification_item',
        details: { ...q, count: problems.length },
      });
      const file = await rectificationLedgerFile('整改台账', problems);
      return { file, filename: `整改台账（${today}）.xlsx` };
    },
  };
}
export type TRectificationExportService = ReturnType<typeof createRectificationExportService>;
