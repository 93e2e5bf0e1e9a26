import type { TSession } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import {
  createUser,
  errorOf,
  login,
  NEW_PASSWORD,
  ROOMY_LOGIN,
  type TCreatedUser,
} from '../../test/factories.ts';

describe('forced password change at first sign-in', () => {
  let t: TTestApp;
  let admin: TClient;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    admin = await t.signIn('admin');
  });
  afterAll(() => t.close());

  const firstSignIn = async (): Promise<{ created: TCreatedUser; client: TClient }> => {
    const created = await createUser(admin);
    return { created, client: await t.signIn(created.user.username, created.oneTimePassword) };
  };
  const changePassword = (client: TClient, currentPassword: string, newPassword: string) =>
    client.request({ method: 'POST', url: '/api/auth/password', payload: { currentPassword, newPassword } });
  const mustChange = async (client: TClient) =>
    (await client.request({ method: 'GET', url: '/api/auth/me' })).json<TSession>().user.mustChangePassword;

  it('lets a new account see only its own session until it changes the one-time password', async () => {
    const { client } = await firstSignIn();
    const tree = await client.request({ method: 'GET', url: '/api/divisions/tree' });
    expect(tree.statusCode).toBe(403);
    expect(errorOf(tree)).toEqual({ code: 'password_change_required', message: '首次登录须先修改密码' });
    const me = await client.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.statusCode).toBe(200);
    expect(me.json<TSession>().user.mustChangePassword).toBe(true);
  });

  it('refuses a weak new password, naming 新密码, and keeps the old one', async () => {
    const { created, client } = await firstSignIn();
    const res = await changePassword(client, created.oneTimePassword, 'abcdefg');
    expect(res.statusCode).toBe(400);
    const error = errorOf(res);
    expect(error.code).toBe('validation');
    expect(error.details).toEqual([
      { field: 'newPassword', message: '新密码至少 8 个字符' },
      { field: 'newPassword', message: '新密码须包含大写字母、小写字母、数字、符号中的至少 3 类' },
    ]);
    expect(await mustChange(client)).toBe(true);
    expect((await login(t, created.user.username, created.oneTimePassword)).statusCode).toBe(200);
  });

  it('refuses a wrong current password, naming 当前密码', async () => {
    const { created, client } = await firstSignIn();
    const res = await changePassword(client, 'Not-the#one1', NEW_PASSWORD);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toEqual([{ field: 'currentPassword', message: '当前密码不正确' }]);
    expect(await mustChange(client)).toBe(true);
    expect((await login(t, created.user.username, NEW_PASSWORD)).statusCode).toBe(401);
  });

  it('refuses a new password that contains the username', async () => {
    const { created, client } = await firstSignIn();
    const res = await changePassword(client, created.oneTimePassword, `X#9${created.user.username}`);
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toEqual([{ field: 'newPassword', message: '新密码不能包含用户名或手机号' }]);
  });

  it('clears the flag on success: the account may work, and only the new password signs in', async () => {
    const { created, client } = await firstSignIn();
    const res = await changePassword(client, created.oneTimePassword, NEW_PASSWORD);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ ok: true });
    expect(await mustChange(client)).toBe(false);
    const tree = await client.request({ method: 'GET', url: '/api/divisions/tree' });
    expect(tree.statusCode).toBe(200);
    expect((await login(t, created.user.username, created.oneTimePassword)).statusCode).toBe(401);
    expect((await login(t, created.user.username, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('ends the account’s other sessions when the password changes', async () => {
    const { created, client } = await firstSignIn();
    const other = await t.signIn(created.user.username, created.oneTimePassword);
    expect((await changePassword(client, created.oneTimePassword, NEW_PASSWORD)).statusCode).toBe(200);
    expect((await other.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(401);
    expect((await client.request({ method: 'GET', url: '/api/auth/me' })).statusCode).toBe(200);
  });
});
