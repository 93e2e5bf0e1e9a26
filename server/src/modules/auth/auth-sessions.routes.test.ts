import type { TSession } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { errorOf, ROOMY_LOGIN, type TUserList, uniqueUsername } from '../../test/factories.ts';

describe('sessions: CSRF, idle timeout, absolute limit', () => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
  });
  afterAll(() => t.close());

  const me = (client: TClient) => client.request({ method: 'GET', url: '/api/auth/me' });
  const expectExpired = async (client: TClient) => {
    const res = await me(client);
    expect(res.statusCode).toBe(401);
    expect(errorOf(res)).toEqual({ code: 'unauthenticated', message: '登录已超时，请重新登录' });
  };

  it('refuses a state-changing request without or with a wrong CSRF token, and changes nothing', async () => {
    const admin = await t.signIn('admin');
    const username = uniqueUsername('csrf');
    const payload = {
      username,
      displayName: '跨站请求',
      roles: [{ role: 'township_admin', divisionCode: '140622100' }],
    };
    const without = await t.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: { cookie: admin.cookie },
      payload,
    });
    const wrong = await admin.request({
      method: 'POST',
      url: '/api/users',
      headers: { 'x-csrf-token': 'forged-token' },
      payload,
    });
    for (const res of [without, wrong]) {
      expect(res.statusCode).toBe(403);
      expect(errorOf(res)).toEqual({
        code: 'csrf',
        message: '请求缺少有效的安全令牌（CSRF），请刷新页面后重试',
      });
    }
    const list = await admin.request({ method: 'GET', url: `/api/users?q=${username}` });
    expect(list.json<TUserList>().total).toBe(0);
  });

  it('ends a county administrator’s session after 15 idle minutes, not after 14', async () => {
    const admin = await t.signIn('admin');
    expect((await me(admin)).json<TSession>().user.idleTimeoutMinutes).toBe(15);
    t.clock.advanceMinutes(14);
    expect((await me(admin)).statusCode).toBe(200);
    t.clock.advanceMinutes(14); // the request above counted as activity
    expect((await me(admin)).statusCode).toBe(200);
    t.clock.advanceMinutes(15.1);
    await expectExpired(admin);
    expect(errorOf(await me(admin)).message).toBe('请先登录'); // and it is gone for good
  });

  it('ends a township administrator’s session after 30 idle minutes, not after 29', async () => {
    const township = await t.signIn('jincheng');
    expect((await me(township)).json<TSession>().user.idleTimeoutMinutes).toBe(30);
    t.clock.advanceMinutes(29);
    expect((await me(township)).statusCode).toBe(200);
    t.clock.advanceMinutes(29);
    expect((await me(township)).statusCode).toBe(200);
    t.clock.advanceMinutes(30.1);
    await expectExpired(township);
  });

  it('ends a session after 12 hours even while it is in use', async () => {
    const township = await t.signIn('nanhezhong');
    for (let minutes = 25; minutes <= 700; minutes += 25) {
      t.clock.advanceMinutes(25);
      expect((await me(township)).statusCode, `after ${minutes} minutes`).toBe(200);
    }
    t.clock.advanceMinutes(25); // 725 minutes: past 12 hours, though only 25 idle
    await expectExpired(township);
  });
});
