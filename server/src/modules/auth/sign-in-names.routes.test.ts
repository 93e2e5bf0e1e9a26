import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { makePhone } from '../../test/cadre-factory.ts';
import {
  createUser,
  errorOf,
  login,
  NEW_PASSWORD,
  ROOMY_LOGIN,
  signInNewCadre,
  signInReady,
  uniqueUsername,
} from '../../test/factories.ts';

/** One sign-in name, one account: usernames and phones never collide across accounts. */
describe('sign-in names', () => {
  let t: TTestApp;
  let admin: TClient;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    admin = await t.signIn('admin');
  });
  afterAll(() => t.close());

  const countUsers = async () =>
    (await rowsOf<{ n: number }>(t.database.db, sql`select count(*)::int as n from users`))[0]!.n;

  it('refuses a username of digits only (it could be somebody’s phone), naming the field; nothing is made', async () => {
    const before = await countUsers();
    const res = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: makePhone(),
        displayName: '数字账号',
        roles: [{ role: 'township_admin', divisionCode: '140622100' }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toEqual([
      { field: 'username', message: expect.stringContaining('不能全是数字') },
    ]);
    expect(await countUsers()).toBe(before);
  });

  it('the database itself refuses a digit username and a malformed phone', async () => {
    const insert = (username: string, phone: string | null) =>
      t.database.db.execute(
        sql`insert into users (username, phone, display_name, password_hash) values (${username}, ${phone}, '直写', 'x')`,
      );
    await expect(insert(makePhone(), null)).rejects.toThrow();
    await expect(insert(uniqueUsername(), 'abc')).rejects.toThrow();
  });

  it('a cadre cannot take the phone of another account: 409, and the other keeps signing in with it', async () => {
    const phone = makePhone();
    const other = await createUser(admin, { phone });
    await signInReady(t, other);
    const { client: cadre } = await signInNewCadre(t, admin);
    const res = await cadre.request({ method: 'PUT', url: '/api/me/cadre/phone', payload: { phone } });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).details).toEqual([{ field: 'phone', message: `手机号“${phone}”已被其他账号使用` }]);
    const signIn = await login(t, phone, NEW_PASSWORD);
    expect(signIn.statusCode).toBe(200);
    expect(signIn.json().user.username).toBe(other.user.username);
  });

  it('an account signs in by its username, in any case, or by its phone: each finds that one account', async () => {
    const phone = makePhone();
    const created = await createUser(admin, { username: uniqueUsername('Mixed'), phone });
    await signInReady(t, created);
    for (const name of [created.user.username, created.user.username.toUpperCase(), phone]) {
      const res = await login(t, name, NEW_PASSWORD);
      expect(res.statusCode, name).toBe(200);
      expect(res.json().user.id).toBe(created.user.id);
    }
  });
});
