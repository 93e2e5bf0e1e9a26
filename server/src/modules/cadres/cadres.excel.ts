import ExcelJS from 'exceljs';
import { AppError } from '../../errors.ts';
import { COLUMNS, type TColumnKey } from './cadres.excel-columns.ts';
import type { TRowCells } from './cadres.excel-rows.ts';

const SHEET = '干部台账';

/** exceljs keeps range validations on the sheet (one rule for a whole column), though its types omit them. */
const validations = (ws: ExcelJS.Worksheet) =>
  (ws as unknown as { dataValidations: { add(range: string, rule: ExcelJS.DataValidation): void } })
    .dataValidations;
const LAST_ROW = 20_001;

/** A sheet with the ledger's Chinese headers, value lists on coded columns and text format on ID/phone/dates. */
export function ledgerWorkbook(
  rows: Record<TColumnKey, string>[],
  villages: { township: string; village: string; code: string }[],
) {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhucun 驻村';
  const ws = wb.addWorksheet(SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width, style: { numFmt: '@' } }));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2E6E6' } };
  COLUMNS.forEach((c, i) => {
    const letter = ws.getColumn(i + 1).letter;
    if (c.choices)
      validations(ws).add(`${letter}2:${letter}${LAST_ROW}`, {
        type: 'list',
        allowBlank: !c.required,
        formulae: [`"${c.choices.join(',')}"`],
      });
  });
  for (const row of rows) ws.addRow(row);
  const list = wb.addWorksheet('村（社区）名录');
  list.columns = [
    { header: '乡镇', key: 'township', width: 14 },
    { header: '村（社区）', key: 'village', width: 22 },
    { header: '区划代码', key: 'code', width: 16 },
  ];
  list.getRow(1).font = { bold: true };
  for (const v of villages) list.addRow(v);
  return wb;
}

function cellText(value: ExcelJS.CellValue): string {
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

/** The data rows of an uploaded ledger, by column key, with their sheet row numbers. */
export async function readLedger(
  buffer: Buffer,
  maxRows: number,
): Promise<{ row: number; cells: TRowCells }[]> {
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
  for (const c of COLUMNS)
    if (!header.has(c.header))
      throw new AppError('validation', 'import_header_missing', { column: c.header });
  const rows: { row: number; cells: TRowCells }[] = [];
  ws.eachRow((r, n) => {
    if (n === 1) return;
    const cells = Object.fromEntries(
      COLUMNS.map((c) => [c.key, cellText(r.getCell(header.get(c.header)!).value)]),
    ) as TRowCells;
    if (Object.values(cells).some((v) => v !== '')) rows.push({ row: n, cells });
  });
  if (rows.length === 0) throw new AppError('validation', 'import_no_rows');
  if (rows.length > maxRows)
    throw new AppError('validation', 'import_too_many_rows', { max: maxRows, count: rows.length });
  return rows;
}
