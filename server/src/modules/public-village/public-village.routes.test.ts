import {
  type TPublicLink,
  type TPublicTrack,
  type TPublicVillageCard,
  type TTodayView,
  ZCountyRules,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { errorOf, ROOMY_LOGIN } from '../../test/factories.ts';
import { createNotificationsService } from '../notifications/notifications.service.ts';
import { createPublicVillageService } from './public-village.service.ts';

const ROOMY_PUBLIC = {
  baseUrl: null,
  submitPerIpPerHour: 10_000,
  trackPerIpPerMinute: 10_000,
  submitPerVillagePerDay: 10_000,
};
const SUBMITTER = { name: '王小明', phone: '13912345678' };

describe('the village’s public page (扫码反映诉求)', () => {
  let t: TTestApp;
  let cadre: TClient;
  let admin: TClient;
  let village: string;
  let otherVillage: string;
  let token: string;
  let otherToken: string;
  /** The public answers of the running test, to check that no submitter's name or phone ever leaves. */
  let publicBodies: string[] = [];
  const expectNoSubmitterIn = (bodies: string[]) => {
    for (const body of bodies) {
      expect(body).not.toContain(SUBMITTER.name);
      expect(body).not.toContain(SUBMITTER.phone);
    }
  };

  const open = async (opts: InjectOptions): Promise<LightMyRequestResponse> => {
    const res = await t.app.inject(opts);
    publicBodies.push(res.body);
    return res;
  };
  const submit = (tok: string, payload: Record<string, unknown>) =>
    open({ method: 'POST', url: `/api/public/v/${tok}/requests`, payload });
  const track = (code: string) => open({ method: 'GET', url: `/api/public/track/${code}` });
  const followUp = (code: string, payload: Record<string, unknown>) =>
    open({ method: 'POST', url: `/api/public/track/${code}/follow-up`, payload });
  const count = async (table = 'requests') =>
    Number((await rowsOf<{ n: number }>(t.database.db, sql.raw(`select count(*) as n from ${table}`)))[0]!.n);
  /** What the owner's resolve does (the staff side is another module): state, result and an event by a user. */
  const resolve = async (code: string, result: string) => {
    const [row] = await rowsOf<{ id: number; state: string }>(
      t.database.db,
      sql`update requests set state = 'resolved', result = ${result}, resolved_at = now()
          where tracking_code = ${code} returning id, state`,
    );
    await t.database.db.execute(
      sql`insert into request_events (request_id, actor_kind, action, from_state, to_state, owner_level, note)
          values (${row!.id}, 'user', 'resolve', 'in_progress', 'resolved', 'village', '张干部 13800001111 办的')`,
    );
  };
  const valid = { category: 'infrastructure', description: '村东头路灯坏了三天了', consent: true };

  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN, publicPage: ROOMY_PUBLIC });
    cadre = await t.signIn('shuji');
    admin = await t.signIn('admin');
    village = (await cadre.request({ method: 'GET', url: '/api/duty/today' })).json<TTodayView>().person!
      .villageCode;
    const [other] = await rowsOf<{ code: string }>(
      t.database.db,
      sql`select code from divisions where level = 'village' and code <> ${village} order by code limit 1`,
    );
    otherVillage = other!.code;
    token = (
      await cadre.request({ method: 'GET', url: `/api/villages/${village}/public-link` })
    ).json<TPublicLink>().token;
    otherToken = (
      await admin.request({ method: 'GET', url: `/api/villages/${otherVillage}/public-link` })
    ).json<TPublicLink>().token;
  });
  afterAll(() => t.close());
  // every test's public answers, not only the last test's own
  afterEach(() => {
    const bodies = publicBodies;
    publicBodies = [];
    expectNoSubmitterIn(bodies);
  });

  it('gives a staff member in scope the village’s public address, the same token each time', async () => {
    const res = await cadre.request({
      method: 'GET',
      url: `/api/villages/${village}/public-link`,
      headers: { host: 'zhucun.example.cn' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<TPublicLink>()).toEqual({ url: `http://zhucun.example.cn/v/${token}`, token });
    expect(token).toMatch(/^[A-Za-z0-9_-]{22}$/);
    const outside = await cadre.request({ method: 'GET', url: `/api/villages/${otherVillage}/public-link` });
    expect(outside.statusCode).toBe(404);
    const township = await admin.request({ method: 'GET', url: '/api/villages/140622000000/public-link' });
    expect(township.statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: `/api/villages/${village}/qr.png` })).statusCode).toBe(
      401,
    );
  });

  it('draws the QR code as PNG and SVG; out of scope is not found', async () => {
    const png = await cadre.request({ method: 'GET', url: `/api/villages/${village}/qr.png` });
    expect(png.statusCode).toBe(200);
    expect(png.headers['content-type']).toBe('image/png');
    expect(png.rawPayload.subarray(0, 8)).toEqual(
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    );
    const svg = await cadre.request({ method: 'GET', url: `/api/villages/${village}/qr.svg` });
    expect(svg.statusCode).toBe(200);
    expect(svg.headers['content-type']).toMatch(/^image\/svg\+xml/);
    expect(svg.body).toContain('<svg');
    expect(
      (await cadre.request({ method: 'GET', url: `/api/villages/${otherVillage}/qr.svg` })).statusCode,
    ).toBe(404);
  });

  it('shows the village’s card: its stationed cadres with name, post and phone, the categories and the notice', async () => {
    const res = await open({ method: 'GET', url: `/api/public/v/${token}` });
    expect(res.statusCode).toBe(200);
    const card = res.json<TPublicVillageCard>();
    expect(card.village.name.length).toBeGreaterThan(0);
    expect(card.village.townshipName.length).toBeGreaterThan(0);
    expect(card.cadres.length).toBeGreaterThan(0);
    for (const c of card.cadres) {
      expect(Object.keys(c).sort()).toEqual(['category', 'name', 'phone', 'postTitle']);
      expect(c.category).not.toBe('village_committee');
      expect(c.phone).toMatch(/^1\d{10}$/);
    }
    const [stationed] = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(*) as n from postings where village_code = ${village} and actual_end_date is null
          and category <> 'village_committee'`,
    );
    expect(card.cadres).toHaveLength(Number(stationed!.n));
    expect(card.categories).toContain('infrastructure');
    expect(card.consent.version).toBe('2026-11');
    expect(card.consent.notice).toContain('姓名和手机号不会公开');
    expect(JSON.stringify(card)).not.toMatch(/idNumber|id_number|birth/);
  });

  it('answers an unknown or malformed token with a Chinese 404', async () => {
    for (const bad of ['AAAAAAAAAAAAAAAAAAAAAA', 'x', `${token}x`]) {
      const res = await open({ method: 'GET', url: `/api/public/v/${bad}` });
      expect(res.statusCode).toBe(404);
      expect(errorOf(res).message).toBe('二维码已失效或不存在，请扫描村里公示牌上的最新二维码');
    }
    const before = await count();
    expect((await submit('AAAAAAAAAAAAAAAAAAAAAA', valid)).statusCode).toBe(404);
    expect(await count()).toBe(before);
  });

  it('stores a submission with the notice’s version and time, owned by the village, and answers a tracking code', async () => {
    const res = await submit(token, { ...valid, ...SUBMITTER });
    expect(res.statusCode).toBe(200);
    const { trackingCode } = res.json<{ trackingCode: string }>();
    expect(trackingCode).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/);
    const [row] = await rowsOf<Record<string, unknown>>(
      t.database.db,
      sql`select * from requests where tracking_code = ${trackingCode}`,
    );
    expect(row).toMatchObject({
      village_code: village,
      source: 'public',
      state: 'registered',
      owner_level: 'village',
      owner_division_code: village,
      urgency: 'normal',
      submitter_name: SUBMITTER.name,
      submitter_phone: SUBMITTER.phone,
      consent_version: '2026-11',
    });
    expect(row!.consent_at).toBeTruthy();
    expect(String(row!.resolve_by) > String(row!.accept_by)).toBe(true);
    const events = await rowsOf<{ actor_kind: string; to_state: string }>(
      t.database.db,
      sql`select actor_kind, to_state from request_events where request_id = ${row!.id}`,
    );
    expect(events).toEqual([{ actor_kind: 'submitter', to_state: 'registered' }]);
  });

  it('refuses bad input naming the field, and stores nothing', async () => {
    const before = await count();
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...valid, category: 'ufo' }, 'category', '诉求类别“ufo”不在可选范围内'],
      [{ ...valid, description: '' }, 'description', '诉求内容不能为空'],
      [{ ...valid, description: '长'.repeat(1001) }, 'description', '诉求内容最多 1000 个字符'],
      [{ ...valid, phone: '12345' }, 'phone', '手机号格式不正确'],
      [{ ...valid, name: '名'.repeat(31) }, 'name', '姓名最多 30 个字符'],
      [{ ...valid, consent: false }, 'consent', '请先阅读并勾选同意个人信息告知，才能提交'],
      [{ category: 'other', description: '没有勾选同意' }, 'consent', '同意告知不能为空'],
      [{ ...valid, villageCode: village }, 'villageCode', '不认识的字段：村（社区）'],
    ];
    for (const [payload, field, message] of cases) {
      const res = await submit(token, payload);
      expect(res.statusCode, field).toBe(400);
      const error = errorOf(res);
      expect(
        error.details?.map((d) => d.field),
        field,
      ).toContain(field);
      expect(
        error.details?.map((d) => d.message),
        field,
      ).toContain(message);
    }
    expect(await count()).toBe(before);
  });

  it('shows that request’s public status, its village and the villager’s own words; a wrong code is not found', async () => {
    const { trackingCode } = (await submit(token, { ...valid, ...SUBMITTER, category: 'medical' })).json<{
      trackingCode: string;
    }>();
    const res = await track(trackingCode.toLowerCase());
    expect(res.statusCode).toBe(200);
    const status = res.json<TPublicTrack>();
    const [names] = await rowsOf<{ name: string; township: string }>(
      t.database.db,
      sql`select v.name, p.name as township from divisions v join divisions p on p.code = v.parent_code
          where v.code = ${village}`,
    );
    expect(status).toMatchObject({
      trackingCode,
      village: { name: names!.name, townshipName: names!.township },
      description: valid.description,
      category: 'medical',
      state: 'registered',
      result: null,
      satisfaction: null,
      canFollowUp: false,
    });
    expect(status.timeline).toEqual([{ date: status.registeredOn, state: 'registered' }]);
    expect(Object.keys(status).sort()).toEqual(
      [
        'canFollowUp',
        'category',
        'description',
        'registeredOn',
        'result',
        'satisfaction',
        'state',
        'timeline',
        'trackingCode',
        'village',
      ].sort(),
    );
    for (const wrong of ['2222222222', 'NOPE', `${trackingCode}2`]) {
      const miss = await track(wrong);
      expect(miss.statusCode).toBe(404);
      expect(errorOf(miss).message).toBe('查询码不存在，请核对后重新输入');
    }
  });

  it('keeps one village’s requests out of another village’s page', async () => {
    const { trackingCode } = (await submit(token, { ...valid, description: '本村独有的诉求 A1' })).json<{
      trackingCode: string;
    }>();
    const card = await open({ method: 'GET', url: `/api/public/v/${otherToken}` });
    expect(card.statusCode).toBe(200);
    expect(card.body).not.toContain(trackingCode);
    expect(card.body).not.toContain('本村独有的诉求');
    // nothing under a village's token reads requests: the only way in is the request's own code
    const probe = await open({ method: 'GET', url: `/api/public/v/${otherToken}/requests` });
    expect(probe.statusCode).toBe(404);
    const theirs = (await submit(otherToken, { ...valid, description: '别村的诉求' })).json<{
      trackingCode: string;
    }>();
    const [row] = await rowsOf<{ village_code: string }>(
      t.database.db,
      sql`select village_code from requests where tracking_code = ${theirs.trackingCode}`,
    );
    expect(row!.village_code).toBe(otherVillage);
  });

  it('takes the villager’s word once resolved: dissatisfied reopens it, satisfied closes it', async () => {
    const { trackingCode } = (await submit(token, { ...valid, ...SUBMITTER })).json<{
      trackingCode: string;
    }>();
    const early = await followUp(trackingCode, { satisfaction: 'satisfied' });
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).message).toBe('该诉求还没有办结，办结后才能评价');

    await resolve(trackingCode, '已更换路灯');
    const resolved = (await track(trackingCode)).json<TPublicTrack>();
    expect(resolved).toMatchObject({ state: 'resolved', result: '已更换路灯', canFollowUp: true });

    const bad = await followUp(trackingCode, { satisfaction: 'meh' });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).details?.[0]?.field).toBe('satisfaction');

    const reopened = await followUp(trackingCode, {
      satisfaction: 'dissatisfied',
      note: '只修了一半，我叫王小明',
    });
    expect(reopened.statusCode).toBe(200);
    expect(reopened.json<TPublicTrack>()).toMatchObject({
      state: 'in_progress',
      result: null,
      canFollowUp: false,
    });
    const [row] = await rowsOf<{ id: number; state: string; reopen_count: number; satisfaction: string }>(
      t.database.db,
      sql`select id, state, reopen_count, satisfaction from requests where tracking_code = ${trackingCode}`,
    );
    expect(row).toMatchObject({ state: 'in_progress', reopen_count: 1, satisfaction: 'dissatisfied' });
    const [event] = await rowsOf<{
      actor_kind: string;
      action: string;
      from_state: string;
      to_state: string;
    }>(
      t.database.db,
      sql`select actor_kind, action, from_state, to_state from request_events
          where request_id = ${row!.id} order by id desc limit 1`,
    );
    expect(event).toEqual({
      actor_kind: 'submitter',
      action: 'follow_up',
      from_state: 'resolved',
      to_state: 'in_progress',
    });
    expect((await followUp(trackingCode, { satisfaction: 'satisfied' })).statusCode).toBe(409);

    await resolve(trackingCode, '路灯全部修好');
    const closed = await followUp(trackingCode, { satisfaction: 'basically_satisfied' });
    expect(closed.json<TPublicTrack>()).toMatchObject({
      state: 'followed_up',
      result: '路灯全部修好',
      satisfaction: 'basically_satisfied',
      canFollowUp: false,
    });
    const states = closed.json<TPublicTrack>().timeline.map((e) => e.state);
    expect(states).toEqual(['registered', 'resolved', 'in_progress', 'resolved', 'followed_up']);
    expect(closed.body).not.toContain('张干部');
    expect(closed.body).not.toContain('13800001111');
    expect((await followUp('2222222222', { satisfaction: 'satisfied' })).statusCode).toBe(404);
  });

  it('replaces a leaked token for an administrator of the registry; the old code stops working', async () => {
    // a village of its own (the cadre's village keeps its token for the other tests)
    const [row] = await rowsOf<{ code: string }>(
      t.database.db,
      sql`select code from divisions where level = 'village' and code not in (${village}, ${otherVillage})
          order by code desc limit 1`,
    );
    const leaked = row!.code;
    const old = (
      await admin.request({ method: 'GET', url: `/api/villages/${leaked}/public-link` })
    ).json<TPublicLink>().token;
    expect((await open({ method: 'GET', url: `/api/public/v/${old}` })).statusCode).toBe(200);
    const refused = await cadre.request({
      method: 'POST',
      url: `/api/villages/${village}/public-token/rotate`,
    });
    expect(refused.statusCode).toBe(403);
    const res = await admin.request({ method: 'POST', url: `/api/villages/${leaked}/public-token/rotate` });
    expect(res.statusCode).toBe(200);
    const fresh = res.json<TPublicLink>();
    expect(fresh.token).not.toBe(old);
    expect((await open({ method: 'GET', url: `/api/public/v/${old}` })).statusCode).toBe(404);
    expect((await open({ method: 'GET', url: `/api/public/v/${fresh.token}` })).statusCode).toBe(200);
    expect(
      (await admin.request({ method: 'GET', url: `/api/villages/${leaked}/public-link` })).json<TPublicLink>()
        .token,
    ).toBe(fresh.token);
    const audit = await rowsOf<{ object_id: string }>(
      t.database.db,
      sql`select object_id from audit_log where action = 'village.public_token_rotate'`,
    );
    expect(audit.map((a) => a.object_id)).toContain(leaked);
    expect(audit.map((a) => a.object_id)).not.toContain(village);
    expect(
      (await admin.request({ method: 'POST', url: '/api/villages/140622000000/public-token/rotate' }))
        .statusCode,
    ).toBe(404);
  });

  it('draws another tracking code when the first one is taken', async () => {
    let calls = 0;
    // 20 draws of 30 (ZZZZZZZZZZ twice), then 29s (YYYYYYYYYY): codes no other test looks up
    const random = () => (calls++ < 20 ? 30 : 29);
    const service = createPublicVillageService({
      db: t.database.db,
      now: () => new Date(),
      rules: { get: async () => ZCountyRules.parse({}) },
      submitPerVillagePerDay: 1000,
      notify: createNotificationsService({ db: t.database.db, now: () => new Date() }).notify,
      random,
    });
    const ctx = { userId: null, username: null, roles: [], ip: '127.0.0.1', requestId: null };
    expect(await service.submit(token, valid, ctx)).toEqual({ trackingCode: 'ZZZZZZZZZZ' });
    expect(await service.submit(token, valid, ctx)).toEqual({ trackingCode: 'YYYYYYYYYY' });
  });

  it('never returns a submitter’s name or phone in any public answer', async () => {
    const { trackingCode } = (await submit(token, { ...valid, ...SUBMITTER })).json<{
      trackingCode: string;
    }>();
    expect(trackingCode).toBeTruthy();
    expect((await open({ method: 'GET', url: `/api/public/v/${token}` })).statusCode).toBe(200);
    expect((await track(trackingCode)).statusCode).toBe(200);
    expect((await followUp(trackingCode, { satisfaction: 'satisfied' })).statusCode).toBe(409);
    await resolve(trackingCode, '已更换路灯');
    expect(
      (await followUp(trackingCode, { satisfaction: 'dissatisfied', note: '我叫王小明' })).statusCode,
    ).toBe(200);
    await resolve(trackingCode, '已处理');
    expect((await followUp(trackingCode, { satisfaction: 'satisfied' })).statusCode).toBe(200);
    expect((await track(trackingCode)).statusCode).toBe(200);
    expect((await submit(token, { ...valid, ...SUBMITTER, phone: '12345' })).statusCode).toBe(400);
    expect(publicBodies).toHaveLength(8);
    expectNoSubmitterIn(publicBodies);
  });
});
