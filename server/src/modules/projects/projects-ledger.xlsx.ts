import { Writable } from 'node:stream';
import {
  labelsIn,
  PROJECT_FUNDING_SOURCE_LABELS,
  PROJECT_FUNDING_SOURCES,
  PROJECT_KIND_LABELS,
  PROJECT_STATE_LABELS,
  type TProjectFundingSource,
  type TProjectKind,
  type TProjectState,
} from '@zhucun/core';
import ExcelJS from 'exceljs';

const KIND_ZH = labelsIn(PROJECT_KIND_LABELS, 'zh-CN');
const STATE_ZH = labelsIn(PROJECT_STATE_LABELS, 'zh-CN');
const SOURCE_ZH = labelsIn(PROJECT_FUNDING_SOURCE_LABELS, 'zh-CN');
/** Yuan with two decimals: fen become a number only in the cell. */
const YUAN = '#,##0.00';

/** One row of the ledger, as the service has put it together. */
export type TLedgerRow = {
  townshipName: string;
  villageNames: string;
  title: string;
  kind: TProjectKind;
  isDemonstration: boolean;
  leaderName: string;
  claimantNames: string;
  targetWhat: string;
  targetQuantity: number | null;
  targetUnit: string;
  targetDate: string;
  budgetFen: number;
  funding: Partial<Record<TProjectFundingSource, number>>;
  beneficiaryHouseholds: number;
  beneficiaryPeople: number;
  startDate: string;
  plannedEndDate: string;
  baselinePlannedEnd: string | null;
  state: TProjectState;
  stopReason: string | null;
  milestones: { total: number; done: number; overdue: number };
};

type TColumn = { header: string; width: number; yuan?: boolean; cell: (r: TLedgerRow) => ExcelJS.CellValue };
const fenToYuan = (fen: number) => fen / 100;

/** The columns a county clerk reads, left to right: where, what, who, the target, money, dates, progress. */
const COLUMNS: TColumn[] = [
  { header: '乡镇', width: 12, cell: (r) => r.townshipName },
  { header: '村（社区）', width: 16, cell: (r) => r.villageNames },
  { header: '项目名称', width: 30, cell: (r) => r.title },
  { header: '项目类型', width: 12, cell: (r) => KIND_ZH[r.kind] },
  { header: '一村一示范', width: 8, cell: (r) => (r.isDemonstration ? '是' : '否') },
  { header: '领办人', width: 10, cell: (r) => r.leaderName },
  { header: '认领人', width: 20, cell: (r) => r.claimantNames },
  { header: '目标内容', width: 26, cell: (r) => r.targetWhat },
  { header: '目标数量', width: 10, cell: (r) => r.targetQuantity },
  { header: '单位', width: 6, cell: (r) => r.targetUnit },
  { header: '目标时限', width: 12, cell: (r) => r.targetDate },
  { header: '项目预算（元）', width: 14, yuan: true, cell: (r) => fenToYuan(r.budgetFen) },
  ...PROJECT_FUNDING_SOURCES.map(
    (s): TColumn => ({
      header: `${SOURCE_ZH[s]}（元）`,
      width: 14,
      yuan: true,
      cell: (r) => (r.funding[s] === undefined ? null : fenToYuan(r.funding[s])),
    }),
  ),
  {
    header: '资金合计（元）',
    width: 14,
    yuan: true,
    cell: (r) => fenToYuan(Object.values(r.funding).reduce((a, b) => a + (b ?? 0), 0)),
  },
  { header: '受益户数', width: 9, cell: (r) => r.beneficiaryHouseholds },
  { header: '受益人数', width: 9, cell: (r) => r.beneficiaryPeople },
  { header: '开工日期', width: 12, cell: (r) => r.startDate },
  { header: '计划完成日期', width: 12, cell: (r) => r.plannedEndDate },
  { header: '基线完成日期', width: 12, cell: (r) => r.baselinePlannedEnd ?? '' },
  { header: '状态', width: 12, cell: (r) => STATE_ZH[r.state] },
  { header: '已完成节点', width: 10, cell: (r) => r.milestones.done },
  { header: '节点总数', width: 9, cell: (r) => r.milestones.total },
  { header: '逾期节点', width: 9, cell: (r) => r.milestones.overdue },
  { header: '终止原因', width: 24, cell: (r) => r.stopReason ?? '' },
];
/** The headers in order (tests and readers find a column by its header). */
export const LEDGER_HEADERS = COLUMNS.map((c) => c.header);

/** Rows written between two turns of the event loop. */
const ROW_BATCH = 50;
const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve));

/** The totals row: money and beneficiaries summed, milestones counted. */
function totalsRow(rows: readonly TLedgerRow[]): ExcelJS.CellValue[] {
  const sums = COLUMNS.map((c, i) => {
    if (i === 0) return `合计（${rows.length} 个项目）`;
    const numeric =
      c.yuan || ['受益户数', '受益人数', '已完成节点', '节点总数', '逾期节点'].includes(c.header);
    if (!numeric) return null;
    return rows.reduce((sum, r) => sum + (Number(c.cell(r)) || 0), 0);
  });
  return sums.map((v, i) => (COLUMNS[i]!.yuan && typeof v === 'number' ? Math.round(v * 100) / 100 : v));
}

/** The file being written now: one ledger at a time per process (writing is CPU on the one loop). */
let writing: Promise<unknown> = Promise.resolve();

/**
 * 帮扶项目台账 as a workbook: a title row, the headers, one row per project and a totals row. Written by
 * exceljs' streaming writer in batches, the event loop free between them, strings inline (a county's
 * ledger holds no long list of shared strings to render at once).
 */
export function projectLedgerFile(title: string, rows: readonly TLedgerRow[]): Promise<Buffer> {
  const file = writing.then(() => write(title, rows));
  writing = file.catch(() => {});
  return file;
}

async function write(title: string, rows: readonly TLedgerRow[]): Promise<Buffer> {
  const chunks: Buffer[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk);
      done();
    },
  });
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = 'Zhucun 驻村';
  const ws = wb.addWorksheet('项目台账', { views: [{ state: 'frozen', ySplit: 2, xSplit: 3 }] });
  ws.columns = COLUMNS.map((c) => ({ width: c.width, style: c.yuan ? { numFmt: YUAN } : {} }));
  ws.mergeCells(1, 1, 1, COLUMNS.length);
  const head = ws.getRow(1);
  head.getCell(1).value = title;
  head.getCell(1).font = { bold: true, size: 14 };
  head.getCell(1).alignment = { horizontal: 'center' };
  head.commit();
  const headers = ws.getRow(2);
  headers.values = LEDGER_HEADERS;
  headers.font = { bold: true };
  headers.alignment = { wrapText: true, vertical: 'middle' };
  headers.commit();
  for (const [i, r] of rows.entries()) {
    ws.addRow(COLUMNS.map((c) => c.cell(r))).commit();
    if (i % ROW_BATCH === ROW_BATCH - 1) await nextTurn();
  }
  const totals = ws.addRow(totalsRow(rows));
  totals.font = { bold: true };
  totals.commit();
  ws.commit();
  await wb.commit();
  return Buffer.concat(chunks);
}
