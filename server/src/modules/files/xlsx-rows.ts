import ExcelJS from 'exceljs';
import { AppError } from '../../errors.ts';
import { assertXlsxWithinLimits } from './xlsx-guard.ts';

/** A column of an uploaded sheet: the key its cells are read into, and the header that finds it. */
export type TSheetColumn<K extends string> = { key: K; header: string; optional?: boolean };

/** A cell as text: dates as YYYY-MM-DD, rich text joined, formulas by their result, trimmed. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === 'object') {
    if ('richText' in value)
      return value.richText
        .map((t) => t.text)
        .join('')
        .trim();
    if ('text' in value) return String(value.text).trim();
    if ('result' in value) return cellText(value.result as ExcelJS.CellValue);
    return '';
  }
  return String(value).trim();
}

/**
 * The data rows of an uploaded workbook's first sheet, by column key, with their sheet row numbers
 * (row 1: the headers, matched by text; a required one missing, no rows, or more than `maxRows`: a 400
 * saying which). The file's size is checked before exceljs inflates it (xlsx-guard.ts).
 */
export async function readSheetRows<K extends string>(
  buffer: Buffer,
  columns: readonly TSheetColumn<K>[],
  maxRows: number,
): Promise<{ row: number; cells: Record<K, string> }[]> {
  await assertXlsxWithinLimits(buffer, { maxRows });
  const wb = new ExcelJS.Workbook();
  try {
    await wb.xlsx.load(buffer as unknown as ArrayBuffer);
  } catch {
    throw new AppError('validation', 'import_unreadable');
  }
  const ws = wb.worksheets[0];
  if (!ws) throw new AppError('validation', 'import_unreadable');
  const header = new Map<string, number>();
  ws.getRow(1).eachCell((cell, col) => header.set(cellText(cell.value), col));
  for (const c of columns)
    if (!c.optional && !header.has(c.header))
      throw new AppError('validation', 'import_header_missing', { column: c.header });
  const rows: { row: number; cells: Record<K, string> }[] = [];
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const cells = Object.fromEntries(
      columns.map((c) => {
        const col = header.get(c.header);
        return [c.key, col === undefined ? '' : cellText(r.getCell(col).value)];
      }),
    ) as Record<K, string>;
    if (Object.values(cells).some((v) => v !== '')) rows.push({ row: n, cells });
  });
  if (rows.length === 0) throw new AppError('validation', 'import_no_rows');
  if (rows.length > maxRows)
    throw new AppError('validation', 'import_too_many_rows', { max: maxRows, count: rows.length });
  return rows;
}
