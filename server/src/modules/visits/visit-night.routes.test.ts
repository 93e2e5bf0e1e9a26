import {
  addDays,
  isWorkingDay,
  localDate,
  publicHolidaysOf,
  type TDayView,
  type TVisitList,
  type TVisitView,
  workingCalendarOf,
} from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TClient } from '../../test/build-test-app.ts';
import { dutyContext, type TDutyContext } from '../../test/duty-context.ts';
import { errorOf } from '../../test/factories.ts';

/** Days from `today` to the first day whose yesterday is (or is not) a working day of the published calendar. */
function daysUntilYesterdayIs(today: string, working: boolean): number {
  for (let k = 0; ; k++) {
    const yesterday = addDays(today, k - 1);
    const calendar = workingCalendarOf(publicHolidaysOf(Number(yesterday.slice(0, 4))));
    if (isWorkingDay(yesterday, calendar) === working) return k;
  }
}

/** 记录走访 may record the night 在村 in the same save (issue 13, item 9): asked for, never forced. */
describe('a night visit and that night 在村, in one save', () => {
  let c: TDutyContext;
  let today: string;
  beforeAll(async () => {
    c = await dutyContext();
    // the test's yesterday is a working day, whatever day the test runs on
    c.t.clock.advanceMinutes(daysUntilYesterdayIs(c.today, true) * 24 * 60);
    today = localDate(c.t.clock.now());
  });
  afterAll(() => c.t.close());

  const visit = (client: TClient, visitedAt: string, more: Record<string, unknown> = {}) =>
    client.request({
      method: 'POST',
      url: '/api/visits',
      payload: { visitedAt, newHouseholds: [{ headName: '赵家' }], heard: '老人想办高龄补贴', ...more },
    });
  const dayOf = async (client: TClient, date: string) =>
    (await client.request({ method: 'GET', url: `/api/duty/my/days?from=${date}&to=${date}` })).json<{
      items: TDayView[];
    }>().items[0];
  const visitsOf = async (client: TClient, personId: number, date: string) =>
    (
      await client.request({
        method: 'GET',
        url: `/api/visits?from=${date}&to=${date}&personId=${personId}`,
      })
    ).json<TVisitList>().total;

  it('records the night on a day not yet recorded, as a new day with the visit as its work', async () => {
    const { client } = await c.newCadre('夜访甲');
    const date = addDays(today, -1);
    const res = await visit(client, `${date}T20:30`, { nightInVillage: true });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TVisitView>().atNight).toBe(true);
    expect(await dayOf(client, date)).toMatchObject({
      date,
      day: 'village',
      night: 'village',
      work: '夜访：老人想办高龄补贴',
      backfilled: true,
    });
  });

  it('starts a day the county rests as 休息 by day, 在村 by night', async () => {
    c.t.clock.advanceMinutes(daysUntilYesterdayIs(today, false) * 24 * 60);
    try {
      const { client } = await c.newCadre('夜访休');
      const date = addDays(localDate(c.t.clock.now()), -1);
      const res = await visit(client, `${date}T20:30`, { nightInVillage: true });
      expect(res.statusCode, res.body).toBe(200);
      expect(await dayOf(client, date)).toMatchObject({ date, day: 'rest', night: 'village' });
    } finally {
      c.t.clock.advanceMinutes(-daysUntilYesterdayIs(today, false) * 24 * 60);
    }
  });

  it('sets only the night of a recorded day, keeping the rest and the earlier version', async () => {
    const { client } = await c.newCadre('夜访乙');
    const date = addDays(today, -2);
    const saved = await client.request({
      method: 'PUT',
      url: `/api/duty/my/days/${date}`,
      payload: { day: 'official_duty', night: 'absent', work: '到县里参加培训' },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect((await visit(client, `${date}T21:00`, { nightInVillage: true })).statusCode).toBe(200);
    expect(await dayOf(client, date)).toMatchObject({
      day: 'official_duty',
      night: 'village',
      work: '到县里参加培训',
      version: 2,
    });
  });

  it('leaves the day alone unless asked', async () => {
    const { client } = await c.newCadre('夜访丙');
    const date = addDays(today, -1);
    expect((await visit(client, `${date}T20:00`)).statusCode).toBe(200);
    expect(await dayOf(client, date)).toBeUndefined();
  });

  it('refuses it for a visit by day, naming the field, and saves nothing', async () => {
    const { client, cadre } = await c.newCadre('夜访丁');
    const date = addDays(today, -1);
    const res = await visit(client, `${date}T15:00`, { nightInVillage: true });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toEqual([
      { field: 'nightInVillage', message: '当晚在村：只有夜访（18:00–24:00）才能同时记当晚在村' },
    ]);
    expect(await visitsOf(client, cadre.id, date)).toBe(0);
    expect(await dayOf(client, date)).toBeUndefined();
  });

  it('keeps to the backfill window: an older night is refused with the visit, and nothing is saved', async () => {
    const { client, cadre } = await c.newCadre('夜访戊');
    const date = addDays(today, -10);
    const res = await visit(client, `${date}T20:00`, { nightInVillage: true });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).details?.[0]?.field).toBe('visitedAt');
    expect(await visitsOf(client, cadre.id, date)).toBe(0);
    expect(await dayOf(client, date)).toBeUndefined();
  });

  it('says it in English too, without Chinese words', async () => {
    const { client } = await c.newCadre('夜访己');
    const res = await client.request({
      method: 'POST',
      url: '/api/visits',
      headers: { 'accept-language': 'en-US' },
      payload: {
        visitedAt: `${addDays(today, -1)}T09:00`,
        newHouseholds: [{ headName: '赵家' }],
        heard: '问收成',
        nightInVillage: true,
      },
    });
    expect(res.statusCode).toBe(400);
    const message = errorOf(res).details?.[0]?.message ?? '';
    expect(message).toContain('only a night visit');
    expect(message).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
