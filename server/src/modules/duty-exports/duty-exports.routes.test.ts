import { addDays, datesBetween, type TTodayView } from '@zhucun/core';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { buildCadre, buildPosting } from '../../test/cadre-factory.ts';
import { createUser, errorOf, ROOMY_LOGIN, signInNewCadre, signInReady } from '../../test/factories.ts';
import { ATTENDANCE_LEGEND } from './attendance.xlsx.ts';

const documentXml = async (body: Buffer) => {
  const zip = await JSZip.loadAsync(body);
  return (await zip.file('word/document.xml')!.async('string')).replace(/<[^>]+>/g, '');
};

describe('duty exports: 一人一册 (Word) and the township’s attendance ledger (Excel)', () => {
  let t: TTestApp;
  let cadre: TClient;
  let admin: TClient;
  let township: TClient;
  let otherTownship: TClient;
  let person: NonNullable<TTodayView['person']>;
  let yesterday: string;
  let own: string;
  let other: string;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    cadre = await t.signIn('shuji');
    admin = await t.signIn('admin');
    const view = (await cadre.request({ method: 'GET', url: '/api/duty/today' })).json<TTodayView>();
    person = view.person!;
    yesterday = addDays(view.today, -1);
    own = person.villageCode.slice(0, 9);
    other = own === '140622100' ? '140622101' : '140622100';
    township = await signInReady(
      t,
      await createUser(admin, { roles: [{ role: 'township_admin', divisionCode: own }] }),
    );
    otherTownship = await signInReady(
      t,
      await createUser(admin, { roles: [{ role: 'township_admin', divisionCode: other }] }),
    );
    const saved = await cadre.request({
      method: 'PUT',
      url: `/api/duty/my/days/${yesterday}`,
      payload: {
        day: 'village',
        night: 'official_duty',
        work: '走访脱贫户 5 户，核实帮扶措施',
        activities: '组织党员学习',
        roles: ['policy_advocate'],
      },
    });
    expect(saved.statusCode).toBe(200);
  });
  afterAll(() => t.close());

  it('writes a cadre’s year as a Word book with the day’s log, for the township and the cadre', async () => {
    const year = yesterday.slice(0, 4);
    const res = await township.request({
      method: 'GET',
      url: `/api/duty/people/${person.id}/book.docx?year=${year}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toContain('wordprocessingml');
    expect(res.headers['content-disposition']).toContain(
      encodeURIComponent(`驻村工作日志-${person.name}-${year}.docx`),
    );
    const text = await documentXml(res.rawPayload);
    expect(text).toContain(`驻村工作日志（${year} 年）`);
    expect(text).toContain(person.name);
    expect(text).toContain(person.villageName);
    expect(text).toContain('走访脱贫户 5 户，核实帮扶措施');
    expect(text).toContain('白天 在村，夜间 公务外出');
    expect(text).toContain('政策宣传员');
    expect(text).toContain('补记');
    const mine = await cadre.request({ method: 'GET', url: '/api/duty/my/book.docx' });
    expect(mine.statusCode).toBe(200);
    expect(await documentXml(mine.rawPayload)).toContain('组织党员学习');
    expect(
      (await otherTownship.request({ method: 'GET', url: `/api/duty/people/${person.id}/book.docx` }))
        .statusCode,
    ).toBe(404);
    const bad = await township.request({
      method: 'GET',
      url: `/api/duty/people/${person.id}/book.docx?year=twenty`,
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).details?.[0]?.message).toMatch(/^年度/);
  });

  it('writes the township’s month: a row per cadre, a mark per day, totals and the legend', async () => {
    const month = yesterday.slice(0, 7);
    const res = await township.request({
      method: 'GET',
      url: `/api/duty/attendance.xlsx?township=${own}&month=${month}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-disposition']).toContain("filename*=UTF-8''");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    expect(String(ws.getCell(1, 1).value)).toContain(`${+month.slice(5, 7)} 月`);
    const header = ws.getRow(2).values as unknown[];
    expect(header.slice(1, 6)).toEqual(['序号', '姓名', '村（社区）', '干部类别', '1']);
    const days = header.length - 1 - 8; // the day columns between the four fixed and four totals
    let row: ExcelJS.Row | undefined;
    ws.eachRow((r) => {
      if (r.getCell(2).value === person.name) row = r;
    });
    expect(row).toBeDefined();
    const day = +yesterday.slice(8, 10);
    expect(row!.getCell(4 + day).value).toBe('✓/公');
    expect(row!.getCell(5 + days).value).toBe(1); // days in the village
    expect(row!.getCell(6 + days).value).toBe(1); // nights (official duty counts)
    expect(row!.getCell(7 + days).value).toBe(0); // leave
    expect(row!.getCell(8 + days).value).toBe(20); // the month's target
    expect(ws.getCell(ws.rowCount, 1).value).toBe(ATTENDANCE_LEGEND);
    expect(
      (
        await otherTownship.request({
          method: 'GET',
          url: `/api/duty/attendance.xlsx?township=${own}&month=${month}`,
        })
      ).statusCode,
    ).toBe(404);
    const bad = await township.request({
      method: 'GET',
      url: `/api/duty/attendance.xlsx?township=${own}&month=2026-13`,
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).details?.[0]?.message).toMatch(/^月份/);
  });

  it('prints no 不在岗 for the National Day weeks: holidays and nights beyond four are rest, a duty day’s absence stays', async () => {
    const { cadre: own } = await signInNewCadre(
      t,
      admin,
      buildCadre({ posting: buildPosting({ villageCode: person.villageCode, startDate: '2026-09-01' }) }),
    );
    // National Day 2026 (1–7 October) among the county's holidays: set here unless the rules have it
    const nationalDay = datesBetween('2026-10-01', '2026-10-07');
    const rules = (await admin.request({ method: 'GET', url: '/api/rules?year=2026' })).json<{
      holidays: string[];
    }>();
    if (!nationalDay.every((d) => rules.holidays.includes(d))) {
      const set = await admin.request({
        method: 'PATCH',
        url: '/api/rules',
        payload: { holidays: [...rules.holidays, ...nationalDay] },
      });
      expect(set.statusCode, set.body).toBe(200);
      onTestFinished(async () => {
        await admin.request({ method: 'PATCH', url: '/api/rules', payload: { holidays: rules.holidays } });
      });
    }
    // day/night by date: 休息 chosen on 1–2 October, 不在岗 as recorded before 休息 existed on the
    // other holidays, the weekends and Saturday night; Tuesday 13 October is a duty day away
    const recorded: Record<string, [string, string]> = {
      '2026-09-28': ['village', 'village'],
      '2026-09-29': ['village', 'village'],
      '2026-09-30': ['village', 'village'],
      '2026-10-01': ['rest', 'rest'],
      '2026-10-02': ['rest', 'rest'],
      '2026-10-03': ['absent', 'absent'],
      '2026-10-04': ['absent', 'absent'],
      '2026-10-05': ['absent', 'absent'],
      '2026-10-06': ['absent', 'absent'],
      '2026-10-07': ['absent', 'absent'],
      '2026-10-08': ['village', 'village'],
      '2026-10-09': ['village', 'village'],
      '2026-10-10': ['village', 'absent'],
      '2026-10-11': ['absent', 'absent'],
      '2026-10-13': ['absent', 'absent'],
    };
    for (const [date, [day, night]] of Object.entries(recorded)) {
      const res = await township.request({
        method: 'PUT',
        url: `/api/duty/people/${own.id}/days/${date}/attendance`,
        payload: { day, night, reason: '按纸质考勤簿补录' },
      });
      expect(res.statusCode, res.body).toBe(200);
    }

    const book = await township.request({
      method: 'GET',
      url: `/api/duty/people/${own.id}/book.docx?year=2026`,
    });
    expect(book.statusCode).toBe(200);
    const text = await documentXml(book.rawPayload);
    const printed = new Map(
      [
        ...text.matchAll(
          /(\d+)月(\d+)日（星期.）(?:　补记)?去向：白天 (在村|公务外出|请假|休息|不在岗)，夜间 (在村|公务外出|请假|休息|不在岗)/g,
        ),
      ].map((m) => [`${m[1]}-${m[2]}`, `${m[3]}/${m[4]}`]),
    );
    const holidayWeeks = datesBetween('2026-09-28', '2026-10-11').map(
      (d) => `${+d.slice(5, 7)}-${+d.slice(8, 10)}`,
    );
    expect(holidayWeeks.map((d) => printed.get(d))).toEqual([
      '在村/在村',
      '在村/在村',
      '在村/在村',
      '休息/休息',
      '休息/休息',
      '休息/休息',
      '休息/休息',
      '休息/休息',
      '休息/休息',
      '休息/休息',
      '在村/在村',
      '在村/在村',
      '在村/休息',
      '休息/休息',
    ]);
    expect(printed.get('10-13')).toBe('不在岗/不在岗');

    // the township's October ledger says the same
    const ledger = await township.request({
      method: 'GET',
      url: `/api/duty/attendance.xlsx?township=${own.postings[0]!.villageCode.slice(0, 9)}&month=2026-10`,
    });
    expect(ledger.statusCode).toBe(200);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(ledger.rawPayload as unknown as ArrayBuffer);
    const ws = wb.worksheets[0]!;
    let row: ExcelJS.Row | undefined;
    ws.eachRow((r) => {
      if (r.getCell(2).value === own.name) row = r;
    });
    expect(row).toBeDefined();
    const marks = Array.from({ length: 13 }, (_, i) => row!.getCell(5 + i).value);
    expect(marks).toEqual([
      '休/休',
      '休/休',
      '休/休',
      '休/休',
      '休/休',
      '休/休',
      '休/休',
      '✓/✓',
      '✓/✓',
      '✓/休',
      '休/休',
      '', // Monday 12 October: not recorded
      '✗/✗',
    ]);
    expect(String(ws.getCell(ws.rowCount, 1).value)).toContain('休 休息');
  });
});
