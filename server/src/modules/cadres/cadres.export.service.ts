import {
  localDate,
  maskIdNumber,
  maskPhone,
  type TCadreListQuery,
  type TScope,
  termEndingUntil,
} from '@zhucun/core';
import { STATEMENT_TIMEOUT_MS, type TDb, withStatementTimeout } from '../../db/client.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findDivisions } from '../divisions/divisions.repository.ts';
import { ledgerFile } from './cadres.excel.ts';
import { rowOf, type TColumnKey } from './cadres.excel-columns.ts';
import { readOneSnapshot } from './cadres.export.repository.ts';
import { findCadres } from './cadres.repository.ts';
import { toPosting } from './cadres.view.ts';

const MAX_EXPORT_ROWS = 100_000;
/** Rows read at a time (a divisor of the maximum). */
const PAGE_ROWS = 250;

/** Excel out: the import template, and any filtered ledger in the same columns. */
export function createCadresExportService(deps: { db: TDb; now: () => Date }) {
  const { db } = deps;

  async function villageList(exec: TDb, scope: TScope) {
    const divisions = await findDivisions(exec, scope);
    const names = new Map(divisions.map((d) => [d.code, d.name]));
    return divisions
      .filter((d) => d.level === 'village')
      .map((d) => ({ township: names.get(d.parentCode ?? '') ?? '', village: d.name, code: d.code }));
  }

  return {
    /** An empty ledger with headers, value lists and the villages the caller may fill in. */
    async template(scope: TScope): Promise<Buffer> {
      return ledgerFile([], await villageList(db, scope));
    },

    /**
     * The filtered ledger in scope, audited either way. ID numbers and phones are masked, unless the
     * caller (holding `pii:unmask`) gave a reason for the full export: the reason goes in the audit
     * row, as for one person's numbers on screen. Read in pages of one snapshot under the export time limit, so no long stretch of rows is
     * mapped at once; the file is written in batches (`ledgerFile`).
     */
    async ledger(
      scope: TScope,
      q: TCadreListQuery,
      unmaskReason: string | null,
      ctx: TActorContext,
    ): Promise<Buffer> {
      const unmasked = unmaskReason !== null;
      const today = localDate(deps.now());
      const soonUntil = termEndingUntil(today);
      const { data, villages } = await withStatementTimeout(db, STATEMENT_TIMEOUT_MS.export, async (tx) => {
        await readOneSnapshot(tx);
        const data: Record<TColumnKey, string>[] = [];
        for (let page = 1; data.length < MAX_EXPORT_ROWS; page++) {
          const { rows } = await findCadres(tx, scope, { ...q, page, pageSize: PAGE_ROWS }, today, soonUntil);
          for (const r of rows)
            data.push(
              rowOf(r.person, r.posting ? toPosting(r as Parameters<typeof toPosting>[0]) : null, {
                idNumber: unmasked ? r.person.idNumber : maskIdNumber(r.person.idNumber),
                phone: unmasked ? r.person.phone : maskPhone(r.person.phone),
              }),
            );
          if (rows.length < PAGE_ROWS) break;
        }
        return { data, villages: await villageList(tx, scope) };
      });
      const { page: _p, pageSize: _s, ...filters } = q;
      await recordAudit(db, ctx, {
        action: 'cadre.export',
        objectType: 'cadre',
        details: { rows: data.length, unmasked, ...(unmasked ? { reason: unmaskReason } : {}), filters },
      });
      return ledgerFile(data, villages);
    },
  };
}
export type TCadresExportService = ReturnType<typeof createCadresExportService>;
