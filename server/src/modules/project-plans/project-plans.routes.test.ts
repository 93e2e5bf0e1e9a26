import {
  addDays,
  localDate,
  type TDayView,
  type TGanttView,
  type TMilestoneInput,
  type TProgressList,
  type TProject,
  type TProjectPlan,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre, neighbourVillage } from '../../test/cadre-account.ts';
import { errorOf, ROOMY_LOGIN } from '../../test/factories.ts';
import { solid } from '../../test/images.ts';
import { buildProject, insertTestMilestone, insertTestProject } from '../../test/project-factory.ts';

/** 东关村委会, 金城镇: where the tests' own cadres are posted. */
const VILLAGE = '140622100200';

describe('挂图作战: milestones against the frozen baseline, progress, the Gantt chart', () => {
  let t: TTestApp;
  let admin: TClient;
  let township: TClient;
  let otherTownship: TClient;
  let neighbour: string;
  let today: string;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    [admin, township, otherTownship] = await Promise.all([
      t.signIn('admin'),
      t.signIn('jincheng'),
      t.signIn('nanhezhong'),
    ]);
    neighbour = await neighbourVillage(t, VILLAGE);
    today = localDate(t.clock.now());
  });
  afterAll(() => t.close());

  const ok = <T>(res: LightMyRequestResponse) => {
    expect(res.statusCode, res.body).toBe(200);
    return res.json<T>();
  };
  const secretary = (villageCode = VILLAGE) =>
    createSignedInCadre(t, admin, { villageCode, category: 'party_secretary', postTitle: '村党组织书记' });
  const planOf = (client: TClient, id: number) =>
    client.request({ method: 'GET', url: `/api/projects/${id}/plan` });
  const addMilestone = (client: TClient, id: number, payload: TMilestoneInput) =>
    client.request({ method: 'POST', url: `/api/projects/${id}/milestones`, payload });
  const editMilestone = (client: TClient, id: number, mid: number, payload: TMilestoneInput) =>
    client.request({ method: 'PUT', url: `/api/projects/${id}/milestones/${mid}`, payload });
  const progressOf = (client: TClient, id: number) =>
    client.request({ method: 'GET', url: `/api/projects/${id}/progress` });
  const report = (client: TClient, id: number, payload: Record<string, unknown>) =>
    client.request({ method: 'POST', url: `/api/projects/${id}/progress`, payload });
  /** An approved project of a fresh secretary in 东关村委会, with one milestone they own. */
  const approvedProject = async (dueIn = 30) => {
    const s = await secretary();
    const { id } = await insertTestProject(t.database.db, {
      villageCodes: [VILLAGE],
      leaderPersonId: s.personId,
      state: 'in_progress',
      startDate: addDays(today, -60),
      plannedEndDate: addDays(today, 120),
    });
    const m = await insertTestMilestone(t.database.db, {
      projectId: id,
      ownerPersonId: s.personId,
      dueDate: addDays(today, dueIn),
    });
    return { ...s, projectId: id, milestoneId: m.id };
  };

  it('freezes the plan as approved; a later move keeps the baseline, needs a reason and shows the slippage', async () => {
    const s = await secretary();
    const project = ok<TProject>(
      await s.client.request({
        method: 'POST',
        url: '/api/projects',
        payload: buildProject(VILLAGE, s.personId, {
          startDate: addDays(today, -30),
          plannedEndDate: addDays(today, 200),
          targetDate: addDays(today, 200),
        }),
      }),
    );
    const due = addDays(today, 40);
    const draft = ok<TProjectPlan>(
      await addMilestone(s.client, project.id, {
        title: '完成大棚主体建设',
        deliverable: '20 座大棚主体竣工',
        ownerPersonId: s.personId,
        dueDate: due,
      }),
    );
    const [m] = draft.milestones;
    expect(m).toMatchObject({ baselineDue: null, added: false, state: { slippageDays: null } });
    // before approval a move is free and needs no reason; the baseline is still empty
    const moved = ok<TProjectPlan>(
      await editMilestone(s.client, project.id, m!.id, {
        title: m!.title,
        ownerPersonId: s.personId,
        dueDate: addDays(due, 5),
      }),
    );
    expect(moved.milestones[0]).toMatchObject({ dueDate: addDays(due, 5), baselineDue: null });

    ok(await s.client.request({ method: 'POST', url: `/api/projects/${project.id}/submit`, payload: {} }));
    ok(await township.request({ method: 'POST', url: `/api/projects/${project.id}/approve`, payload: {} }));
    const frozen = ok<TProjectPlan>(await planOf(township, project.id));
    expect(frozen.project.baselineFrozenAt).not.toBeNull();
    expect(frozen.project.baselinePlannedEnd).toBe(addDays(today, 200));
    expect(frozen.milestones[0]).toMatchObject({ dueDate: addDays(due, 5), baselineDue: addDays(due, 5) });

    const later = { title: m!.title, ownerPersonId: s.personId, dueDate: addDays(due, 15) };
    const refused = await editMilestone(s.client, project.id, m!.id, later);
    expect(refused.statusCode).toBe(400);
    expect(errorOf(refused).message).toContain('调整完成时限须写明理由');
    const slipped = ok<TProjectPlan>(
      await editMilestone(s.client, project.id, m!.id, { ...later, reason: '钢材到货晚了十天' }),
    );
    expect(slipped.milestones[0]).toMatchObject({
      dueDate: addDays(due, 15),
      baselineDue: addDays(due, 5),
      state: { status: 'open', slippageDays: 10 },
    });
    expect(slipped.progress).toMatchObject({ total: 1, slipped: 1, maxSlippageDays: 10 });

    // a milestone added after approval has no baseline (新增)
    const added = ok<TProjectPlan>(
      await addMilestone(s.client, project.id, {
        title: '首批蔬菜上市',
        ownerPersonId: s.personId,
        dueDate: addDays(today, 150),
      }),
    );
    expect(added.milestones.find((x) => x.title === '首批蔬菜上市')).toMatchObject({
      added: true,
      baselineDue: null,
    });

    const audit = await rowsOf<{ action: string; details: Record<string, unknown> }>(
      t.database.db,
      sql`select action, details from audit_log where object_type = 'project' and object_id = ${String(project.id)} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'project.create',
      'project.milestone_create',
      'project.milestone_update',
      'project.submit',
      'project.approve',
      'project.milestone_update',
      'project.milestone_create',
    ]);
    expect(audit[5]!.details).toMatchObject({
      fromDue: addDays(due, 5),
      toDue: addDays(due, 15),
      reason: '钢材到货晚了十天',
    });
  });

  it('refuses an owner from outside the project, naming the field', async () => {
    const { client, projectId } = await approvedProject();
    const stranger = await secretary(neighbour);
    const res = await addMilestone(client, projectId, {
      title: '修建冷库',
      ownerPersonId: stranger.personId,
      dueDate: addDays(today, 10),
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toContain('节点负责人');
  });

  it('hides a project outside the caller’s scope: 404 before anything is used', async () => {
    const { projectId, milestoneId } = await approvedProject();
    const outsider = await secretary(neighbour);
    for (const client of [outsider.client, otherTownship]) {
      expect((await planOf(client, projectId)).statusCode).toBe(404);
      expect((await progressOf(client, projectId)).statusCode).toBe(404);
      const move = await editMilestone(client, projectId, milestoneId, {
        title: '改掉',
        ownerPersonId: 1,
        dueDate: today,
        reason: 'x',
      });
      expect(move.statusCode).toBe(404);
      expect((await report(client, projectId, { date: today, text: '越权' })).statusCode).toBe(404);
    }
    const gantt = await otherTownship.request({
      method: 'GET',
      url: `/api/project-plans/gantt?village=${VILLAGE}`,
    });
    expect(gantt.statusCode).toBe(404);
  });

  it('takes progress from the project’s people only, once approved, with photos the township can see', async () => {
    const { client, projectId, milestoneId } = await approvedProject();
    // the township reads and comments, but is none of the project's people
    const byTownship = await report(township, projectId, { date: today, text: '乡镇代报' });
    expect(byTownship.statusCode).toBe(403);
    expect(errorOf(byTownship).message).toContain('领办人、认领人');
    // a fellow cadre of the village may report
    const colleague = await createSignedInCadre(t, admin, { villageCode: VILLAGE });
    const upload = await client.request({
      method: 'POST',
      url: '/api/project-plans/photos',
      headers: { 'content-type': 'image/jpeg' },
      payload: await solid(40, 30).jpeg().toBuffer(),
    });
    const photoId = ok<{ id: number }>(upload).id;
    const item = ok<{ id: number; photoIds: number[] }>(
      await report(client, projectId, {
        date: today,
        text: '20 座大棚钢架全部立起',
        milestoneId,
        milestoneDone: true,
        photoIds: [photoId],
      }),
    );
    expect(item.photoIds).toEqual([photoId]);
    ok(await report(colleague.client, projectId, { date: today, text: '组织 12 户农户参加种植培训' }));
    const list = ok<TProgressList>(await progressOf(township, projectId));
    expect(list.items.map((i) => i.text)).toEqual(['组织 12 户农户参加种植培训', '20 座大棚钢架全部立起']);
    expect(list.items[1]).toMatchObject({ source: 'report', milestone: { id: milestoneId } });
    const plan = ok<TProjectPlan>(await planOf(township, projectId));
    expect(plan.milestones[0]).toMatchObject({ doneOn: today, state: { status: 'done' } });

    const seen = await township.request({ method: 'GET', url: `/api/project-plans/photos/${photoId}` });
    expect(seen.statusCode).toBe(200);
    expect(seen.headers['content-type']).toBe('image/jpeg');
    const hidden = await otherTownship.request({
      method: 'GET',
      url: `/api/project-plans/photos/${photoId}`,
    });
    expect(hidden.statusCode).toBe(404);

    // a draft takes no progress yet
    const s = await secretary();
    const { id: draftId } = await insertTestProject(t.database.db, {
      villageCodes: [VILLAGE],
      leaderPersonId: s.personId,
    });
    const early = await report(s.client, draftId, { date: today, text: '提前开工' });
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).message).toContain('审核通过后');
  });

  it('shows a day’s log tied on 今天 in the project’s progress, and marks the milestone met that day', async () => {
    const { client, projectId, milestoneId } = await approvedProject();
    const saved = ok<TDayView>(
      await client.request({
        method: 'PUT',
        url: `/api/duty/my/days/${today}`,
        payload: {
          day: 'village',
          night: 'village',
          work: '验收大棚钢架，与施工队核对 20 座大棚的进度',
          project: { projectId, milestoneId, milestoneDone: true },
        },
      }),
    );
    expect(saved.project).toMatchObject({ projectId, milestoneId, milestoneDone: true });
    const list = ok<TProgressList>(await progressOf(township, projectId));
    expect(list.items).toHaveLength(1);
    expect(list.items[0]).toMatchObject({
      source: 'day_log',
      date: today,
      text: '验收大棚钢架，与施工队核对 20 座大棚的进度',
      milestone: { id: milestoneId },
      day: { id: saved.id },
    });
    const plan = ok<TProjectPlan>(await planOf(client, projectId));
    expect(plan.milestones[0]!.doneOn).toBe(today);

    // saving the day again without the field keeps the tie; the words follow the log
    ok(
      await client.request({
        method: 'PUT',
        url: `/api/duty/my/days/${today}`,
        payload: { day: 'village', night: 'village', work: '大棚钢架验收完毕' },
      }),
    );
    const again = ok<TProgressList>(await progressOf(township, projectId));
    expect(again.items.map((i) => i.text)).toEqual(['大棚钢架验收完毕']);
    // null unties it
    const untied = ok<TDayView>(
      await client.request({
        method: 'PUT',
        url: `/api/duty/my/days/${today}`,
        payload: { day: 'village', night: 'village', work: '大棚钢架验收完毕', project: null },
      }),
    );
    expect(untied.project).toBeNull();
    expect(ok<TProgressList>(await progressOf(township, projectId)).total).toBe(0);
  });

  it('refuses to tie a day to someone else’s project, and then saves nothing of the day', async () => {
    const { projectId } = await approvedProject();
    const outsider = await secretary(neighbour);
    const date = addDays(today, -1);
    const res = await outsider.client.request({
      method: 'PUT',
      url: `/api/duty/my/days/${date}`,
      payload: { day: 'village', night: 'village', work: '走访农户', project: { projectId } },
    });
    expect(res.statusCode).toBe(404);
    const days = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from duty_days where person_id = ${outsider.personId} and date = ${date}`,
    );
    expect(days[0]!.n).toBe(0);
  });

  it('tells the owner and the township of an overdue milestone once per due date', async () => {
    const { projectId, milestoneId, personId } = await approvedProject(-3);
    const { createMilestoneOverdueJob } = await import('./overdue.job.ts');
    const job = createMilestoneOverdueJob({ db: t.database.db });
    const noticesOf = () =>
      rowsOf<{ user_id: number; payload: Record<string, unknown> }>(
        t.database.db,
        sql`select user_id, payload from notifications where kind = 'milestone_overdue'
            and payload->>'milestoneId' = ${String(milestoneId)} order by id`,
      );
    await job(t.clock.now());
    const first = await noticesOf();
    const [owner] = await rowsOf<{ user_id: number }>(
      t.database.db,
      sql`select user_id from persons where id = ${personId}`,
    );
    const [jincheng] = await rowsOf<{ id: number }>(
      t.database.db,
      sql`select id from users where username = 'jincheng'`,
    );
    expect(first.map((n) => n.user_id)).toEqual(expect.arrayContaining([owner!.user_id, jincheng!.id]));
    expect(first[0]!.payload).toMatchObject({
      projectId,
      milestoneTitle: '完成大棚主体建设',
      due: addDays(today, -3),
      overdueDays: 3,
      villageName: '东关村委会',
    });
    await job(t.clock.now());
    expect(await noticesOf()).toHaveLength(first.length);

    // moved to a new date and missed again: told again
    await t.database.db.execute(
      sql`update project_milestones set due_date = ${addDays(today, -1)} where id = ${milestoneId}`,
    );
    await job(t.clock.now());
    expect(await noticesOf()).toHaveLength(first.length * 2);
  });

  it('draws the county’s Gantt chart in scope, with the overdue milestone marked', async () => {
    const { projectId } = await approvedProject(-3);
    const view = ok<TGanttView>(await admin.request({ method: 'GET', url: '/api/project-plans/gantt' }));
    expect(view.area.name).toBe('应县');
    const group = view.gantt.groups.find((g) => g.villageCode === VILLAGE);
    const row = group?.rows.find((r) => r.projectId === projectId);
    expect(row?.milestones[0]?.state).toMatchObject({ status: 'overdue', overdueDays: 3 });
    expect(view.gantt.today).not.toBeNull();
    expect(view.projects.find((p) => p.id === projectId)?.milestones[0]?.title).toBe('完成大棚主体建设');
    // a project whose plan and milestones all lie years before the window is not drawn
    const s = await secretary();
    const { id: past } = await insertTestProject(t.database.db, {
      villageCodes: [VILLAGE],
      leaderPersonId: s.personId,
      state: 'done',
      startDate: '2020-03-01',
      plannedEndDate: '2020-10-31',
    });
    await insertTestMilestone(t.database.db, {
      projectId: past,
      ownerPersonId: s.personId,
      dueDate: '2020-06-30',
    });
    const again = ok<TGanttView>(await admin.request({ method: 'GET', url: '/api/project-plans/gantt' }));
    expect(again.projects.map((p) => p.id)).toContain(projectId);
    expect(again.projects.map((p) => p.id)).not.toContain(past);

    const ofVillage = ok<TGanttView>(
      await township.request({ method: 'GET', url: `/api/project-plans/gantt?village=${VILLAGE}` }),
    );
    expect(ofVillage.area.name).toBe('东关村委会');
    expect(ofVillage.gantt.groups.map((g) => g.villageCode)).toEqual([VILLAGE]);
    const wide = await township.request({
      method: 'GET',
      url: '/api/project-plans/gantt?from=2020-01-01&to=2026-12-31',
    });
    expect(wide.statusCode).toBe(400);
    expect(errorOf(wide).message).toContain('1100');
  });
});
