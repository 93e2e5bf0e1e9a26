import { GRADE_LABELS, gradeStars, labelsIn, type TCadreCategory, type TPersonnelStatus } from '@zhucun/core';
import ExcelJS from 'exceljs';
import { LABELS } from '../cadres/cadres.excel-columns.ts';
import type { TResultRow } from './priority.repository.ts';
import { gradeOf } from './priority.service.ts';

const GRADE_ZH = labelsIn(GRADE_LABELS, 'zh-CN');
/** The caps the computation names (core/src/rating-snapshot.ts), as the table writes them. */
const CAP_ZH: Record<string, string> = { spot_check_absences: '抽查缺岗', veto: '负面清单一票否决' };

type TColumn = { header: string; width: number; cell: (r: TResultRow, n: number) => ExcelJS.CellValue };
const score = (v: number | null) => (v === null ? '' : Number(v));
const grade = (g: string | null) => {
  const known = gradeOf(g);
  return known ? GRADE_ZH[known] : '';
};

/** 星级评定结果表: one row per cadre assessed, sorted by village and name, every figure of the result. */
export const RESULT_COLUMNS: TColumn[] = [
  { header: '序号', width: 6, cell: (_r, n) => n },
  { header: '乡镇', width: 10, cell: (r) => r.township_name },
  { header: '村（社区）', width: 14, cell: (r) => r.village_name },
  { header: '姓名', width: 9, cell: (r) => r.name },
  { header: '干部类别', width: 14, cell: (r) => LABELS.category[r.category as TCadreCategory] ?? r.category },
  {
    header: '人员身份',
    width: 14,
    cell: (r) => (r.personnel_status ? LABELS.personnelStatus[r.personnel_status as TPersonnelStatus] : ''),
  },
  { header: '量化考核', width: 9, cell: (r) => score(r.quantitative) },
  { header: '组织评价', width: 9, cell: (r) => score(r.organisation) },
  { header: '群众评议', width: 9, cell: (r) => score(r.villagers) },
  { header: '评议户数', width: 8, cell: (r) => r.villager_households },
  { header: '综合得分', width: 9, cell: (r) => score(r.total) },
  { header: '按分数等次', width: 10, cell: (r) => grade(r.score_grade) },
  { header: '封顶原因', width: 16, cell: (r) => r.caps.map((c) => CAP_ZH[c] ?? c).join('、') },
  { header: '名额调整', width: 8, cell: (r) => (r.quota_adjusted ? '是' : '否') },
  { header: '评定等次', width: 10, cell: (r) => grade(r.grade) },
  { header: '等次星级', width: 8, cell: (r) => gradeStars(gradeOf(r.grade)) },
  { header: '表彰加星', width: 8, cell: (r) => r.award_stars ?? '' },
  { header: '星级', width: 6, cell: (r) => r.stars ?? '' },
];

/** The result table of a cycle as one sheet: a title row, the headers, then a row per cadre. */
export async function resultsWorkbook(title: string, rows: TResultRow[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhucun 驻村';
  const ws = wb.addWorksheet('评定结果', { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = RESULT_COLUMNS.map((c) => ({ width: c.width }));
  ws.mergeCells(1, 1, 1, RESULT_COLUMNS.length);
  const head = ws.getCell(1, 1);
  head.value = title;
  head.font = { bold: true, size: 14 };
  head.alignment = { horizontal: 'center' };
  const headers = ws.getRow(2);
  headers.values = RESULT_COLUMNS.map((c) => c.header);
  headers.font = { bold: true };
  rows.forEach((r, i) => {
    ws.addRow(RESULT_COLUMNS.map((c) => c.cell(r, i + 1)));
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}
