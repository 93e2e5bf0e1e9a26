import { addDays, type TVisitList, type TVisitSummary, type TVisitView } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TClient, TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre, neighbourVillage } from '../../test/cadre-account.ts';
import { dutyContext } from '../../test/duty-context.ts';
import { errorOf } from '../../test/factories.ts';

describe('night visits (夜访)', () => {
  let t: TTestApp;
  let cadre: TClient;
  let township: TClient;
  let otherTownship: TClient;
  let viewer: TClient;
  let admin: TClient;
  let today: string;
  let villageCode: string;
  beforeAll(async () => {
    ({ t, cadre, township, otherTownship, viewer, admin, today, villageCode } = await dutyContext());
  });
  afterAll(() => t.close());

  const record = (visitedAt: string, householdIds: number[] = [], by = cadre) =>
    by.request({
      method: 'POST',
      url: '/api/visits',
      payload: {
        visitedAt,
        householdIds,
        newHouseholds: householdIds.length ? [] : [{ headName: '陈家' }],
        heard: '拉家常，问收成',
      },
    });

  it('counts a visit between 18:00 and 24:00 as a night visit and any other hour as a visit', async () => {
    const night = await record(`${today}T00:00`);
    expect(night.statusCode, night.body).toBe(200);
    expect(night.json<TVisitView>().atNight).toBe(false);
    const evening = (await record(`${addDays(today, -1)}T18:00`)).json<TVisitView>();
    expect(evening.atNight).toBe(true);
    const late = (
      await record(`${addDays(today, -1)}T23:59`, [evening.households[0]!.id])
    ).json<TVisitView>();
    expect(late.atNight).toBe(true);
    expect(late.households.map((h) => h.id)).toEqual([evening.households[0]!.id]);
    const morning = (await record(`${addDays(today, -1)}T09:15`)).json<TVisitView>();
    expect(morning).toMatchObject({ atNight: false, visitedAt: `${addDays(today, -1)}T09:15` });
  });

  it('refuses a household of another village', async () => {
    const other = await township.request({
      method: 'POST',
      url: '/api/households',
      payload: {
        villageCode: `${villageCode.slice(0, 9)}${villageCode.endsWith('001') ? '002' : '001'}`,
        headName: '外村户',
      },
    });
    expect(other.statusCode, other.body).toBe(200);
    const res = await record(`${today}T00:10`, [other.json<{ id: number }>().id]);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toContain('走访农户');
  });

  it('lists visits in scope, newest first, and hides them from another township', async () => {
    const list = async (c: TClient, query: string) =>
      (await c.request({ method: 'GET', url: `/api/visits?${query}&pageSize=200` })).json<TVisitList>();
    const before = (await list(township, `village=${villageCode}`)).total;
    const made = [];
    for (const at of [`${addDays(today, -2)}T19:00`, `${today}T00:20`, `${addDays(today, -1)}T08:00`]) {
      const res = await record(at);
      expect(res.statusCode, res.body).toBe(200);
      made.push(res.json<TVisitView>());
    }
    const mine = await list(township, `village=${villageCode}`);
    expect(mine.total).toBe(before + 3);
    expect(mine.items.map((v) => v.id)).toEqual(expect.arrayContaining(made.map((v) => v.id)));
    const times = mine.items.map((v) => v.visitedAt);
    expect(times).toEqual([...times].sort().reverse());
    const ranged = await list(viewer, `from=${today}&to=${today}`);
    expect(ranged.items.map((v) => v.id)).toContain(made[1]!.id);
    expect(ranged.items.map((v) => v.id)).not.toContain(made[0]!.id);
    expect(ranged.items.every((v) => v.date === today)).toBe(true);
    const other = await list(otherTownship, 'page=1');
    expect(other.total).toBe(0);
    expect(
      (await otherTownship.request({ method: 'GET', url: `/api/visits/${made[0]!.id}` })).statusCode,
    ).toBe(404);
  });

  it('sums night visits per cadre a month against 4, by village and name', async () => {
    // a cadre of the test's own in the township's other village: two night visits and a day one
    const own = await createSignedInCadre(t, admin, { villageCode: await neighbourVillage(t, villageCode) });
    const evening = await record(`${addDays(today, -1)}T18:30`, [], own.client);
    expect(evening.statusCode, evening.body).toBe(200);
    expect((await record(`${addDays(today, -1)}T22:00`, [], own.client)).statusCode).toBe(200);
    expect((await record(`${addDays(today, -1)}T10:00`, [], own.client)).statusCode).toBe(200);
    const month = addDays(today, -1).slice(0, 7);
    const res = await township.request({ method: 'GET', url: `/api/visits/summary?month=${month}` });
    expect(res.statusCode, res.body).toBe(200);
    const summary = res.json<TVisitSummary>();
    expect(summary.target).toBe(4);
    const me = summary.items.find((i) => i.personId === own.personId)!;
    expect(me.nightVisits).toBe(2);
    expect(me.met).toBe(false);
    const keys = summary.items.map((i) => `${i.villageCode}${i.personName}`);
    expect(keys).toEqual(
      [...summary.items]
        .sort(
          (a, b) =>
            a.villageCode.localeCompare(b.villageCode) || a.personName.localeCompare(b.personName, 'zh'),
        )
        .map((i) => `${i.villageCode}${i.personName}`),
    );
    const bad = await township.request({ method: 'GET', url: '/api/visits/summary?month=2026-13' });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).message).toContain('月份');
  });

  it('measures stationed cadres against the target, and shows a village committee member’s visits without one', async () => {
    const village = await neighbourVillage(t, villageCode);
    const member = await createSignedInCadre(t, admin, {
      villageCode: village,
      category: 'village_committee',
      postTitle: '村委委员',
    });
    const day = addDays(today, -1);
    for (const at of ['18:10', '19:10', '20:10', '21:10'])
      expect((await record(`${day}T${at}`, [], member.client)).statusCode).toBe(200);
    const stationed = await createSignedInCadre(t, admin, { villageCode: village });
    expect((await record(`${day}T20:40`, [], stationed.client)).statusCode).toBe(200);
    const res = await township.request({
      method: 'GET',
      url: `/api/visits/summary?month=${day.slice(0, 7)}&village=${village}`,
    });
    const items = res.json<TVisitSummary>().items;
    expect(items.find((i) => i.personId === member.personId)).toMatchObject({
      nightVisits: 4,
      stationed: false,
      met: null,
    });
    expect(items.find((i) => i.personId === stationed.personId)).toMatchObject({
      nightVisits: 1,
      stationed: true,
      met: false,
    });
  });

  it('takes the night-visit target from the county’s rules of the month’s year', async () => {
    const month = today.slice(0, 7);
    const year = Number(month.slice(0, 4));
    const summary = async (m: string) =>
      (
        await township.request({ method: 'GET', url: `/api/visits/summary?month=${m}` })
      ).json<TVisitSummary>();
    const set = await admin.request({ method: 'PATCH', url: '/api/rules', payload: { monthNightVisits: 1 } });
    expect(set.statusCode, set.body).toBe(200);
    const now = await summary(month);
    expect(now.target).toBe(1);
    expect(now.items.length).toBeGreaterThan(0);
    const stationed = now.items.filter((i) => i.stationed);
    expect(stationed.length).toBeGreaterThan(0);
    expect(stationed.every((i) => i.met === i.nightVisits >= 1)).toBe(true);
    // last year keeps its rule
    expect((await summary(`${year - 1}-06`)).target).toBe(4);
    const back = await admin.request({
      method: 'PATCH',
      url: '/api/rules',
      payload: { monthNightVisits: 4 },
    });
    expect(back.statusCode).toBe(200);
  });
});
