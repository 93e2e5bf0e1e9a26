import type { TSession, TUser } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import {
  createUser,
  errorOf,
  login,
  NEW_PASSWORD,
  ROOMY_LOGIN,
  signInReady,
  type TCreatedUser,
} from '../../test/factories.ts';

describe('disabling, enabling, resetting and re-roling accounts', () => {
  let t: TTestApp;
  let admin: TClient;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    admin = await t.signIn('admin');
  });
  afterAll(() => t.close());

  const me = (client: TClient) => client.request({ method: 'GET', url: '/api/auth/me' });
  const getUser = async (id: number) =>
    (await admin.request({ method: 'GET', url: `/api/users/${id}` })).json<TUser>();

  it('disabling ends the account’s sessions at once and keeps it from signing in', async () => {
    const created = await createUser(admin);
    const client = await signInReady(t, created);
    const res = await admin.request({ method: 'POST', url: `/api/users/${created.user.id}/disable` });
    expect(res.statusCode).toBe(200);
    expect(res.json<TUser>().disabled).toBe(true);
    const next = await me(client);
    expect(next.statusCode).toBe(401);
    expect(errorOf(next).code).toBe('unauthenticated');
    const again = await login(t, created.user.username, NEW_PASSWORD);
    expect(again.statusCode).toBe(401);
    expect(errorOf(again)).toEqual({ code: 'invalid_credentials', message: '用户名或密码不正确' });
  });

  it('enabling lets a disabled account sign in again', async () => {
    const created = await createUser(admin);
    await signInReady(t, created);
    await admin.request({ method: 'POST', url: `/api/users/${created.user.id}/disable` });
    const res = await admin.request({ method: 'POST', url: `/api/users/${created.user.id}/enable` });
    expect(res.statusCode).toBe(200);
    expect(res.json<TUser>().disabled).toBe(false);
    expect((await login(t, created.user.username, NEW_PASSWORD)).statusCode).toBe(200);
  });

  it('refuses to let an administrator disable their own account', async () => {
    const own = await t.signIn('admin');
    const id = (await me(own)).json<TSession>().user.id;
    const res = await own.request({ method: 'POST', url: `/api/users/${id}/disable` });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toBe('不能停用自己的账号');
    expect((await getUser(id)).disabled).toBe(false);
  });

  it('reset password ends sessions, forces a change and unlocks a locked account', async () => {
    const created = await createUser(admin);
    const client = await signInReady(t, created);
    for (let i = 0; i < 5; i++) await login(t, created.user.username, 'Wrong#pass2026');
    expect(await getUser(created.user.id)).toMatchObject({ locked: true, mustChangePassword: false });

    const res = await admin.request({ method: 'POST', url: `/api/users/${created.user.id}/reset-password` });
    expect(res.statusCode).toBe(200);
    const reset = res.json<TCreatedUser>();
    expect(reset.user).toMatchObject({ locked: false, mustChangePassword: true });
    expect(reset.oneTimePassword).not.toBe(created.oneTimePassword);
    expect((await me(client)).statusCode).toBe(401);
    expect((await login(t, created.user.username, NEW_PASSWORD)).statusCode).toBe(401);
    const fresh = await t.signIn(created.user.username, reset.oneTimePassword);
    expect((await me(fresh)).json<TSession>().user.mustChangePassword).toBe(true);
    expect(errorOf(await fresh.request({ method: 'GET', url: '/api/divisions/tree' })).code).toBe(
      'password_change_required',
    );
  });

  it('lets a security administrator replace an account’s roles, ending its sessions', async () => {
    const secadmin = await t.signIn('secadmin');
    const created = await createUser(admin);
    const client = await signInReady(t, created);
    const res = await secadmin.request({
      method: 'PUT',
      url: `/api/users/${created.user.id}/roles`,
      payload: { roles: [{ role: 'county_viewer', divisionCode: '140622' }] },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<TUser>().roles).toEqual([
      { role: 'county_viewer', divisionCode: '140622', divisionName: '应县', unitId: null, unitName: null },
    ]);
    expect((await me(client)).statusCode).toBe(401);
    const again = await t.signIn(created.user.username, NEW_PASSWORD);
    const tree = await again.request({ method: 'GET', url: '/api/divisions/tree' });
    expect(tree.json<{ roots: { code: string }[] }>().roots.map((r) => r.code)).toEqual(['140622']);
  });

  it('refuses roles that break the separation of duties and leaves the old ones', async () => {
    const secadmin = await t.signIn('secadmin');
    const created = await createUser(admin);
    const res = await secadmin.request({
      method: 'PUT',
      url: `/api/users/${created.user.id}/roles`,
      payload: {
        roles: [
          { role: 'security_admin', divisionCode: null },
          { role: 'audit_admin', divisionCode: null },
        ],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details?.[0]?.field).toBe('roles');
    expect((await getUser(created.user.id)).roles).toEqual(created.user.roles);
  });

  it('refuses a viewer any change to an account (403) and changes nothing', async () => {
    const viewer = await t.signIn('viewer');
    const created = await createUser(admin);
    const res = await viewer.request({
      method: 'PATCH',
      url: `/api/users/${created.user.id}`,
      payload: { displayName: '越权修改' },
    });
    expect(res.statusCode).toBe(403);
    expect((await getUser(created.user.id)).displayName).toBe(created.user.displayName);
  });
});
