import { REPORT_SETS, type TReportExport } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { absences, dutyDays, requests } from '../../db/schema.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { buildCadre, buildPerson, buildPosting } from '../../test/cadre-factory.ts';
import { createUser, errorOf, ROOMY_LOGIN, registerCadre, signInReady } from '../../test/factories.ts';
import { insertTestMilestone, insertTestProject } from '../../test/project-factory.ts';
import { FIELD_SHEET, FIELD_SHEET_HEADERS } from './report-workbook.ts';

type TSheet = { headers: string[]; rows: Record<string, unknown>[]; fields: string[][] };

/** A report's first sheet as rows by key (headers mapped back through the definition) and its 字段说明. */
async function open(e: TReportExport, body: Buffer): Promise<TSheet> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  const ws = wb.worksheets[0]!;
  const headers = (ws.getRow(1).values as string[]).slice(1);
  const keys = REPORT_SETS[e].columns.map((c) => c.key);
  const rows: Record<string, unknown>[] = [];
  for (let i = 2; i <= ws.rowCount; i++) {
    const values = (ws.getRow(i).values as unknown[]).slice(1);
    rows.push(Object.fromEntries(keys.map((k, j) => [k, values[j] ?? null])));
  }
  const fws = wb.getWorksheet(FIELD_SHEET)!;
  const fields: string[][] = [];
  for (let i = 1; i <= fws.rowCount; i++)
    fields.push((fws.getRow(i).values as unknown[]).slice(1).map((v) => String(v ?? '')));
  return { headers, rows, fields };
}

describe('上报数据: the four upward-reporting workbooks', () => {
  let t: TTestApp;
  let admin: TClient;
  let township: TClient;
  let viewer: TClient;
  const own = '140622100';
  const ownVillage = '140622100200';
  let otherVillage: string;
  let mine: { id: number; name: string };
  let theirs: { id: number; name: string };
  const get = async (client: TClient, url: string) => {
    const res = await client.request({ method: 'GET', url });
    expect(res.statusCode, res.body).toBe(200);
    return res;
  };
  const report = async (client: TClient, e: TReportExport, query = '') =>
    open(e, (await get(client, `/api/reports/${e}.xlsx${query}`)).rawPayload);

  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    admin = await t.signIn('admin');
    viewer = await t.signIn('viewer');
    township = await signInReady(
      t,
      await createUser(admin, { roles: [{ role: 'township_admin', divisionCode: own }] }),
    );
    const [v] = await rowsOf<{ code: string }>(
      t.database.db,
      sql`select code from divisions where level = 'village' and code like '140622101%' order by code limit 1`,
    );
    otherVillage = v!.code;
    const register = async (name: string, villageCode: string) => {
      const { cadre } = await registerCadre(
        admin,
        buildCadre({
          person: buildPerson({ name }),
          posting: buildPosting({ villageCode, startDate: '2024-06-01' }),
        }),
      );
      return { id: cadre.id, name };
    };
    mine = await register('上报甲', ownVillage);
    theirs = await register('上报乙', otherVillage);
  });
  afterAll(() => t.close());

  it('writes each set’s headers in the defined order, and 字段说明 lists key, header, type, codes and meaning', async () => {
    for (const [e, q] of [
      ['registry', ''],
      ['presence', '?year=2025&month=3'],
      ['requests', '?year=2025'],
      ['projects', ''],
    ] as const) {
      const sheet = await report(admin, e, q);
      const cols = REPORT_SETS[e].columns;
      expect(sheet.headers, e).toEqual(cols.map((c) => c.header));
      expect(sheet.fields[0]).toEqual(FIELD_SHEET_HEADERS);
      expect(sheet.fields.slice(1).map((f) => f[0])).toEqual(cols.map((c) => c.key));
      expect(sheet.fields.slice(1).map((f) => f[1])).toEqual(cols.map((c) => c.header));
      for (const f of sheet.fields.slice(1)) expect(f[4]?.length, `${e} ${f[0]}`).toBeGreaterThan(1);
    }
    const registry = await report(admin, 'registry');
    const category = registry.fields.find((f) => f[0] === 'category')!;
    expect(category[2]).toMatch(/代码表/);
    expect(category[3]).toContain('graduate_official=到村任职大学生');
  });

  it('the registry: a row per person with the posting’s place and labels; a township gets only its own', async () => {
    const county = await report(viewer, 'registry');
    const row = county.rows.find((r) => r.person_id === mine.id);
    expect(row).toMatchObject({
      township: '金城镇',
      village_code: ownVillage,
      name: '上报甲',
      gender: '女',
      political_status: '中共党员',
      education_level: '大学本科',
      category: '到村任职大学生',
      start_date: '2024-06-01',
    });
    expect(county.rows.some((r) => r.person_id === theirs.id)).toBe(true);
    const ours = await report(township, 'registry');
    expect(ours.rows.length).toBeGreaterThan(0);
    expect(ours.rows.some((r) => r.person_id === mine.id)).toBe(true);
    expect(ours.rows.some((r) => r.person_id === theirs.id)).toBe(false);
    expect(ours.rows.every((r) => r.village_code === null || String(r.village_code).startsWith(own))).toBe(
      true,
    );
  });

  it('五天四夜 by month: days, nights, leave, weeks and log completeness by the compliance rules', async () => {
    const db = t.database.db;
    // March 2025: weeks (by their Thursdays) from Mondays 3, 10, 17 and 24 March; 1 March is a Saturday
    const days: [string, string, string, boolean][] = [
      ['2025-03-01', 'village', 'absent', true],
      ...['03', '04', '05', '06', '07'].map(
        (d, i) =>
          [`2025-03-${d}`, 'village', i < 4 ? 'village' : 'absent', i < 3] as [
            string,
            string,
            string,
            boolean,
          ],
      ),
      ...['10', '11', '12'].map(
        (d) => [`2025-03-${d}`, 'village', 'village', d === '10'] as [string, string, string, boolean],
      ),
      ['2025-03-13', 'absent', 'official_duty', false],
    ];
    await db.insert(dutyDays).values(
      days.map(([date, day, night, logged]) => ({
        personId: mine.id,
        villageCode: ownVillage,
        date,
        dayPlace: day,
        nightPlace: night,
        work: logged ? '走访农户' : '',
      })),
    );
    await db.insert(absences).values({
      personId: mine.id,
      villageCode: ownVillage,
      kind: 'leave',
      startDate: '2025-03-26',
      endDate: '2025-04-02',
      reason: '事假',
      state: 'approved',
    });
    await db.insert(dutyDays).values({
      personId: theirs.id,
      villageCode: otherVillage,
      date: '2025-03-03',
      dayPlace: 'village',
      nightPlace: 'village',
    });

    const sheet = await report(township, 'presence', '?year=2025&month=3');
    const row = sheet.rows.find((r) => r.person_id === mine.id);
    expect(row).toEqual({
      month: '2025-03',
      township: '金城镇',
      village_code: ownVillage,
      village: '东关村委会',
      person_id: mine.id,
      name: '上报甲',
      category: '到村任职大学生',
      days_in_village: 9,
      nights_in_village: 8,
      leave_days: 6,
      weeks_assessed: 4,
      weeks_complying: 2,
      log_completeness: 0.56,
    });
    // another township's cadre is not in the township's report, and is in the county's
    expect(sheet.rows.every((r) => String(r.village_code).startsWith(own))).toBe(true);
    expect(sheet.rows.some((r) => r.person_id === theirs.id)).toBe(false);
    const county = await report(viewer, 'presence', '?year=2025&month=03');
    expect(county.rows.find((r) => r.person_id === theirs.id)).toMatchObject({
      days_in_village: 1,
      nights_in_village: 1,
    });
    // ordered by village code, then name: never by a figure
    const codes = county.rows.map((r) => String(r.village_code));
    expect(codes).toEqual([...codes].sort());

    // a whole year: a row per month the cadre was posted, January to December
    const year = await report(township, 'presence', '?year=2025');
    const months = year.rows.filter((r) => r.person_id === mine.id).map((r) => r.month);
    expect(months).toEqual(Array.from({ length: 12 }, (_, i) => `2025-${String(i + 1).padStart(2, '0')}`));
    expect(year.rows.find((r) => r.person_id === mine.id && r.month === '2025-04')).toMatchObject({
      leave_days: 2,
    });

    const [audit] = await rowsOf<{ details: Record<string, unknown>; object_type: string }>(
      db,
      sql`select details, object_type from audit_log where action = 'report.export' order by id desc limit 1`,
    );
    expect(audit).toMatchObject({
      object_type: 'duty_day',
      details: { report: 'presence', year: '2025', month: null },
    });
  });

  it('requests registered in the period, in scope, without the submitter', async () => {
    const db = t.database.db;
    const base = {
      category: 'infrastructure',
      urgency: 'urgent',
      state: 'registered',
      ownerLevel: 'village',
      source: 'cadre',
      acceptBy: '2025-05-08',
      resolveBy: '2025-05-20',
      submitterName: '王大爷',
      submitterPhone: '13800000000',
    };
    await db.insert(requests).values([
      {
        ...base,
        villageCode: ownVillage,
        ownerDivisionCode: ownVillage,
        description: '上报诉求甲：修路',
        registeredOn: '2025-05-06',
      },
      {
        ...base,
        villageCode: otherVillage,
        ownerDivisionCode: otherVillage,
        description: '上报诉求乙：修桥',
        registeredOn: '2025-05-07',
      },
      {
        ...base,
        villageCode: ownVillage,
        ownerDivisionCode: ownVillage,
        description: '上报诉求丙：六月',
        registeredOn: '2025-06-01',
      },
    ]);
    const may = await report(township, 'requests', '?year=2025&month=5');
    const row = may.rows.find((r) => String(r.description).startsWith('上报诉求甲'));
    expect(row).toMatchObject({
      township: '金城镇',
      village_code: ownVillage,
      registered_on: '2025-05-06',
      category: '基础设施',
      urgency: '紧急',
      state: '已登记',
      owner_level: '村级',
      accept_by: '2025-05-08',
      resolved_on: null,
    });
    expect(may.rows.some((r) => String(r.description).startsWith('上报诉求乙'))).toBe(false);
    expect(may.rows.some((r) => String(r.description).startsWith('上报诉求丙'))).toBe(false);
    const all = await report(viewer, 'requests', '?year=2025');
    expect(all.rows.some((r) => String(r.description).startsWith('上报诉求乙'))).toBe(true);
    const cells = JSON.stringify(all.rows);
    expect(cells).not.toContain('王大爷');
    expect(cells).not.toContain('13800000000');
  });

  it('projects with milestones counted, in scope', async () => {
    const db = t.database.db;
    const p = await insertTestProject(db, {
      villageCodes: [ownVillage],
      leaderPersonId: mine.id,
      title: '上报项目甲',
      state: 'in_progress',
    });
    await insertTestMilestone(db, { projectId: p.id, ownerPersonId: mine.id, dueDate: '2025-01-31' });
    await insertTestProject(db, {
      villageCodes: [otherVillage],
      leaderPersonId: theirs.id,
      title: '上报项目乙',
    });
    const ours = await report(township, 'projects');
    expect(ours.rows.find((r) => r.project_id === p.id)).toMatchObject({
      township: '金城镇',
      villages: '东关村委会',
      title: '上报项目甲',
      kind: '产业发展',
      state: '实施中',
      is_demonstration: '否',
      leader: '上报甲',
      budget_yuan: 1_200_000,
      milestones_total: 1,
      milestones_done: 0,
      milestones_overdue: 1,
    });
    expect(ours.rows.some((r) => r.title === '上报项目乙')).toBe(false);
    expect((await report(admin, 'projects')).rows.some((r) => r.title === '上报项目乙')).toBe(true);
  });

  it('refuses a bad year or month with a 400 naming the field, and writes no audit row', async () => {
    const count = async () =>
      (
        await rowsOf<{ n: number }>(
          t.database.db,
          sql`select count(*)::int as n from audit_log where action = 'report.export'`,
        )
      )[0]!.n;
    const before = await count();
    for (const [url, label] of [
      ['/api/reports/presence.xlsx', '年度'],
      ['/api/reports/presence.xlsx?year=25', '年度'],
      ['/api/reports/presence.xlsx?year=2025&month=13', '月份'],
      ['/api/reports/requests.xlsx?year=2025&month=abc', '月份'],
    ] as const) {
      const res = await admin.request({ method: 'GET', url });
      expect(res.statusCode, url).toBe(400);
      expect(JSON.stringify(errorOf(res)), url).toContain(label);
    }
    expect(await count()).toBe(before);
  });

  it('answers 403 to a cadre', async () => {
    const cadre = await t.signIn('shuji');
    const res = await cadre.request({ method: 'GET', url: '/api/reports/registry.xlsx' });
    expect(res.statusCode).toBe(403);
  });
});
