import { addDays, localDate, type TAward, type TAwardList } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { buildCadre, buildPosting } from '../../test/cadre-factory.ts';
import { errorOf, registerCadre } from '../../test/factories.ts';

/** 表彰登记: commendations that add stars, kept by the county, read in scope. */
describe('the awards register', () => {
  let t: TTestApp;
  let admin: TClient;
  let jincheng: TClient;
  let nanhezhong: TClient;
  beforeAll(async () => {
    t = await buildTestApp();
    [admin, jincheng, nanhezhong] = await Promise.all([
      t.signIn('admin'),
      t.signIn('jincheng'),
      t.signIn('nanhezhong'),
    ]);
  });
  afterAll(() => t.close());

  const today = () => localDate(t.clock.now());
  const register = (client: TClient, payload: Record<string, unknown>) =>
    client.request({ method: 'POST', url: '/api/awards', payload });
  const listOf = async (client: TClient, query = '') =>
    (await client.request({ method: 'GET', url: `/api/awards${query}` })).json<TAwardList>().items;
  const award = (extra: Record<string, unknown>) => ({
    level: 'national',
    title: '全国脱贫攻坚先进个人',
    issuer: '中共中央、国务院',
    documentNo: '',
    awardedOn: addDays(today(), -10),
    ...extra,
  });

  it('registers a cadre’s national commendation (+2 stars), seen by the cadre’s township and not another', async () => {
    const { cadre } = await registerCadre(admin, buildCadre());
    const res = await register(admin, award({ personId: cadre.id }));
    expect(res.statusCode, res.body).toBe(200);
    const created = res.json<TAward>();
    expect(created).toMatchObject({ personName: cadre.name, level: 'national', stars: 2 });
    expect(created.townshipName).toBe('金城镇');

    const own = await listOf(jincheng, `?personId=${cadre.id}`);
    expect(own.map((a) => a.id)).toEqual([created.id]);
    expect((await listOf(nanhezhong)).some((a) => a.id === created.id)).toBe(false);

    const [audit] = await rowsOf<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where object_type = 'award' and object_id = ${String(created.id)}`,
    );
    expect(audit?.action).toBe('award.create');
  });

  it('registers a village collective’s provincial commendation (+1 star)', async () => {
    const res = await register(
      admin,
      award({ villageCode: '140622101200', level: 'provincial', title: '省级文明村' }),
    );
    expect(res.statusCode, res.body).toBe(200);
    const created = res.json<TAward>();
    expect(created).toMatchObject({ personId: null, stars: 1, townshipName: '南河种镇' });
    expect((await listOf(nanhezhong)).some((a) => a.id === created.id)).toBe(true);
    expect((await listOf(jincheng)).some((a) => a.id === created.id)).toBe(false);
  });

  it('asks for one holder, a past date and a known cadre, naming the field and storing nothing', async () => {
    const { cadre } = await registerCadre(admin, buildCadre({ posting: buildPosting() }));
    const before = (await listOf(admin)).length;
    const both = await register(admin, award({ personId: cadre.id, villageCode: '140622100200' }));
    expect(both.statusCode).toBe(400);
    expect(errorOf(both).message).toContain('请选择一名干部或一个村集体');
    const neither = await register(admin, award({}));
    expect(neither.statusCode).toBe(400);
    const future = await register(admin, award({ personId: cadre.id, awardedOn: addDays(today(), 3) }));
    expect(future.statusCode).toBe(400);
    expect(errorOf(future).message).toContain('表彰日期');
    const unknown = await register(admin, award({ personId: 2_000_000_000 }));
    expect(unknown.statusCode).toBe(404);
    expect((await listOf(admin)).length).toBe(before);
  });

  it('is kept by the county only, and a mistake is removed with an audit row', async () => {
    const { cadre } = await registerCadre(admin, buildCadre());
    expect((await register(jincheng, award({ personId: cadre.id }))).statusCode).toBe(403);
    const created = (await register(admin, award({ personId: cadre.id }))).json<TAward>();
    const url = `/api/awards/${created.id}`;
    expect((await jincheng.request({ method: 'DELETE', url })).statusCode).toBe(403);
    expect((await admin.request({ method: 'DELETE', url })).statusCode).toBe(200);
    expect((await listOf(admin, `?personId=${cadre.id}`)).length).toBe(0);
    expect((await admin.request({ method: 'DELETE', url })).statusCode).toBe(404);
  });
});
