import {
  FUNDING_SOURCES,
  formatLocalMinute,
  type TFundingSource,
  type TFundingSummary,
  type THomeKind,
} from '@zhucun/core';
import ExcelJS from 'exceljs';
import type { TFundingRowWithName, THomeHeader } from './home-funding.repository.ts';

export const SOURCE_ZH: Record<TFundingSource, string> = {
  selectee_settlement: '选调生一次性安置费',
  team_funds: '第一书记和工作队工作经费',
  township_party_award: '市级乡镇党建工作奖励经费',
  other: '其他',
};
const KIND_ZH: Record<THomeKind, string> = { apartment: '党群服务中心公寓', farmhouse: '租用农家小院' };
const DIRECTION_ZH: Record<string, string> = { in: '收', out: '支' };

/** Yuan with two decimals: the fen become a number only here, in the cell. */
export const YUAN_FORMAT = '#,##0.00';

export type TWorkbookEntry = TFundingRowWithName & { home: THomeHeader };

const ENTRY_HEADERS = [
  '记录号',
  '乡镇',
  '村',
  '家园',
  '日期',
  '收/支',
  '来源',
  '金额（元）',
  '用途',
  '更正的记录号',
  '更正理由',
  '登记人',
  '登记时间',
];
const ENTRY_WIDTHS = [8, 12, 14, 30, 12, 6, 26, 14, 36, 12, 30, 16, 18];
const AMOUNT_COLUMN = 8;

function sheetWithTitle(
  wb: ExcelJS.Workbook,
  name: string,
  title: string,
  headers: string[],
  widths: number[],
) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.mergeCells(1, 1, 1, headers.length);
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.getRow(2).values = headers;
  ws.getRow(2).font = { bold: true };
  widths.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  return ws;
}

/** Cells of a row from `first` on hold fen; they are written as yuan with the money format. */
function money(row: ExcelJS.Row, first: number, fens: number[]) {
  fens.forEach((fen, i) => {
    const cell = row.getCell(first + i);
    cell.value = fen / 100;
    cell.numFmt = YUAN_FORMAT;
  });
}

/**
 * 驻村干部家园资金台账: every entry, signed (支 negative; a correction holds the difference), and
 * the totals by home and source with a total row.
 */
export async function fundingWorkbook(
  title: string,
  entries: TWorkbookEntry[],
  summary: TFundingSummary,
): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhucun 驻村';
  const ws = sheetWithTitle(wb, '台账', title, ENTRY_HEADERS, ENTRY_WIDTHS);
  for (const { home, entry: e, createdByName } of entries) {
    const row = ws.addRow([
      e.id,
      home.townshipName,
      home.villageName,
      home.title,
      e.entryDate,
      DIRECTION_ZH[e.direction] ?? e.direction,
      SOURCE_ZH[e.source as TFundingSource] ?? e.source,
      null,
      e.purpose,
      e.correctsId ?? '',
      e.reason ?? '',
      createdByName,
      formatLocalMinute(e.createdAt),
    ]);
    money(row, AMOUNT_COLUMN, [e.amountFen]);
  }
  const total = ws.addRow(['合计']);
  money(total, AMOUNT_COLUMN, [entries.reduce((sum, x) => sum + x.entry.amountFen, 0)]);
  total.font = { bold: true };
  ws.getColumn(9).alignment = { wrapText: true, vertical: 'top' };
  ws.getColumn(11).alignment = { wrapText: true, vertical: 'top' };

  const headers = [
    '乡镇',
    '村',
    '家园',
    '类型',
    ...FUNDING_SOURCES.map((s) => `${SOURCE_ZH[s]}（元）`),
    '收入合计（元）',
    '支出合计（元）',
    '结余（元）',
  ];
  const sum = sheetWithTitle(wb, '汇总', title, headers, [12, 14, 30, 16, 18, 18, 18, 14, 14, 14, 14]);
  sum.getRow(2).alignment = { wrapText: true, vertical: 'middle' };
  const amounts = (t: TFundingSummary['totals']) => [
    ...FUNDING_SOURCES.map((s) => t.bySource[s] ?? 0),
    t.inFen,
    t.outFen,
    t.total,
  ];
  for (const r of summary.rows) {
    const row = sum.addRow([r.townshipName, r.villageName, r.homeTitle, KIND_ZH[r.kind]]);
    money(row, 5, amounts(r));
  }
  const totalRow = sum.addRow(['合计', '', `${summary.rows.length} 个家园`, '']);
  money(totalRow, 5, amounts(summary.totals));
  totalRow.font = { bold: true };
  return Buffer.from(await wb.xlsx.writeBuffer());
}
