import { labelOfCode, REPORT_COLUMN_TYPE_LABELS, REPORT_SETS, type TReportExport } from '@zhucun/core';
import ExcelJS from 'exceljs';

/** A cell's value as a report writes it: text, a number, or empty (null). */
export type TReportCell = string | number | null;
/** One row of a report, by the stable keys of its column set. */
export type TReportRow = Record<string, TReportCell>;

/** The 字段说明 sheet's header row. */
export const FIELD_SHEET = '字段说明';
export const FIELD_SHEET_HEADERS = ['字段键', '列名', '类型', '代码表（代码=名称）', '含义'];

/** A column's width from its header and type (dates and codes fit; long texts wrap at 40). */
const widthOf = (header: string, type: string) =>
  type === 'text' ? Math.max(12, header.length * 2 + 4) : Math.max(10, header.length * 2 + 2);

/**
 * An upward-reporting workbook: sheet 1 the set's columns in their defined order (row 1 the headers,
 * one record a row, nothing above or beside them, so a platform reads it as it is), sheet 2 字段说明
 * with each column's key, header, type, codes and meaning, from the same definition.
 */
export async function reportWorkbook(e: TReportExport, rows: readonly TReportRow[]): Promise<Buffer> {
  const set = REPORT_SETS[e];
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhucun 驻村';
  wb.title = set.title;
  wb.description = set.rows;
  const ws = wb.addWorksheet(set.title, { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = set.columns.map((c) => ({ header: c.header, key: c.key, width: widthOf(c.header, c.type) }));
  ws.getRow(1).font = { bold: true };
  // a code column holds the code's Chinese name (字段说明 lists each code beside it)
  for (const r of rows)
    ws.addRow(
      set.columns.map((c) =>
        c.codes ? labelOfCode(c.codes, r[c.key] as string | null) : (r[c.key] ?? null),
      ),
    );
  set.columns.forEach((c, i) => {
    // dates and codes are written as text, so a spreadsheet never turns them into serial numbers
    if (c.type === 'decimal') ws.getColumn(i + 1).numFmt = '0.00';
  });

  const fields = wb.addWorksheet(FIELD_SHEET, { views: [{ state: 'frozen', ySplit: 1 }] });
  fields.columns = FIELD_SHEET_HEADERS.map((header, i) => ({ header, width: [22, 16, 24, 50, 60][i] }));
  fields.getRow(1).font = { bold: true };
  for (const c of set.columns)
    fields.addRow([
      c.key,
      c.header,
      REPORT_COLUMN_TYPE_LABELS[c.type][0],
      (c.codes ?? []).map((k) => `${k.code}=${k.label}`).join('；'),
      c.meaning,
    ]);
  fields.getColumn(4).alignment = { wrapText: true, vertical: 'top' };
  fields.getColumn(5).alignment = { wrapText: true, vertical: 'top' };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
