import type { TDivisionNode } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { XLSX } from '../../test/ledger-factory.ts';
import { villagesOf } from '../../test/task-factory.ts';

/** A 村庄坐标 workbook as a clerk fills it in: 区划代码, 经度, 纬度 (the names are only for reading). */
async function pointsFile(rows: (string | number | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('村庄坐标');
  ws.addRow(['区划代码', '乡镇', '村（社区）', '经度', '纬度']);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

/** Village points by import: the county downloads its villages, fills in 经度 and 纬度, and reads them back. */
describe('村庄坐标: GET /api/divisions/points/template.xlsx, POST /api/divisions/points', () => {
  let t: TTestApp;
  let admin: TClient;
  beforeAll(async () => {
    t = await buildTestApp();
    admin = await t.signIn('admin');
  });
  afterAll(() => t.close());

  const upload = (client: TClient, file: Buffer) =>
    client.request({
      method: 'POST',
      url: '/api/divisions/points',
      payload: file,
      headers: { 'content-type': XLSX },
    });
  const pointOf = async (code: string) =>
    (await admin.request({ method: 'GET', url: `/api/divisions/${code}` })).json<TDivisionNode>().point;

  it('gives the county a workbook of its villages, and sets and clears points from it in one step', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/divisions/points/template.xlsx' });
    expect(res.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(ws.getRow(1).values).toEqual([undefined, '区划代码', '乡镇', '村（社区）', '经度', '纬度']);
    expect(ws.rowCount - 1).toBe(223); // Ying County's 214 villages and 9 communities

    const [a, b, c] = await villagesOf(t.database.db, '140622102', 3);
    await admin.request({
      method: 'PUT',
      url: `/api/divisions/${c}/point`,
      payload: { point: { lng: 113.3, lat: 39.5 } },
    });
    const done = await upload(
      admin,
      await pointsFile([
        [a!, '', '', 113.1912, 39.5597],
        [b!, '', '', '113.25', '39.61'],
        [c!, '', '', null, null], // both empty: cleared
      ]),
    );
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toEqual({ set: 2, cleared: 1 });
    expect(await pointOf(a!)).toEqual({ lng: 113.1912, lat: 39.5597 });
    expect(await pointOf(b!)).toEqual({ lng: 113.25, lat: 39.61 });
    expect(await pointOf(c!)).toBeNull();
    const [audit] = await rowsOf<{ details: unknown }>(
      t.database.db,
      sql`select details from audit_log where action = 'division.import_points' order by id desc limit 1`,
    );
    expect(audit?.details).toEqual({ set: 2, cleared: 1 });
  });

  it('refuses the whole file when a row is wrong, naming the row and the field, and changes nothing', async () => {
    const [a, b] = await villagesOf(t.database.db, '140622200', 2);
    const res = await upload(
      admin,
      await pointsFile([
        [a!, '', '', 113.2, 39.6],
        [b!, '', '', 39.6, 113.2], // 纬度 and 经度 swapped
        ['140622999999', '', '', 113.2, 39.6],
        [a!, '', '', 113.2, ''],
      ]),
    );
    expect(res.statusCode).toBe(400);
    const details = res.json().error.details.map((d: { message: string }) => d.message);
    expect(details).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^第 3 行：经度不能小于 73/),
        expect.stringMatching(/^第 3 行：纬度不能大于 54/),
        expect.stringMatching(/^第 4 行：村（社区）“140622999999”不是本系统中的村（社区）/),
        expect.stringMatching(/^第 5 行：村（社区）与第 2 行重复/),
        expect.stringMatching(/^第 5 行：纬度不能为空/),
      ]),
    );
    expect(await pointOf(a!)).toBeNull();
  });

  it('is the county’s alone: a township administrator may neither download nor upload', async () => {
    const township = await t.signIn('jincheng');
    expect(
      (await township.request({ method: 'GET', url: '/api/divisions/points/template.xlsx' })).statusCode,
    ).toBe(403);
    expect(
      (await upload(township, await pointsFile([['140622100200', '', '', 113.2, 39.6]]))).statusCode,
    ).toBe(403);
    expect((await upload(admin, Buffer.from('not a workbook'))).statusCode).toBe(400);
  });
});
