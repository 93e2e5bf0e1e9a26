import { CHINA_EXTENT, inScope, type TMapPoint, type TScope, ZMapPoint } from '@zhucun/core';
import ExcelJS from 'exceljs';
import type { TDb } from '../../db/client.ts';
import type { TErrorDetail } from '../../errors.ts';
import { readSheetRows, type TSheetColumn } from '../files/xlsx-rows.ts';
import { findVillagePoints } from './divisions.repository.ts';

/** 村庄坐标: the workbook a county fills in (its villages, their points) and reads back. */
const COLUMNS: readonly (TSheetColumn<'code' | 'township' | 'village' | 'lng' | 'lat'> & {
  width: number;
})[] = [
  { key: 'code', header: '区划代码', width: 16 },
  { key: 'township', header: '乡镇', width: 12, optional: true },
  { key: 'village', header: '村（社区）', width: 16, optional: true },
  { key: 'lng', header: '经度', width: 12 },
  { key: 'lat', header: '纬度', width: 12 },
];
/** More rows than a county has villages is not a county's file. */
const MAX_ROWS = 5_000;

/** The template: every village in scope with its point as stored (empty where none); 经度 and 纬度 to fill. */
export async function pointsWorkbook(db: TDb, scope: TScope): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  wb.creator = 'Zhucun 驻村';
  const ws = wb.addWorksheet('村庄坐标', { views: [{ state: 'frozen', ySplit: 1 }] });
  ws.columns = COLUMNS.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  ws.getRow(1).font = { bold: true };
  ws.getColumn('code').numFmt = '@';
  for (const v of await findVillagePoints(db, scope)) ws.addRow(v);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** A number cell: null when empty, NaN when not a number. */
const numberOf = (text: string) =>
  text === '' ? null : /^[+-]?\d+(\.\d+)?$/.test(text) ? Number(text) : Number.NaN;

/**
 * The rows of an uploaded 村庄坐标 workbook checked against the villages in scope: each names a village
 * by its code, and gives both 经度 and 纬度 within China (or neither: the point is cleared). Problems
 * come with their row; a code outside the scope is answered like one that does not exist.
 */
export async function readPointRows(db: TDb, scope: TScope, buffer: Buffer) {
  const rows = await readSheetRows(buffer, COLUMNS, MAX_ROWS);
  const villages = new Set(
    (await findVillagePoints(db, scope)).map((v) => v.code).filter((code) => inScope(scope, code)),
  );
  const errors: TErrorDetail[] = [];
  const points: { code: string; point: TMapPoint | null }[] = [];
  const firstRowOf = new Map<string, number>();
  for (const { row, cells } of rows) {
    const problems: TErrorDetail[] = [];
    const code = cells.code;
    if (!villages.has(code))
      problems.push({
        row,
        field: 'villageCode',
        key: 'village_unknown',
        params: { code: code.slice(0, 20) },
      });
    const other = firstRowOf.get(code);
    if (other)
      problems.push({ row, field: 'villageCode', key: 'import_duplicate_in_file', params: { other } });
    else firstRowOf.set(code, row);
    const lng = numberOf(cells.lng);
    const lat = numberOf(cells.lat);
    let point: TMapPoint | null = null;
    if (lng === null && lat === null) point = null;
    else if (lng === null || lat === null)
      problems.push({ row, field: lng === null ? 'lng' : 'lat', key: 'required' });
    else if (Number.isNaN(lng) || Number.isNaN(lat))
      problems.push({
        row,
        field: Number.isNaN(lng) ? 'lng' : 'lat',
        key: 'wrong_type',
        params: { expected: 'number' },
      });
    else {
      const parsed = ZMapPoint.safeParse({ lng, lat });
      if (parsed.success) point = parsed.data;
      else
        for (const issue of parsed.error.issues) {
          const field = issue.path[0] === 'lng' ? 'lng' : 'lat';
          const bounds = CHINA_EXTENT[field];
          problems.push({
            row,
            field,
            key: issue.code === 'too_small' ? 'too_small_number' : 'too_big_number',
            params: { minimum: bounds[0], maximum: bounds[1] },
          });
        }
    }
    if (problems.length) errors.push(...problems);
    else points.push({ code, point });
  }
  return { points, errors };
}
