import { addDays, localDate, type TCadreList, type TCadreProfile } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { buildCadre, buildPerson, buildPosting } from '../../test/cadre-factory.ts';
import { ROOMY_LOGIN } from '../../test/factories.ts';

type TCreated = { cadre: TCadreProfile };

describe('terms in the registry: 任期将满 and 任期已满', () => {
  let t: TTestApp;
  let admin: TClient;
  let jincheng: TClient;
  const list = async (client: TClient, query: string) => {
    const res = await client.request({
      method: 'GET',
      url: `/api/cadres?${query.includes('pageSize') ? '' : 'pageSize=200&'}${query}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<TCadreList>();
  };

  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    admin = await t.signIn('admin');
    jincheng = await t.signIn('jincheng');
  });
  afterAll(() => t.close());

  it('counts the days a posting has run past its planned end, and filters for it beside 任期将满', async () => {
    const today = localDate(t.clock.now());
    const village = '140622100203';
    const register = async (name: string, plannedEndDate: string) => {
      const res = await admin.request({
        method: 'POST',
        url: '/api/cadres',
        payload: buildCadre({
          person: buildPerson({ name }),
          posting: buildPosting({
            villageCode: village,
            startDate: addDays(plannedEndDate, -730),
            plannedEndDate,
          }),
        }),
      });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<TCreated>().cadre;
    };
    const overdue = await register('超期甲', addDays(today, -35));
    const lastDay = await register('到期乙', today);
    const running = await register('在任丙', addDays(today, 400));
    expect(overdue.flags).toMatchObject({ termOverdueDays: 35, termEndingSoon: false });
    expect(lastDay.flags).toMatchObject({ termOverdueDays: null, termEndingSoon: true });
    expect(running.flags).toMatchObject({ termOverdueDays: null, termEndingSoon: false });

    const over = await list(jincheng, `village=${village}&termOverdue=true`);
    const overIds = over.items.map((c) => c.id);
    expect(overIds).toContain(overdue.id);
    expect(overIds).not.toContain(lastDay.id);
    expect(overIds).not.toContain(running.id);
    expect(over.total).toBe(over.items.length);
    expect(over.items.every((c) => (c.flags.termOverdueDays ?? 0) > 0)).toBe(true);

    const soon = (await list(jincheng, `village=${village}&termEndingSoon=true`)).items.map((c) => c.id);
    expect(soon).toContain(lastDay.id);
    expect(soon).not.toContain(overdue.id);

    // the profile carries the same flag, for 任期已满 · 超期 35 天 beside the posting
    const profile = await jincheng.request({ method: 'GET', url: `/api/cadres/${overdue.id}` });
    expect(profile.json<TCadreProfile>().flags.termOverdueDays).toBe(35);
  });

  it('refuses a malformed 任期已满 filter naming it', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/cadres?termOverdue=yes' });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain('termOverdue');
  });

  it('lists stationed cadres before village committee members', async () => {
    const firstPage = await list(admin, 'pageSize=20');
    expect(firstPage.items).toHaveLength(20);
    expect(firstPage.items.every((c) => c.posting && c.posting.category !== 'village_committee')).toBe(true);

    // within one village, every stationed cadre comes before the first committee member
    const village = (await list(admin, 'category=village_committee&pageSize=1')).items[0]!.posting!
      .villageCode;
    const people = (await list(admin, `village=${village}`)).items;
    const committee = people.map((c) => c.posting?.category === 'village_committee');
    expect(committee).toContain(true);
    expect(committee).toContain(false);
    expect(committee.indexOf(true)).toBe(committee.lastIndexOf(false) + 1);
  });
});
