import { addDays, localDate, type TTodoKind, type TTodoList } from '@zhucun/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre } from '../../test/cadre-account.ts';
import { ROOMY_LOGIN } from '../../test/factories.ts';
import { latestWorkingDayBefore } from '../../test/meeting-factory.ts';
import { buildProject } from '../../test/project-factory.ts';
import { actOn, createRectification } from '../../test/rectification-factory.ts';
import { buildTask, villagesOf } from '../../test/task-factory.ts';
import { createConductItem, recordViolation } from '../../test/violation-factory.ts';

/** 金城镇: where the tests' own cadres are posted (jincheng's township; nanhezhong's is another). */
const JINCHENG = '140622100';

const DAY = {
  day: 'village',
  night: 'village',
  work: '走访脱贫户 5 户，核实帮扶措施',
  roles: ['prosperity_helper'],
};

/** 待办: what still waits for the caller, counted in their scope, gone when the record behind it changes. */
describe('to-dos on the home page', () => {
  let t: TTestApp;
  let admin: TClient;
  let jincheng: TClient;
  let nanhezhong: TClient;
  let viewer: TClient;
  let villages: string[];
  let today: string;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    [admin, jincheng, nanhezhong, viewer] = await Promise.all([
      t.signIn('admin'),
      t.signIn('jincheng'),
      t.signIn('nanhezhong'),
      t.signIn('viewer'),
    ]);
    villages = await villagesOf(t.database.db, JINCHENG, 4);
    today = localDate(t.clock.now());
  });
  afterAll(() => t.close());

  const ok = <T>(res: LightMyRequestResponse) => {
    expect(res.statusCode, res.body).toBe(200);
    return res.json<T>();
  };
  const todos = async (c: TClient) => ok<TTodoList>(await c.request({ method: 'GET', url: '/api/todos' }));
  const item = async (c: TClient, kind: TTodoKind) => (await todos(c)).items.find((i) => i.kind === kind);
  const countOf = async (c: TClient, kind: TTodoKind) => (await item(c, kind))?.count ?? 0;
  const cadreIn = (villageCode: string) => createSignedInCadre(t, admin, { villageCode });
  const applyLeave = (c: TClient, days: number) =>
    c.request({
      method: 'POST',
      url: '/api/absences',
      payload: {
        kind: 'leave',
        startDate: addDays(today, 3),
        endDate: addDays(today, 2 + days),
        reason: '家中老人住院',
      },
    });

  it('shows a cadre today’s record until they record the day, then not', async () => {
    const cadre = await cadreIn(villages[0]!);
    const waiting = await item(cadre.client, 'day_to_record');
    expect(waiting).toEqual({ kind: 'day_to_record', count: 1, due: today, href: '/today' });
    const saved = await cadre.client.request({
      method: 'PUT',
      url: `/api/duty/my/days/${today}`,
      payload: DAY,
    });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(await item(cadre.client, 'day_to_record')).toBeUndefined();
  });

  it('counts leave for the cadre’s township and not another township, and the count falls when it is decided', async () => {
    const cadre = await cadreIn(villages[1]!);
    const [ownBefore, otherBefore] = [
      await countOf(jincheng, 'leave_to_approve'),
      await countOf(nanhezhong, 'leave_to_approve'),
    ];
    const applied = ok<{ id: number }>(await applyLeave(cadre.client, 2));
    const own = await item(jincheng, 'leave_to_approve');
    expect(own).toMatchObject({ count: ownBefore + 1, href: '/duty/absences?tab=queue' });
    expect(await countOf(nanhezhong, 'leave_to_approve')).toBe(otherBefore);
    ok(await jincheng.request({ method: 'POST', url: `/api/absences/${applied.id}/approve`, payload: {} }));
    expect(await countOf(jincheng, 'leave_to_approve')).toBe(ownBefore);
  });

  it('moves a request from the village’s to-dos to the township’s when it is handed up', async () => {
    const cadre = await cadreIn(villages[2]!);
    const [villageBefore, townshipBefore, otherBefore] = [
      await countOf(cadre.client, 'requests_waiting'),
      await countOf(jincheng, 'requests_waiting'),
      await countOf(nanhezhong, 'requests_waiting'),
    ];
    const { id } = ok<{ id: number }>(
      await cadre.client.request({
        method: 'POST',
        url: '/api/requests',
        payload: {
          villageCode: villages[2],
          category: 'medical',
          urgency: 'normal',
          description: '村卫生室缺药',
        },
      }),
    );
    const atVillage = await item(cadre.client, 'requests_waiting');
    expect(atVillage).toMatchObject({ count: villageBefore + 1, href: '/requests?level=village' });
    expect(atVillage?.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    ok(
      await cadre.client.request({
        method: 'POST',
        url: `/api/requests/${id}/hand-up`,
        payload: { reason: '需镇卫生院协调药品' },
      }),
    );
    expect(await countOf(cadre.client, 'requests_waiting')).toBe(villageBefore);
    expect(await item(jincheng, 'requests_waiting')).toMatchObject({
      count: townshipBefore + 1,
      href: '/requests?level=township',
    });
    expect(await countOf(nanhezhong, 'requests_waiting')).toBe(otherBefore);
  });

  it('shows a task assigned to a cadre with its deadline until they report it done', async () => {
    const cadre = await cadreIn(villages[3]!);
    const task = buildTask(t, { kind: 'person', personIds: [cadre.personId] }, 5);
    const { id } = ok<{ id: number }>(
      await jincheng.request({ method: 'POST', url: '/api/tasks', payload: task }),
    );
    // the township assigned it, but holds no share of it: only the cadre has it to do
    const townshipsTask = ok<{ items: { id: number }[] }>(
      await jincheng.request({ method: 'GET', url: '/api/tasks?status=open&held=true' }),
    );
    expect(townshipsTask.items.map((i) => i.id)).not.toContain(id);
    const held = ok<{ items: { id: number }[] }>(
      await cadre.client.request({ method: 'GET', url: '/api/tasks?status=open&held=true' }),
    );
    expect(held.items.map((i) => i.id)).toEqual([id]);
    const due = await item(cadre.client, 'tasks_due');
    expect(due).toMatchObject({ count: 1, due: task.deadline, href: '/tasks?status=open&held=true' });
    const view = ok<{ assignments: { id: number }[] }>(
      await cadre.client.request({ method: 'GET', url: `/api/tasks/${id}` }),
    );
    ok(
      await cadre.client.request({
        method: 'POST',
        url: `/api/tasks/assignments/${view.assignments[0]!.id}/report`,
        payload: { done: true, evidence: '已完成' },
      }),
    );
    expect(await item(cadre.client, 'tasks_due')).toBeUndefined();
  });

  it('keeps a returned log and an absent spot check waiting for the cadre until saved again or answered', async () => {
    const cadre = await cadreIn(villages[0]!);
    const yesterday = addDays(today, -1);
    const saved = ok<{ id: number }>(
      await cadre.client.request({ method: 'PUT', url: `/api/duty/my/days/${yesterday}`, payload: DAY }),
    );
    expect(await item(cadre.client, 'days_returned')).toBeUndefined();
    ok(
      await jincheng.request({
        method: 'POST',
        url: `/api/duty/days/${saved.id}/comments`,
        payload: { text: '请补充走访的户名', returnForCompletion: true },
      }),
    );
    expect(await item(cadre.client, 'days_returned')).toEqual({
      kind: 'days_returned',
      count: 1,
      due: yesterday,
      href: '/today',
    });
    ok(
      await cadre.client.request({
        method: 'PUT',
        url: `/api/duty/my/days/${yesterday}`,
        payload: { ...DAY, work: '走访脱贫户王大山等 5 户，核实帮扶措施' },
      }),
    );
    expect(await item(cadre.client, 'days_returned')).toBeUndefined();

    // a check by day on a working day (on a rest day the cadre was where they were entitled to be)
    const workday = await latestWorkingDayBefore(admin, today);
    const check = ok<{ id: number }>(
      await jincheng.request({
        method: 'POST',
        url: '/api/spot-checks',
        payload: {
          personId: cadre.personId,
          method: 'video',
          finding: 'absent',
          note: '视频点名未接通',
          checkedAt: `${workday}T10:00`,
        },
      }),
    );
    expect(await countOf(cadre.client, 'spot_checks_to_answer')).toBe(1);
    ok(
      await cadre.client.request({
        method: 'POST',
        url: `/api/duty/my/spot-checks/${check.id}/answer`,
        payload: { answer: '当时在田间查看大棚，信号不好' },
      }),
    );
    expect(await countOf(cadre.client, 'spot_checks_to_answer')).toBe(0);
  });

  it('moves a village’s rectification from the cadre to its township’s review, then to the county’s', async () => {
    const cadre = await cadreIn('140622100200');
    const before = {
      cadre: await countOf(cadre.client, 'rectification_open'),
      township: await countOf(jincheng, 'rectification_to_review'),
      other: await countOf(nanhezhong, 'rectification_to_review'),
      county: await countOf(admin, 'rectification_to_review'),
    };
    const problem = await createRectification(t, admin, { problem: '待办测试：工作日志记录不全' });
    expect(await item(cadre.client, 'rectification_open')).toMatchObject({
      count: before.cadre + 1,
      href: '/rectification?level=village&state=open',
    });
    expect((await actOn(cadre.client, problem.id, 'report', { statement: '已补齐日志' })).statusCode).toBe(
      200,
    );
    expect(await countOf(cadre.client, 'rectification_open')).toBe(before.cadre);
    expect(await item(jincheng, 'rectification_to_review')).toMatchObject({
      count: before.township + 1,
      href: '/rectification?awaiting=township',
    });
    expect(await countOf(nanhezhong, 'rectification_to_review')).toBe(before.other);
    expect(await countOf(admin, 'rectification_to_review')).toBe(before.county);
    expect((await actOn(jincheng, problem.id, 'township-approve')).statusCode).toBe(200);
    expect(await countOf(jincheng, 'rectification_to_review')).toBe(before.township);
    expect(await item(admin, 'rectification_to_review')).toMatchObject({
      count: before.county + 1,
      href: '/rectification?awaiting=county',
    });
  });

  it('shows a submitted project to its township to approve, then to the county to file', async () => {
    const cadre = await cadreIn(villages[2]!);
    const before = {
      township: await countOf(jincheng, 'projects_to_approve'),
      other: await countOf(nanhezhong, 'projects_to_approve'),
      county: await countOf(admin, 'projects_to_file'),
    };
    const project = ok<{ id: number }>(
      await cadre.client.request({
        method: 'POST',
        url: '/api/projects',
        payload: buildProject(villages[2]!, cadre.personId),
      }),
    );
    ok(
      await cadre.client.request({ method: 'POST', url: `/api/projects/${project.id}/submit`, payload: {} }),
    );
    expect(await item(jincheng, 'projects_to_approve')).toMatchObject({
      count: before.township + 1,
      href: '/projects?state=submitted',
    });
    expect(await countOf(nanhezhong, 'projects_to_approve')).toBe(before.other);
    expect(await item(admin, 'projects_to_approve')).toBeUndefined();
    ok(await jincheng.request({ method: 'POST', url: `/api/projects/${project.id}/approve`, payload: {} }));
    expect(await countOf(jincheng, 'projects_to_approve')).toBe(before.township);
    expect(await item(admin, 'projects_to_file')).toMatchObject({
      count: before.county + 1,
      href: '/projects?state=approved',
    });
  });

  it('keeps a returned project waiting for its village until resubmitted, and a filed one until it is started', async () => {
    const cadre = await cadreIn(villages[3]!);
    const act = (c: TClient, id: number, action: string, payload: object = {}) =>
      c.request({ method: 'POST', url: `/api/projects/${id}/${action}`, payload });
    const project = ok<{ id: number }>(
      await cadre.client.request({
        method: 'POST',
        url: '/api/projects',
        payload: buildProject(villages[3]!, cadre.personId, { title: '待办测试：杂粮加工' }),
      }),
    );
    ok(await act(cadre.client, project.id, 'submit'));
    expect(await item(cadre.client, 'projects_returned')).toBeUndefined();
    ok(await act(jincheng, project.id, 'return', { reason: '请补充带农机制' }));
    expect(await item(cadre.client, 'projects_returned')).toMatchObject({
      count: 1,
      href: '/projects?state=draft',
    });
    ok(await act(cadre.client, project.id, 'submit'));
    expect(await item(cadre.client, 'projects_returned')).toBeUndefined();
    ok(await act(jincheng, project.id, 'approve'));
    ok(await act(admin, project.id, 'file'));
    expect(await item(cadre.client, 'projects_to_start')).toMatchObject({
      count: 1,
      href: '/projects?state=filed',
    });
    ok(await act(cadre.client, project.id, 'start'));
    expect(await item(cadre.client, 'projects_to_start')).toBeUndefined();
  });

  it('keeps a violation record waiting for the cadre’s answer, then for the county’s decision', async () => {
    const cadre = await cadreIn(villages[0]!);
    const countyBefore = await countOf(admin, 'violations_to_decide');
    const itemId = await createConductItem(admin, Number(today.slice(0, 4)));
    const v = await recordViolation(jincheng, { personId: cadre.personId, itemId, occurredOn: today });
    expect(await item(cadre.client, 'violations_to_answer')).toEqual({
      kind: 'violations_to_answer',
      count: 1,
      due: v.answerDue,
      href: '/my-violations',
    });
    // within the answer period the county cannot decide yet: nothing waits for it
    expect(await countOf(admin, 'violations_to_decide')).toBe(countyBefore);
    ok(
      await cadre.client.request({
        method: 'POST',
        url: `/api/duty/my/violations/${v.id}/answer`,
        payload: { explanation: '当天因村里突发火情赶赴现场处置，事后补报。' },
      }),
    );
    expect(await item(cadre.client, 'violations_to_answer')).toBeUndefined();
    expect(await item(admin, 'violations_to_decide')).toMatchObject({
      count: countyBefore + 1,
      href: '/violations?toDecide=true',
    });
    const listed = ok<{ items: { id: number }[] }>(
      await admin.request({ method: 'GET', url: '/api/violations?toDecide=true' }),
    );
    expect(listed.items.map((i) => i.id)).toContain(v.id);
    ok(
      await admin.request({
        method: 'POST',
        url: `/api/violations/${v.id}/decide`,
        payload: { outcome: 'upheld', reason: '事实清楚' },
      }),
    );
    expect(await countOf(admin, 'violations_to_decide')).toBe(countyBefore);
  });

  it('shows the county’s read-only leader nothing to act on, while the county has leave waiting', async () => {
    const cadre = await cadreIn(villages[1]!);
    // nine days of leave go on to the county once the township approves
    const applied = ok<{ id: number }>(await applyLeave(cadre.client, 9));
    ok(await jincheng.request({ method: 'POST', url: `/api/absences/${applied.id}/approve`, payload: {} }));
    expect((await item(admin, 'leave_to_approve'))?.count).toBeGreaterThan(0);
    const read = await todos(viewer);
    expect(read.today).toBe(today);
    expect(read.items).toEqual([]);
  });

  it('links each kind to its filtered list and gives every demo account an answer', async () => {
    for (const name of ['admin', 'jincheng', 'shuji', 'daxuesheng', 'duiyuan', 'sysadmin', 'auditor']) {
      const list = await todos(await t.signIn(name));
      for (const i of list.items) expect(i.href).toMatch(/^\/[a-z-]+/);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/todos' })).statusCode).toBe(401);
  });
});
