import { Writable } from 'node:stream';
import {
  labelsIn,
  TASK_ASSIGNEE_KIND_LABELS,
  TASK_PRIORITY_LABELS,
  TASK_STATUS_LABELS,
  type TTaskAssigneeKind,
  type TTaskPriority,
  taskState,
} from '@zhucun/core';
import ExcelJS from 'exceljs';
import type { TLedgerRow } from './tasks-read.repository.ts';

const PRIORITY_ZH = labelsIn(TASK_PRIORITY_LABELS, 'zh-CN');
const KIND_ZH = labelsIn(TASK_ASSIGNEE_KIND_LABELS, 'zh-CN');
const STATUS_ZH = labelsIn(TASK_STATUS_LABELS, 'zh-CN');

type TColumn = { header: string; width: number; cell: (r: TLedgerRow, today: string) => ExcelJS.CellValue };

const stateOf = (r: TLedgerRow, today: string) =>
  taskState({ deadline: r.deadline, doneOn: r.doneOn }, today);

/** The columns of 任务台账, left to right: the task, who holds it, where it stands. */
const COLUMNS: TColumn[] = [
  { header: '任务名称', width: 30, cell: (r) => r.title },
  { header: '下达单位', width: 12, cell: (r) => r.assignerName },
  { header: '完成时限', width: 12, cell: (r) => r.deadline },
  { header: '优先级', width: 8, cell: (r) => PRIORITY_ZH[r.priority as TTaskPriority] },
  { header: '佐证要求', width: 24, cell: (r) => r.evidenceRequired },
  { header: '承办类型', width: 8, cell: (r) => KIND_ZH[r.assigneeKind as TTaskAssigneeKind] },
  { header: '乡镇', width: 12, cell: (r) => r.townshipName },
  { header: '村（社区）', width: 16, cell: (r) => r.villageName ?? '' },
  { header: '承办干部', width: 10, cell: (r) => r.personName ?? '' },
  { header: '状态', width: 10, cell: (r, today) => STATUS_ZH[stateOf(r, today).status] },
  {
    header: '逾期天数',
    width: 8,
    cell: (r, today) => stateOf(r, today).overdueDays || stateOf(r, today).lateDays || null,
  },
  { header: '完成进度（%）', width: 10, cell: (r) => (r.state === 'done' ? 100 : r.percent) },
  { header: '完成日期', width: 12, cell: (r) => r.doneOn ?? '' },
  { header: '完成佐证', width: 30, cell: (r) => r.evidence },
  { header: '进展说明', width: 30, cell: (r) => r.note },
];
/** The headers in order (tests and readers find a column by its header). */
export const TASK_LEDGER_HEADERS = COLUMNS.map((c) => c.header);

const ROW_BATCH = 100;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** One ledger at a time per process (writing is CPU on the one loop). */
let writing: Promise<unknown> = Promise.resolve();

/**
 * 任务台账 as a workbook: a title row, the headers, one row per assignment (a task to five villages is
 * five rows) and a counts row. Overdue days are the days past the deadline (open) or done late.
 */
export function taskLedgerFile(title: string, rows: readonly TLedgerRow[], today: string): Promise<Buffer> {
  const file = writing.then(() => write(title, rows, today));
  writing = file.catch(() => {});
  return file;
}

async function write(title: string, rows: readonly TLedgerRow[], today: string): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'Zhucun 驻村';
  const ws = wb.addWorksheet('任务台账', { views: [{ state: 'frozen', ySplit: 2, xSplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ width: c.width }));
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  const head = ws.getRow(1);
  head.getCell(1).value = title;
  head.getCell(1).font = { bold: true, size: 14 };
  head.getCell(1).alignment = { horizontal: 'center' };
  head.commit();
  const headers = ws.getRow(2);
  headers.values = TASK_LEDGER_HEADERS;
  headers.font = { bold: true };
  headers.commit();
  let done = 0;
  let overdue = 0;
  for (const [i, r] of rows.entries()) {
    const { status } = stateOf(r, today);
    if (status === 'done' || status === 'done_late') done++;
    if (status === 'overdue') overdue++;
    ws.addRow(COLUMNS.map((c) => c.cell(r, today))).commit();
    if (i % ROW_BATCH === ROW_BATCH - 1) await nextTurn();
  }
  const totals = ws.addRow([`合计（${rows.length} 项承办）`, `已完成 ${done}`, `已逾期 ${overdue}`]);
  totals.font = { bold: true };
  totals.commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}
