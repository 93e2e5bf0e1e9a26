import { type TFundingEntryView, type TFundingSummary, villageDisplayName } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { ROOMY_LOGIN } from '../../test/factories.ts';
import { insertTestHome } from '../../test/home-factory.ts';

/** Summary and workbook, on entries of years long past (so a demo ledger of recent dates would not count). */
describe('home funding summary and workbook', () => {
  let t: TTestApp;
  let admin: TClient;
  let jincheng: TClient;
  let viewer: TClient;
  let villages: { code: string; name: string }[];
  let a: number;
  let empty: number;
  let b: number;
  let county: string;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    admin = await t.signIn('admin');
    jincheng = await t.signIn('jincheng');
    viewer = await t.signIn('viewer');
    const db = t.database.db;
    const first = (parent: string, n: number) =>
      rowsOf<{ code: string; name: string }>(
        db,
        sql`select code, name from divisions where parent_code = ${parent} and level = 'village' order by code limit ${n}`,
      );
    villages = [...(await first('140622100', 2)), ...(await first('140622101', 1))];
    county = (await rowsOf<{ name: string }>(db, sql`select name from divisions where level = 'county'`))[0]!
      .name;
    a = (await insertTestHome(db, { villageCode: villages[0]!.code })).id;
    empty = (await insertTestHome(db, { villageCode: villages[1]!.code, kind: 'farmhouse' })).id;
    b = (await insertTestHome(db, { villageCode: villages[2]!.code, title: '南河种镇示范小院' })).id;
    const add = async (home: number, payload: Record<string, unknown>, client = admin) => {
      const res = await client.request({ method: 'POST', url: `/api/homes/${home}/funding`, payload });
      expect(res.statusCode).toBe(200);
      return res.json<TFundingEntryView>();
    };
    await add(a, {
      direction: 'in',
      source: 'selectee_settlement',
      amountFen: 500_000,
      date: '2001-03-01',
      purpose: '安置费到账',
    });
    const out = await add(
      a,
      { direction: 'out', source: 'team_funds', amountFen: 12_345, date: '2001-04-02', purpose: '购置书桌' },
      jincheng,
    );
    await add(a, {
      direction: 'in',
      source: 'township_party_award',
      amountFen: 100_000,
      date: '2002-05-01',
      purpose: '党建奖补',
    });
    const fixed = await admin.request({
      method: 'POST',
      url: `/api/homes/${a}/funding/${out.id}/corrections`,
      payload: { amountFen: 10_000, reason: '按发票更正', date: '2001-04-03' },
    });
    expect(fixed.statusCode).toBe(200);
    await add(b, {
      direction: 'in',
      source: 'other',
      amountFen: 88_888,
      date: '2001-12-31',
      purpose: '社会捐赠',
    });
  });
  afterAll(() => t.close());

  const summary = async (query: string, client = admin) =>
    client.request({ method: 'GET', url: `/api/homes/funding/summary?${query}` });
  const rowOf = (s: TFundingSummary, id: number) => s.rows.find((r) => r.homeId === id)!;

  it('totals by home and source, every home included, ordered by township, village and title', async () => {
    const s = (await summary('year=2001')).json<TFundingSummary>();
    const ids = s.rows.map((r) => r.homeId).filter((id) => [a, empty, b].includes(id));
    expect(ids).toEqual([a, empty, b]);
    expect(rowOf(s, a)).toEqual({
      homeId: a,
      homeTitle: `${villageDisplayName(villages[0]!.name)}驻村干部公寓`,
      kind: 'apartment',
      villageName: villages[0]!.name,
      townshipName: '金城镇',
      bySource: { selectee_settlement: 500_000, team_funds: -10_000, township_party_award: 0, other: 0 },
      inFen: 500_000,
      outFen: 10_000,
      total: 490_000,
    });
    expect(rowOf(s, empty)).toMatchObject({
      inFen: 0,
      outFen: 0,
      total: 0,
      homeTitle: `${villageDisplayName(villages[1]!.name)}驻村干部农家小院`,
    });
    expect(rowOf(s, b)).toMatchObject({
      homeTitle: '南河种镇示范小院',
      townshipName: '南河种镇',
      total: 88_888,
    });
    expect(s.totals).toEqual({
      bySource: { selectee_settlement: 500_000, team_funds: -10_000, township_party_award: 0, other: 88_888 },
      inFen: 588_888,
      outFen: 10_000,
      total: 578_888,
    });
    const later = (await summary('year=2002')).json<TFundingSummary>();
    expect(later.totals).toMatchObject({ inFen: 100_000, outFen: 0, total: 100_000 });
    expect(rowOf(later, a).bySource.township_party_award).toBe(100_000);

    const nanhe = (await summary('township=140622101&year=2001', viewer)).json<TFundingSummary>();
    expect(nanhe.rows.map((r) => r.homeId)).toContain(b);
    expect(nanhe.rows.every((r) => r.townshipName === '南河种镇')).toBe(true);
    expect(nanhe.totals.total).toBe(88_888);
    const own = (await summary('year=2001', jincheng)).json<TFundingSummary>();
    expect(own.rows.map((r) => r.homeId)).not.toContain(b);
    expect(own.totals.total).toBe(490_000);
    expect((await summary('township=140622101', jincheng)).statusCode).toBe(404);
    expect((await summary('township=140622999')).statusCode).toBe(404);
    expect((await summary('year=1999')).statusCode).toBe(400);
  });

  it('exports every entry and the totals as a workbook, amounts as yuan from exact fen (audited)', async () => {
    const exports = async () =>
      Number(
        (
          await rowsOf<{ n: number }>(
            t.database.db,
            sql`select count(*) as n from audit_log where action = 'home_funding.export'`,
          )
        )[0]!.n,
      );
    const exported = await exports();
    const res = await admin.request({ method: 'GET', url: '/api/homes/funding.xlsx?year=2001' });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent(`驻村干部家园资金台账-${county}-2001.xlsx`)}`,
    );
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ledger = wb.getWorksheet('台账')!;
    expect(ledger.getRow(2).values).toContain('金额（元）');
    const rows = ledger.getSheetValues().filter(Boolean) as unknown[][];
    const mine = rows.filter((r) => r[3] === villages[0]!.name || r[3] === villages[2]!.name);
    expect(mine.map((r) => r[8])).toEqual([5000, -123.45, 23.45, 888.88]);
    const out = mine[1]!;
    expect(out.slice(2, 10)).toEqual([
      '金城镇',
      villages[0]!.name,
      `${villageDisplayName(villages[0]!.name)}驻村干部公寓`,
      '2001-04-02',
      '支',
      '第一书记和工作队工作经费',
      -123.45,
      '购置书桌',
    ]);
    expect(out[12]).toBe('金城镇管理员');
    const correction = mine[2]!;
    expect(correction[10]).toBe(out[1]);
    expect(correction[11]).toBe('按发票更正');
    const amountCell = ledger.getRow(rows.indexOf(out) + 1).getCell(8);
    expect(amountCell.numFmt).toBe('#,##0.00');

    const sheet = wb.getWorksheet('汇总')!;
    const sums = sheet.getSheetValues().filter(Boolean) as unknown[][];
    expect(sums[1]).toContain('选调生一次性安置费（元）');
    const home = sums.find((r) => r[3] === `${villageDisplayName(villages[0]!.name)}驻村干部公寓`)!;
    expect(home.slice(4, 12)).toEqual(['党群服务中心公寓', 5000, -100, 0, 0, 5000, 100, 4900]);
    const total = sums[sums.length - 1]!;
    expect(total[1]).toBe('合计');
    expect(total.slice(5, 12)).toEqual([5000, -100, 0, 888.88, 5888.88, 100, 5788.88]);

    const own = await jincheng.request({ method: 'GET', url: '/api/homes/funding.xlsx' });
    expect(own.headers['content-disposition']).toContain(
      encodeURIComponent('驻村干部家园资金台账-金城镇-全部.xlsx'),
    );
    expect(await exports()).toBe(exported + 2);
  });
});
