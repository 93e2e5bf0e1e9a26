import {
  addDays,
  localDate,
  type TMyTask,
  type TTaskCompletionReport,
  type TTaskListItem,
  type TTaskView,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre } from '../../test/cadre-account.ts';
import { errorOf, ROOMY_LOGIN } from '../../test/factories.ts';
import { buildTask, insertTestTask, userIdOf, villagesOf } from '../../test/task-factory.ts';

/** 金城镇 and its first villages: where the tests' own cadres are posted. */
const JINCHENG = '140622100';

describe('任务清单: assign in one step, report, scope, completion', () => {
  let t: TTestApp;
  let admin: TClient;
  let township: TClient;
  let otherTownship: TClient;
  let villages: string[];
  let today: string;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    [admin, township, otherTownship] = await Promise.all([
      t.signIn('admin'),
      t.signIn('jincheng'),
      t.signIn('nanhezhong'),
    ]);
    villages = await villagesOf(t.database.db, JINCHENG, 5);
    today = localDate(t.clock.now());
  });
  afterAll(() => t.close());

  const ok = <T>(res: LightMyRequestResponse) => {
    expect(res.statusCode, res.body).toBe(200);
    return res.json<T>();
  };
  const assign = (client: TClient, payload: object) =>
    client.request({ method: 'POST', url: '/api/tasks', payload });
  const getTask = (client: TClient, id: number) => client.request({ method: 'GET', url: `/api/tasks/${id}` });
  const mine = async (client: TClient) =>
    ok<{ items: TMyTask[] }>(await client.request({ method: 'GET', url: '/api/tasks/mine' })).items;
  const report = (client: TClient, id: number, payload: object) =>
    client.request({ method: 'POST', url: `/api/tasks/assignments/${id}/report`, payload });
  const cadreIn = (villageCode: string) =>
    createSignedInCadre(t, admin, { villageCode, category: 'party_secretary', postTitle: '村党组织书记' });

  it('a township assigns a task to five villages in one step; each village cadre hears of it and sees it on 今天', async () => {
    const cadre = await cadreIn(villages[2]!);
    const input = buildTask(t, { kind: 'village', codes: villages });
    const created = ok<{ id: number; assignments: number }>(await assign(township, input));
    expect(created.assignments).toBe(5);

    const view = ok<TTaskView>(await getTask(township, created.id));
    expect(view.assignerName).toBe('金城镇');
    expect(view.assignments.map((a) => a.divisionCode)).toEqual(villages);
    expect(view.completion).toMatchObject({ total: 5, done: 0, open: 5, doneShare: 0 });

    const own = await mine(cadre.client);
    expect(own.map((m) => m.title)).toContain(input.title);
    const [note] = await rowsOf<{ payload: { title: string } }>(
      t.database.db,
      sql`select n.payload from notifications n join persons p on p.user_id = n.user_id
          where p.id = ${cadre.personId} and n.kind = 'task_assigned'`,
    );
    expect(note?.payload.title).toBe(input.title);
    const [audit] = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log where action = 'task.assign' and object_id = ${String(created.id)}`,
    );
    expect(audit?.n).toBe(1);
  });

  it("another township's task is not found; a township cannot assign outside itself or to townships", async () => {
    const { id } = ok<{ id: number }>(
      await assign(township, buildTask(t, { kind: 'village', codes: villages.slice(0, 1) })),
    );
    expect((await getTask(otherTownship, id)).statusCode).toBe(404);
    const list = ok<{ items: TTaskListItem[] }>(
      await otherTownship.request({ method: 'GET', url: '/api/tasks?pageSize=200' }),
    );
    expect(list.items.map((i) => i.id)).not.toContain(id);
    const [assignment] = ok<TTaskView>(await getTask(township, id)).assignments;
    expect((await report(otherTownship, assignment!.id, { done: true, evidence: 'x' })).statusCode).toBe(404);

    const [far] = await villagesOf(t.database.db, '140622101', 1);
    const outside = await assign(township, buildTask(t, { kind: 'village', codes: [far!] }));
    expect(outside.statusCode).toBe(400);
    expect(errorOf(outside).message).toContain('下达对象');
    const up = await assign(township, buildTask(t, { kind: 'township', codes: [JINCHENG] }));
    expect(up.statusCode).toBe(400);
    expect(errorOf(up).message).toContain('向乡镇下达须由县级');
  });

  it("a cadre sees their village's and their own tasks, not a colleague's personal one", async () => {
    const me = await cadreIn(villages[0]!);
    const colleague = await cadreIn(villages[0]!);
    const toColleague = ok<{ id: number }>(
      await assign(township, buildTask(t, { kind: 'person', personIds: [colleague.personId] })),
    );
    const toMe = ok<{ id: number }>(
      await assign(township, buildTask(t, { kind: 'person', personIds: [me.personId] })),
    );
    expect((await getTask(me.client, toColleague.id)).statusCode).toBe(404);
    expect((await getTask(colleague.client, toColleague.id)).statusCode).toBe(200);
    const mineView = ok<TTaskView>(await getTask(me.client, toMe.id));
    expect(mineView.reportable).toEqual([mineView.assignments[0]!.id]);
    expect(mineView.assignments[0]).toMatchObject({ assigneeKind: 'person', divisionCode: villages[0] });
  });

  it('refuses bad input naming the field in Chinese', async () => {
    const noTitle = await assign(township, {
      ...buildTask(t, { kind: 'village', codes: villages }),
      title: '',
    });
    expect(noTitle.statusCode).toBe(400);
    const past = await assign(township, buildTask(t, { kind: 'village', codes: villages }, -1));
    expect(past.statusCode).toBe(400);
    expect(errorOf(past).message).toContain('完成时限');
    const nobody = await assign(township, buildTask(t, { kind: 'person', personIds: [999_999] }));
    expect(errorOf(nobody).message).toContain('下达干部');

    const cadre = await cadreIn(villages[1]!);
    const { id } = ok<{ id: number }>(
      await assign(township, buildTask(t, { kind: 'village', codes: [villages[1]!] })),
    );
    const [a] = ok<TTaskView>(await getTask(cadre.client, id)).assignments;
    const bare = await report(cadre.client, a!.id, { done: true });
    expect(bare.statusCode).toBe(400);
    expect(errorOf(bare).message).toContain('标记完成须附佐证');
  });

  it('a village cadre marks it done with evidence; the township sees it done, a second done is refused', async () => {
    const cadre = await cadreIn(villages[3]!);
    const { id } = ok<{ id: number }>(
      await assign(township, buildTask(t, { kind: 'village', codes: villages.slice(2, 4) })),
    );
    const view = ok<TTaskView>(await getTask(cadre.client, id));
    expect(view.assignments).toHaveLength(1);
    const done = ok<TTaskView>(
      await report(cadre.client, view.assignments[0]!.id, { done: true, evidence: '已完成清理' }),
    );
    expect(done.assignments[0]).toMatchObject({
      status: 'done',
      doneOn: today,
      percent: 100,
      evidence: '已完成清理',
    });
    expect(
      (await report(cadre.client, view.assignments[0]!.id, { done: true, evidence: '再次' })).statusCode,
    ).toBe(409);
    const seen = ok<TTaskView>(await getTask(township, id));
    expect(seen.completion).toMatchObject({ total: 2, done: 1, doneOnTime: 1, open: 1, doneShare: 50 });
    // the township cannot report for the village
    const other = seen.assignments.find((a) => a.divisionCode === villages[2])!;
    expect((await report(township, other.id, { note: '代报' })).statusCode).toBe(403);
  });

  it('今天: one save writes the day and the task reports; a bad report saves neither', async () => {
    const cadre = await cadreIn(villages[4]!);
    const { id } = ok<{ id: number }>(
      await assign(township, buildTask(t, { kind: 'village', codes: [villages[4]!] })),
    );
    const [a] = (await mine(cadre.client)).filter((m) => m.taskId === id);
    const day = { day: 'village', night: 'village', work: '入户走访，清理村道' };
    const bad = await cadre.client.request({
      method: 'PUT',
      url: `/api/duty/my/days/${today}`,
      payload: { ...day, tasks: [{ assignmentId: a!.assignmentId, done: true }] },
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).message).toContain('标记完成须附佐证');
    const [none] = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from duty_days where person_id = ${cadre.personId}`,
    );
    expect(none?.n).toBe(0);

    const saved = await cadre.client.request({
      method: 'PUT',
      url: `/api/duty/my/days/${today}`,
      payload: { ...day, tasks: [{ assignmentId: a!.assignmentId, done: true, evidence: '村道已清理' }] },
    });
    expect(saved.statusCode, saved.body).toBe(200);
    const view = ok<TTaskView>(await getTask(township, id));
    expect(view.assignments[0]).toMatchObject({ status: 'done', doneOn: today });
    expect(view.reports[0]).toMatchObject({ done: true, evidence: '村道已清理', fromDay: true });
  });

  it('tells an overdue assignment once to its village cadres and the assigning township', async () => {
    const cadre = await cadreIn(villages[1]!);
    const jincheng = await userIdOf(t.database.db, 'jincheng');
    const task = await insertTestTask(t.database.db, {
      title: '逾期测试任务',
      deadline: addDays(today, -3),
      assignerCode: JINCHENG,
      villages: [villages[1]!],
      createdBy: jincheng,
    });
    const { createTaskOverdueJob } = await import('./tasks-overdue.job.ts');
    const job = createTaskOverdueJob({ db: t.database.db });
    expect(await job(t.clock.now())).toBeGreaterThan(0);
    expect(await job(t.clock.now())).toBe(0);
    const told = await rowsOf<{ user_id: number; payload: { overdueDays: number } }>(
      t.database.db,
      sql`select user_id, payload from notifications where kind = 'task_overdue' and payload->>'taskId' = ${String(task.id)}`,
    );
    const [cadreUser] = await rowsOf<{ user_id: number }>(
      t.database.db,
      sql`select user_id from persons where id = ${cadre.personId}`,
    );
    expect(told.map((n) => n.user_id)).toEqual(expect.arrayContaining([jincheng, cadreUser!.user_id]));
    expect(told.every((n) => n.payload.overdueDays === 3)).toBe(true);
    const list = await mine(cadre.client);
    expect(list.find((m) => m.taskId === task.id)).toMatchObject({ status: 'overdue', overdueDays: 3 });
    const ids = async (status: string) =>
      ok<{ items: { id: number }[] }>(
        await township.request({ method: 'GET', url: `/api/tasks?status=${status}&pageSize=200` }),
      ).items.map((i) => i.id);
    expect(await ids('overdue')).toContain(task.id);
    expect(await ids('open')).toContain(task.id);
    expect(await ids('done')).not.toContain(task.id);
  });

  it('counts completion by township and village, never by person', async () => {
    const jincheng = await userIdOf(t.database.db, 'jincheng');
    const task = await insertTestTask(t.database.db, {
      title: '完成情况测试',
      deadline: addDays(today, -1),
      assignerCode: JINCHENG,
      villages: villages.slice(0, 3),
      createdBy: jincheng,
    });
    await t.database.db.execute(
      sql`update task_assignments set state = 'done', done_on = ${addDays(today, -2)} where id = ${task.assignmentIds[0]!}`,
    );
    const report = ok<TTaskCompletionReport>(
      await township.request({ method: 'GET', url: `/api/tasks/completion?taskId=${task.id}` }),
    );
    expect(report.total).toMatchObject({
      total: 3,
      done: 1,
      doneOnTime: 1,
      overdue: 2,
      open: 0,
      doneShare: 33.3,
    });
    const rows = report.rows;
    expect(rows.find((r) => r.level === 'township')).toMatchObject({ code: JINCHENG, total: 3, done: 1 });
    expect(rows.filter((r) => r.level === 'village').map((r) => r.code)).toEqual(villages.slice(0, 3));
    expect(Object.keys(rows[0]!)).not.toContain('personName');
    expect(
      (await otherTownship.request({ method: 'GET', url: `/api/tasks/completion?taskId=${task.id}` }))
        .statusCode,
    ).toBe(404);
  });

  it('the county assigns to all first secretaries in one step, expanded to those posted now', async () => {
    const [posted] = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(distinct person_id)::int as n from postings where category = 'first_secretary' and actual_end_date is null`,
    );
    const res = ok<{ assignments: number }>(
      await assign(admin, buildTask(t, { kind: 'category', category: 'first_secretary' })),
    );
    expect(posted!.n).toBeGreaterThan(0);
    expect(res.assignments).toBe(posted!.n);
  });
});
