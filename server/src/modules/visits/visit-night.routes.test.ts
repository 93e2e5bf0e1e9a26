import { addDays, type TDayView, type TVisitList, type TVisitView } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TClient } from '../../test/build-test-app.ts';
import { dutyContext, type TDutyContext } from '../../test/duty-context.ts';
import { errorOf } from '../../test/factories.ts';

/** 记录走访 may record the night 在村 in the same save (issue 13, item 9): asked for, never forced. */
describe('a night visit and that night 在村, in one save', () => {
  let c: TDutyContext;
  beforeAll(async () => {
    c = await dutyContext();
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
    const date = addDays(c.today, -1);
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

  it('sets only the night of a recorded day, keeping the rest and the earlier version', async () => {
    const { client } = await c.newCadre('夜访乙');
    const date = addDays(c.today, -2);
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
    const date = addDays(c.today, -1);
    expect((await visit(client, `${date}T20:00`)).statusCode).toBe(200);
    expect(await dayOf(client, date)).toBeUndefined();
  });

  it('refuses it for a visit by day, naming the field, and saves nothing', async () => {
    const { client, cadre } = await c.newCadre('夜访丁');
    const date = addDays(c.today, -1);
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
    const date = addDays(c.today, -10);
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
        visitedAt: `${addDays(c.today, -1)}T09:00`,
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
