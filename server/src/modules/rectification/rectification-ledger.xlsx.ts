import {
  labelsIn,
  OWNER_LEVEL_LABELS,
  RECTIFICATION_SOURCE_LABELS,
  RECTIFICATION_STATE_LABELS,
  type TRectificationListItem,
} from '@zhucun/core';
import ExcelJS from 'exceljs';

const SOURCE_ZH = labelsIn(RECTIFICATION_SOURCE_LABELS, 'zh-CN');
const STATE_ZH = labelsIn(RECTIFICATION_STATE_LABELS, 'zh-CN');
const LEVEL_ZH = labelsIn(OWNER_LEVEL_LABELS, 'zh-CN');

/** One problem as the workbook needs it: the list's row, its measures and owners, its close date. */
export type TLedgerProblem = Omit<TRectificationListItem, 'owners'> & {
  closedOn: string | null;
  measures: { text: string; deadline: string }[];
  ownerList: { role: 'unit' | 'leader' | 'person'; name: string }[];
};

type TColumn<R> = { header: string; width: number; cell: (r: R) => ExcelJS.CellValue };

const place = (p: TLedgerProblem) => (p.level === 'county' ? '' : p.division.name);
const namesOf = (p: TLedgerProblem, role: 'unit' | 'leader' | 'person') =>
  p.ownerList
    .filter((o) => o.role === role)
    .map((o) => o.name)
    .join('、');

/** 问题清单: one row per problem. */
export const PROBLEM_COLUMNS: TColumn<TLedgerProblem>[] = [
  { header: '问题编号', width: 9, cell: (p) => p.id },
  { header: '问题来源', width: 12, cell: (p) => SOURCE_ZH[p.source] },
  { header: '反馈批次', width: 24, cell: (p) => p.sourceRef },
  { header: '问题表述', width: 44, cell: (p) => p.problem },
  { header: '整改层级', width: 9, cell: (p) => LEVEL_ZH[p.level] },
  { header: '乡镇', width: 12, cell: (p) => p.township?.name ?? '' },
  { header: '村（社区）', width: 14, cell: (p) => (p.level === 'village' ? place(p) : '') },
  { header: '整改时限', width: 12, cell: (p) => p.deadline },
  { header: '整改状态', width: 12, cell: (p) => STATE_ZH[p.state] },
  { header: '是否逾期', width: 8, cell: (p) => (p.overdue ? '是' : '否') },
  { header: '督办层级', width: 9, cell: (p) => LEVEL_ZH[p.superviseLevel] },
  { header: '退回次数', width: 8, cell: (p) => p.returnCount },
  { header: '销号日期', width: 12, cell: (p) => p.closedOn ?? '' },
];

type TTaskRow = { p: TLedgerProblem; n: number; text: string; deadline: string };
/** 任务清单: one row per measure, with its deadline. */
export const TASK_COLUMNS: TColumn<TTaskRow>[] = [
  { header: '问题编号', width: 9, cell: (r) => r.p.id },
  { header: '问题表述', width: 36, cell: (r) => r.p.problem },
  { header: '措施序号', width: 8, cell: (r) => r.n },
  { header: '整改措施', width: 44, cell: (r) => r.text },
  { header: '完成时限', width: 12, cell: (r) => r.deadline },
  { header: '整改责任地', width: 16, cell: (r) => r.p.division.name },
  { header: '整改状态', width: 12, cell: (r) => STATE_ZH[r.p.state] },
];

/** 责任清单: one row per problem: the units, leaders and responsible people who answer for it. */
export const RESPONSIBILITY_COLUMNS: TColumn<TLedgerProblem>[] = [
  { header: '问题编号', width: 9, cell: (p) => p.id },
  { header: '问题表述', width: 36, cell: (p) => p.problem },
  { header: '整改责任地', width: 16, cell: (p) => p.division.name },
  { header: '责任单位', width: 22, cell: (p) => namesOf(p, 'unit') },
  { header: '责任领导', width: 14, cell: (p) => namesOf(p, 'leader') },
  { header: '责任人', width: 18, cell: (p) => namesOf(p, 'person') },
  { header: '整改时限', width: 12, cell: (p) => p.deadline },
];

function addSheet<R>(wb: ExcelJS.Workbook, name: string, title: string, columns: TColumn<R>[], rows: R[]) {
  const ws = wb.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 2 }] });
  ws.columns = columns.map((c) => ({ width: c.width }));
  ws.mergeCells(1, 1, 1, columns.length);
  const head = ws.getCell(1, 1);
  head.value = title;
  head.font = { bold: true, size: 14 };
  head.alignment = { horizontal: 'center' };
  const headers = ws.getRow(2);
  headers.values = columns.map((c) => c.header);
  headers.font = { bold: true };
  for (const r of rows)
    ws.addRow(columns.map((c) => c.cell(r))).alignment = { wrapText: true, vertical: 'top' };
}

/**
 * 整改台账 in the usual three-list shape (问题清单、任务清单、责任清单): one workbook, three sheets,
 * each a title row, the headers, then the rows; problems cross-referenced by 问题编号.
 */
export async function rectificationLedgerFile(title: string, problems: TLedgerProblem[]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhucun 驻村';
  const tasks = problems.flatMap((p) => p.measures.map((m, i) => ({ p, n: i + 1, ...m })));
  addSheet(wb, '问题清单', `${title}·问题清单`, PROBLEM_COLUMNS, problems);
  addSheet(wb, '任务清单', `${title}·任务清单`, TASK_COLUMNS, tasks);
  addSheet(wb, '责任清单', `${title}·责任清单`, RESPONSIBILITY_COLUMNS, problems);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
