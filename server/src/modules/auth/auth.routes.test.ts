import { formatLocalMinute, PERMISSIONS, ROLE_PERMISSIONS, type TSession } from '@zhucun/core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginThrottle } from '../../db/schema.ts';
import { buildTestApp, DEMO_PASSWORD, type TTestApp } from '../../test/build-test-app.ts';
import { makePhone } from '../../test/cadre-factory.ts';
import { createUser, errorOf, login, ROOMY_LOGIN, uniqueUsername } from '../../test/factories.ts';

describe('sign-in', () => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
  });
  afterAll(() => t.close());

  const lockedUntil = async (login: string) => {
    const [row] = await t.database.db.select().from(loginThrottle).where(eq(loginThrottle.login, login));
    return row?.lockedUntil ?? null;
  };

  it('signs in and sets an HttpOnly SameSite session cookie and a readable CSRF cookie', async () => {
    const res = await login(t, 'viewer', DEMO_PASSWORD);
    expect(res.statusCode).toBe(200);
    const body = res.json<TSession>();
    expect(body.user).toMatchObject({ username: 'viewer', mustChangePassword: false });
    const session = res.cookies.find((c) => c.name === 'zc_session');
    const csrf = res.cookies.find((c) => c.name === 'zc_csrf');
    expect(session).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(session?.value.length).toBeGreaterThanOrEqual(32);
    expect(csrf).toMatchObject({ sameSite: 'Strict', value: body.csrfToken });
    expect(csrf?.httpOnly).toBeFalsy();
  });

  it('signs in by phone number', async () => {
    const admin = await t.signIn('admin');
    const phone = makePhone();
    const created = await createUser(admin, { phone });
    const res = await login(t, phone, created.oneTimePassword);
    expect(res.statusCode).toBe(200);
    expect(res.json<TSession>().user.username).toBe(created.user.username);
  });

  it('answers an unknown user and a wrong password alike', async () => {
    const unknown = await login(t, uniqueUsername('ghost'), 'Whatever#2026');
    const wrong = await login(t, 'xiashe', 'Whatever#2026');
    expect(unknown.statusCode).toBe(401);
    expect(wrong.statusCode).toBe(unknown.statusCode);
    expect(errorOf(unknown)).toEqual({ code: 'invalid_credentials', message: '用户名或密码不正确' });
    expect(errorOf(wrong)).toEqual(errorOf(unknown));
  });

  it('locks an account after 5 failures, even for the right password, until 30 minutes pass', async () => {
    const admin = await t.signIn('admin');
    const { user, oneTimePassword } = await createUser(admin);
    for (let i = 0; i < 5; i++)
      expect((await login(t, user.username, 'Wrong#pass2026')).statusCode).toBe(401);
    const locked = await login(t, user.username, oneTimePassword);
    expect(locked.statusCode).toBe(423);
    const until = await lockedUntil(user.username);
    expect(errorOf(locked)).toEqual({
      code: 'account_locked',
      message: `登录失败次数过多，账号已锁定，请于 ${formatLocalMinute(until!)} 后再试`,
    });
    t.clock.advanceMinutes(29);
    expect((await login(t, user.username, oneTimePassword)).statusCode).toBe(423);
    t.clock.advanceMinutes(1.1);
    expect((await login(t, user.username, oneTimePassword)).statusCode).toBe(200);
  });

  it('gives a fresh count of failures once a lock has expired', async () => {
    const admin = await t.signIn('admin');
    const { user, oneTimePassword } = await createUser(admin);
    for (let i = 0; i < 5; i++) await login(t, user.username, 'Wrong#pass2026');
    t.clock.advanceMinutes(31);
    expect((await login(t, user.username, 'Wrong#pass2026')).statusCode).toBe(401);
    expect((await login(t, user.username, oneTimePassword)).statusCode).toBe(200);
  });

  it('locks an unknown username the same way', async () => {
    const ghost = uniqueUsername('ghost');
    for (let i = 0; i < 5; i++) expect((await login(t, ghost, 'Wrong#pass2026')).statusCode).toBe(401);
    const res = await login(t, ghost, 'Wrong#pass2026');
    expect(res.statusCode).toBe(423);
    expect(errorOf(res).code).toBe('account_locked');
    expect(errorOf(res).message).toContain(formatLocalMinute((await lockedUntil(ghost))!));
  });

  it('tells who is signed in (GET /api/auth/me)', async () => {
    const viewer = await t.signIn('viewer');
    const res = await viewer.request({ method: 'GET', url: '/api/auth/me' });
    expect(res.statusCode).toBe(200);
    expect(res.json<TSession>()).toEqual({
      csrfToken: viewer.csrfToken,
      user: expect.objectContaining({
        username: 'viewer',
        roles: [
          {
            role: 'county_viewer',
            divisionCode: '140622',
            divisionName: '应县',
            unitId: null,
            unitName: null,
          },
        ],
        // the role's permissions in core's order: a county leader reads, never writes
        permissions: PERMISSIONS.filter((p) => ROLE_PERMISSIONS.county_viewer.includes(p)),
        mustChangePassword: false,
        idleTimeoutMinutes: 30,
      }),
    });
    const { permissions } = res.json<TSession>().user;
    expect(permissions).toContain('registry:read');
    expect(permissions.filter((p) => p.endsWith(':write'))).toEqual([]);
  });

  it('ends the session at sign-out', async () => {
    const client = await t.signIn('zangzhai');
    const out = await client.request({ method: 'POST', url: '/api/auth/logout' });
    expect(out.statusCode).toBe(200);
    expect(out.json()).toEqual({ ok: true });
    expect(out.cookies.find((c) => c.name === 'zc_session')?.value).toBe('');
    const me = await client.request({ method: 'GET', url: '/api/auth/me' });
    expect(me.statusCode).toBe(401);
    expect(errorOf(me)).toEqual({ code: 'unauthenticated', message: '请先登录' });
  });

  it('speaks English when asked (Accept-Language: en-US)', async () => {
    const headers = { 'accept-language': 'en-US,en;q=0.9' };
    const me = await t.app.inject({ method: 'GET', url: '/api/auth/me', headers });
    expect(errorOf(me)).toEqual({ code: 'unauthenticated', message: 'Please sign in' });
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers,
      payload: { username: 'viewer', password: '' },
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).details).toEqual([{ field: 'password', message: 'Password is required' }]);
  });
});

describe('sign-in rate limit per IP address', () => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await buildTestApp({ login: { ...ROOMY_LOGIN, rateLimitPerMinute: 3 } });
  });
  afterAll(() => t.close());

  it('answers 429 in Chinese after the limit, while another address may still try', async () => {
    for (let i = 0; i < 3; i++)
      expect((await login(t, 'viewer', 'Wrong#1', '10.0.0.1')).statusCode).toBe(401);
    const limited = await login(t, 'viewer', DEMO_PASSWORD, '10.0.0.1');
    expect(limited.statusCode).toBe(429);
    expect(errorOf(limited).code).toBe('rate_limited');
    expect(errorOf(limited).message).toMatch(/^请求过于频繁，请 \d+ 秒后再试$/);
    expect(limited.cookies.find((c) => c.name === 'zc_session')).toBeUndefined();
    expect((await login(t, 'viewer', DEMO_PASSWORD, '10.0.0.2')).statusCode).toBe(200);
  });
});
