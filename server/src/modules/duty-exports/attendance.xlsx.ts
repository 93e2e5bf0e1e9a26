import ExcelJS from 'exceljs';

export type TAttendanceRow = {
  name: string;
  village: string;
  category: string;
  /** One mark per day of the month (`✓/✓` day/night, `假`, or empty). */
  marks: string[];
  daysInVillage: number;
  nightsInVillage: number;
  leaveDays: number;
};

export const ATTENDANCE_LEGEND =
  '图例：每格为“白天/夜间”；✓ 在村　公 公务外出（视同在村）　假 请假　休 休息　✗ 不在岗　空白 未记录';

const FIXED = ['序号', '姓名', '村（社区）', '干部类别'];
const TOTALS = ['在村天数', '在村夜数', '请假天数', '月目标（天）'];

/**
 * A township's attendance ledger for a month: title (row 1), headers (row 2), one row per cadre
 * (from row 3), then the legend.
 */
export async function attendanceWorkbook(input: {
  title: string;
  daysInMonth: number;
  monthTarget: number;
  rows: TAttendanceRow[];
}): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhucun 驻村';
  const ws = wb.addWorksheet('考勤台账', { views: [{ state: 'frozen', xSplit: 2, ySplit: 2 }] });
  const dayHeaders = Array.from({ length: input.daysInMonth }, (_, i) => String(i + 1));
  const headers = [...FIXED, ...dayHeaders, ...TOTALS];
  ws.mergeCells(1, 1, 1, headers.length);
  ws.getCell(1, 1).value = input.title;
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  ws.getCell(1, 1).alignment = { horizontal: 'center' };
  ws.getRow(2).values = headers;
  ws.getRow(2).font = { bold: true };
  ws.getColumn(1).width = 6;
  ws.getColumn(2).width = 10;
  ws.getColumn(3).width = 16;
  ws.getColumn(4).width = 14;
  for (let i = 0; i < input.daysInMonth; i++) ws.getColumn(FIXED.length + 1 + i).width = 5;
  input.rows.forEach((r, i) => {
    ws.addRow([
      i + 1,
      r.name,
      r.village,
      r.category,
      ...r.marks,
      r.daysInVillage,
      r.nightsInVillage,
      r.leaveDays,
      input.monthTarget,
    ]);
  });
  ws.addRow([]);
  const legend = ws.addRow([ATTENDANCE_LEGEND]);
  ws.mergeCells(legend.number, 1, legend.number, headers.length);
  return Buffer.from(await wb.xlsx.writeBuffer());
}
