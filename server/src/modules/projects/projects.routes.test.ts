import type { TCreateProjectRequest, TProject, TProjectList } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre, neighbourVillage } from '../../test/cadre-account.ts';
import { errorOf } from '../../test/factories.ts';
import { buildProject, insertTestMilestone } from '../../test/project-factory.ts';

/** 东关村委会, 金城镇: where the tests' own cadres are posted. */
const VILLAGE = '140622100200';

describe('projects (项目化帮扶): propose, approve, file, accept, in scope', () => {
  let t: TTestApp;
  let admin: TClient;
  let township: TClient;
  let otherTownship: TClient;
  let viewer: TClient;
  let neighbour: string;
  beforeAll(async () => {
    t = await buildTestApp();
    [admin, township, otherTownship, viewer] = await Promise.all([
      t.signIn('admin'),
      t.signIn('jincheng'),
      t.signIn('nanhezhong'),
      t.signIn('viewer'),
    ]);
    neighbour = await neighbourVillage(t, VILLAGE);
  });
  afterAll(() => t.close());

  const ok = (res: LightMyRequestResponse) => {
    expect(res.statusCode, res.body).toBe(200);
    return res.json<TProject>();
  };
  const secretary = (villageCode = VILLAGE) =>
    createSignedInCadre(t, admin, { villageCode, category: 'party_secretary', postTitle: '村党组织书记' });
  const propose = (client: TClient, payload: TCreateProjectRequest) =>
    client.request({ method: 'POST', url: '/api/projects', payload });
  const act = (client: TClient, id: number, action: string, reason?: string) =>
    client.request({
      method: 'POST',
      url: `/api/projects/${id}/${action}`,
      payload: reason === undefined ? {} : { reason },
    });
  const auditOf = (id: number) =>
    rowsOf<{ action: string; actor_name: string; details: { reason?: string } }>(
      t.database.db,
      sql`select action, actor_name, details from audit_log where object_type = 'project' and object_id = ${String(id)} order by id`,
    );
  /** A fresh secretary's draft in 东关村委会. */
  const draft = async (overrides: Partial<TCreateProjectRequest> = {}) => {
    const s = await secretary();
    const project = ok(await propose(s.client, buildProject(VILLAGE, s.personId, overrides)));
    return { ...s, project };
  };

  it('runs from a secretary’s proposal to done, each step by its level, audited with who did it', async () => {
    const { client: cadre, project } = await draft({ isDemonstration: true });
    expect(project).toMatchObject({ state: 'draft', townshipCode: '140622100', isDemonstration: true });
    expect(project.actions).toEqual(['submit', 'stop']);
    expect(ok(await act(cadre, project.id, 'submit')).state).toBe('submitted');

    const seen = ok(await township.request({ method: 'GET', url: `/api/projects/${project.id}` }));
    expect(seen.actions).toEqual(['return', 'approve', 'stop']);
    expect(ok(await act(township, project.id, 'approve')).state).toBe('approved');
    expect(ok(await act(admin, project.id, 'file')).state).toBe('filed');
    expect(ok(await act(cadre, project.id, 'start')).state).toBe('in_progress');
    expect(ok(await act(cadre, project.id, 'request-acceptance')).state).toBe('acceptance');
    const failed = ok(await act(admin, project.id, 'fail-acceptance', '大棚只建成 12 座'));
    expect(failed.state).toBe('in_progress');
    ok(await act(cadre, project.id, 'request-acceptance'));
    const done = ok(await act(admin, project.id, 'pass-acceptance'));
    expect(done).toMatchObject({ state: 'done', actions: [] });
    expect(done.actualEndDate).not.toBeNull();
    expect(done.events.map((e) => e.toState)).toEqual([
      'draft',
      'submitted',
      'approved',
      'filed',
      'in_progress',
      'acceptance',
      'in_progress',
      'acceptance',
      'done',
    ]);
    expect(done.events[6]!.note).toBe('大棚只建成 12 座');

    const audit = await auditOf(project.id);
    expect(audit.map((a) => a.action)).toEqual([
      'project.create',
      'project.submit',
      'project.approve',
      'project.file',
      'project.start',
      'project.request_acceptance',
      'project.fail_acceptance',
      'project.request_acceptance',
      'project.pass_acceptance',
    ]);
    expect(audit[2]!.actor_name).toBe('jincheng');
    expect(audit[6]!.details.reason).toBe('大棚只建成 12 座');
    const acceptances = await rowsOf<{ result: string }>(
      t.database.db,
      sql`select result from project_acceptances where project_id = ${project.id} order by id`,
    );
    expect(acceptances.map((a) => a.result)).toEqual(['failed', 'passed']);
  });

  it('lets each level do only its own steps: 403 below it, 409 out of turn, a reason where one is needed', async () => {
    const { client: cadre, project } = await draft();
    // a cadre holds no projects:approve at all
    expect((await act(cadre, project.id, 'approve')).statusCode).toBe(403);
    expect(errorOf(await act(township, project.id, 'approve')).message).toBe(
      '该项目当前为“草稿”，不能审核通过',
    );
    ok(await act(cadre, project.id, 'submit'));
    expect((await act(cadre, project.id, 'stop', '不做了')).statusCode).toBe(403);
    const noReason = await act(township, project.id, 'return', '  ');
    expect(noReason.statusCode).toBe(400);
    expect(errorOf(noReason).details).toEqual([{ field: 'reason', message: '理由：退回修改须写明理由' }]);
    const returned = ok(await act(township, project.id, 'return', '请补充资金来源'));
    expect(returned.state).toBe('draft');
    expect(returned.events.at(-1)).toMatchObject({ action: 'return', note: '请补充资金来源' });
    ok(await act(cadre, project.id, 'submit'));
    ok(await act(township, project.id, 'approve'));
    const filing = await act(township, project.id, 'file');
    expect(filing.statusCode).toBe(403);
    expect(errorOf(filing).message).toBe('“县级备案”须由县级办理');
    expect((await auditOf(project.id)).map((a) => a.action)).toEqual([
      'project.create',
      'project.submit',
      'project.return',
      'project.submit',
      'project.approve',
    ]);
  });

  it('stops a project with its reason; a village may drop its own draft', async () => {
    const { client: cadre, project } = await draft();
    const dropped = ok(await act(cadre, project.id, 'stop', '与其他项目重复'));
    expect(dropped).toMatchObject({ state: 'stopped', stopReason: '与其他项目重复', actions: [] });
    const other = await draft();
    ok(await act(other.client, other.project.id, 'submit'));
    ok(await act(township, other.project.id, 'approve'));
    const stopped = ok(await act(township, other.project.id, 'stop', '选址被征用'));
    expect(stopped.stopReason).toBe('选址被征用');
  });

  it('keeps a cadre to their own village and names the field in Chinese when a proposal is wrong', async () => {
    const s = await secretary();
    const elsewhere = await propose(s.client, buildProject(neighbour, s.personId));
    expect(elsewhere.statusCode).toBe(400);
    expect(errorOf(elsewhere).details?.map((d) => d.message)).toContain(
      `项目所在村第1项“${neighbour}”不在您的管辖范围内`,
    );
    const bad = await propose(s.client, {
      ...buildProject(VILLAGE, s.personId),
      title: '',
      plannedEndDate: '2026-01-01',
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).message).toContain('名称不能为空');
    const dates = await propose(
      s.client,
      buildProject(VILLAGE, s.personId, { plannedEndDate: '2026-01-01' }),
    );
    expect(errorOf(dates).details).toEqual([
      { field: 'plannedEndDate', message: '计划结束日期不能早于开始日期 2026-03-01' },
    ]);
    // a person posted in another village cannot lead it; the leader need not claim it too
    const away = await secretary(neighbour);
    const leader = await propose(s.client, buildProject(VILLAGE, away.personId));
    expect(errorOf(leader).details).toEqual([
      { field: 'leaderPersonId', message: '领办人：所选人员在项目所在村没有在任的职务，不能领办或认领' },
    ]);
    const twice = await propose(
      s.client,
      buildProject(VILLAGE, s.personId, { claimants: [{ personId: s.personId, duty: '' }] }),
    );
    expect(errorOf(twice).details?.[0]?.field).toBe('claimants.0.personId');
    // the township proposes across its villages; not across townships
    const across = await propose(
      township,
      buildProject(VILLAGE, s.personId, { villageCodes: [VILLAGE, '140622101200'] }),
    );
    expect(errorOf(across).details?.map((d) => d.message)).toContain(
      '项目所在村：一个项目的村须同属一个乡镇',
    );
    ok(await propose(township, buildProject(VILLAGE, s.personId, { villageCodes: [VILLAGE, neighbour] })));
  });

  it('edits the facts until the township approves, then refuses with 409', async () => {
    const { client: cadre, project, personId } = await draft();
    const edited = ok(
      await cadre.request({
        method: 'PUT',
        url: `/api/projects/${project.id}`,
        payload: buildProject(VILLAGE, personId, { title: '冷链物流仓储', kind: 'infrastructure' }),
      }),
    );
    expect(edited).toMatchObject({ title: '冷链物流仓储', kind: 'infrastructure', editable: true });
    const [update] = (await auditOf(project.id)).filter((a) => a.action === 'project.update');
    expect(update).toBeDefined();
    ok(await act(cadre, project.id, 'submit'));
    ok(await act(township, project.id, 'approve'));
    const late = await cadre.request({
      method: 'PUT',
      url: `/api/projects/${project.id}`,
      payload: buildProject(VILLAGE, personId),
    });
    expect(late.statusCode).toBe(409);
    expect(errorOf(late).message).toBe('该项目当前为“待县级备案”，乡镇审核通过后基本信息不能再修改');
  });

  it('freezes the plan as the township approves it: milestones’ and the planned end’s baseline', async () => {
    const { client: cadre, project, personId } = await draft();
    const m = await insertTestMilestone(t.database.db, {
      projectId: project.id,
      ownerPersonId: personId,
      startDate: '2026-03-01',
      dueDate: '2026-05-31',
    });
    expect(project.baselinePlannedEnd).toBeNull();
    ok(await act(cadre, project.id, 'submit'));
    const approved = ok(await act(township, project.id, 'approve'));
    expect(approved.baselinePlannedEnd).toBe('2026-11-30');
    expect(approved.baselineFrozenAt).not.toBeNull();
    const [row] = await rowsOf<{ baseline_start: string; baseline_due: string }>(
      t.database.db,
      sql`select baseline_start::text, baseline_due::text from project_milestones where id = ${m.id}`,
    );
    expect(row).toEqual({ baseline_start: '2026-03-01', baseline_due: '2026-05-31' });
  });

  it('shows a project to its village, its township and the county; 404 to anyone else, before anything else', async () => {
    const { project } = await draft();
    const url = `/api/projects/${project.id}`;
    for (const client of [township, admin, viewer]) ok(await client.request({ method: 'GET', url }));
    const stranger = await secretary(neighbour);
    for (const client of [otherTownship, stranger.client]) {
      expect((await client.request({ method: 'GET', url })).statusCode).toBe(404);
      expect((await act(client, project.id, 'submit')).statusCode).toBe(404);
    }
    expect((await act(otherTownship, project.id, 'approve')).statusCode).toBe(404);
    const put = await otherTownship.request({
      method: 'PUT',
      url,
      payload: buildProject(VILLAGE, project.leader.personId),
    });
    expect(put.statusCode).toBe(404);
    const listed = async (client: TClient) =>
      (await client.request({ method: 'GET', url: '/api/projects?pageSize=200' }))
        .json<TProjectList>()
        .items.map((p) => p.id);
    expect(await listed(township)).toContain(project.id);
    expect(await listed(otherTownship)).not.toContain(project.id);
    expect(await listed(stranger.client)).not.toContain(project.id);
    // the county's viewer reads it but can move nothing
    expect(ok(await viewer.request({ method: 'GET', url })).actions).toEqual([]);
    expect((await act(viewer, project.id, 'submit')).statusCode).toBe(403);
  });

  it('filters the list by village, kind, state, leader and words in the title or the leader’s name', async () => {
    const { project, personId } = await draft({ title: '羊肚菌种植示范基地', kind: 'rural_tourism' });
    const ids = async (query: string) => {
      const res = await township.request({ method: 'GET', url: `/api/projects?${query}` });
      expect(res.statusCode, res.body).toBe(200);
      return res.json<TProjectList>().items.map((p) => p.id);
    };
    expect(await ids(`village=${VILLAGE}&kind=rural_tourism`)).toContain(project.id);
    expect(await ids(`q=${encodeURIComponent('羊肚菌')}`)).toContain(project.id);
    expect(await ids(`leader=${personId}`)).toEqual([project.id]);
    expect(await ids(`leader=${personId}&state=submitted`)).toEqual([]);
    expect(await ids(`village=${neighbour}&leader=${personId}`)).toEqual([]);
    const bad = await township.request({ method: 'GET', url: '/api/projects?kind=farm' });
    expect(bad.statusCode).toBe(400);
  });

  it('offers as leaders and claimants the people posted in the chosen villages, in scope only', async () => {
    const s = await secretary();
    const res = await s.client.request({
      method: 'GET',
      url: `/api/projects/people?villages=${VILLAGE},${neighbour}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    const people = res.json<{ items: { personId: number; villageCode: string }[] }>().items;
    expect(people.map((p) => p.personId)).toContain(s.personId);
    expect(people.length).toBeGreaterThan(0);
    expect(people.every((p) => p.villageCode === VILLAGE)).toBe(true);
  });
});
