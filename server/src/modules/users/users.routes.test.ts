import { checkPassword, DEFAULT_PASSWORD_POLICY, type TCreateUserRequest, type TSession } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import {
  createUser,
  errorOf,
  ROOMY_LOGIN,
  type TCreatedUser,
  type TUserList,
  uniqueUsername,
} from '../../test/factories.ts';

type TBadCase = {
  name: string;
  by: 'admin' | 'sysadmin';
  input: Partial<TCreateUserRequest>;
  status: number;
  field: string;
  message: string;
};

const BAD_INPUT: TBadCase[] = [
  {
    name: 'a username already taken',
    by: 'admin',
    input: { username: 'JinCheng' },
    status: 409,
    field: 'username',
    message: '用户名“JinCheng”已被使用',
  },
  {
    name: 'a malformed phone',
    by: 'admin',
    input: { phone: '2345678901' },
    status: 400,
    field: 'phone',
    message: '手机号格式不正确',
  },
  {
    name: 'system and audit administrator on one account',
    by: 'sysadmin',
    input: {
      roles: [
        { role: 'system_admin', divisionCode: null },
        { role: 'audit_admin', divisionCode: null },
      ],
    },
    status: 400,
    field: 'roles',
    message: '角色：系统管理员、安全管理员、审计管理员三者不能由同一账号兼任',
  },
  {
    name: 'a township administrator anchored at a village',
    by: 'admin',
    input: { roles: [{ role: 'township_admin', divisionCode: '140622100001' }] },
    status: 400,
    field: 'roles.0.divisionCode',
    message: '角色第1项的行政区划：角色“乡镇管理员”的行政区划须为乡镇，“140622100001”不是',
  },
  {
    name: 'a township administrator without a division',
    by: 'admin',
    input: { roles: [{ role: 'township_admin', divisionCode: null }] },
    status: 400,
    field: 'roles.0.divisionCode',
    message: '角色第1项的行政区划：角色“乡镇管理员”须指定乡镇',
  },
  {
    name: 'a county administrator granting system administrator',
    by: 'admin',
    input: { roles: [{ role: 'system_admin', divisionCode: null }] },
    status: 400,
    field: 'roles.0.role',
    message: '角色第1项的角色：您无权授予角色“系统管理员”',
  },
  {
    name: 'an unknown division',
    by: 'admin',
    input: { roles: [{ role: 'township_admin', divisionCode: '140622999' }] },
    status: 400,
    field: 'roles.0.divisionCode',
    message: '角色第1项的行政区划：行政区划“140622999”不存在',
  },
];

describe('creating and listing accounts', () => {
  let t: TTestApp;
  let admin: TClient;
  let sysadmin: TClient;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    admin = await t.signIn('admin');
    sysadmin = await t.signIn('sysadmin');
  });
  afterAll(() => t.close());

  const allUsernames = async () =>
    (await sysadmin.request({ method: 'GET', url: '/api/users?pageSize=200' }))
      .json<TUserList>()
      .items.map((u) => u.username)
      .sort();

  it('creates an account with a one-time password that meets the policy and must be changed', async () => {
    const username = uniqueUsername('new');
    const res = await admin.request({
      method: 'POST',
      url: '/api/users',
      payload: {
        username,
        displayName: '王小明',
        phone: '13812345678',
        roles: [{ role: 'township_admin', divisionCode: '140622101' }],
      },
    });
    expect(res.statusCode).toBe(200);
    const { user, oneTimePassword } = res.json<TCreatedUser>();
    expect(user).toMatchObject({
      username,
      displayName: '王小明',
      phone: '138****5678',
      roles: [
        {
          role: 'township_admin',
          divisionCode: '140622101',
          divisionName: '南河种镇',
          unitId: null,
          unitName: null,
        },
      ],
      mustChangePassword: true,
    });
    expect(
      checkPassword(oneTimePassword, { username, phone: '13812345678' }, DEFAULT_PASSWORD_POLICY),
    ).toEqual([]);
    const client = await t.signIn(username, oneTimePassword);
    const tree = await client.request({ method: 'GET', url: '/api/divisions/tree' });
    expect(errorOf(tree).code).toBe('password_change_required');
  });

  for (const c of BAD_INPUT)
    it(`refuses ${c.name}, naming the field in Chinese, and creates nothing`, async () => {
      const before = await allUsernames();
      const client = c.by === 'admin' ? admin : sysadmin;
      const res = await client.request({
        method: 'POST',
        url: '/api/users',
        payload: {
          username: uniqueUsername('bad'),
          displayName: '不应创建',
          roles: [{ role: 'township_admin', divisionCode: '140622100' }],
          ...c.input,
        },
      });
      expect(res.statusCode).toBe(c.status);
      expect(errorOf(res).details).toContainEqual({ field: c.field, message: c.message });
      expect(await allUsernames()).toEqual(before);
    });

  it('hides the MLPS administrators from a county administrator', async () => {
    const list = await admin.request({ method: 'GET', url: '/api/users?pageSize=200' });
    expect(list.statusCode).toBe(200);
    const names = list.json<TUserList>().items.map((u) => u.username);
    expect(names).toEqual(expect.arrayContaining(['admin', 'viewer', 'jincheng', 'baimashi']));
    for (const hidden of ['sysadmin', 'secadmin', 'auditor']) expect(names).not.toContain(hidden);
    const sysadminId = (await sysadmin.request({ method: 'GET', url: '/api/auth/me' })).json<TSession>().user
      .id;
    const one = await admin.request({ method: 'GET', url: `/api/users/${sysadminId}` });
    expect(one.statusCode).toBe(404);
    expect(errorOf(one).code).toBe('not_found');
    expect(one.body).not.toContain('sysadmin');
  });

  it('refuses the account list to a township administrator', async () => {
    const township = await t.signIn('dalinhe');
    const res = await township.request({ method: 'GET', url: '/api/users' });
    expect(res.statusCode).toBe(403);
    expect(errorOf(res)).toEqual({ code: 'forbidden', message: '您没有执行此操作的权限' });
  });

  it('lets a system administrator create a county administrator', async () => {
    const created = await createUser(sysadmin, { roles: [{ role: 'county_admin', divisionCode: '140622' }] });
    expect(created.user.roles).toEqual([
      { role: 'county_admin', divisionCode: '140622', divisionName: '应县', unitId: null, unitName: null },
    ]);
  });
});
