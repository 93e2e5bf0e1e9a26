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
  type THomesContext,
  type TTestCadre,
} from './homes.test-context.ts';

describe('standard homes (标准化家园): register, rooms, who lives where', () => {
  let c: THomesContext;
  let home: THomeView;
  let a: TTestCadre;
  let b: TTestCadre;
  let third: TTestCadre;
  beforeAll(async () => {
    c = await homesContext();
    [a, b, third] = c.stationed as [TTestCadre, TTestCadre, TTestCadre];
  });
  afterAll(() => c.t.close());

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

  it('registers a rented farmhouse with two rooms and its contract (audited)', async () => {
    home = await ok(await create(farmhouse(a.villageCode)));
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
    expect((await c.audits('home.create')).map((r) => Number(r.object_id))).toContain(home.id);
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
    const [east, west] = home.rooms as [THomeView['rooms'][0], THomeView['rooms'][0]];
    await ok(await assign(home.id, { roomId: east.id, personId: a.id, since: '2026-03-01' }));
    home = await ok(await assign(home.id, { roomId: west.id, personId: b.id }));
    expect(home.rooms.map((r) => r.occupants.map((o) => o.name))).toEqual([[a.name], [b.name]]);
    expect(home.rooms[0]!.occupants[0]).toMatchObject({
      personId: a.id,
      villageCode: a.villageCode,
      since: '2026-03-01',
    });
    expect(home.rooms[0]!.occupants[0]!.category).not.toBeNull();
    expect(home.rooms[1]!.occupants[0]!.since).toBe(c.today);
    expect((await c.audits('home.occupant_add')).length).toBe(2);
  });

  it('refuses an occupant from another township, a cadre in two rooms, a full room: nothing changes', async () => {
    const before = await counts();
    const [east, west] = home.rooms as [THomeView['rooms'][0], THomeView['rooms'][0]];
    const o = c.otherStationed;
    let res = await assign(home.id, { roomId: east.id, personId: o.id });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toMatch(
      new RegExp(`^提交的内容有误：干部：${o.name}驻在.+镇，不能住进其他乡镇的家园$`),
    );
    res = await assign(home.id, { roomId: west.id, personId: a.id });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).message).toBe(
      `提交的内容有误：干部：${a.name}已住在${home.title}的东屋，一人只能住一个房间，请先办理搬出`,
    );
    // a second home of the same township: still one room per person
    const second = await ok(await create(apartment(a.villageCode, { title: '第二处公寓' })));
    res = await assign(second.id, { roomId: second.rooms[0]!.id, personId: b.id });
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
    const [x, y] = await Promise.all([
      create(apartment(a.villageCode, { title: '赛跑甲' })).then(ok),
      create(apartment(a.villageCode, { title: '赛跑乙' })).then(ok),
    ]);
    const before = await c.count('home_occupants');
    const results = await Promise.all(
      [x, y].map((h) => assign(h.id, { roomId: h.rooms[0]!.id, personId: third.id })),
    );
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    const loser = results.find((r) => r.statusCode === 409)!;
    expect(errorOf(loser).message).toMatch(
      new RegExp(`^提交的内容有误：干部：${third.name}已住在赛跑[甲乙]的`),
    );
    expect(await c.count('home_occupants')).toBe(before + 1);
    const winner = results.find((r) => r.statusCode === 200)!.json<THomeView>();
    await ok(
      await c.township.request({ method: 'DELETE', url: `/api/homes/${winner.id}/occupants/${third.id}` }),
    );
  });

  it('refuses a person who is not stationed (no active dispatched posting)', async () => {
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
    const res = await c.township.request({ method: 'GET', url: `/api/homes/${home.id}/candidates` });
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json<THomeCadreList>();
    expect(list.items.map((x) => x.personId).sort()).toEqual(c.stationed.map((x) => x.id).sort());
    expect(list.items.find((x) => x.personId === a.id)).toMatchObject({ homeId: home.id, roomLabel: '东屋' });
    expect(list.items.find((x) => x.personId === third.id)).toMatchObject({ homeId: null, roomLabel: null });
    const villages = list.items.map((x) => x.villageCode);
    expect(villages).toEqual([...villages].sort());
  });

  it('updates a home: rooms keep their id and occupants, a new room is added (audited before/after)', async () => {
    const [east, west] = home.rooms as [THomeView['rooms'][0], THomeView['rooms'][0]];
    const facts = factsOf(farmhouse(a.villageCode));
    home = await ok(
      await put(home.id, {
        ...facts,
        hasKitchen: false,
        rooms: [
          { id: west.id, label: '西屋', beds: 2 },
          { id: east.id, label: '东屋（朝阳）', beds: 1 },
          { label: '北屋', beds: 1 },
        ],
      }),
    );
    expect(home.rooms.map((r) => [r.label, r.beds, r.occupants.map((o) => o.personId)])).toEqual([
      ['西屋', 2, [b.id]],
      ['东屋（朝阳）', 1, [a.id]],
      ['北屋', 1, []],
    ]);
    expect(home.rooms[0]!.id).toBe(west.id);
    expect(home.shortfalls).toEqual([{ kind: 'no_kitchen' }]);
    const [audit] = await c.audits('home.update');
    expect(audit!.details).toMatchObject({ before: { hasKitchen: true }, after: { hasKitchen: false } });
  });

  it('refuses to drop an occupied room, to cut beds below its occupants, or a room of another home', async () => {
    const before = await counts();
    const [west, east, north] = home.rooms as [
      THomeView['rooms'][0],
      THomeView['rooms'][0],
      THomeView['rooms'][0],
    ];
    const facts = factsOf(farmhouse(a.villageCode));
    const keep = (r: THomeView['rooms'][0]) => ({ id: r.id, label: r.label, beds: r.beds });
    let res = await put(home.id, { ...facts, rooms: [keep(west), keep(north)] });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).message).toBe(
      `提交的内容有误：房间：东屋（朝阳）还住着${a.name}，请先安排搬出再删除该房间`,
    );
    res = await put(home.id, { ...facts, rooms: [keep(west), { ...keep(east), beds: 0 }, keep(north)] });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).details?.[0]?.field).toBe('rooms.1.beds');
    const other = (await c.township.request({ method: 'GET', url: '/api/homes' })).json<{
      items: { id: number }[];
    }>();
    const foreign = other.items.find((x) => x.id !== home.id)!;
    const foreignRoom = (
      await ok(await c.township.request({ method: 'GET', url: `/api/homes/${foreign.id}` }))
    ).rooms[0]!;
    res = await put(home.id, {
      ...facts,
      rooms: [keep(west), keep(east), { ...keep(north), id: foreignRoom.id }],
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details?.[0]).toMatchObject({ field: 'rooms.2.id' });
    const after = await ok(await c.township.request({ method: 'GET', url: `/api/homes/${home.id}` }));
    expect(after).toEqual(home);
    expect(await counts()).toEqual(before);
  });

  it('moves a cadre out (audited), and then into the free room; not twice', async () => {
    const url = `/api/homes/${home.id}/occupants/${a.id}`;
    const audited = (await c.audits('home.occupant_remove')).length;
    home = await ok(await c.township.request({ method: 'DELETE', url }));
    expect(home.rooms.flatMap((r) => r.occupants.map((o) => o.personId))).toEqual([b.id]);
    const res = await c.township.request({ method: 'DELETE', url });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toBe(`提交的内容有误：干部：${a.name}不住在这个家园`);
    expect((await c.audits('home.occupant_remove')).length).toBe(audited + 1);
    await ok(await assign(home.id, { roomId: home.rooms[2]!.id, personId: a.id }));
  });

  it('masks the landlord’s phone in every view; sent back masked it is kept, a made-up mask is refused', async () => {
    expect(home.contract?.landlordPhone).toBe('138****5678');
    const stored = async () =>
      (
        await rowsOf<{ p: string }>(
          c.t.database.db,
          sql`select landlord_phone as p from homes where id = ${home.id}`,
        )
      )[0]!.p;
    const rooms = home.rooms.map((r) => ({ id: r.id, label: r.label, beds: r.beds }));
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
    const fresh = await create(farmhouse(third.villageCode, { contract: contract }));
    expect(fresh.statusCode).toBe(400);
  });

  it('turning a farmhouse into an apartment drops the contract', async () => {
    const facts = factsOf(apartment(a.villageCode));
    const rooms = home.rooms.map((r) => ({ id: r.id, label: r.label, beds: r.beds }));
    home = await ok(await put(home.id, { ...facts, rooms }));
    expect(home).toMatchObject({ kind: 'apartment', contract: null, lease: null });
    expect(home.title).toBe(`${villageDisplayName(a.villageName)}驻村干部公寓`);
  });
});
