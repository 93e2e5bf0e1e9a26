import { DEFAULT_COUNTY_RULES, type TCadreList, type TCadreProfile, type TCountyRules } from '@zhucun/core';
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
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    admin = await t.signIn('admin');
    township = await t.signIn('jincheng');
    unitAdmin = await t.signIn('danwei');
  });
  afterAll(() => t.close());

  const rules = async (c: TClient) =>
    (await c.request({ method: 'GET', url: '/api/rules' })).json<TCountyRules>();
  const patch = (c: TClient, payload: Record<string, unknown>) =>
    c.request({ method: 'PATCH', url: '/api/rules', payload });

  // the rules are one document for the county: whatever a test changed goes back to the defaults
  afterEach(async () => {
    const res = await patch(admin, DEFAULT_COUNTY_RULES);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TCountyRules>()).toEqual(DEFAULT_COUNTY_RULES);
  });

  it('starts from the bulletin’s defaults, readable by anyone signed in', async () => {
    const r = await rules(township);
    expect(r).toMatchObject({ termYears: 2, weekDays: 5, weekNights: 4, monthDays: 20, yearDays: 200 });
    expect(r).toMatchObject({ townshipLeaveMaxDays: 3, recallLeaveDays: 30, backfillDays: 3 });
    expect(r.unitAdminMayEdit).toBe(false);
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
    expect(own.json<TCountyRules>().homeFacilities).toEqual(['bed', 'heating', '空调']);
    expect((await rules(township)).homeFacilities).toEqual(['bed', 'heating', '空调']);
  });

  it('may be changed by the county only; a change is audited with old and new values', async () => {
    const before = await rules(admin);
    const refused = await patch(township, { weekDays: 3 });
    expect(refused.statusCode).toBe(403);
    expect(await rules(admin)).toEqual(before);
    const res = await patch(admin, { weekNights: 3, holidays: ['2026-10-02', '2026-10-01', '2026-10-01'] });
    expect(res.statusCode).toBe(200);
    expect(res.json<TCountyRules>()).toMatchObject({ weekNights: 3, holidays: ['2026-10-01', '2026-10-02'] });
    const audit = await rowsOf<{ details: unknown }>(
      t.database.db,
      sql`select details from audit_log where action = 'rules.update' order by id`,
    );
    expect(audit.at(-1)?.details).toEqual({
      weekNights: { from: before.weekNights, to: 3 },
      holidays: { from: before.holidays, to: ['2026-10-01', '2026-10-02'] },
    });
  });

  it('sets the default term of a new posting', async () => {
    expect((await patch(admin, { termYears: 3 })).statusCode).toBe(200);
    const res = await admin.request({
      method: 'POST',
      url: '/api/cadres',
      payload: buildCadre({ posting: buildPosting({ startDate: '2026-03-01' }) }),
    });
    expect(res.statusCode).toBe(200);
    const { cadre } = res.json<{ cadre: TCadreProfile }>();
    expect(cadre.postings[0]?.plannedEndDate).toBe('2029-03-01');
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
