import type { TCadreList, TSession } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { errorOf, ROOMY_LOGIN } from '../../test/factories.ts';

describe('a dispatching unit’s administrator', () => {
  let t: TTestApp;
  let unitAdmin: TClient;
  let admin: TClient;
  let unitId: number;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    unitAdmin = await t.signIn('danwei');
    admin = await t.signIn('admin');
    const me = (await unitAdmin.request({ method: 'GET', url: '/api/auth/me' })).json<TSession>();
    unitId = me.user.roles[0]!.unitId!;
  });
  afterAll(() => t.close());

  it('sees exactly the cadres the unit sent, and nobody else, in lists and by id', async () => {
    const mine = (
      await unitAdmin.request({ method: 'GET', url: '/api/cadres?pageSize=200' })
    ).json<TCadreList>();
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.length).toBeGreaterThan(0);
    expect(mine.items.every((c) => c.posting?.unitId === unitId)).toBe(true);
    const county = (
      await admin.request({ method: 'GET', url: `/api/cadres?unitId=${unitId}&pageSize=1` })
    ).json<TCadreList>();
    expect(mine.total).toBe(county.total);
    const other = (
      await admin.request({ method: 'GET', url: '/api/cadres?category=village_committee&pageSize=1' })
    ).json<TCadreList>();
    const res = await unitAdmin.request({ method: 'GET', url: `/api/cadres/${other.items[0]!.id}` });
    expect(res.statusCode).toBe(404);
    expect(res.body).not.toContain(other.items[0]!.name);
  });

  it('reads only: registering or editing is refused', async () => {
    const res = await unitAdmin.request({
      method: 'PATCH',
      url: '/api/cadres/1',
      payload: { homePost: 'x' },
    });
    expect(res.statusCode).toBe(403);
    expect(errorOf(res).code).toBe('forbidden');
  });

  it('cannot be granted without a registered unit', async () => {
    const res = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        username: 'unit-x',
        displayName: '单位',
        roles: [{ role: 'unit_admin', divisionCode: '140622' }],
      },
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toEqual([
      {
        field: 'roles.0.unitId',
        message: '角色第1项的派出单位：角色“派出单位管理员”须指定一个已登记的派出单位',
      },
    ]);
  });
});
