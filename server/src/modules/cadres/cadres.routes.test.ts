import type { TCadreList, TCadreProfile, TVillageStaff } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { buildCadre, buildPerson, buildPosting } from '../../test/cadre-factory.ts';
import { errorOf, ROOMY_LOGIN } from '../../test/factories.ts';

type TCreated = { cadre: TCadreProfile; account: { username: string; oneTimePassword: string } | null };

describe('the cadre registry API', () => {
  let t: TTestApp;
  let admin: TClient;
  let jincheng: TClient;
  let nanhezhong: TClient;
  const total = async (client: TClient, query = '') =>
    (await client.request({ method: 'GET', url: `/api/cadres?pageSize=1${query}` })).json<TCadreList>().total;

  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    admin = await t.signIn('admin');
    jincheng = await t.signIn('jincheng');
    nanhezhong = await t.signIn('nanhezhong');
  });
  afterAll(() => t.close());

  it('registers a person with a posting; the profile masks the ID number and phone', async () => {
    const req = buildCadre();
    const res = await jincheng.request({ method: 'POST', url: '/api/cadres', payload: req });
    expect(res.statusCode, res.body).toBe(200);
    const { cadre, account } = res.json<TCreated>();
    expect(account).toBeNull();
    expect(cadre.idNumber).toBe(`${req.person.idNumber.slice(0, 6)}********${req.person.idNumber.slice(14)}`);
    expect(cadre.phone).toMatch(/^\d{3}\*{4}\d{4}$/);
    expect(cadre.posting).toMatchObject({
      villageName: '东关村委会',
      townshipName: '金城镇',
      plannedEndDate: '2027-09-01',
    });
    expect(cadre.flags.mentoringEligible).toBe(true);
  });

  it('refuses a wrong check digit, a birth date that disagrees and a duplicate ID number, changing nothing', async () => {
    const before = await total(admin);
    const good = buildPerson({ birthDate: '1994-05-17' });
    const last = good.idNumber.at(-1) === '1' ? '2' : '1';
    const wrongCheck = { ...good, idNumber: good.idNumber.slice(0, 17) + last };
    let res = await admin.request({
      method: 'POST',
      url: '/api/cadres',
      payload: buildCadre({ person: wrongCheck }),
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toEqual([
      { field: 'person.idNumber', message: '身份证号第18位校验码不正确' },
    ]);

    res = await admin.request({
      method: 'POST',
      url: '/api/cadres',
      payload: buildCadre({ person: { ...good, birthDate: '1994-05-18' } }),
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details?.[0]).toEqual({
      field: 'person.birthDate',
      message: '出生日期与身份证号中的出生日期（1994-05-17）不一致',
    });

    res = await admin.request({ method: 'POST', url: '/api/cadres', payload: buildCadre({ person: good }) });
    expect(res.statusCode).toBe(200);
    res = await admin.request({
      method: 'POST',
      url: '/api/cadres',
      payload: buildCadre({
        person: { ...buildPerson({ birthDate: '1994-05-17' }), idNumber: good.idNumber },
      }),
    });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).details?.[0]?.message).toBe(`身份证号“${good.idNumber}”已登记在台账中`);
    expect(await total(admin)).toBe(before + 1);
  });

  it('refuses a planned end before the start, and a township admin posting outside their township', async () => {
    const before = await total(admin);
    let res = await admin.request({
      method: 'POST',
      url: '/api/cadres',
      payload: buildCadre({
        posting: buildPosting({ startDate: '2025-09-01', plannedEndDate: '2025-08-31' }),
      }),
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details?.[0]).toEqual({
      field: 'posting.plannedEndDate',
      message: '任职的计划结束日期不能早于开始日期 2025-09-01',
    });
    res = await jincheng.request({
      method: 'POST',
      url: '/api/cadres',
      payload: buildCadre({ posting: buildPosting({ villageCode: '140622101200' }) }),
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details?.[0]).toEqual({
      field: 'posting.villageCode',
      message: '任职村（社区）“140622101200”不在您的管辖范围内',
    });
    expect(await total(admin)).toBe(before);
  });

  it('shows another township’s cadre to nobody there: not in lists, counts or by id', async () => {
    const res = await nanhezhong.request({
      method: 'POST',
      url: '/api/cadres',
      payload: buildCadre({
        person: buildPerson({ name: '南河种人' }),
        posting: buildPosting({ villageCode: '140622101200' }),
      }),
    });
    expect(res.statusCode, res.body).toBe(200);
    const id = res.json<TCreated>().cadre.id;
    const list = await jincheng.request({ method: 'GET', url: '/api/cadres?q=南河种人' });
    expect(list.json<TCadreList>().total).toBe(0);
    const one = await jincheng.request({ method: 'GET', url: `/api/cadres/${id}` });
    expect(one.statusCode).toBe(404);
    expect(one.body).not.toContain('南河种');
    const summary = await jincheng.request({ method: 'GET', url: '/api/registry/summary' });
    const mine = await nanhezhong.request({ method: 'GET', url: '/api/registry/summary' });
    expect(mine.json().byCategory.graduate_official).toBeGreaterThanOrEqual(1);
    expect(summary.statusCode).toBe(200);
    expect((await admin.request({ method: 'GET', url: `/api/cadres/${id}` })).statusCode).toBe(200);
  });

  it('unmasks for a stated reason and audits it; a township admin may not unmask', async () => {
    const person = buildPerson();
    const { cadre } = (
      await admin.request({ method: 'POST', url: '/api/cadres', payload: buildCadre({ person }) })
    ).json<TCreated>();
    let res = await admin.request({
      method: 'POST',
      url: `/api/cadres/${cadre.id}/unmask`,
      payload: { reason: '' },
    });
    expect(res.statusCode).toBe(400);
    res = await admin.request({
      method: 'POST',
      url: `/api/cadres/${cadre.id}/unmask`,
      payload: { reason: '核对工资发放' },
    });
    expect(res.json()).toEqual({ idNumber: person.idNumber, phone: person.phone });
    const auditor = await t.signIn('auditor');
    const audit = await auditor.request({ method: 'GET', url: '/api/audit?action=cadre.unmask' });
    const entries = audit.json<{ items: { objectId: string }[] }>().items;
    expect(entries.filter((e) => e.objectId === String(cadre.id))).toEqual([
      expect.objectContaining({
        actorName: 'admin',
        objectId: String(cadre.id),
        details: { reason: '核对工资发放' },
      }),
    ]);
    res = await jincheng.request({
      method: 'POST',
      url: `/api/cadres/${cadre.id}/unmask`,
      payload: { reason: '核对' },
    });
    expect(res.statusCode).toBe(403);
  });

  it('keeps one active posting per person and the history when it ends', async () => {
    const { cadre } = (
      await jincheng.request({ method: 'POST', url: '/api/cadres', payload: buildCadre() })
    ).json<TCreated>();
    let res = await jincheng.request({
      method: 'POST',
      url: `/api/cadres/${cadre.id}/postings`,
      payload: buildPosting(),
    });
    expect(res.statusCode).toBe(409);
    expect(errorOf(res).message).toBe('该人员已有在岗任职（东关村委会），请先结束原任职');
    res = await jincheng.request({
      method: 'POST',
      url: `/api/postings/${cadre.posting!.id}/end`,
      payload: { actualEndDate: '2026-06-30', endReason: 'adjusted' },
    });
    expect(res.statusCode, res.body).toBe(200);
    res = await jincheng.request({
      method: 'POST',
      url: `/api/cadres/${cadre.id}/postings`,
      payload: buildPosting({
        villageCode: '140622100201',
        category: 'team_member',
        postTitle: '驻村工作队员',
        startDate: '2026-07-01',
      }),
    });
    expect(res.statusCode, res.body).toBe(200);
    const profile = res.json<TCadreProfile>();
    expect(profile.postings.map((p) => [p.villageName, p.actualEndDate])).toEqual([
      ['东南角村委会', null],
      ['东关村委会', '2026-06-30'],
    ]);
  });

  it('creates the cadre’s account, named cadre-<id> (not the phone), signing in by phone with a one-time password', async () => {
    const person = buildPerson();
    const res = await admin.request({
      method: 'POST',
      url: '/api/cadres',
      payload: buildCadre({ person, createAccount: true }),
    });
    expect(res.statusCode, res.body).toBe(200);
    const { account, cadre } = res.json<TCreated>();
    expect(account?.username).toMatch(/^cadre-\d+$/);
    expect(account?.username).not.toContain(person.phone);
    expect(cadre.hasAccount).toBe(true);
    const signIn = await t.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: person.phone, password: account!.oneTimePassword },
    });
    expect(signIn.json().user).toMatchObject({
      mustChangePassword: true,
      roles: [{ role: 'cadre', divisionCode: '140622100200' }],
    });
  });

  it('edits only the fields sent', async () => {
    const { cadre } = (
      await admin.request({ method: 'POST', url: '/api/cadres', payload: buildCadre() })
    ).json<TCreated>();
    const res = await admin.request({
      method: 'PATCH',
      url: `/api/cadres/${cadre.id}`,
      payload: { homePost: '副科长' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TCadreProfile>()).toMatchObject({
      homePost: '副科长',
      school: '山西大学',
      ethnicity: '汉族',
    });
  });

  it('lists the village’s staff with the work team and its warnings', async () => {
    const village = '140622100202';
    const created: number[] = [];
    for (const [category, postTitle] of [
      ['first_secretary', '驻村第一书记'],
      ['team_member', '驻村工作队员'],
    ] as const) {
      const res = await admin.request({
        method: 'POST',
        url: '/api/cadres',
        payload: buildCadre({ posting: buildPosting({ villageCode: village, category, postTitle }) }),
      });
      expect(res.statusCode, res.body).toBe(200);
      created.push(res.json<TCreated>().cadre.id);
    }
    const res = await jincheng.request({ method: 'GET', url: `/api/villages/${village}/staff` });
    expect(res.statusCode, res.body).toBe(200);
    const staff = res.json<TVillageStaff>();
    expect(staff.team.leader?.postTitle).toBe('驻村第一书记');
    const team = [staff.team.leader, ...staff.team.members].map((m) => m?.personId);
    expect(team).toEqual(expect.arrayContaining(created));
    expect(staff.team.members.find((m) => m.personId === created[1])?.category).toBe('team_member');
    expect(
      (await nanhezhong.request({ method: 'GET', url: `/api/villages/${village}/staff` })).statusCode,
    ).toBe(404);
  });
});
