import type { TCadreList } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { errorOf, ROOMY_LOGIN } from '../../test/factories.ts';
import { ledgerXlsx, sheetRow, XLSX } from '../../test/ledger-factory.ts';
import { COLUMNS } from './cadres.excel-columns.ts';

describe('the ledger in Excel: template, import, export', () => {
  let t: TTestApp;
  let admin: TClient;
  let jincheng: TClient;
  const upload = (client: TClient, file: Buffer) =>
    client.request({
      method: 'POST',
      url: '/api/cadres/import',
      payload: file,
      headers: { 'content-type': XLSX },
    });
  const count = async (client: TClient, q: string) =>
    (
      await client.request({ method: 'GET', url: `/api/cadres?pageSize=1&q=${encodeURIComponent(q)}` })
    ).json<TCadreList>().total;

  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    admin = await t.signIn('admin');
    jincheng = await t.signIn('jincheng');
  });
  afterAll(() => t.close());

  it('offers a template with the Chinese headers and the caller’s villages', async () => {
    const res = await jincheng.request({ method: 'GET', url: '/api/cadres/template.xlsx' });
    expect(res.headers['content-type']).toBe(XLSX);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const headers = (wb.worksheets[0]!.getRow(1).values as string[]).slice(1);
    expect(headers).toEqual(COLUMNS.map((c) => c.header));
    const villages = wb.worksheets[1]!;
    expect(villages.rowCount - 1).toBe(31); // 金城镇's 22 villages and 9 communities
  });

  it('reports every bad row with row, column and reason and imports nothing; the fixed file imports; again changes nothing', async () => {
    const rows = Array.from({ length: 200 }, (_, i) => sheetRow(i));
    const bad = structuredClone(rows);
    bad[10]!.idNumber = bad[10]!.idNumber.slice(0, 17) + (bad[10]!.idNumber.endsWith('1') ? '2' : '1');
    bad[50]!.politicalStatus = '党员';
    bad[120]!.village = '不存在村';
    let res = await upload(jincheng, await ledgerXlsx(bad));
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toEqual([
      { field: 'rows.12.idNumber', message: '第 12 行：身份证号第18位校验码不正确' },
      {
        field: 'rows.52.politicalStatus',
        message: '第 52 行：政治面貌应为以下之一：中共党员、中共预备党员、共青团员、民主党派、群众',
      },
      {
        field: 'rows.122.village',
        message: '第 122 行：村（社区）：乡镇“金城镇”中没有“不存在村”，或不在您的管辖范围内',
      },
    ]);
    expect(await count(admin, '导入')).toBe(0);

    res = await upload(jincheng, await ledgerXlsx(rows));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 200, updated: 0, unchanged: 0 });
    expect(await count(jincheng, '导入')).toBe(200);

    res = await upload(jincheng, await ledgerXlsx(rows));
    expect(res.json()).toEqual({ created: 0, updated: 0, unchanged: 200 });
    expect(await count(admin, '导入')).toBe(200);
  });

  it('takes its masked export back as it is: masked cells keep the stored numbers; an edited cell is applied', async () => {
    const rows = Array.from({ length: 5 }, (_, i) => sheetRow(i, '回导'));
    expect((await upload(jincheng, await ledgerXlsx(rows))).statusCode).toBe(200);
    const exported = await jincheng.request({
      method: 'GET',
      url: `/api/cadres/export.xlsx?q=${encodeURIComponent('回导')}`,
    });
    expect(exported.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    const column = (header: string) =>
      (ws.getRow(1).values as string[]).indexOf(COLUMNS.find((c) => c.header.startsWith(header))!.header);
    expect(ws.getRow(2).getCell(column('身份证号')).text).toMatch(/\*{8}/);

    // back as it is: nothing changes, and the numbers are the stored ones
    let res = await upload(jincheng, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ created: 0, updated: 0, unchanged: 5 });
    // one school corrected: that row is updated, its masked ID number kept
    ws.getRow(2).getCell(column('毕业院校')).value = '太原理工大学';
    res = await upload(jincheng, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.json()).toEqual({ created: 0, updated: 1, unchanged: 4 });
    const stored = await rowsOf<{ id_number: string }>(
      t.database.db,
      sql`select id_number from persons where school = '太原理工大学' and name like '回导%'`,
    );
    expect(rows.map((r) => r.idNumber)).toContain(stored[0]?.id_number);

    // without the registry number, a masked cell cannot be kept: said once, naming the column
    ws.getRow(3).getCell(column('系统编号')).value = '';
    ws.getRow(4).getCell(column('身份证号')).value = '140622********0000';
    res = await upload(jincheng, Buffer.from(await wb.xlsx.writeBuffer()));
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toEqual([
      { field: 'rows.3.idNumber', message: expect.stringContaining('须保留导出时的“系统编号”列') },
      { field: 'rows.3.phone', message: expect.stringContaining('系统编号') },
      { field: 'rows.4.idNumber', message: expect.stringContaining('露出的数字') },
    ]);
  });

  it('refuses a village outside the importer’s township', async () => {
    const row = { ...sheetRow(900), township: '南河种镇', village: '西堡村委会' };
    const res = await upload(jincheng, await ledgerXlsx([row]));
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details?.[0]?.field).toBe('rows.2.village');
  });

  it('exports the filtered ledger masked; in full only with a reason (pii:unmask), which the audit row keeps', async () => {
    const idsOf = async (res: Awaited<ReturnType<TClient['request']>>) => {
      expect(res.statusCode, res.body.slice(0, 200)).toBe(200);
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
      const ws = wb.worksheets[0]!;
      return Array.from({ length: ws.rowCount - 1 }, (_, i) => String(ws.getRow(i + 2).getCell(5).value));
    };
    const rows = Array.from({ length: 12 }, (_, i) => sheetRow(i, '导出'));
    const imported = await upload(jincheng, await ledgerXlsx(rows));
    expect(imported.statusCode, imported.body).toBe(200);
    const url = `/api/cadres/export.xlsx?q=${encodeURIComponent('导出00')}`;
    const MASKED = /^\d{6}\*{8}\d{3}[\dX]$/;
    // the default export is masked, for the county too
    for (const client of [jincheng, admin]) {
      const masked = await idsOf(await client.request({ method: 'GET', url }));
      expect(masked).toHaveLength(10);
      expect(masked.every((id) => MASKED.test(id))).toBe(true);
    }
    // in full: a reason, as for one person's numbers on screen, and only with pii:unmask
    let res = await admin.request({ method: 'POST', url, payload: {} });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details?.[0]?.field).toBe('reason');
    res = await jincheng.request({ method: 'POST', url, payload: { reason: '核对干部信息' } });
    expect(res.statusCode).toBe(403);
    const full = await idsOf(
      await admin.request({ method: 'POST', url, payload: { reason: '报送省委组织部核对' } }),
    );
    expect(full.sort()).toEqual(
      rows
        .slice(0, 10)
        .map((r) => r.idNumber)
        .sort(),
    );
    const [audit] = await rowsOf<{ details: { unmasked: boolean; reason: string; rows: number } }>(
      t.database.db,
      sql`select details from audit_log where action = 'cadre.export' order by id desc limit 1`,
    );
    expect(audit?.details).toMatchObject({ unmasked: true, reason: '报送省委组织部核对', rows: 10 });
  });
});

describe('exports stay in scope', () => {
  it('gives another township’s administrator none of the rows', async () => {
    const t = await buildTestApp({ login: ROOMY_LOGIN });
    try {
      const jincheng = await t.signIn('jincheng');
      const nanhezhong = await t.signIn('nanhezhong');
      const row = sheetRow(700);
      const res = await jincheng.request({
        method: 'POST',
        url: '/api/cadres/import',
        payload: await ledgerXlsx([row]),
        headers: { 'content-type': XLSX },
      });
      expect(res.statusCode, res.body).toBe(200);
      const exported = await nanhezhong.request({
        method: 'GET',
        url: `/api/cadres/export.xlsx?q=${encodeURIComponent(row.name)}`,
      });
      const wb = new ExcelJS.Workbook();
      await wb.xlsx.load(exported.rawPayload as unknown as ArrayBuffer);
      expect(wb.worksheets[0]!.rowCount).toBe(1); // the header only
    } finally {
      await t.close();
    }
  });
});
