import { randomUUID } from 'node:crypto';
import { addDays, localDate, type TTaskView } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import type { FastifyRequest } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../db/client.ts';
import { createIdempotencyPurgeJob } from '../modules/idempotency/idempotency-purge.job.ts';
import { buildTestApp, type TClient, type TTestApp } from '../test/build-test-app.ts';
import { createSignedInCadre, type TSignedInCadre } from '../test/cadre-account.ts';
import { errorOf, ROOMY_LOGIN } from '../test/factories.ts';
import { buildTask } from '../test/task-factory.ts';
import { requestHashOf } from './idempotency.ts';

/** The rules of an Idempotency-Key: one request per key and account, refusals forgotten, keys kept 7 days. */
describe('Idempotency-Key', () => {
  let t: TTestApp;
  let admin: TClient;
  let township: TClient;
  let today: string;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    [admin, township] = await Promise.all([t.signIn('admin'), t.signIn('jincheng')]);
    today = localDate(t.clock.now());
  });
  afterAll(() => t.close());

  const cadre = (): Promise<TSignedInCadre> => createSignedInCadre(t, admin);
  const leave = (client: TClient, key: string, reason = '家中老人住院', startIn = 10) =>
    client.request({
      method: 'POST',
      url: '/api/absences',
      headers: { 'idempotency-key': key },
      payload: {
        kind: 'leave',
        startDate: addDays(today, startIn),
        endDate: addDays(today, startIn),
        reason,
      },
    });
  const absencesOf = async (personId: number) =>
    rowsOf<{ reason: string }>(t.database.db, sql`select reason from absences where person_id = ${personId}`);
  const userIdOf = async (c: TSignedInCadre) =>
    (
      await rowsOf<{ id: number }>(
        t.database.db,
        sql`select user_id as id from persons where id = ${c.personId}`,
      )
    )[0]!.id;
  const keyRows = (key: string) =>
    rowsOf<{ user_id: number; status_code: number | null }>(
      t.database.db,
      sql`select user_id, status_code from idempotency_keys where key = ${key}`,
    );

  it('refuses the key with another body (422) and keeps the first answer', async () => {
    const me = await cadre();
    const key = randomUUID();
    const first = await leave(me.client, key);
    expect(first.statusCode, first.body).toBe(200);
    const other = await leave(me.client, key, '另一件事');
    expect(other.statusCode).toBe(422);
    expect(errorOf(other)).toMatchObject({
      code: 'idempotency_key_reused',
      message: 'Idempotency-Key：已用于另一项提交',
    });
    expect(await absencesOf(me.personId)).toEqual([{ reason: '家中老人住院' }]);
    const again = await leave(me.client, key);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.body).toBe(first.body);
  });

  it('refuses a key of bad format with a 400 naming the header, never a 500', async () => {
    const me = await cadre();
    for (const key of [
      'short',
      'has space in it',
      'a'.repeat(101),
      '键名不是字母数字',
      'abc\u0000defgh',
      'k'.repeat(10_240),
    ]) {
      const res = await leave(me.client, key);
      expect(res.statusCode, key.slice(0, 20)).toBe(400);
      expect(errorOf(res).message).toBe(
        '提交的内容有误：Idempotency-Key：格式不对（8—100 个字母、数字、- 或 _）',
      );
    }
    const english = await me.client.request({
      method: 'PUT',
      url: `/api/duty/my/days/${today}`,
      headers: { 'idempotency-key': 'short', 'accept-language': 'en' },
      payload: { day: 'village', night: 'village', work: '入户走访' },
    });
    expect(errorOf(english).message).toContain('Idempotency-Key: wrong format');
    expect(await absencesOf(me.personId)).toEqual([]);
  });

  it('forgets a refused request: the corrected retry with the same key is stored', async () => {
    const me = await cadre();
    const assigned = await township.request({
      method: 'POST',
      url: '/api/tasks',
      payload: buildTask(t, { kind: 'person', personIds: [me.personId] }),
    });
    const task = await me.client.request({ method: 'GET', url: `/api/tasks/${assigned.json().id}` });
    const url = `/api/tasks/assignments/${task.json<TTaskView>().assignments[0]!.id}/report`;
    const headers = { 'idempotency-key': randomUUID() };
    const bare = await me.client.request({ method: 'POST', url, headers, payload: { done: true } });
    expect(bare.statusCode).toBe(400);
    expect(errorOf(bare).message).toContain('标记完成须附佐证');
    expect(await keyRows(headers['idempotency-key'])).toEqual([]);
    const payload = { done: true, evidence: '现场照片已上传' };
    const done = await me.client.request({ method: 'POST', url, headers, payload });
    expect(done.statusCode, done.body).toBe(200);
    const again = await me.client.request({ method: 'POST', url, headers, payload });
    expect(again.statusCode).toBe(200); // not the 409 of a second "done"
    expect(again.headers['idempotent-replayed']).toBe('true');
  });

  it('keeps keys per account: two cadres with the same key each get their own', async () => {
    const [one, two] = [await cadre(), await cadre()];
    const key = randomUUID();
    expect((await leave(one.client, key)).statusCode).toBe(200);
    const second = await leave(two.client, key);
    expect(second.statusCode).toBe(200);
    expect(second.headers['idempotent-replayed']).toBeUndefined();
    expect(await absencesOf(one.personId)).toHaveLength(1);
    expect(await absencesOf(two.personId)).toHaveLength(1);
    expect(await keyRows(key)).toHaveLength(2);
  });

  it('answers 409 while the first request is in progress, and takes over one abandoned for 10 minutes', async () => {
    const me = await cadre();
    const userId = await userIdOf(me);
    const key = randomUUID();
    // the reservation of the same request, made by a process still running or one that died
    const body = {
      kind: 'leave',
      startDate: addDays(today, 10),
      endDate: addDays(today, 10),
      reason: '家中老人住院',
    };
    const hash = requestHashOf({ method: 'POST', url: '/api/absences', body } as FastifyRequest);
    const reserve = (at: Date) =>
      t.database.db.execute(
        sql`insert into idempotency_keys (user_id, key, method, path, request_hash, created_at)
            values (${userId}, ${key}, 'POST', '/api/absences', ${hash}, ${at})
            on conflict (user_id, key) do update set created_at = excluded.created_at`,
      );
    await reserve(t.clock.now());
    const busy = await leave(me.client, key);
    expect(busy.statusCode).toBe(409);
    expect(errorOf(busy)).toMatchObject({
      code: 'idempotency_in_progress',
      message: '这项提交正在处理，请稍后再试',
    });
    expect(await absencesOf(me.personId)).toEqual([]);
    await reserve(new Date(t.clock.now().getTime() - 11 * 60_000));
    const taken = await leave(me.client, key);
    expect(taken.statusCode, taken.body).toBe(200);
    expect(taken.headers['idempotent-replayed']).toBeUndefined();
    expect(await absencesOf(me.personId)).toHaveLength(1);
    expect(await keyRows(key)).toEqual([{ user_id: userId, status_code: 200 }]);
  });

  it('changes nothing without the header, on reads, or before sign-in', async () => {
    const me = await cadre();
    const count = async () =>
      (await rowsOf<{ n: number }>(t.database.db, sql`select count(*)::int as n from idempotency_keys`))[0]!
        .n;
    const before = await count();
    const plain = await me.client.request({
      method: 'POST',
      url: '/api/absences',
      payload: { kind: 'leave', startDate: addDays(today, 30), endDate: addDays(today, 30), reason: '体检' },
    });
    expect(plain.statusCode).toBe(200);
    const read = await me.client.request({
      method: 'GET',
      url: '/api/absences/mine',
      headers: { 'idempotency-key': randomUUID() },
    });
    expect(read.statusCode).toBe(200);
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'idempotency-key': 'not valid!' },
      payload: { username: 'nobody-here', password: 'wrong' },
    });
    expect(login.statusCode).toBe(401);
    expect(await count()).toBe(before);
  });

  it('forgets keys after 7 days (the daily purge)', async () => {
    const userId = await userIdOf(await cadre());
    // a day long past, so no key of the other tests is as old
    const now = new Date('2020-06-15T08:00:00Z');
    const at = (days: number) => new Date(now.getTime() - days * 86_400_000);
    for (const [key, days] of [
      ['purge-old-answered', 8],
      ['purge-old-pending', 7.1],
      ['purge-recent', 6.9],
    ] as const)
      await t.database.db.execute(
        sql`insert into idempotency_keys (user_id, key, method, path, request_hash, status_code, response_body, created_at, completed_at)
            values (${userId}, ${key}, 'POST', '/api/absences', ${'0'.repeat(64)}, 200, '{}', ${at(days)}, ${at(days)})`,
      );
    expect(await createIdempotencyPurgeJob({ db: t.database.db })(now)).toBe(2);
    const left = await rowsOf<{ key: string }>(
      t.database.db,
      sql`select key from idempotency_keys where user_id = ${userId} order by key`,
    );
    expect(left.map((r) => r.key)).toEqual(['purge-recent']);
  });
});
