import {
  addDays,
  type TLedger,
  type TRequestCreate,
  type TRequestQueue,
  type TRequestResolveBody,
  type TRequestView,
  type TVisitView,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import type { TClient, TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre, neighbourVillage } from '../../test/cadre-account.ts';
import { dutyContext } from '../../test/duty-context.ts';
import { errorOf } from '../../test/factories.ts';
import { jpegWithGps } from '../../test/images.ts';
import { createHousehold, createRequest, recordNightVisit } from '../../test/request-factory.ts';

describe('villagers’ requests (群众诉求): from the night visit to a satisfied villager', () => {
  let t: TTestApp;
  let cadre: TClient;
  let county: TClient;
  let viewer: TClient;
  let township: TClient;
  let otherTownship: TClient;
  let today: string;
  let villageCode: string;
  beforeAll(async () => {
    ({ t, cadre, admin: county, viewer, township, otherTownship, today, villageCode } = await dutyContext());
  });
  afterAll(() => t.close());

  const count = async (table: 'requests' | 'visits' | 'households' | 'request_events') =>
    Number(
      (await rowsOf<{ n: number }>(t.database.db, sql`select count(*) as n from ${sql.raw(table)}`))[0]!.n,
    );
  const stateOf = async (id: number) =>
    (
      await rowsOf<{ state: string; owner_level: string }>(
        t.database.db,
        sql`select state, owner_level from requests where id = ${id}`,
      )
    )[0]!;
  const act = (c: TClient, id: number, path: string, payload: Record<string, unknown> = {}) =>
    c.request({ method: 'POST', url: `/api/requests/${id}/${path}`, payload });
  const ok = async (res: Awaited<ReturnType<TClient['request']>>) => {
    expect(res.statusCode, res.body).toBe(200);
    return res.json<TRequestView>();
  };

  it('records a night visit to two households with two requests in one go', async () => {
    const { household, visit } = await recordNightVisit(cadre, villageCode, today);
    expect(household).toMatchObject({ headName: '王大山', phone: '138****5678' });
    expect(visit).toMatchObject({ atNight: true, date: addDays(today, -1), villageCode });
    expect(visit.households.map((x) => x.headName).sort()).toEqual(['李秀英', '王大山'].sort());
    expect(visit.households).toHaveLength(2);
    expect(visit.households.every((x) => x.phone?.includes('****'))).toBe(true);
    expect(visit.requests).toHaveLength(2);
    expect(visit.requests.every((r) => r.state === 'registered' && r.source === 'visit')).toBe(true);
    expect(
      visit.requests.every((r) => r.ownerLevel === 'village' && r.ownerDivision.code === villageCode),
    ).toBe(true);
    const again = await cadre.request({ method: 'GET', url: `/api/visits/${visit.id}` });
    expect(again.json<TVisitView>().requests.map((r) => r.id)).toEqual(visit.requests.map((r) => r.id));
  });

  it('puts them in the township’s queue (by deadline) and not in another township’s', async () => {
    const { visit, infrastructureId } = await recordNightVisit(cadre, villageCode, today);
    const ids = visit.requests.map((r) => r.id);
    const queue = (
      await township.request({ method: 'GET', url: `/api/requests?village=${villageCode}&pageSize=200` })
    ).json<TRequestQueue>();
    expect(queue.today).toBe(today);
    expect(queue.items.map((i) => i.id)).toEqual(expect.arrayContaining(ids));
    expect(queue.items.every((i) => i.villageCode === villageCode)).toBe(true);
    const byState = (
      await county.request({
        method: 'GET',
        url: '/api/requests?state=registered&category=infrastructure&pageSize=200',
      })
    ).json<TRequestQueue>();
    expect(byState.items.map((i) => i.id)).toContain(infrastructureId);
    expect(byState.items.every((i) => i.category === 'infrastructure' && i.state === 'registered')).toBe(
      true,
    );
    const other = (
      await otherTownship.request({ method: 'GET', url: '/api/requests?pageSize=200' })
    ).json<TRequestQueue>();
    expect(other.items.map((i) => i.id)).not.toContain(ids[0]);
    expect(other.items.map((i) => i.id)).not.toContain(ids[1]);
    // fresh requests are not overdue: in the viewer's queue, but not under overdue=true
    const all = (
      await viewer.request({ method: 'GET', url: `/api/requests?village=${villageCode}&pageSize=200` })
    ).json<TRequestQueue>();
    expect(all.items.map((i) => i.id)).toEqual(expect.arrayContaining(ids));
    const overdue = (
      await viewer.request({ method: 'GET', url: '/api/requests?overdue=true&pageSize=200' })
    ).json<TRequestQueue>();
    expect(overdue.items.map((i) => i.id)).not.toContain(ids[0]);
    expect(overdue.items.map((i) => i.id)).not.toContain(ids[1]);
  });

  it('accept → resolve → dissatisfied reopens → resolve again → satisfied: followed up', async () => {
    const id = (await recordNightVisit(cadre, villageCode, today)).infrastructureId;
    expect((await ok(await act(cadre, id, 'accept'))).state).toBe('accepted');
    expect((await ok(await act(cadre, id, 'start'))).state).toBe('in_progress');
    const resolved = await ok(
      await act(cadre, id, 'resolve', { result: '已协调镇里修补', fourRole: 'development_guide' }),
    );
    expect(resolved).toMatchObject({
      state: 'resolved',
      result: '已协调镇里修补',
      fourRole: 'development_guide',
    });
    const reopened = await ok(
      await act(township, id, 'follow-up', { satisfaction: 'dissatisfied', note: '电话回访' }),
    );
    expect(reopened).toMatchObject({ state: 'in_progress', reopenCount: 1, satisfaction: 'dissatisfied' });
    await ok(await act(cadre, id, 'resolve', { result: '已重新铺设路面' }));
    const done = await ok(await act(township, id, 'follow-up', { satisfaction: 'satisfied' }));
    expect(done).toMatchObject({ state: 'followed_up', satisfaction: 'satisfied', reopenCount: 1 });
    expect(done.events.map((e) => e.action)).toEqual([
      'register',
      'accept',
      'start',
      'resolve',
      'follow_up',
      'resolve',
      'follow_up',
    ]);
    expect(done.household).toMatchObject({ headName: '王大山', phone: '138****5678' });
    const audited = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(*) as n from audit_log where object_type = 'request' and object_id = ${String(id)}`,
    );
    expect(Number(audited[0]!.n)).toBe(7);
    const settled = await act(cadre, id, 'accept');
    expect(settled.statusCode).toBe(409);
    expect(errorOf(settled).message).toBe('该诉求当前为“已回访”，不能受理');
    const inEnglish = await cadre.request({
      method: 'POST',
      url: `/api/requests/${id}/accept`,
      payload: {},
      headers: { 'accept-language': 'en-US' },
    });
    expect(errorOf(inEnglish).message).toBe('This request is “Followed up”; “accept” is not possible now');
  });

  it('hands up to the township (notified); a resolve below the owner’s level is refused and changes nothing', async () => {
    const id = (await recordNightVisit(cadre, villageCode, today)).socialSecurityId;
    const missing = await act(cadre, id, 'hand-up', {});
    expect(missing.statusCode).toBe(400);
    expect(errorOf(missing).message).toContain('理由');
    const up = await ok(await act(cadre, id, 'hand-up', { reason: '需镇医保所解释政策' }));
    expect(up).toMatchObject({ state: 'registered', ownerLevel: 'township' });
    expect(up.ownerDivision.code).toBe(villageCode.slice(0, 9));
    const notes = (await township.request({ method: 'GET', url: '/api/notifications' })).json<{
      items: { kind: string; payload: { requestId?: number } }[];
    }>();
    expect(notes.items.some((n) => n.kind === 'request_handed_up' && n.payload.requestId === id)).toBe(true);
    await ok(await act(township, id, 'accept', { ownerName: '镇医保所 张明' }));
    const events = await count('request_events');
    const below = await act(cadre, id, 'resolve', { result: '村里答复了' });
    expect(below.statusCode).toBe(403);
    expect(errorOf(below).message).toBe('只有 乡镇 及以上才能办结此诉求');
    expect(await stateOf(id)).toEqual({ state: 'accepted', owner_level: 'township' });
    expect(await count('request_events')).toBe(events);
    const byCounty = await ok(
      await act(county, id, 'resolve', { result: '县医保局已答复', fourRole: 'policy_advocate' }),
    );
    expect(byCounty.state).toBe('resolved');
  });

  it('refuses an unknown category, a description over 1,000 characters and a bad visit time, naming the field; nothing stored', async () => {
    const before = await Promise.all([count('requests'), count('visits'), count('households')]);
    const badCategory = await cadre.request({
      method: 'POST',
      url: '/api/requests',
      payload: { villageCode, category: 'ufo', description: '天上有光' },
    });
    expect(badCategory.statusCode).toBe(400);
    expect(errorOf(badCategory).details?.map((d) => d.field)).toEqual(['category']);
    const tooLong = await cadre.request({
      method: 'POST',
      url: '/api/requests',
      payload: { villageCode, category: 'other', description: '长'.repeat(1001) },
    });
    expect(tooLong.statusCode).toBe(400);
    expect(errorOf(tooLong).message).toContain('诉求内容最多 1000 个字符');
    const base = { householdIds: [], newHouseholds: [{ headName: '赵四' }], heard: '聊了聊' };
    const badFormat = await cadre.request({
      method: 'POST',
      url: '/api/visits',
      payload: { ...base, visitedAt: '2026-11-28 20:30' },
    });
    expect(badFormat.statusCode).toBe(400);
    expect(errorOf(badFormat).message).toContain('走访时间');
    const noSuchDay = await cadre.request({
      method: 'POST',
      url: '/api/visits',
      payload: { ...base, visitedAt: `${today.slice(0, 4)}-02-30T20:00` },
    });
    expect(noSuchDay.statusCode).toBe(400);
    expect(errorOf(noSuchDay).message).toContain('走访时间');
    const future = await cadre.request({
      method: 'POST',
      url: '/api/visits',
      payload: { ...base, visitedAt: `${addDays(today, 1)}T20:00` },
    });
    expect(future.statusCode).toBe(400);
    expect(errorOf(future).message).toContain('走访时间');
    const old = await cadre.request({
      method: 'POST',
      url: '/api/visits',
      payload: { ...base, visitedAt: `${addDays(today, -10)}T20:00` },
    });
    expect(old.statusCode).toBe(409);
    expect(errorOf(old).message).toContain('走访时间');
    const badRequest = await cadre.request({
      method: 'POST',
      url: '/api/visits',
      payload: {
        ...base,
        visitedAt: `${today}T00:30`,
        requests: [{ category: 'medical', description: '' }],
      },
    });
    expect(badRequest.statusCode).toBe(400);
    expect(errorOf(badRequest).message).toContain('诉求第1项的诉求内容');
    const noHousehold = await cadre.request({
      method: 'POST',
      url: '/api/visits',
      payload: { visitedAt: `${today}T00:30`, heard: '路过' },
    });
    expect(noHousehold.statusCode).toBe(400);
    expect(errorOf(noHousehold).message).toContain('走访农户');
    expect(await Promise.all([count('requests'), count('visits'), count('households')])).toEqual(before);
  });

  it('answers 404 to another township on reading and on every action', async () => {
    const { visit } = await recordNightVisit(cadre, villageCode, today);
    const id = visit.requests[0]!.id;
    expect((await otherTownship.request({ method: 'GET', url: `/api/requests/${id}` })).statusCode).toBe(404);
    expect((await otherTownship.request({ method: 'GET', url: `/api/visits/${visit.id}` })).statusCode).toBe(
      404,
    );
    const bodies: Record<string, Record<string, unknown>> = {
      accept: {},
      start: {},
      resolve: { result: '办了' },
      'hand-up': { reason: '上交' },
      duplicate: { duplicateOfId: id },
      'not-ours': { responsibleParty: '供电所' },
      withdraw: { reason: '撤回' },
      'follow-up': { satisfaction: 'satisfied' },
    };
    for (const [path, body] of Object.entries(bodies))
      expect((await act(otherTownship, id, path, body)).statusCode, path).toBe(404);
    expect(await stateOf(id)).toEqual({ state: 'registered', owner_level: 'village' });
  });

  it('registers a request by a cadre, marks another duplicate and one not ours; withdraws one', async () => {
    const create = (description: string) =>
      cadre.request({
        method: 'POST',
        url: '/api/requests',
        payload: { villageCode, category: 'environment', urgency: 'urgent', description },
      });
    const a = await ok(await create('垃圾清运不及时'));
    expect(a).toMatchObject({ source: 'cadre', state: 'registered', ownerLevel: 'village' });
    expect(a.resolveBy > a.acceptBy).toBe(true);
    const b = await ok(await create('垃圾没人拉'));
    const self = await act(cadre, b.id, 'duplicate', { duplicateOfId: b.id });
    expect(self.statusCode).toBe(400);
    expect(errorOf(self).message).toContain('重复的原诉求');
    expect((await ok(await act(cadre, b.id, 'duplicate', { duplicateOfId: a.id }))).duplicateOfId).toBe(a.id);
    const c = await ok(await create('高压线下建房'));
    expect(
      (await ok(await act(cadre, c.id, 'not-ours', { responsibleParty: '县供电公司' }))).responsibleParty,
    ).toBe('县供电公司');
    expect((await ok(await act(cadre, a.id, 'withdraw', { reason: '群众已自行解决' }))).state).toBe(
      'withdrawn',
    );
    const otherVillage = await cadre.request({
      method: 'POST',
      url: '/api/requests',
      payload: {
        villageCode: villageCode === '140622100001' ? '140622100002' : '140622100001',
        category: 'other',
        description: 'x',
      },
    });
    expect(otherVillage.statusCode).toBe(404);
  });

  it('counts the ledger by category and four-role tag, and exports it to Excel', async () => {
    // a cadre of the township's other village: the ledger of that village holds their deeds alone
    const neighbour = await neighbourVillage(t, villageCode);
    const own = await createSignedInCadre(t, county, { villageCode: neighbour });
    const deed = async (
      category: TRequestCreate['category'],
      description: string,
      fourRole: TRequestResolveBody['fourRole'],
    ) => {
      const r = await createRequest(own.client, { villageCode: neighbour, category, description });
      await ok(await act(own.client, r.id, 'accept'));
      return (await ok(await act(own.client, r.id, 'resolve', { result: '已办结', fourRole }))).id;
    };
    const road = await deed('infrastructure', '村道坑洼需修补', 'development_guide');
    const insurance = await deed('social_security', '老人医保报销咨询', 'policy_advocate');
    const township9 = villageCode.slice(0, 9);
    const period = `from=${addDays(today, -7)}&to=${today}`;
    const res = await township.request({
      method: 'GET',
      url: `/api/requests/ledger?${period}&division=${neighbour}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const ledger = res.json<TLedger>();
    expect(ledger.total).toBe(2);
    expect(ledger.items.map((i) => i.id).sort()).toEqual([road, insurance].sort());
    expect(ledger.division?.code).toBe(neighbour);
    const byCategory = Object.fromEntries(ledger.byCategory.map((c) => [c.category, c.count]));
    expect(byCategory).toMatchObject({ infrastructure: 1, social_security: 1, medical: 0 });
    const byRole = Object.fromEntries(ledger.byFourRole.map((c) => [String(c.fourRole), c.count]));
    expect(byRole).toMatchObject({ development_guide: 1, policy_advocate: 1, dispute_mediator: 0 });
    const whole = (
      await township.request({ method: 'GET', url: `/api/requests/ledger?${period}` })
    ).json<TLedger>();
    expect(whole.division?.code).toBe(township9); // the reader's own township by default
    expect(whole.items.map((i) => i.id)).toEqual(expect.arrayContaining([road, insurance]));
    const outside = await otherTownship.request({
      method: 'GET',
      url: `/api/requests/ledger?from=${today}&to=${today}&division=${township9}`,
    });
    expect(outside.statusCode).toBe(404);
    const backwards = await township.request({
      method: 'GET',
      url: `/api/requests/ledger?from=${today}&to=${addDays(today, -1)}`,
    });
    expect(backwards.statusCode).toBe(400);
    const file = await viewer.request({
      method: 'GET',
      url: `/api/requests/ledger.xlsx?${period}&division=${neighbour}`,
    });
    expect(file.statusCode).toBe(200);
    expect(file.headers['content-disposition']).toContain(encodeURIComponent('我为群众办实事台账'));
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(file.rawPayload as unknown as ArrayBuffer);
    const sheet = wb.getWorksheet('办实事台账')!;
    expect(sheet.getRow(2).getCell(3).value).toBe('诉求类别');
    expect(sheet.rowCount).toBe(4);
    const categories = [sheet.getRow(3).getCell(3).value, sheet.getRow(4).getCell(3).value].sort();
    expect(categories).toEqual(['基础设施', '社会保障'].sort());
    const sums = wb.getWorksheet('分类统计')!;
    const values = sums.getSheetValues().map((r) => (Array.isArray(r) ? r.slice(1, 3) : []));
    expect(values).toContainEqual(['基础设施', 1]);
    expect(values).toContainEqual(['政策宣传员', 1]);
  });

  it('lists households masked and found by the head’s name', async () => {
    const made = await createHousehold(cadre, { villageCode, headName: '欧阳秀英', phone: '13912345678' });
    const res = await township.request({
      method: 'GET',
      url: `/api/households?q=${encodeURIComponent('阳秀英')}`,
    });
    expect(res.statusCode).toBe(200);
    const list = res.json<{
      items: { id: number; headName: string; phone: string | null }[];
      total: number;
    }>();
    expect(list.items.map((h) => [h.id, h.headName])).toEqual([[made.id, '欧阳秀英']]);
    expect(list.items[0]!.phone).toBe('139****5678');
    const none = await otherTownship.request({ method: 'GET', url: '/api/households' });
    expect(none.statusCode).toBe(200);
    expect(none.json<{ total: number }>().total).toBe(0);
    const outside = await otherTownship.request({
      method: 'POST',
      url: '/api/households',
      payload: { villageCode, headName: '越界户' },
    });
    expect(outside.statusCode).toBe(404);
  });

  it('shows the household’s full phone only to pii:unmask holders, for a stated reason, audited', async () => {
    const id = (await recordNightVisit(cadre, villageCode, today)).infrastructureId;
    const url = `/api/requests/${id}/unmask`;
    expect(
      (await township.request({ method: 'POST', url, payload: { reason: '电话回访' } })).statusCode,
    ).toBe(403);
    const noReason = await county.request({ method: 'POST', url, payload: { reason: '' } });
    expect(noReason.statusCode).toBe(400);
    const res = await county.request({ method: 'POST', url, payload: { reason: '电话回访核实办理结果' } });
    expect(res.statusCode).toBe(200);
    const contacts = res.json<{ household: { headName: string; phone: string | null } | null }>();
    expect(contacts.household).toEqual({ headName: '王大山', phone: '13812345678' });
    const audit = await rowsOf<{ details: { reason: string } }>(
      t.database.db,
      sql`select details from audit_log where action = 'request.unmask' and object_id = ${String(id)}`,
    );
    expect(audit.map((a) => a.details.reason)).toEqual(['电话回访核实办理结果']);
  });

  it('keeps an optional evidence photo with the result, readable in scope only', async () => {
    const upload = (c: TClient) =>
      c.request({
        method: 'POST',
        url: '/api/requests/evidence',
        headers: { 'content-type': 'image/jpeg' },
        payload: jpeg,
      });
    const jpeg = await jpegWithGps();
    const mine = (await upload(cadre)).json<{ id: number }>();
    const theirs = (await upload(otherTownship)).json<{ id: number }>();
    const r = await ok(
      await cadre.request({
        method: 'POST',
        url: '/api/requests',
        payload: { villageCode, category: 'agriculture', description: '缺少烤烟技术指导' },
      }),
    );
    await ok(await act(cadre, r.id, 'accept'));
    const borrowed = await act(cadre, r.id, 'resolve', { result: '请来技术员', evidenceFileId: theirs.id });
    expect(borrowed.statusCode).toBe(400);
    expect(errorOf(borrowed).message).toContain('办结凭证');
    expect((await stateOf(r.id)).state).toBe('accepted');
    const done = await ok(
      await act(cadre, r.id, 'resolve', { result: '请来技术员', evidenceFileId: mine.id }),
    );
    expect(done.evidenceFileId).toBe(mine.id);
    const seen = await township.request({ method: 'GET', url: `/api/requests/${r.id}/evidence` });
    expect(seen.statusCode).toBe(200);
    expect(seen.headers['content-type']).toBe('image/jpeg');
    expect(
      (await otherTownship.request({ method: 'GET', url: `/api/requests/${r.id}/evidence` })).statusCode,
    ).toBe(404);
  });
});
