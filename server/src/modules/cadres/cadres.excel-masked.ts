import { inScope, type TScope } from '@zhucun/core';
import type { TErrorDetail } from '../../errors.ts';
import type { TRowCells } from './cadres.excel-rows.ts';
import type { TPersonRow } from './cadres.repository.ts';

/** How the masked export writes them: `140622********123X`, `139****5678`. */
const MASKED = {
  idNumber: /^(\d{6})\*{8}(\d{3}[\dXx])$/,
  phone: /^(\d{3})\*{4}(\d{4})$/,
} as const;

/** The registry numbers of the rows that carry a masked ID number or phone. */
export function maskedRowIds(rows: { cells: TRowCells }[]): number[] {
  return rows
    .filter(({ cells }) => MASKED.idNumber.test(cells.idNumber) || MASKED.phone.test(cells.phone))
    .map(({ cells }) => Number(cells.personId))
    .filter((id) => Number.isSafeInteger(id) && id > 0);
}

/**
 * A masked cell of an exported ledger means "keep the stored value": it is replaced by the stored
 * one of the person the row's registry number names, when that person is in the importer's scope
 * and the visible digits agree. Otherwise the row gets a problem naming the cell, and nothing says
 * anything about a person outside the scope.
 */
export function unmaskRows(
  rows: { row: number; cells: TRowCells }[],
  persons: Map<number, TPersonRow>,
  scope: TScope,
): TErrorDetail[] {
  const errors: TErrorDetail[] = [];
  for (const { row, cells } of rows)
    for (const field of ['idNumber', 'phone'] as const) {
      const masked = MASKED[field].exec(cells[field]);
      if (!masked) continue;
      const person = /^[1-9]\d*$/.test(cells.personId) ? persons.get(Number(cells.personId)) : undefined;
      if (!person || !inScope(scope, person.filedUnder)) {
        errors.push({
          row,
          field,
          key: cells.personId ? 'import_masked_unknown_person' : 'import_masked_no_id',
        });
        continue;
      }
      const stored = person[field];
      if (!stored.startsWith(masked[1]!) || !stored.toUpperCase().endsWith(masked[2]!.toUpperCase())) {
        errors.push({ row, field, key: 'import_masked_mismatch' });
        continue;
      }
      cells[field] = stored;
    }
  return errors;
}
