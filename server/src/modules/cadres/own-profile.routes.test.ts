import type { TCadreProfile } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { makePhone } from '../../test/cadre-factory.ts';
import { errorOf, NEW_PASSWORD, ROOMY_LOGIN, signInNewCadre } from '../../test/factories.ts';

describe('a cadre’s own registry entry', () => {
  let t: TTestApp;
  let cadre: TClient;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    cadre = await t.signIn('duiyuan');
  });
  afterAll(() => t.close());

  it('shows the demo team member their own profile and nothing of the ledger', async () => {
    const res = await cadre.request({ method: 'GET', url: '/api/me/cadre' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TCadreProfile>().posting?.category).toBe('team_member');
    expect((await cadre.request({ method: 'GET', url: '/api/cadres' })).statusCode).toBe(403);
  });

  it('lets the cadre correct their phone, refusing a malformed one; the county sees the change', async () => {
    const admin = await t.signIn('admin');
    const { client: own } = await signInNewCadre(t, admin);
    const before = (await own.request({ method: 'GET', url: '/api/me/cadre' })).json<TCadreProfile>();
    let res = await own.request({ method: 'PUT', url: '/api/me/cadre/phone', payload: { phone: '12345' } });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toEqual([{ field: 'phone', message: '手机号格式不正确' }]);
    const phone = makePhone();
    res = await own.request({ method: 'PUT', url: '/api/me/cadre/phone', payload: { phone } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TCadreProfile>().phone).toBe(`${phone.slice(0, 3)}****${phone.slice(7)}`);
    const unmasked = await admin.request({
      method: 'POST',
      url: `/api/cadres/${before.id}/unmask`,
      payload: { reason: '核对' },
    });
    expect(unmasked.json().phone).toBe(phone);
    // the account signs in with the new phone too
    const login = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: phone, password: NEW_PASSWORD },
    });
    expect(login.statusCode).toBe(200);
  });

  it('is not for accounts without a registry entry', async () => {
    const admin = await t.signIn('admin');
    expect((await admin.request({ method: 'GET', url: '/api/me/cadre' })).statusCode).toBe(403);
  });
});
