import { FOUR_ROLES, REQUEST_CATEGORIES, type TLedger } from '@zhucun/core';
import ExcelJS from 'exceljs';
import { FOUR_ROLE_LABELS } from '../duty-exports/labels.ts';
import { CATEGORY_ZH, LEVEL_ZH, SATISFACTION_ZH, STATE_ZH } from './requests.labels.ts';

const HEADERS = [
  '序号',
  '村（社区）',
  '诉求类别',
  '四员角色',
  '群众诉求',
  '办理结果',
  '办结日期',
  '状态',
  '群众评价',
  '办理层级',
  '责任人',
];

/** 我为群众办实事台账: the deeds (sheet 1) and the counts by category and by four-role tag (sheet 2). */
export async function ledgerWorkbook(title: string, ledger: TLedger): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhucun 驻村';
  const ws = wb.addWorksheet('办实事台账', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.mergeCells(1, 1, 1, HEADERS.length);
  ws.getCell(1, 1).value = title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.getRow(2).values = HEADERS;
  ws.getRow(2).font = { bold: true };
  [6, 16, 12, 12, 40, 40, 12, 10, 10, 10, 12].forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  ledger.items.forEach((r, i) => {
    ws.addRow([
      i + 1,
      r.villageName,
      CATEGORY_ZH[r.category],
      r.fourRole ? FOUR_ROLE_LABELS[r.fourRole] : '',
      r.description,
      r.result ?? '',
      r.resolvedOn,
      STATE_ZH[r.state],
      r.satisfaction ? SATISFACTION_ZH[r.satisfaction] : '',
      LEVEL_ZH[r.ownerLevel],
      r.ownerName ?? '',
    ]);
  });
  ws.getColumn(5).alignment = { wrapText: true, vertical: 'top' };
  ws.getColumn(6).alignment = { wrapText: true, vertical: 'top' };

  const sum = wb.addWorksheet('分类统计');
  sum.getColumn(1).width = 16;
  sum.getColumn(2).width = 10;
  sum.addRow(['诉求类别', '件数']).font = { bold: true };
  const byCategory = new Map(ledger.byCategory.map((c) => [c.category, c.count]));
  for (const c of REQUEST_CATEGORIES) sum.addRow([CATEGORY_ZH[c], byCategory.get(c) ?? 0]);
  sum.addRow(['合计', ledger.total]);
  sum.addRow([]);
  sum.addRow(['四员角色', '件数']).font = { bold: true };
  const byRole = new Map(ledger.byFourRole.map((c) => [c.fourRole, c.count]));
  for (const role of FOUR_ROLES) sum.addRow([FOUR_ROLE_LABELS[role], byRole.get(role) ?? 0]);
  sum.addRow(['未标注', byRole.get(null) ?? 0]);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
