import type { TRectificationList, TRectificationView } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre } from '../../test/cadre-account.ts';
import { errorOf } from '../../test/factories.ts';
import { solid } from '../../test/images.ts';
import {
  actOn,
  buildRectification,
  createRectification,
  RECTIFICATION_VILLAGE,
} from '../../test/rectification-factory.ts';

/** 南河种镇: another township than 金城镇's. */
const OTHER_TOWNSHIP = '140622101';

describe('整改台账: register, report, review, close, in scope', () => {
  let t: TTestApp;
  let admin: TClient;
  let township: TClient;
  let otherTownship: TClient;
  let viewer: TClient;

  beforeAll(async () => {
    t = await buildTestApp();
    [admin, township, otherTownship, viewer] = await Promise.all([
      t.signIn('admin'),
      t.signIn('jincheng'),
      t.signIn('nanhezhong'),
      t.signIn('viewer'),
    ]);
  });
  afterAll(() => t.close());

  const get = async (c: TClient, id: number) =>
    c.request({ method: 'GET', url: `/api/rectifications/${id}` });
  const view = (res: { statusCode: number; body: string; json: <T>() => T }) => {
    if (res.statusCode !== 200) throw new Error(`${res.statusCode} ${res.body}`);
    return res.json<TRectificationView>();
  };

  it('runs a village problem: reported with a photo, returned, reported again, approved by the township, closed by the county', async () => {
    const cadre = await createSignedInCadre(t, admin);
    const item = await createRectification(t, admin, { problem: '驻村帮扶责任没有完全压实（测试）' });
    expect(item).toMatchObject({
      state: 'open',
      level: 'village',
      superviseLevel: 'village',
      overdue: false,
    });
    expect(item.measures).toHaveLength(2);
    expect(item.measures[1]!.deadline).toBe(item.deadline); // a measure without its own takes the problem's
    expect(view(await get(cadre.client, item.id)).allowedActions).toEqual(['progress', 'report']);

    const upload = await cadre.client.request({
      method: 'POST',
      url: '/api/rectifications/photos',
      headers: { 'content-type': 'image/jpeg' },
      payload: await solid(40, 30).jpeg().toBuffer(),
    });
    const photoId = upload.json<{ id: number }>().id;
    const reported = view(
      await actOn(cadre.client, item.id, 'report', {
        statement: '已建立周报制度，队员在岗',
        photoIds: [photoId],
      }),
    );
    expect(reported.state).toBe('reported');
    expect(reported.events.at(-1)).toMatchObject({
      action: 'report',
      photoIds: [photoId],
      note: '已建立周报制度，队员在岗',
    });
    expect(
      (await township.request({ method: 'GET', url: `/api/rectifications/photos/${photoId}` })).statusCode,
    ).toBe(200);
    expect(
      (await otherTownship.request({ method: 'GET', url: `/api/rectifications/photos/${photoId}` }))
        .statusCode,
    ).toBe(404);

    const tv = view(await get(township, item.id));
    expect(tv.allowedActions).toEqual(['township_approve', 'township_return']);
    const returned = view(await actOn(township, item.id, 'township-return', { reason: '缺少考勤记录' }));
    expect(returned).toMatchObject({ state: 'returned', returnCount: 1 });
    const notes = (await cadre.client.request({ method: 'GET', url: '/api/notifications' })).json<{
      items: { kind: string; payload: { rectificationId?: number; reason?: string } }[];
    }>();
    expect(notes.items).toContainEqual(
      expect.objectContaining({
        kind: 'rectification_returned',
        payload: expect.objectContaining({ rectificationId: item.id, reason: '缺少考勤记录' }),
      }),
    );

    view(await actOn(cadre.client, item.id, 'report', { statement: '补充了 11 月考勤记录' }));
    view(await actOn(township, item.id, 'township-approve'));
    expect(view(await get(admin, item.id)).allowedActions).toEqual(['close', 'county_return']);
    const closed = view(await actOn(admin, item.id, 'close'));
    expect(closed.state).toBe('closed');
    expect(closed.events.map((e) => e.action)).toEqual([
      'create',
      'report',
      'township_return',
      'report',
      'township_approve',
      'close',
    ]);
    expect(closed.events[2]).toMatchObject({
      note: '缺少考勤记录',
      fromState: 'reported',
      toState: 'returned',
    });
    const audit = (await t.signIn('auditor')).request({
      method: 'GET',
      url: '/api/audit?action=rectification.close',
    });
    expect((await audit).json<{ items: { objectId: string }[] }>().items.map((a) => a.objectId)).toContain(
      String(item.id),
    );
  });

  it('keeps each decision to the level that takes it', async () => {
    const cadre = await createSignedInCadre(t, admin);
    const item = await createRectification(t, admin);
    // a cadre holds no review permission at all; a report needs words; the township cannot close
    expect((await actOn(cadre.client, item.id, 'township-approve')).statusCode).toBe(403);
    const empty = await actOn(cadre.client, item.id, 'report', { statement: ' ' });
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty).message).toContain('整改情况');
    expect((await actOn(admin, item.id, 'close')).statusCode).toBe(409); // nothing reported yet
    await actOn(cadre.client, item.id, 'report', { statement: '已整改' });
    const early = await actOn(admin, item.id, 'close');
    expect(early.statusCode).toBe(409); // the township reviews a village's report first
    expect(errorOf(early).message).toBe('该整改问题当前为“已报送”，不能销号');
    const noReason = await actOn(township, item.id, 'township-return', {});
    expect(noReason.statusCode).toBe(400);
    expect(errorOf(noReason).message).toContain('理由');
    await actOn(township, item.id, 'township-approve');
    const byTownship = await actOn(township, item.id, 'close');
    expect(byTownship.statusCode).toBe(403);
    expect(errorOf(byTownship).message).toContain('不能销号');
    expect((await actOn(viewer, item.id, 'close')).statusCode).toBe(403);
    const back = view(await actOn(admin, item.id, 'county-return', { reason: '群众反映仍有走读' }));
    expect(back).toMatchObject({ state: 'returned', returnCount: 1 });
    expect((await actOn(admin, item.id, 'close')).statusCode).toBe(409);
  });

  it('lets a township register its own problem, which goes to the county once reported', async () => {
    const own = await createRectification(t, township, {
      source: 'county_self_check',
      level: 'township',
      divisionCode: '140622100',
      owners: [{ role: 'leader', name: '金城镇党委书记' }],
    });
    expect(own.allowedActions).toEqual(['progress', 'report']);
    const reported = view(await actOn(township, own.id, 'report', { statement: '已召开专题会议' }));
    expect(reported.allowedActions).toEqual([]);
    expect((await actOn(township, own.id, 'township-approve')).statusCode).toBe(403);
    expect(view(await actOn(admin, own.id, 'close')).state).toBe('closed');

    const elsewhere = await township.request({
      method: 'POST',
      url: '/api/rectifications',
      payload: {
        ...own,
        divisionCode: OTHER_TOWNSHIP,
        measures: [{ text: '整改' }],
        owners: [{ role: 'unit', name: 'x' }],
      },
    });
    expect(elsewhere.statusCode).toBe(404);
    const mismatch = await admin.request({
      method: 'POST',
      url: '/api/rectifications',
      payload: {
        ...own,
        divisionCode: RECTIFICATION_VILLAGE,
        measures: [{ text: '整改' }],
        owners: [{ role: 'unit', name: 'x' }],
      },
    });
    expect(mismatch.statusCode).toBe(400);
    expect(errorOf(mismatch).message).toBe('提交的内容有误：行政区划：须为乡镇行政区划');
    const cadre = await createSignedInCadre(t, admin);
    expect(
      (await cadre.client.request({ method: 'POST', url: '/api/rectifications', payload: own })).statusCode,
    ).toBe(403);
  });

  it('hides another township’s problems: 404 on read and on every action, absent from the list and counts', async () => {
    const item = await createRectification(t, admin);
    expect((await get(otherTownship, item.id)).statusCode).toBe(404);
    for (const path of ['progress', 'report', 'township-approve', 'township-return'])
      expect((await actOn(otherTownship, item.id, path, { statement: 'x', reason: 'x' })).statusCode).toBe(
        404,
      );
    const other = await createSignedInCadre(t, admin, { villageCode: '140622101200' });
    expect((await get(other.client, item.id)).statusCode).toBe(404);
    expect((await actOn(other.client, item.id, 'report', { statement: 'x' })).statusCode).toBe(404);

    const list = (
      await otherTownship.request({ method: 'GET', url: '/api/rectifications?pageSize=200' })
    ).json<TRectificationList>();
    expect(list.items.every((i) => i.division.code.startsWith(OTHER_TOWNSHIP))).toBe(true);
    expect(list.items.some((i) => i.id === item.id)).toBe(false);
    const mine = (
      await township.request({ method: 'GET', url: '/api/rectifications?pageSize=200&state=open' })
    ).json<TRectificationList>();
    expect(mine.items.some((i) => i.id === item.id)).toBe(true);
    expect(mine.items.every((i) => i.state === 'open')).toBe(true);
    expect(mine.counts.open).toBeGreaterThanOrEqual(mine.items.length);
    expect(Object.values(mine.counts).reduce((a, b) => a + b, 0)).toBeGreaterThan(mine.counts.open - 1);
  });

  it('refuses a deadline in the past and a registry person out of scope, naming the field', async () => {
    const past = await admin.request({
      method: 'POST',
      url: '/api/rectifications',
      payload: buildRectification(t, { deadline: '2020-01-01' }),
    });
    expect(past.statusCode).toBe(400);
    expect(errorOf(past).message).toContain('时限');
    const stranger = await createSignedInCadre(t, admin, { villageCode: '140622101200' });
    const res = await township.request({
      method: 'POST',
      url: '/api/rectifications',
      payload: {
        source: 'county_self_check',
        problem: '村级组织阵地管理不规范',
        level: 'village',
        divisionCode: RECTIFICATION_VILLAGE,
        deadline: '2099-12-31',
        measures: [{ text: '规范阵地管理' }],
        owners: [{ role: 'person', name: '某人', personId: stranger.personId }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toContain('责任人');
  });
});
