import { type THomeCadreList, type THomeCreate, type THomeView, villageDisplayName } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import type { TClient } from '../../test/build-test-app.ts';
import { errorOf } from '../../test/factories.ts';
import {
  apartment,
  farmhouse,
  homesContext,
  stationedIn,
  type THomesContext,
  TOWNSHIP,
  type TTestCadre,
} from './homes.test-context.ts';

describe('standard homes (标准化家园): register, rooms, who lives where', () => {
  let c: THomesContext;
  /** A stationed cadre of the demo registry (read only: the tests move their own cadres). */
  let a: TTestCadre;
  beforeAll(async () => {
    c = await homesContext();
    a = c.stationed[0]!;
  });
  afterAll(() => c.t.close());

  type TRoom = THomeView['rooms'][0];
  const counts = async () => ({
    homes: await c.count('homes'),
    rooms: await c.count('home_rooms'),
    occupants: await c.count('home_occupants'),
  });
  const ok = async (res: Awaited<ReturnType<TClient['request']>>) => {
    expect(res.statusCode, res.body).toBe(200);
    return res.json<THomeView>();
  };
  const create = (payload: THomeCreate, client = c.township) =>
    client.request({ method: 'POST', url: '/api/homes', payload });
  const put = (id: number, payload: Omit<THomeCreate, 'villageCode'>) =>
    c.township.request({ method: 'PUT', url: `/api/homes/${id}`, payload });
  const assign = (id: number, payload: Record<string, unknown>) =>
    c.township.request({ method: 'POST', url: `/api/homes/${id}/occupants`, payload });
  const factsOf = ({ villageCode: _, ...rest }: THomeCreate) => rest;
  const keep = (r: TRoom) => ({ id: r.id, label: r.label, beds: r.beds });

  /** A fresh farmhouse (东屋, 西屋) with two fresh cadres: one in 东屋 since 2026-03-01, one in 西屋 since today. */
  const housedHome = async () => {
    const [east, west] = await Promise.all([c.newStationed(), c.newStationed()]);
    const registered = await ok(await create(farmhouse(east.villageCode)));
    const [eastRoom, westRoom] = registered.rooms as [TRoom, TRoom];
    await ok(await assign(registered.id, { roomId: eastRoom.id, personId: east.id, since: '2026-03-01' }));
    const home = await ok(await assign(registered.id, { roomId: westRoom.id, personId: west.id }));
    return { home, east, west };
  };
  /** The housed farmhouse rearranged: 西屋 first with 2 beds, 东屋 renamed 东屋（朝阳）, a new empty 北屋. */
  const rearranged = (home: THomeView) => {
    const [east, west] = home.rooms as [TRoom, TRoom];
    return put(home.id, {
      ...factsOf(farmhouse(home.villageCode)),
      hasKitchen: false,
      rooms: [
        { id: west.id, label: '西屋', beds: 2 },
        { id: east.id, label: '东屋（朝阳）', beds: 1 },
        { label: '北屋', beds: 1 },
      ],
    });
  };

  it('registers a rented farmhouse with two rooms and its contract (audited)', async () => {
    const home = await ok(await create(farmhouse(a.villageCode)));
    expect(home).toMatchObject({
      villageCode: a.villageCode,
      villageName: a.villageName,
      townshipCode: '140622100',
      kind: 'farmhouse',
      title: `${villageDisplayName(a.villageName)}驻村干部农家小院`,
      hasKitchen: true,
      shortfalls: [],
      lease: 'running',
      photoIds: [],
      contract: { landlord: '王德顺', startDate: '2026-01-01', annualRentFen: 360_000, hasFile: false },
    });
    expect(home.rooms.map((r) => [r.label, r.beds, r.occupants])).toEqual([
      ['东屋', 1, []],
      ['西屋', 1, []],
    ]);
    const again = await ok(await c.admin.request({ method: 'GET', url: `/api/homes/${home.id}` }));
    expect(again).toEqual(home);
    expect(await c.audits('home.create', home.id)).toHaveLength(1);
  });

  it('refuses bad homes with a message naming the field, and writes nothing', async () => {
    const before = await counts();
    const refuse = async (payload: THomeCreate, status: number, message: string) => {
      const res = await create(payload);
      expect(res.statusCode, res.body).toBe(status);
      expect(errorOf(res).message).toBe(`提交的内容有误：${message}`);
    };
    const five = [1, 2, 3, 4, 5].map((n) => ({ label: `${n}号房`, beds: 1 }));
    await refuse(farmhouse(a.villageCode, { rooms: five }), 400, '房间最多 4 项');
    await refuse(
      farmhouse(a.villageCode, { contract: null }),
      400,
      '租房合同：租用的农家小院须填写租房合同（房东、租期、年租金）',
    );
    await refuse(
      apartment(a.villageCode, { contract: farmhouse(a.villageCode).contract! }),
      400,
      '租房合同：党群服务中心公寓不填租房合同，只有租用的农家小院才有',
    );
    const contract = { ...farmhouse(a.villageCode).contract!, endDate: '2025-12-31' };
    await refuse(farmhouse(a.villageCode, { contract }), 400, '租期结束日期不能早于开始日期 2026-01-01');
    await refuse(apartment(a.villageCode, { facilities: ['bed', 'desk', 'bed'] }), 400, '设施清单中有重复项');
    await refuse(apartment('140622100999'), 400, '村（社区）“140622100999”不是本系统中的村（社区）');
    await refuse(
      apartment(c.otherStationed.villageCode),
      400,
      `村（社区）“${c.otherStationed.villageCode}”不在您的管辖范围内`,
    );
    const noRooms = await create(apartment(a.villageCode, { rooms: [] }));
    expect(noRooms.statusCode).toBe(400);
    expect(await counts()).toEqual(before);
  });

  it('assigns two cadres of the township, one room each (audited)', async () => {
    const [first, second] = await Promise.all([c.newStationed(), c.newStationed()]);
    let home = await ok(await create(farmhouse(first.villageCode)));
    const [east, west] = home.rooms as [TRoom, TRoom];
    await ok(await assign(home.id, { roomId: east.id, personId: first.id, since: '2026-03-01' }));
    home = await ok(await assign(home.id, { roomId: west.id, personId: second.id }));
    expect(home.rooms.map((r) => r.occupants.map((o) => o.name))).toEqual([[first.name], [second.name]]);
    expect(home.rooms[0]!.occupants[0]).toMatchObject({
      personId: first.id,
      villageCode: first.villageCode,
      since: '2026-03-01',
    });
    expect(home.rooms[0]!.occupants[0]!.category).not.toBeNull();
    expect(home.rooms[1]!.occupants[0]!.since).toBe(c.today);
    const audited = await c.audits('home.occupant_add', home.id);
    expect(audited.map((r) => r.details.personId)).toEqual([first.id, second.id]);
  });

  it('refuses an occupant from another township, a cadre in two rooms, a full room: nothing changes', async () => {
    const { home, east: inEast, west: inWest } = await housedHome();
    const third = await c.newStationed();
    const before = await counts();
    const [east, west] = home.rooms as [TRoom, TRoom];
    const o = c.otherStationed;
    // the township cannot see another township's cadre: the same 404 as a missing id, no name in it
    let res = await assign(home.id, { roomId: east.id, personId: o.id });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain(o.name);
    // the county sees everyone, and is told why
    res = await c.admin.request({
      method: 'POST',
      url: `/api/homes/${home.id}/occupants`,
      payload: { roomId: east.id, personId: o.id },
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toMatch(
      new RegExp(`^提交的内容有误：干部：${o.name}驻在.+镇，不能住进其他乡镇的家园$`),
    );
    res = await assign(home.id, { roomId: west.id, personId: inEast.id });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).message).toBe(
      `提交的内容有误：干部：${inEast.name}已住在${home.title}的东屋，一人只能住一个房间，请先办理搬出`,
    );
    // a second home of the same township: still one room per person
    const second = await ok(await create(apartment(a.villageCode, { title: '第二处公寓' })));
    res = await assign(second.id, { roomId: second.rooms[0]!.id, personId: inWest.id });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).details?.[0]?.field).toBe('personId');
    res = await assign(home.id, { roomId: east.id, personId: third.id });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).message).toBe('提交的内容有误：房间：东屋的 1 张床位已住满');
    res = await assign(home.id, { roomId: second.rooms[0]!.id, personId: third.id });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toBe('提交的内容有误：房间：这个家园没有该房间');
    res = await assign(home.id, { roomId: east.id, personId: 99_999_999 });
    expect(res.statusCode).toBe(404);
    expect(await c.count('home_occupants')).toBe(before.occupants);
  });

  it('settles a race for one cadre between two homes: one moves in, the other gets the same 409', async () => {
    const racer = await c.newStationed();
    const [x, y] = await Promise.all([
      create(apartment(a.villageCode, { title: '赛跑甲' })).then(ok),
      create(apartment(a.villageCode, { title: '赛跑乙' })).then(ok),
    ]);
    const before = await c.count('home_occupants');
    const results = await Promise.all(
      [x, y].map((h) => assign(h.id, { roomId: h.rooms[0]!.id, personId: racer.id })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.statusCode === 409)!;
    expect(errorOf(loser).message).toMatch(
      new RegExp(`^提交的内容有误：干部：${racer.name}已住在赛跑[甲乙]的`),
    );
    expect(await c.count('home_occupants')).toBe(before + 1);
  });

  it('refuses a person who is not stationed (no active dispatched posting)', async () => {
    const home = await ok(await create(farmhouse(a.villageCode)));
    // a village committee member, or anyone without an active posting
    const [person] = await rowsOf<{ id: number; name: string }>(
      c.t.database.db,
      sql`select p.id, p.name from persons p
          where not exists (select 1 from postings po where po.person_id = p.id
            and po.actual_end_date is null and po.category <> 'village_committee')
          order by p.id limit 1`,
    );
    if (!person) throw new Error('the demo registry has nobody unstationed');
    const res = await assign(home.id, { roomId: home.rooms[0]!.id, personId: person.id });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toBe(
      `提交的内容有误：干部：${person.name}目前没有在任的驻村任职，不能安排住房`,
    );
  });

  it('lists candidates of the township with where they live now', async () => {
    const { home, east } = await housedHome();
    const homeless = await c.newStationed();
    const res = await c.township.request({ method: 'GET', url: `/api/homes/${home.id}/candidates` });
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json<THomeCadreList>();
    const stationed = await stationedIn(c.t, TOWNSHIP, c.today);
    expect(list.items.map((x) => x.personId).sort()).toEqual(stationed.map((x) => x.id).sort());
    expect(list.items.find((x) => x.personId === east.id)).toMatchObject({
      homeId: home.id,
      roomLabel: '东屋',
    });
    expect(list.items.find((x) => x.personId === homeless.id)).toMatchObject({
      homeId: null,
      roomLabel: null,
    });
    const villages = list.items.map((x) => x.villageCode);
    expect(villages).toEqual([...villages].sort());
  });

  it('updates a home: rooms keep their id and occupants, a new room is added (audited before/after)', async () => {
    const { home: housed, east, west } = await housedHome();
    const home = await ok(await rearranged(housed));
    expect(home.rooms.map((r) => [r.label, r.beds, r.occupants.map((o) => o.personId)])).toEqual([
      ['西屋', 2, [west.id]],
      ['东屋（朝阳）', 1, [east.id]],
      ['北屋', 1, []],
    ]);
    expect(home.rooms[0]!.id).toBe(housed.rooms[1]!.id);
    expect(home.shortfalls).toEqual([{ kind: 'no_kitchen' }]);
    const audits = await c.audits('home.update', home.id);
    expect(audits).toHaveLength(1);
    expect(audits[0]!.details).toMatchObject({ before: { hasKitchen: true }, after: { hasKitchen: false } });
  });

  it('refuses to drop an occupied room, to cut beds below its occupants, or a room of another home', async () => {
    const { home: housed, east: inEast } = await housedHome();
    const home = await ok(await rearranged(housed));
    const foreign = await ok(await create(apartment(a.villageCode, { title: '别处公寓' })));
    const before = await counts();
    const [west, east, north] = home.rooms as [TRoom, TRoom, TRoom];
    const facts = factsOf(farmhouse(a.villageCode));
    let res = await put(home.id, { ...facts, hasKitchen: false, rooms: [keep(west), keep(north)] });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).message).toBe(
      `提交的内容有误：房间：东屋（朝阳）还住着${inEast.name}，请先安排搬出再删除该房间`,
    );
    res = await put(home.id, {
      ...facts,
      hasKitchen: false,
      rooms: [keep(west), { ...keep(east), beds: 0 }, keep(north)],
    });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).details?.[0]?.field).toBe('rooms.1.beds');
    res = await put(home.id, {
      ...facts,
      hasKitchen: false,
      rooms: [keep(west), keep(east), { ...keep(north), id: foreign.rooms[0]!.id }],
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details?.[0]).toMatchObject({ field: 'rooms.2.id' });
    const after = await ok(await c.township.request({ method: 'GET', url: `/api/homes/${home.id}` }));
    expect(after).toEqual(home);
    expect(await counts()).toEqual(before);
  });

  it('moves a cadre out (audited), and then into the free room; not twice', async () => {
    const { home: housed, east, west } = await housedHome();
    let home = await ok(await rearranged(housed));
    const url = `/api/homes/${home.id}/occupants/${east.id}`;
    home = await ok(await c.township.request({ method: 'DELETE', url }));
    expect(home.rooms.flatMap((r) => r.occupants.map((o) => o.personId))).toEqual([west.id]);
    const res = await c.township.request({ method: 'DELETE', url });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toBe(`提交的内容有误：干部：${east.name}不住在这个家园`);
    const removed = await c.audits('home.occupant_remove', home.id);
    expect(removed.map((r) => r.details.personId)).toEqual([east.id]);
    home = await ok(await assign(home.id, { roomId: home.rooms[2]!.id, personId: east.id }));
    expect(home.rooms[2]!.occupants.map((o) => o.personId)).toEqual([east.id]);
  });

  it('masks the landlord’s phone in every view; sent back masked it is kept, a made-up mask is refused', async () => {
    let home = await ok(await create(farmhouse(a.villageCode)));
    expect(home.contract?.landlordPhone).toBe('138****5678');
    const stored = async () =>
      (
        await rowsOf<{ p: string }>(
          c.t.database.db,
          sql`select landlord_phone as p from homes where id = ${home.id}`,
        )
      )[0]!.p;
    const rooms = home.rooms.map(keep);
    const facts = factsOf(farmhouse(a.villageCode));
    const contract = { ...facts.contract!, landlordPhone: '138****5678' };
    home = await ok(await put(home.id, { ...facts, rooms, contract }));
    expect(await stored()).toBe('13812345678');
    const wrong = await put(home.id, {
      ...facts,
      rooms,
      contract: { ...contract, landlordPhone: '139****0000' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(errorOf(wrong).details?.[0]?.message).toBe('租房合同的房东电话格式不正确');
    expect(await stored()).toBe('13812345678');
    const fresh = await create(farmhouse(a.villageCode, { contract: contract }));
    expect(fresh.statusCode).toBe(400);
  });

  it('turning a farmhouse into an apartment drops the contract', async () => {
    const farm = await ok(await create(farmhouse(a.villageCode)));
    const facts = factsOf(apartment(a.villageCode));
    const home = await ok(await put(farm.id, { ...facts, rooms: farm.rooms.map(keep) }));
    expect(home).toMatchObject({ kind: 'apartment', contract: null, lease: null });
    expect(home.title).toBe(`${villageDisplayName(a.villageName)}驻村干部公寓`);
  });
});
