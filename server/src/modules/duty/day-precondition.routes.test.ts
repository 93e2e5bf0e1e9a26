import { randomUUID } from 'node:crypto';
import { addDays, type TDayView } from '@zhucun/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TClient, TTestApp } from '../../test/build-test-app.ts';
import { dutyContext, type TDutyContext } from '../../test/duty-context.ts';
import { errorOf } from '../../test/factories.ts';

const DAY = { day: 'village', night: 'village', work: '走访脱贫户 5 户，核实帮扶措施' };

/** The phone's offline edits of a day: If-Match / If-None-Match, so nothing is silently overwritten. */
describe('a day record changed meanwhile (If-Match)', () => {
  let t: TTestApp;
  let township: TClient;
  let today: string;
  let newCadre: TDutyContext['newCadre'];
  beforeAll(async () => {
    ({ t, township, today, newCadre } = await dutyContext());
  });
  afterAll(() => t.close());

  const save = (client: TClient, date: string, payload: object, headers: Record<string, string> = {}) =>
    client.request({ method: 'PUT', url: `/api/duty/my/days/${date}`, payload, headers });
  const ok = (res: LightMyRequestResponse) => {
    expect(res.statusCode, res.body).toBe(200);
    return res.json<TDayView>();
  };
  const dayOf = async (client: TClient, date: string) =>
    (await client.request({ method: 'GET', url: `/api/duty/my/days?from=${date}&to=${date}` })).json<{
      items: TDayView[];
    }>().items[0];
  const expectChanged = (res: LightMyRequestResponse) => {
    expect(res.statusCode).toBe(409);
    expect(errorOf(res)).toMatchObject({
      code: 'day_changed',
      message: '这一天的记录已被修改（如乡镇更正），请核对两个版本后再保存',
    });
  };

  it('saves an edit of the version the phone holds', async () => {
    const { client } = await newCadre();
    const first = ok(await save(client, today, DAY, { 'if-none-match': '*' }));
    expect(first.version).toBe(1);
    const edited = ok(await save(client, today, { ...DAY, work: '召开村民代表会' }, { 'if-match': '"1"' }));
    expect(edited).toMatchObject({ version: 2, work: '召开村民代表会' });
  });

  it('refuses an edit of a version the township corrected meanwhile, and changes nothing', async () => {
    const date = addDays(today, -1);
    const own = await newCadre();
    ok(await save(own.client, date, DAY));
    const corrected = await township.request({
      method: 'PUT',
      url: `/api/duty/people/${own.cadre.id}/days/${date}/attendance`,
      payload: { day: 'leave', night: 'leave', reason: '经核实当天请病假' },
    });
    expect(corrected.json<TDayView>().version).toBe(2);
    const stale = await save(own.client, date, { ...DAY, work: '手机上离线改的日志' }, { 'if-match': '"1"' });
    expectChanged(stale);
    expect(await dayOf(own.client, date)).toMatchObject({ version: 2, day: 'leave', work: DAY.work });
    const inEnglish = await save(own.client, date, DAY, { 'if-match': '"1"', 'accept-language': 'en' });
    expect(errorOf(inEnglish).message).toContain('changed meanwhile');
    // having seen both versions, the cadre saves on the township's
    ok(await save(own.client, date, { ...DAY, day: 'leave', night: 'leave' }, { 'if-match': '"2"' }));
  });

  it('refuses If-None-Match: * when a record exists (the township recorded the day first)', async () => {
    const date = addDays(today, -2);
    const own = await newCadre();
    const recorded = await township.request({
      method: 'PUT',
      url: `/api/duty/people/${own.cadre.id}/days/${date}/attendance`,
      payload: { day: 'village', night: 'village', reason: '按驻村台账补录' },
    });
    expect(recorded.statusCode, recorded.body).toBe(200);
    expectChanged(await save(own.client, date, { ...DAY, work: '离线记的' }, { 'if-none-match': '*' }));
    expect(await dayOf(own.client, date)).toMatchObject({ version: 1, work: '' });
    // a version the record never had is refused the same way
    expectChanged(await save(own.client, date, DAY, { 'if-match': '"7"' }));
  });

  it('lets the cadre’s own change stand in for the version the phone held (another device, their visit’s night)', async () => {
    const date = addDays(today, -1);
    const own = await newCadre();
    ok(await save(own.client, date, DAY));
    // another of their devices saved meanwhile: version 2, by the same account
    ok(await save(own.client, date, { ...DAY, work: '另一部手机上保存的' }));
    const mine = ok(
      await save(own.client, date, { ...DAY, work: '手机上离线改的日志' }, { 'if-match': '"1"' }),
    );
    expect(mine).toMatchObject({ version: 3, work: '手机上离线改的日志' });
    const fresh = await newCadre();
    ok(await save(fresh.client, date, DAY));
    const again = ok(await save(fresh.client, date, { ...DAY, work: '离线记的' }, { 'if-none-match': '*' }));
    expect(again.work).toBe('离线记的');
  });

  it('refuses a malformed If-Match or If-None-Match with a 400 naming the header', async () => {
    const { client } = await newCadre();
    for (const value of ['1', '"abc"', 'W/"1"', '"0"', '"1", "2"', `"${'9'.repeat(12)}"`]) {
      const res = await save(client, today, DAY, { 'if-match': value });
      expect(res.statusCode, value).toBe(400);
      expect(errorOf(res).message, value).toContain('If-Match');
    }
    const res = await save(client, today, DAY, { 'if-none-match': '"1"' });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toContain('If-None-Match');
    expect(await dayOf(client, today)).toBeUndefined();
  });

  it('replays a committed save resent with its Idempotency-Key, not a 409', async () => {
    const { client } = await newCadre();
    ok(await save(client, today, DAY));
    const headers = { 'if-match': '"1"', 'idempotency-key': randomUUID() };
    const first = await save(client, today, { ...DAY, work: '入户走访 3 户' }, headers);
    expect(ok(first).version).toBe(2);
    const again = await save(client, today, { ...DAY, work: '入户走访 3 户' }, headers);
    expect(again.statusCode).toBe(200);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toBe(first.body);
    expect((await dayOf(client, today))?.version).toBe(2);
  });
});
