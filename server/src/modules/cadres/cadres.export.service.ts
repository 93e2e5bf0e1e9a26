import {
  localDate,
  maskIdNumber,
  maskPhone,
  type TCadreListQuery,
  type TScope,
  termEndingUntil,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findDivisions } from '../divisions/divisions.repository.ts';
import { ledgerWorkbook } from './cadres.excel.ts';
import { rowOf } from './cadres.excel-columns.ts';
import { findCadres } from './cadres.repository.ts';
import { toPosting } from './cadres.view.ts';

const MAX_EXPORT_ROWS = 100_000;

/** Excel out: the import template, and any filtered ledger in the same columns. */
export function createCadresExportService(deps: { db: TDb; now: () => Date }) {
  const { db } = deps;

  async function villageList(scope: TScope) {
    const divisions = await findDivisions(db, scope);
    const names = new Map(divisions.map((d) => [d.code, d.name]));
    return divisions
      .filter((d) => d.level === 'village')
      .map((d) => ({ township: names.get(d.parentCode ?? '') ?? '', village: d.name, code: d.code }));
  }

  return {
    /** An empty ledger with headers, value lists and the villages the caller may fill in. */
    async template(scope: TScope): Promise<Buffer> {
      const wb = ledgerWorkbook([], await villageList(scope));
      return Buffer.from(await wb.xlsx.writeBuffer());
    },

    /** The filtered ledger in scope; ID numbers and phones in full only for `pii:unmask` (audited either way). */
    async ledger(scope: TScope, q: TCadreListQuery, unmasked: boolean, ctx: TActorContext): Promise<Buffer> {
      const today = localDate(deps.now());
      const { rows } = await findCadres(
        db,
        scope,
        { ...q, page: 1, pageSize: MAX_EXPORT_ROWS },
        today,
        termEndingUntil(today),
      );
      const data = rows.map((r) =>
        rowOf(r.person, r.posting ? toPosting(r as Parameters<typeof toPosting>[0]) : null, {
          idNumber: unmasked ? r.person.idNumber : maskIdNumber(r.person.idNumber),
          phone: unmasked ? r.person.phone : maskPhone(r.person.phone),
        }),
      );
      const wb = ledgerWorkbook(data, await villageList(scope));
      const { page: _p, pageSize: _s, ...filters } = q;
      await recordAudit(db, ctx, {
        action: 'cadre.export',
        objectType: 'cadre',
        details: { rows: data.length, unmasked, filters },
      });
      return Buffer.from(await wb.xlsx.writeBuffer());
    },
  };
}
export type TCadresExportService = ReturnType<typeof createCadresExportService>;
