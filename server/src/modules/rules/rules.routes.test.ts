import {
  localDate,
  publicHolidaysOf,
  type TCadreList,
  type TCadreProfile,
  type TCountyRulesOfYear,
  type TUpdateCountyRulesRequest,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { buildCadre, buildPosting } from '../../test/cadre-factory.ts';
import { errorOf, ROOMY_LOGIN } from '../../test/factories.ts';

describe('the county rules', () => {
  let t: TTestApp;
  let admin: TClient;
  let township: TClient;
  let unitAdmin: TClient;
  const current = Number(localDate(new Date()).slice(0, 4));
  const next = current + 1;
  /** The rules of this year and the next as the tests found them. */
  const initial = new Map<number, TUpdateCountyRulesRequest>();
  const rulesOnly = ({ year: _, currentYear: __, closed: ___, ...r }: TCountyRulesOfYear) => r;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    admin = await t.signIn('admin');
    township = await t.signIn('jincheng');
    unitAdmin = await t.signIn('danwei');
    for (const y of [current, next]) initial.set(y, rulesOnly(await rules(admin, y)));
  });
  afterAll(() => t.close());

  const rules = async (c: TClient, year?: number) =>
    (
      await c.request({ method: 'GET', url: `/api/rules${year ? `?year=${year}` : ''}` })
    ).json<TCountyRulesOfYear>();
  const patch = (c: TClient, payload: Record<string, unknown>, year?: number) =>
    c.request({ method: 'PATCH', url: `/api/rules${year ? `?year=${year}` : ''}`, payload });

  // whatever a test changed goes back to the rules this year and the next had (next year first: a
  // change to this year reaches the years after it)
  afterEach(async () => {
    for (const y of [next, current]) {
      const res = await patch(admin, initial.get(y)!, y);
      expect(res.statusCode, res.body).toBe(200);
      expect(rulesOnly(res.json<TCountyRulesOfYear>())).toEqual(initial.get(y));
    }
  });

  it('starts from the bulletin’s defaults, readable by anyone signed in', async () => {
    const r = await rules(township);
    expect(r).toMatchObject({ termYears: 2, weekDays: 5, weekNights: 4, monthDays: 20, yearDays: 200 });
    expect(r).toMatchObject({ townshipLeaveMaxDays: 3, recallLeaveDays: 30, backfillDays: 3 });
    expect(r).toMatchObject({
      monthNightVisits: 4,
      spotCheckCaps: { competent: 1, basically_competent: 2, incompetent: 3 },
    });
    expect(r.unitAdminMayEdit).toBe(false);
    expect(r).toMatchObject({ year: current, currentYear: current, closed: false });
  });

  it('ships the State Council’s holidays and adjusted working days of each year as its defaults', async () => {
    const y2026 = await rules(township, 2026);
    expect(y2026.holidays).toEqual(publicHolidaysOf(2026).holidays);
    expect(y2026.holidays).toEqual(
      expect.arrayContaining(['2026-02-15', '2026-02-23', '2026-10-01', '2026-10-07']),
    );
    expect(y2026.workdays).toEqual([
      '2026-01-04',
      '2026-02-14',
      '2026-02-28',
      '2026-05-09',
      '2026-09-20',
      '2026-10-10',
    ]);
    expect((await rules(township, 2025)).holidays).toContain('2025-01-28'); // 除夕
    expect((await rules(township, 2022)).workdays).toEqual(publicHolidaysOf(2022).workdays);
  });

  it('keeps the rules per year: this year onward may change, an earlier year is read-only', async () => {
    const last = await rules(admin, current - 1);
    expect(last).toMatchObject({ year: current - 1, closed: true });
    const res = await patch(admin, { weekDays: 4, monthNightVisits: 6 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TCountyRulesOfYear>()).toMatchObject({ year: current, weekDays: 4, monthNightVisits: 6 });
    // the next year follows this one; the one before does not move
    expect(await rules(admin, next)).toMatchObject({
      year: next,
      weekDays: 4,
      monthNightVisits: 6,
      closed: false,
    });
    expect(await rules(admin, current - 1)).toEqual(last);
    const refused = await patch(admin, { weekDays: 3 }, current - 1);
    expect(refused.statusCode).toBe(409);
    expect(errorOf(refused).message).toBe(
      `${current - 1} 年已经结束，当年的规则和按规则算出的结果保持不变，不能再修改`,
    );
    expect(await rules(admin, current - 1)).toEqual(last);
  });

  it('lets a later year set apart keep its own value when this year changes again', async () => {
    expect((await patch(admin, { weekNights: 2 }, next)).statusCode).toBe(200);
    expect((await patch(admin, { weekNights: 3, weekDays: 4 })).statusCode).toBe(200);
    expect(await rules(admin, next)).toMatchObject({ weekNights: 2, weekDays: 4 });
    expect(await rules(admin)).toMatchObject({ weekNights: 3, weekDays: 4 });
  });

  it('refuses a year that is not one, a date outside the year, a day both rest and work, caps out of order', async () => {
    for (const year of ['abc', '1999', '20260', '0x7e9']) {
      const res = await admin.request({ method: 'GET', url: `/api/rules?year=${year}` });
      expect(res.statusCode, year).toBe(400);
    }
    const outside = await patch(admin, { holidays: [`${current}-10-01`, `${current + 2}-01-01`] });
    expect(outside.statusCode).toBe(400);
    expect(errorOf(outside).details?.[0]?.message).toBe(
      `节假日中的 ${current + 2}-01-01 不属于 ${current} 年（可填 ${current - 1}-12-01 至 ${current + 1}-01-31）`,
    );
    const both = await patch(admin, { holidays: [`${current}-10-01`], workdays: [`${current}-10-01`] });
    expect(errorOf(both).details?.[0]?.message).toBe(`${current}-10-01 不能既是节假日又是调休上班日`);
    const caps = await patch(admin, {
      spotCheckCaps: { competent: 2, basically_competent: 1, incompetent: 3 },
    });
    expect(caps.statusCode).toBe(400);
    expect(errorOf(caps).details?.[0]?.message).toBe(
      '抽查缺勤封顶次数须逐级不减：不评优秀 ≤ 最高基本合格 ≤ 不合格',
    );
    expect(await rules(admin)).toMatchObject(initial.get(current)!);
  });

  it('refuses bad values with the field named in Chinese, and changes nothing', async () => {
    const before = await rules(admin);
    const res = await patch(admin, { termYears: 9, holidays: ['2026-13-01'] });
    expect(res.statusCode).toBe(400);
    const messages = (errorOf(res).details ?? []).map((d) => d.message);
    expect(messages).toContain('任期年限不能大于 5');
    expect(messages.some((m) => m.startsWith('节假日'))).toBe(true);
    expect((await patch(admin, { bogus: 1 })).statusCode).toBe(400);
    expect(await rules(admin)).toEqual(before);
  });

  it('keeps the home facilities checklist: the default seven, each named once, at least one', async () => {
    expect((await rules(township)).homeFacilities).toEqual([
      'bed',
      'desk',
      'wardrobe',
      'heating',
      'water_heater',
      'washing_machine',
      'internet',
    ]);
    const twice = await patch(admin, { homeFacilities: ['bed', '空调', '空调'] });
    expect(twice.statusCode).toBe(400);
    expect(errorOf(twice).details?.[0]?.message).toBe('家园标准设施清单中有重复项');
    const none = await patch(admin, { homeFacilities: [] });
    expect(errorOf(none).details?.[0]?.message).toBe('家园标准设施清单至少需要 1 项');
    const own = await patch(admin, { homeFacilities: ['bed', 'heating', '空调'] });
    expect(own.json<TCountyRulesOfYear>().homeFacilities).toEqual(['bed', 'heating', '空调']);
    expect((await rules(township)).homeFacilities).toEqual(['bed', 'heating', '空调']);
  });

  it('may be changed by the county only; a change is audited with old and new values', async () => {
    const before = await rules(admin);
    const refused = await patch(township, { weekDays: 3 });
    expect(refused.statusCode).toBe(403);
    expect(await rules(admin)).toEqual(before);
    const days = [`${current}-10-02`, `${current}-10-01`, `${current}-10-01`];
    const res = await patch(admin, { weekNights: 3, holidays: days });
    expect(res.statusCode).toBe(200);
    const sorted = [`${current}-10-01`, `${current}-10-02`];
    expect(res.json<TCountyRulesOfYear>()).toMatchObject({ weekNights: 3, holidays: sorted });
    const audit = await rowsOf<{ details: unknown; object_id: string }>(
      t.database.db,
      sql`select details, object_id from audit_log where action = 'rules.update' order by id`,
    );
    expect(audit.at(-1)?.object_id).toBe(String(current));
    expect(audit.at(-1)?.details).toEqual({
      weekNights: { from: before.weekNights, to: 3 },
      holidays: { from: before.holidays, to: sorted },
    });
  });

  it('sets the default term of a new posting', async () => {
    expect((await patch(admin, { termYears: 3 })).statusCode).toBe(200);
    const res = await admin.request({
      method: 'POST',
      url: '/api/cadres',
      payload: buildCadre({ posting: buildPosting({ startDate: `${current}-03-01` }) }),
    });
    expect(res.statusCode).toBe(200);
    const { cadre } = res.json<{ cadre: TCadreProfile }>();
    expect(cadre.postings[0]?.plannedEndDate).toBe(`${current + 3}-03-01`);
  });

  it('lets a dispatching unit’s administrator amend the cadres it sent only when the county allows it', async () => {
    const mine = (
      await unitAdmin.request({ method: 'GET', url: '/api/cadres?pageSize=1' })
    ).json<TCadreList>();
    const id = mine.items[0]!.id;
    const edit = () =>
      unitAdmin.request({ method: 'PATCH', url: `/api/cadres/${id}`, payload: { homePost: '农经站副站长' } });
    expect((await edit()).statusCode).toBe(403);

    expect((await patch(admin, { unitAdminMayEdit: true })).statusCode).toBe(200);
    const allowed = await edit();
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json<TCadreProfile>().homePost).toBe('农经站副站长');
    const other = (
      await admin.request({ method: 'GET', url: '/api/cadres?category=village_committee&pageSize=1' })
    ).json<TCadreList>();
    const foreign = await unitAdmin.request({
      method: 'PATCH',
      url: `/api/cadres/${other.items[0]!.id}`,
      payload: { homePost: '科员' },
    });
    expect(foreign.statusCode).toBe(404);
    // registering and postings stay with the county and townships
    const posting = await unitAdmin.request({
      method: 'POST',
      url: `/api/cadres/${id}/postings`,
      payload: buildPosting(),
    });
    expect(posting.statusCode).toBe(403);

    expect((await patch(admin, { unitAdminMayEdit: false })).statusCode).toBe(200);
    expect((await edit()).statusCode).toBe(403);
  });
});
