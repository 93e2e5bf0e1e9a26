import {
  DEFAULT_HOME_FACILITIES,
  type THomeCadreList,
  type THomeCreate,
  type THomeList,
  type THomeSummary,
  type THomeView,
  type TTodayView,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import type { TClient } from '../../test/build-test-app.ts';
import { errorOf } from '../../test/factories.ts';
import {
  apartment,
  farmhouse,
  homesContext,
  OTHER_TOWNSHIP,
  stationedIn,
  type THomesContext,
  TOWNSHIP,
} from './homes.test-context.ts';

describe('homes seen from the county: lists, counts, 走读 risk, scope', () => {
  let c: THomesContext;
  beforeAll(async () => {
    c = await homesContext();
  });
  afterAll(() => c.t.close());

  const ok = async <T>(res: Awaited<ReturnType<TClient['request']>>) => {
    expect(res.statusCode, res.body).toBe(200);
    return res.json<T>();
  };
  const get = <T>(client: TClient, url: string) =>
    client.request({ method: 'GET', url }).then((r) => ok<T>(r));
  const create = (client: TClient, payload: THomeCreate) =>
    client.request({ method: 'POST', url: '/api/homes', payload }).then((r) => ok<THomeView>(r));
  /** Fresh homes: a standard farmhouse 乙院 and a poor apartment 甲公寓 in one village of 金城镇, one in 南河种镇. */
  const threeHomes = async () => {
    const v1 = c.stationed[0]!.villageCode;
    const good = await create(c.township, farmhouse(v1, { title: '乙院' }));
    const poor = await create(
      c.township,
      apartment(v1, {
        title: '甲公寓',
        hasKitchen: false,
        facilities: ['bed', '书架'],
        rooms: [{ label: '单间', beds: 1 }],
      }),
    );
    const elsewhere = await create(c.otherTownship, apartment(c.otherStationed.villageCode));
    return { good, poor, elsewhere };
  };
  /** Stationed cadres under a division living in no home, straight from the tables. */
  const homelessIn = async (prefix: string) => {
    const housed = await rowsOf<{ person_id: number }>(
      c.t.database.db,
      sql`select person_id from home_occupants`,
    );
    return (await stationedIn(c.t, prefix, c.today)).filter((x) => !housed.some((h) => h.person_id === x.id));
  };
  /** A fresh stationed cadre moved into a fresh home of 金城镇. */
  const housedCadre = async () => {
    const cadre = await c.newStationed();
    const home = await create(c.township, farmhouse(cadre.villageCode));
    await ok(
      await c.township.request({
        method: 'POST',
        url: `/api/homes/${home.id}/occupants`,
        payload: { roomId: home.rooms[0]!.id, personId: cadre.id },
      }),
    );
    return cadre;
  };

  it('flags a home with one room and no kitchen with exactly what it lacks', async () => {
    const { good, poor } = await threeHomes();
    expect(good.shortfalls).toEqual([]);
    expect(poor.shortfalls).toEqual([
      { kind: 'too_few_rooms', rooms: 1, min: 2 },
      { kind: 'no_kitchen' },
      ...DEFAULT_HOME_FACILITIES.filter((f) => f !== 'bed').map((facility) => ({
        kind: 'missing_facility',
        facility,
      })),
    ]);
  });

  it('lists homes in scope by township, village and title, with counts and filters', async () => {
    const { good, poor, elsewhere } = await threeHomes();
    const all = await get<THomeList>(c.admin, '/api/homes');
    const ids = all.items.map((h) => h.id);
    expect(ids).toEqual(expect.arrayContaining([good.id, poor.id, elsewhere.id]));
    expect(all.total).toBe(all.items.length);
    const keys = all.items.map((h) => h.villageCode);
    expect(keys).toEqual([...keys].sort());
    // same village: by title (甲 before 乙)
    expect(ids.indexOf(poor.id)).toBeLessThan(ids.indexOf(good.id));
    expect(all.items.find((h) => h.id === good.id)).toMatchObject({
      rooms: 2,
      beds: 2,
      occupants: 0,
      title: '乙院',
    });
    const other = await get<THomeList>(c.admin, `/api/homes?township=${OTHER_TOWNSHIP}`);
    expect(other.items.map((h) => h.id)).toContain(elsewhere.id);
    expect(other.items.every((h) => h.townshipCode === OTHER_TOWNSHIP)).toBe(true);
    const farms = await get<THomeList>(c.admin, '/api/homes?kind=farmhouse');
    expect(farms.items.every((h) => h.kind === 'farmhouse')).toBe(true);
    expect(farms.items.map((h) => h.id)).toContain(good.id);
    const below = await get<THomeList>(c.admin, '/api/homes?belowStandard=true');
    expect(below.items.map((h) => h.id)).toContain(poor.id);
    expect(below.items.map((h) => h.id)).not.toContain(good.id);
    expect(below.items.every((h) => h.shortfalls.length > 0)).toBe(true);
    const fine = await get<THomeList>(c.admin, '/api/homes?belowStandard=false');
    expect(fine.items.map((h) => h.id)).toContain(good.id);
    expect(fine.items.map((h) => h.id)).not.toContain(poor.id);
    const page = await get<THomeList>(c.admin, '/api/homes?pageSize=1&page=2');
    expect(page).toEqual({ items: [all.items[1]], total: all.total });
    const bad = await c.admin.request({ method: 'GET', url: '/api/homes?belowStandard=maybe' });
    expect(bad.statusCode).toBe(400);
  });

  it('counts by township: every township in scope, and stationed cadres without a home', async () => {
    const a = await c.newStationed();
    const home = await create(c.township, farmhouse(a.villageCode));
    const summaryOf = async () => {
      const s = await get<THomeSummary>(c.admin, '/api/homes/summary');
      return { s, row: s.rows.find((r) => r.townshipCode === TOWNSHIP)! };
    };
    const before = await summaryOf();
    const townships = await rowsOf<{ code: string }>(
      c.t.database.db,
      sql`select code from divisions where level = 'township' order by code`,
    );
    expect(before.s.rows.map((r) => r.townshipCode)).toEqual(townships.map((x) => x.code));
    const list = await get<THomeList>(c.admin, `/api/homes?township=${TOWNSHIP}`);
    expect(before.row).toMatchObject({
      apartment: list.items.filter((h) => h.kind === 'apartment').length,
      farmhouse: list.items.filter((h) => h.kind === 'farmhouse').length,
      belowStandard: list.items.filter((h) => h.shortfalls.length > 0).length,
      rooms: list.items.reduce((s, h) => s + h.rooms, 0),
      withoutHome: (await homelessIn(TOWNSHIP)).length,
    });
    for (const key of [
      'apartment',
      'farmhouse',
      'belowStandard',
      'rooms',
      'beds',
      'occupants',
      'withoutHome',
    ] as const)
      expect(before.s.totals[key]).toBe(before.s.rows.reduce((s, r) => s + r[key], 0));
    await ok(
      await c.township.request({
        method: 'POST',
        url: `/api/homes/${home.id}/occupants`,
        payload: { roomId: home.rooms[0]!.id, personId: a.id },
      }),
    );
    const after = await summaryOf();
    expect(after.row.withoutHome).toBe(before.row.withoutHome - 1);
    expect(after.row.occupants).toBe(before.row.occupants + 1);
    expect(after.s.totals.withoutHome).toBe(before.s.totals.withoutHome - 1);
  });

  it('lists the stationed cadres without a home (走读 risk) by village and name', async () => {
    const housed = await housedCadre();
    const homeless = await c.newStationed();
    const res = await get<THomeCadreList>(c.admin, `/api/homes/without-home?township=${TOWNSHIP}`);
    const expected = (await homelessIn(TOWNSHIP)).map((x) => x.id);
    expect(res.items.map((x) => x.personId).sort()).toEqual(expected.sort());
    expect(res.total).toBe(expected.length);
    expect(res.items.map((x) => x.personId)).toContain(homeless.id);
    expect(res.items.map((x) => x.personId)).not.toContain(housed.id);
    expect(res.items.every((x) => x.homeId === null && x.roomLabel === null)).toBe(true);
    for (let i = 1; i < res.items.length; i++) {
      const [p, q] = [res.items[i - 1]!, res.items[i]!];
      const order =
        p.villageCode === q.villageCode
          ? p.name.localeCompare(q.name, 'zh-CN')
          : p.villageCode < q.villageCode
            ? -1
            : 1;
      expect(order).toBeLessThanOrEqual(0);
    }
    const everywhere = await get<THomeCadreList>(c.admin, '/api/homes/without-home');
    const county = await homelessIn('140622');
    expect(everywhere.items.map((x) => x.personId).sort()).toEqual(county.map((x) => x.id).sort());
    const township = await get<THomeCadreList>(c.township, '/api/homes/without-home');
    expect(township.items.map((x) => x.personId)).toContain(homeless.id);
    expect(township.items.every((x) => x.villageCode.startsWith(TOWNSHIP))).toBe(true);
  });

  it('keeps homes of another township out of reach (404) and the viewer read-only (403)', async () => {
    const { good, elsewhere } = await threeHomes();
    const before = await c.count('homes');
    for (const [method, url, payload] of [
      ['GET', `/api/homes/${good.id}`, undefined],
      ['PUT', `/api/homes/${good.id}`, apartment('x')],
      ['GET', `/api/homes/${good.id}/candidates`, undefined],
      [
        'POST',
        `/api/homes/${good.id}/occupants`,
        { roomId: good.rooms[1]!.id, personId: c.stationed[1]!.id },
      ],
      ['DELETE', `/api/homes/${good.id}/occupants/${c.stationed[0]!.id}`, undefined],
    ] as const) {
      const body =
        payload && 'villageCode' in payload ? (({ villageCode: _, ...rest }) => rest)(payload) : payload;
      const res = await c.otherTownship.request({ method, url, ...(body ? { payload: body } : {}) });
      expect(res.statusCode, `${method} ${url}`).toBe(404);
      expect(errorOf(res).message).toBe('未找到该对象，或不在您的管辖范围内');
    }
    const theirs = await get<THomeList>(c.otherTownship, '/api/homes');
    expect(theirs.items.map((h) => h.id)).toContain(elsewhere.id);
    expect(theirs.items.every((h) => h.townshipCode === OTHER_TOWNSHIP)).toBe(true);
    const summary = await get<THomeSummary>(c.otherTownship, '/api/homes/summary');
    expect(summary.rows.map((r) => r.townshipCode)).toEqual([OTHER_TOWNSHIP]);

    expect((await get<THomeView>(c.viewer, `/api/homes/${good.id}`)).id).toBe(good.id);
    const refused = [
      await c.viewer.request({ method: 'POST', url: '/api/homes', payload: apartment(good.villageCode) }),
      await c.viewer.request({
        method: 'POST',
        url: `/api/homes/${good.id}/occupants`,
        payload: { roomId: good.rooms[1]!.id, personId: c.stationed[1]!.id },
      }),
      await c.viewer.request({ method: 'GET', url: `/api/homes/${good.id}/candidates` }),
    ];
    expect(refused.map((r) => r.statusCode)).toEqual([403, 403, 403]);
    expect(await c.count('homes')).toBe(before);
  });

  it('lets a cadre read the homes of their own village only', async () => {
    const { good, elsewhere } = await threeHomes();
    const cadre = await c.t.signIn('shuji');
    const own = (await get<TTodayView>(cadre, '/api/duty/today')).person!.villageCode;
    const mine = await create(c.admin, apartment(own, { title: '本村公寓' }));
    const notMine = own === good.villageCode ? elsewhere : good;
    expect((await get<THomeView>(cadre, `/api/homes/${mine.id}`)).title).toBe('本村公寓');
    expect((await cadre.request({ method: 'GET', url: `/api/homes/${notMine.id}` })).statusCode).toBe(404);
    const list = await get<THomeList>(cadre, '/api/homes');
    expect(list.items.map((h) => h.id)).toContain(mine.id);
    expect(list.items.map((h) => h.villageCode)).toEqual(list.items.map(() => own));
    const summary = await get<THomeSummary>(cadre, '/api/homes/summary');
    expect(summary.rows.map((r) => r.townshipCode)).toEqual([own.slice(0, 9)]);
    expect(summary.totals.apartment + summary.totals.farmhouse).toBe(list.total);
    const write = await cadre.request({ method: 'POST', url: '/api/homes', payload: apartment(own) });
    expect(write.statusCode).toBe(403);
  });
});
