import { formatLocalMinute, type TAuditEntry, type TErrorBody } from '@zhucun/core';
import { type SQL, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createUser, errorOf, login, signInReady, uniqueUsername } from '../../test/factories.ts';

type TAuditList = { items: TAuditEntry[]; total: number };
const TODAY = () => formatLocalMinute(new Date()).slice(0, 10); // the county's date (Asia/Shanghai)

describe('the audit log', () => {
  let t: TTestApp;
  let auditor: TClient;
  beforeAll(async () => {
    t = await buildTestApp();
    auditor = await t.signIn('auditor');
  });
  afterAll(() => t.close());

  const search = async (query: string) => {
    const res = await auditor.request({ method: 'GET', url: `/api/audit?${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<TAuditList>();
  };
  const verify = async () =>
    (await auditor.request({ method: 'GET', url: '/api/audit/verify' })).json<{
      intact: boolean;
      checked: number;
      firstBrokenId: number | null;
    }>();
  const actionOf = async (id: number) =>
    (await rowsOf<{ action: string }>(t.database.db, sql`select action from audit_log where id = ${id}`))[0]
      ?.action;

  it('is readable by the audit administrator only', async () => {
    expect((await auditor.request({ method: 'GET', url: '/api/audit' })).statusCode).toBe(200);
    for (const username of ['admin', 'sysadmin', 'secadmin']) {
      const client = await t.signIn(username);
      for (const url of ['/api/audit', '/api/audit/verify']) {
        const res = await client.request({ method: 'GET', url });
        expect(res.statusCode, `${username} ${url}`).toBe(403);
        expect(errorOf(res).code).toBe('forbidden');
      }
    }
  });

  it('records an account creation with actor, role, IP, outcome and the response’s request id', async () => {
    const admin = await t.signIn('admin');
    const username = uniqueUsername('audited');
    const res = await admin.request({
      method: 'POST',
      url: '/api/users',
      remoteAddress: '192.0.2.7',
      payload: {
        username,
        displayName: '审计对象',
        roles: [{ role: 'county_viewer', divisionCode: '140622' }],
      },
    });
    expect(res.statusCode).toBe(200);
    const requestId = res.headers['x-request-id'];
    expect(requestId).toEqual(expect.any(String));
    const [row] = (await search('action=user.create&actor=admin')).items.filter(
      (r) => r.details?.username === username,
    );
    expect(row).toMatchObject({
      actorName: 'admin',
      role: 'county_admin',
      ip: '192.0.2.7',
      action: 'user.create',
      objectType: 'user',
      outcome: 'success',
      requestId,
    });
  });

  it('records a failed sign-in as a failure, with the request id of the refusal', async () => {
    const ghost = uniqueUsername('intruder');
    const res = await login(t, ghost, 'Guess#2026');
    expect(res.statusCode).toBe(401);
    expect(res.headers['x-request-id']).toBe(res.json<TErrorBody>().requestId);
    const { items } = await search(`actor=${ghost}`);
    expect(items).toHaveLength(1);
    expect(items[0]).toMatchObject({
      actorName: ghost,
      action: 'auth.login',
      outcome: 'failure',
      requestId: res.json<TErrorBody>().requestId,
      details: { reason: 'unknown_user', failures: 1 },
    });
  });

  it('filters by actor, action, outcome and date range', async () => {
    const admin = await t.signIn('admin');
    const created = await createUser(admin);
    await t.signIn(created.user.username, created.oneTimePassword);
    await login(t, created.user.username, 'Wrong#2026');
    const mine = await search(`actor=${created.user.username}`);
    expect(mine.items.map((r) => [r.action, r.outcome])).toEqual([
      ['auth.login', 'failure'],
      ['auth.login', 'success'],
    ]);
    const failures = await search(`actor=${created.user.username}&outcome=failure`);
    expect(failures.total).toBe(1);
    const townshipUser = await createUser(admin, {
      roles: [{ role: 'township_admin', divisionCode: '140622102' }],
    });
    const township = await signInReady(t, townshipUser);
    const name = townshipUser.user.username;
    expect((await township.request({ method: 'GET', url: '/api/users' })).statusCode).toBe(403);
    const denied = await search(`actor=${name}&outcome=denied`);
    expect(denied.items.map((r) => [r.action, r.role, r.details])).toEqual([
      ['access.denied', 'township_admin', { method: 'GET', route: '/api/users', policy: 'users:read' }],
    ]);
    expect((await search(`actor=${name}&action=auth.login`)).items.map((r) => r.outcome)).toEqual([
      'success',
    ]);

    const today = await search(`actor=${created.user.username}&from=${TODAY()}&to=${TODAY()}`);
    expect(today.total).toBe(2);
    const future = await search(`actor=${created.user.username}&from=2099-01-01`);
    expect(future.total).toBe(0);
    const past = await search(`actor=${created.user.username}&to=2000-01-01`);
    expect(past.total).toBe(0);
  });

  it('refuses an end date before the start date, naming 结束日期', async () => {
    const res = await auditor.request({ method: 'GET', url: '/api/audit?from=2026-05-02&to=2026-05-01' });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toEqual([{ field: 'to', message: '结束日期不能早于开始日期' }]);
  });

  it('reports an intact hash chain', async () => {
    const result = await verify();
    expect(result).toMatchObject({ intact: true, firstBrokenId: null });
    expect(result.checked).toBeGreaterThan(10);
  });

  it('keeps the chain whole when refusals outside any transaction are recorded at once', async () => {
    const denied = await Promise.all(
      Array.from({ length: 30 }, () => auditor.request({ method: 'GET', url: '/api/cadres' })),
    );
    expect(denied.map((r) => r.statusCode)).toEqual(Array(30).fill(403));
    expect(await verify()).toMatchObject({ intact: true, firstBrokenId: null });
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    const statements: SQL[] = [
      sql`update audit_log set action = 'forged' where id = 1`,
      sql`delete from audit_log where id = 1`,
      sql`truncate audit_log`,
    ];
    for (const statement of statements) {
      const error = await t.database.db.execute(statement).then(
        () => null,
        (e: unknown) => e,
      );
      const reason = error instanceof Error && error.cause instanceof Error ? error.cause : error;
      expect(reason, String(statement)).toBeInstanceOf(Error);
      expect((reason as Error).message).toMatch(/audit_log is append-only/);
    }
    expect(await actionOf(1)).toBe('division.import');
    expect((await verify()).intact).toBe(true);
  });

  it('detects a row edited behind the trigger’s back', async () => {
    const { items } = await search('action=auth.login&pageSize=1');
    const id = items[0]!.id;
    const original = (await actionOf(id))!;
    const exec = (statement: SQL) => t.database.db.execute(statement);
    try {
      await exec(sql`alter table audit_log disable trigger audit_log_append_only`);
      await exec(sql`update audit_log set action = 'auth.logout' where id = ${id}`);
      await exec(sql`alter table audit_log enable trigger audit_log_append_only`);
      expect(await verify()).toMatchObject({ intact: false, firstBrokenId: id });
    } finally {
      await exec(sql`alter table audit_log disable trigger audit_log_append_only`);
      await exec(sql`update audit_log set action = ${original} where id = ${id}`);
      await exec(sql`alter table audit_log enable trigger audit_log_append_only`);
    }
    expect((await verify()).intact).toBe(true);
  });
});
