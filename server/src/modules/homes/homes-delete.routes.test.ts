import type { THomeView } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { errorOf } from '../../test/factories.ts';
import { solid } from '../../test/images.ts';
import { apartment, homesContext, type THomesContext, type TTestCadre } from './homes.test-context.ts';

describe('deleting a home registered by mistake', () => {
  let c: THomesContext;
  let cadre: TTestCadre;
  beforeAll(async () => {
    c = await homesContext();
    cadre = c.stationed[0]!;
  });
  afterAll(() => c.t.close());

  const register = async () => {
    const res = await c.township.request({
      method: 'POST',
      url: '/api/homes',
      payload: apartment(cadre.villageCode),
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<THomeView>();
  };
  const remove = (id: number, client = c.township) =>
    client.request({ method: 'DELETE', url: `/api/homes/${id}` });
  const files = async () =>
    Number(
      (
        await rowsOf<{ n: number }>(
          c.t.database.db,
          sql`select count(*) as n from stored_files where purpose = 'home_photo'`,
        )
      )[0]!.n,
    );

  it('deletes an empty home with its rooms and photos (audited); then it is gone', async () => {
    const home = await register();
    const photo = await c.township.request({
      method: 'POST',
      url: `/api/homes/${home.id}/photos`,
      headers: { 'content-type': 'image/png' },
      payload: await solid(40, 30).png().toBuffer(),
    });
    expect(photo.statusCode, photo.body).toBe(200);
    const before = {
      homes: await c.count('homes'),
      rooms: await c.count('home_rooms'),
      files: await files(),
    };

    expect((await remove(home.id, c.otherTownship)).statusCode).toBe(404);
    expect((await remove(home.id, c.viewer)).statusCode).toBe(403);
    const res = await remove(home.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(await c.count('homes')).toBe(before.homes - 1);
    expect(await c.count('home_rooms')).toBe(before.rooms - 2);
    expect(await files()).toBe(before.files - 1);
    expect((await c.township.request({ method: 'GET', url: `/api/homes/${home.id}` })).statusCode).toBe(404);
    const audits = await c.audits('home.delete', home.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]!.details).toMatchObject({ villageCode: cadre.villageCode, kind: 'apartment', files: 1 });
    expect((await remove(home.id)).statusCode).toBe(404);
  });

  it('refuses while someone lives there, and once money was recorded (the ledger is kept)', async () => {
    const home = await register();
    const resident = await c.newStationed(cadre.villageCode);
    const moveIn = await c.township.request({
      method: 'POST',
      url: `/api/homes/${home.id}/occupants`,
      payload: { roomId: home.rooms[0]!.id, personId: resident.id },
    });
    expect(moveIn.statusCode, moveIn.body).toBe(200);
    const occupied = await remove(home.id);
    expect(occupied.statusCode).toBe(409);
    expect(errorOf(occupied).message).toBe(`还住着${resident.name}，请先办理搬出再删除这个家园`);

    const moveOut = await c.township.request({
      method: 'DELETE',
      url: `/api/homes/${home.id}/occupants/${resident.id}`,
    });
    expect(moveOut.statusCode, moveOut.body).toBe(200);
    const money = await c.township.request({
      method: 'POST',
      url: `/api/homes/${home.id}/funding`,
      payload: {
        direction: 'in',
        source: 'team_funds',
        amountFen: 500_000,
        date: c.today,
        purpose: '工作经费',
      },
    });
    expect(money.statusCode, money.body).toBe(200);
    const kept = await remove(home.id);
    expect(kept.statusCode).toBe(409);
    expect(errorOf(kept).message).toBe('这个家园已有 1 笔资金收支记录，资金台账须保留，不能删除');
    expect((await c.township.request({ method: 'GET', url: `/api/homes/${home.id}` })).statusCode).toBe(200);
  });
});
