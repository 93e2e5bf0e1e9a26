import type { TLoginLock } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createUser, errorOf, login, NEW_PASSWORD, ROOMY_LOGIN, signInReady } from '../../test/factories.ts';

const WRONG = 'Wrong#pass2026';

/** Lockout that cannot be turned into a weapon: by address first, the account only from many. */
describe('sign-in locks', () => {
  let t: TTestApp;
  let admin: TClient;
  let secadmin: TClient;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    admin = await t.signIn('admin');
    secadmin = await t.signIn('secadmin');
  });
  afterAll(() => t.close());

  /** A fresh account that has signed in once (so its owner has a bell). */
  const account = async () => {
    const created = await createUser(admin);
    await signInReady(t, created);
    return created.user;
  };
  const lockNotices = (userId: number) =>
    rowsOf<{ payload: { scope: string; address: string | null } }>(
      t.database.db,
      sql`select payload from notifications where user_id = ${userId} and kind = 'login_locked' order by id`,
    );

  it('five failures lock the name from that address only: the owner still signs in from elsewhere, and hears of it', async () => {
    const user = await account();
    for (let i = 0; i < 5; i++)
      expect((await login(t, user.username, WRONG, '10.0.0.66')).statusCode).toBe(401);
    const fromThere = await login(t, user.username, NEW_PASSWORD, '10.0.0.66');
    expect(fromThere.statusCode).toBe(423);
    expect(errorOf(fromThere).code).toBe('account_locked');
    expect((await login(t, user.username, NEW_PASSWORD, '10.0.0.7')).statusCode).toBe(200);
    expect((await lockNotices(user.id)).map((n) => n.payload)).toEqual([
      expect.objectContaining({ scope: 'address', address: '10.0.0.66' }),
    ]);
  });

  it('many failures from several addresses lock the account everywhere, audited, and its owner is told', async () => {
    const user = await account();
    const addresses = ['10.1.0.1', '10.1.0.2', '10.1.0.3', '10.1.0.4'];
    for (const address of addresses)
      for (let i = 0; i < 5; i++) await login(t, user.username, WRONG, address);
    const fresh = await login(t, user.username, NEW_PASSWORD, '10.9.9.9');
    expect(fresh.statusCode).toBe(423);
    const notices = (await lockNotices(user.id)).map((n) => n.payload.scope);
    expect(notices.filter((s) => s === 'address')).toHaveLength(4);
    expect(notices.filter((s) => s === 'account')).toHaveLength(1);
    const [audit] = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'auth.lockout' and actor_name = ${user.username}
          and details->>'scope' = 'account'`,
    );
    expect(audit?.n).toBe(1);
  });

  it('the security administrator sees the locks and lifts them (audited); others may not', async () => {
    const user = await account();
    for (let i = 0; i < 5; i++) await login(t, user.username, WRONG, '10.2.0.1');
    expect((await login(t, user.username, NEW_PASSWORD, '10.2.0.1')).statusCode).toBe(423);

    for (const other of [admin, await t.signIn('sysadmin'), await t.signIn('auditor')])
      expect((await other.request({ method: 'GET', url: '/api/login-locks' })).statusCode).toBe(403);
    const list = await secadmin.request({ method: 'GET', url: '/api/login-locks' });
    expect(list.statusCode).toBe(200);
    const lock = list
      .json<{ items: TLoginLock[] }>()
      .items.find((l) => l.login === user.username.toLowerCase());
    expect(lock).toMatchObject({
      address: '10.2.0.1',
      failures: 5,
      userId: user.id,
      displayName: user.displayName,
    });

    const lift = (body: object, client = secadmin) =>
      client.request({ method: 'POST', url: '/api/login-locks/lift', payload: body });
    expect((await lift({ login: user.username.toLowerCase(), address: '10.2.0.1' }, admin)).statusCode).toBe(
      403,
    );
    expect((await lift({ login: user.username.toLowerCase(), address: '10.2.0.9' })).statusCode).toBe(404);
    expect((await lift({ login: user.username.toLowerCase(), address: '10.2.0.1' })).statusCode).toBe(200);
    expect((await login(t, user.username, NEW_PASSWORD, '10.2.0.1')).statusCode).toBe(200);
    const [audit] = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'auth.unlock' and object_id = ${user.username.toLowerCase()}`,
    );
    expect(audit?.n).toBe(1);
  });
});
