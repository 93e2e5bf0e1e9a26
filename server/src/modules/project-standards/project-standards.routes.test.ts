import {
  addDays,
  localDate,
  quarterDates,
  quarterOf,
  type TProjectStandard,
  type TProjectState,
  type TSetCriteriaRequest,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre, type TSignedInCadre } from '../../test/cadre-account.ts';
import { errorOf, ROOMY_LOGIN } from '../../test/factories.ts';
import { jpegWithGps } from '../../test/images.ts';
import { insertTestProject } from '../../test/project-factory.ts';

const VILLAGE = '140622100200'; // 金城镇 (jincheng)

/** 一项目一标准: criteria, quarterly assessments by the township, the county's acceptance, the score explained. */
describe('a project’s standard, assessments and acceptance', () => {
  let t: TTestApp;
  let admin: TClient;
  let township: TClient;
  let otherTownship: TClient;
  let viewer: TClient;
  let cadre: TSignedInCadre;
  let today: string;
  /** The quarter before today's, and the one before that (the project starts in it). */
  let lastQuarter: string;
  let startQuarter: string;

  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    admin = await t.signIn('admin');
    township = await t.signIn('jincheng');
    otherTownship = await t.signIn('nanhezhong');
    viewer = await t.signIn('viewer');
    cadre = await createSignedInCadre(t, admin, { villageCode: VILLAGE });
    today = localDate(t.clock.now());
    lastQuarter = quarterOf(addDays(quarterDates(quarterOf(today)).from, -1));
    startQuarter = quarterOf(addDays(quarterDates(lastQuarter as never).from, -1));
  });
  afterAll(() => t.close());

  const project = async (state: TProjectState) =>
    (
      await insertTestProject(t.database.db, {
        villageCodes: [VILLAGE],
        leaderPersonId: cadre.personId,
        state,
        startDate: quarterDates(startQuarter as never).from,
        plannedEndDate: addDays(today, 200),
      })
    ).id;
  const CRITERIA: TSetCriteriaRequest['criteria'] = [
    {
      measure: '建成日光温室',
      targetValue: 20,
      targetUnit: '座',
      weight: 60,
      evidenceRequired: '竣工验收单',
    },
    { measure: '带动农户增收', targetValue: 35, targetUnit: '户', weight: 40, evidenceRequired: '分红名单' },
  ];
  const setCriteria = (c: TClient, id: number, body: TSetCriteriaRequest) =>
    c.request({ method: 'PUT', url: `/api/projects/${id}/criteria`, payload: body });
  const standard = async (c: TClient, id: number) => {
    const res = await c.request({ method: 'GET', url: `/api/projects/${id}/standard` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<TProjectStandard>();
  };
  /** A project in `state` whose criteria were set while it was a draft. */
  const withCriteria = async (state: TProjectState) => {
    const id = await project('draft');
    expect((await setCriteria(cadre.client, id, { criteria: CRITERIA })).statusCode).toBe(200);
    await t.database.db.execute(sql`update projects set state = ${state} where id = ${id}`);
    return { id, criteria: (await standard(admin, id)).criteria };
  };
  const scoresOf = (criteria: { id: number }[], values: number[]) =>
    criteria.map((c, i) => ({ criterionId: c.id, score: values[i]!, comment: `第${i + 1}项评语` }));
  const assess = (c: TClient, id: number, quarter: string, scores: unknown[]) =>
    c.request({ method: 'POST', url: `/api/projects/${id}/assessments`, payload: { quarter, scores } });
  const audits = (action: string, objectId: number) =>
    rowsOf<{ details: Record<string, unknown> }>(
      t.database.db,
      sql`select details from audit_log where action = ${action} and object_id = ${String(objectId)} order by id`,
    );

  it('hides the standard of a project outside the caller’s scope (404), before looking at anything else', async () => {
    const { id, criteria } = await withCriteria('in_progress');
    for (const res of [
      await otherTownship.request({ method: 'GET', url: `/api/projects/${id}/standard` }),
      await setCriteria(otherTownship, id, { criteria: CRITERIA, reason: '调整' }),
      await assess(otherTownship, id, lastQuarter, scoresOf(criteria, [80, 50])),
      await otherTownship.request({
        method: 'POST',
        url: `/api/projects/${id}/acceptance`,
        payload: { conclusion: 'passed', acceptedOn: today, scores: scoresOf(criteria, [80, 50]) },
      }),
    ]) {
      expect(res.statusCode, res.body).toBe(404);
      expect(errorOf(res).message).toBe('未找到该对象，或不在您的管辖范围内');
    }
    expect((await standard(viewer, id)).criteria).toHaveLength(2);
  });

  it('lets the village set the criteria before approval, with weights summing to 100', async () => {
    const id = await project('draft');
    const bad = await setCriteria(cadre.client, id, {
      criteria: [{ ...CRITERIA[0]!, weight: 50 }, CRITERIA[1]!],
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).message).toContain('验收标准：各项权重合计须为 100，现为 90');
    const res = await setCriteria(cadre.client, id, { criteria: CRITERIA });
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json<TProjectStandard>();
    expect(s.criteria.map((c) => [c.measure, c.targetValue, c.targetUnit, c.weight])).toEqual([
      ['建成日光温室', 20, '座', 60],
      ['带动农户增收', 35, '户', 40],
    ]);
    expect(s).toMatchObject({
      weightTotal: 100,
      criteriaFrozen: false,
      mayEditCriteria: true,
      mayAssess: false,
    });
    expect(await audits('project.criteria_set', id)).toHaveLength(1);
  });

  it('freezes the criteria once the township approves: then only the township changes them, with a reason, audited', async () => {
    const { id, criteria } = await withCriteria('approved');
    expect((await standard(cadre.client, id)).mayEditCriteria).toBe(false);
    const changed = [
      { ...CRITERIA[0]!, id: criteria[0]!.id, weight: 70 },
      { ...CRITERIA[1]!, id: criteria[1]!.id, weight: 30 },
    ];
    const byVillage = await setCriteria(cadre.client, id, { criteria: changed, reason: '调整' });
    expect(byVillage.statusCode).toBe(403);
    expect(errorOf(byVillage).message).toBe('乡镇审核通过后，验收标准已冻结，只能由乡镇或县级调整');
    const noReason = await setCriteria(township, id, { criteria: changed });
    expect(noReason.statusCode).toBe(400);
    expect(errorOf(noReason).message).toContain('理由：审核通过后调整验收标准须写明理由');
    const ok = await setCriteria(township, id, { criteria: changed, reason: '大棚数量调整后重新分配权重' });
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<TProjectStandard>().criteria.map((c) => [c.id, c.weight])).toEqual([
      [criteria[0]!.id, 70],
      [criteria[1]!.id, 30],
    ]);
    const [audit] = await audits('project.criteria_amend', id);
    expect(audit?.details).toMatchObject({
      reason: '大棚数量调整后重新分配权重',
      before: ['建成日光温室（60）', '带动农户增收（40）'],
      after: ['建成日光温室（70）', '带动农户增收（30）'],
    });
    await t.database.db.execute(sql`update projects set state = 'done' where id = ${id}`);
    const closed = await setCriteria(township, id, { criteria: changed, reason: '再调整' });
    expect(closed.statusCode).toBe(409);
    expect(errorOf(closed).message).toBe('该项目当前为“已完成”，验收标准已冻结，不能再修改');
  });

  it('takes one assessment per project and quarter from the township, and explains the score criterion by criterion', async () => {
    const { id, criteria } = await withCriteria('in_progress');
    const byCadre = await assess(cadre.client, id, lastQuarter, scoresOf(criteria, [80, 50]));
    expect(byCadre.statusCode).toBe(403);
    const missing = await assess(township, id, lastQuarter, scoresOf(criteria.slice(0, 1), [80]));
    expect(missing.statusCode).toBe(400);
    expect(errorOf(missing).message).toContain('评分：每项标准都须打分，还缺“带动农户增收”');
    const future = `${Number(today.slice(0, 4)) + 1}-Q1`;
    const early = await assess(township, id, future, scoresOf(criteria, [80, 50]));
    expect(early.statusCode).toBe(400);
    expect(errorOf(early).message).toContain(`评估季度：${future} 不在该项目的评估季度内`);

    const res = await assess(township, id, lastQuarter, scoresOf(criteria, [80, 50]));
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json<TProjectStandard>();
    // 60 % × 80 + 40 % × 50 = 48 + 20
    expect(s.score).toMatchObject({
      basis: 'assessment',
      quarter: lastQuarter,
      explained: { score: 68, complete: true },
    });
    expect(s.score?.explained.parts.map((p) => [p.measure, p.share, p.score, p.contribution])).toEqual([
      ['建成日光温室', 60, 80, 48],
      ['带动农户增收', 40, 50, 20],
    ]);
    expect(s.quarters.find((q) => q.quarter === lastQuarter)?.status).toBe('assessed');
    expect(s.quarters.find((q) => q.quarter === startQuarter)?.status).toBe('missing');
    expect(s.quarters.at(-1)).toMatchObject({ quarter: quarterOf(today), status: 'running' });

    const again = await assess(township, id, lastQuarter, scoresOf(criteria, [90, 90]));
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).message).toBe(
      `${lastQuarter} 已评估过，每个季度只评估一次；如需更正，请修改该季度的评估`,
    );
    const assessmentId = s.assessments[0]!.id;
    const edit = await township.request({
      method: 'PUT',
      url: `/api/project-assessments/${assessmentId}`,
      payload: { comment: '核实后更正', scores: scoresOf(criteria, [90, 60]) },
    });
    expect(edit.statusCode, edit.body).toBe(200);
    expect(edit.json<TProjectStandard>().score?.explained.score).toBe(78);
    const [history] = await audits('project.assess_edit', assessmentId);
    expect(history?.details).toMatchObject({
      quarter: lastQuarter,
      before: { scores: [{ score: 80 }, { score: 50 }] },
      after: { comment: '核实后更正', score: 78 },
    });
  });

  it('keeps an evidence photo with a score, the assessor’s own upload only', async () => {
    const { id, criteria } = await withCriteria('in_progress');
    const upload = async (c: TClient) =>
      (
        await c.request({
          method: 'POST',
          url: '/api/project-standards/evidence',
          headers: { 'content-type': 'image/jpeg' },
          payload: await jpegWithGps(),
        })
      ).json<{ id: number }>().id;
    const theirs = await upload(admin);
    const mine = await upload(township);
    const scores = scoresOf(criteria, [70, 70]);
    const borrowed = await assess(township, id, lastQuarter, [
      { ...scores[0], evidencePhotoId: theirs },
      scores[1],
    ]);
    expect(borrowed.statusCode).toBe(400);
    const res = await assess(township, id, lastQuarter, [{ ...scores[0], evidencePhotoId: mine }, scores[1]]);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TProjectStandard>().assessments[0]?.scores[0]?.evidencePhotoId).toBe(mine);
    const seen = await cadre.client.request({
      method: 'GET',
      url: `/api/project-standards/evidence/${mine}`,
    });
    expect(seen.statusCode).toBe(200);
    expect(seen.headers['content-type']).toBe('image/jpeg');
    const hidden = await otherTownship.request({
      method: 'GET',
      url: `/api/project-standards/evidence/${mine}`,
    });
    expect(hidden.statusCode).toBe(404);
  });

  it('records the county’s acceptance through the project’s state machine, and scores the project on it', async () => {
    const { id, criteria } = await withCriteria('acceptance');
    const body = { conclusion: 'passed', acceptedOn: today, note: '', scores: scoresOf(criteria, [100, 85]) };
    const accept = (c: TClient, payload: object) =>
      c.request({ method: 'POST', url: `/api/projects/${id}/acceptance`, payload });
    const byTownship = await accept(township, body);
    expect(byTownship.statusCode).toBe(403);
    const failNoReason = await accept(admin, { ...body, conclusion: 'failed' });
    expect(failNoReason.statusCode).toBe(400);
    expect(errorOf(failNoReason).message).toContain('验收不通过须写明理由');
    const later = await accept(admin, { ...body, acceptedOn: addDays(today, 1) });
    expect(later.statusCode).toBe(400);
    expect(errorOf(later).message).toContain('验收日期不能晚于今天');

    const res = await accept(admin, body);
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json<TProjectStandard>();
    expect(s.state).toBe('done');
    expect(s.acceptance).toMatchObject({ conclusion: 'passed', acceptedOn: today, explained: { score: 94 } });
    expect(s.score).toMatchObject({ basis: 'acceptance', quarter: null, explained: { score: 94 } });
    const [row] = await rowsOf<{ state: string; actual_end_date: string }>(
      t.database.db,
      sql`select state, to_char(actual_end_date, 'YYYY-MM-DD') as actual_end_date from projects where id = ${id}`,
    );
    expect(row).toEqual({ state: 'done', actual_end_date: today });
    expect(await audits('project.accept', id)).toHaveLength(1);
    expect(await audits('project.pass_acceptance', id)).toHaveLength(1);
    const twice = await accept(admin, body);
    expect(twice.statusCode).toBe(409);
  });

  it('sends a failed acceptance back to implementation with its reason', async () => {
    const { id, criteria } = await withCriteria('acceptance');
    const res = await admin.request({
      method: 'POST',
      url: `/api/projects/${id}/acceptance`,
      payload: {
        conclusion: 'failed',
        acceptedOn: today,
        note: '冷库未通电',
        scores: scoresOf(criteria, [40, 60]),
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json<TProjectStandard>();
    expect(s.state).toBe('in_progress');
    expect(s.acceptance).toMatchObject({
      conclusion: 'failed',
      note: '冷库未通电',
      explained: { score: 48 },
    });
    expect(s.score).toBeNull();
  });
});
