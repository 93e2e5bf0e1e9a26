import {
  DEFAULT_RATING_CYCLE_SETTINGS,
  type TOrgFormItem,
  type TOrgFormSheet,
  type TRatingCycleStage,
  type TSession,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { buildCadre, buildPerson, buildPosting } from '../../test/cadre-factory.ts';
import { createUser, errorOf, ROOMY_LOGIN, registerCadre, signInReady } from '../../test/factories.ts';
import { assessInCycle, insertTestCycle } from '../../test/rating-forms-factory.ts';

const DONGGUAN = '140622100200'; // 金城镇 东关村委会
const OTHER_JINCHENG = '140622100201';
const NANHEZHONG = '140622101200';
const allNinety = { integrity: 90, ability: 90, diligence: 90, results: 90, honesty: 90 };

/** 组织评价: forms by the township, the dispatching unit and the county, signed, never on oneself. */
describe('organisation evaluation forms', () => {
  let t: TTestApp;
  let admin: TClient;
  let jincheng: TClient;
  let danwei: TClient;
  let unitId: number;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    [admin, jincheng, danwei] = await Promise.all([
      t.signIn('admin'),
      t.signIn('jincheng'),
      t.signIn('danwei'),
    ]);
    const me = (await danwei.request({ method: 'GET', url: '/api/auth/me' })).json<TSession>();
    unitId = me.user.roles[0]!.unitId!;
  });
  afterAll(() => t.close());

  const db = () => t.database.db;
  const cycleAt = (stage: TRatingCycleStage, settings = DEFAULT_RATING_CYCLE_SETTINGS) =>
    insertTestCycle(db(), { stage, settings });
  /** A cadre registered in a village and assessed in the cycle. */
  const assessed = async (cycleId: number, name: string, villageCode: string, extra = {}) => {
    const { cadre } = await registerCadre(
      admin,
      buildCadre({ person: buildPerson({ name }), posting: buildPosting({ villageCode, ...extra }) }),
    );
    await assessInCycle(db(), cycleId, { personId: cadre.id, villageCode });
    return cadre.id;
  };
  const sheetOf = async (client: TClient, query: string) =>
    (await client.request({ method: 'GET', url: `/api/rating/forms?${query}` })).json<TOrgFormSheet>();
  const submit = (client: TClient, payload: Record<string, unknown>) =>
    client.request({ method: 'POST', url: '/api/rating/forms', payload });
  const formRows = async (cycleId: number) =>
    Number(
      (
        await rowsOf<{ n: number }>(
          db(),
          sql`select count(*) as n from rating_org_forms where cycle_id = ${cycleId}`,
        )
      )[0]!.n,
    );

  it('lets a township score its cadres in village and name order, with the form’s score, its signer and counts', async () => {
    const cycle = await cycleAt('evaluating');
    const wang = await assessed(cycle.id, '王评一', DONGGUAN);
    const li = await assessed(cycle.id, '李评二', DONGGUAN);
    const zhao = await assessed(cycle.id, '赵评三', OTHER_JINCHENG);
    const far = await assessed(cycle.id, '钱评四', NANHEZHONG);

    const before = await sheetOf(jincheng, `cycleId=${cycle.id}`);
    expect(before.evaluator).toBe('township');
    expect(before.criteria.map((c) => c.label)).toEqual(['德', '能', '勤', '绩', '廉']);
    expect(before.items.map((i) => i.personId)).toEqual([li, wang, zhao]);
    expect(before.items.map((i) => i.personId)).not.toContain(far);
    expect(before.counts).toEqual({ total: 3, done: 0, todo: 3 });

    const scores = { integrity: 90, ability: 80, diligence: 85, results: 70, honesty: 100 };
    const res = await submit(jincheng, {
      cycleId: cycle.id,
      personId: wang,
      evaluator: 'township',
      scores,
      comment: '扎根村里',
    });
    expect(res.statusCode, res.body).toBe(200);
    const item = res.json<TOrgFormItem>();
    expect(item.form).toMatchObject({ score: 85, scores, comment: '扎根村里', evaluator: 'township' });
    expect(item.form?.submittedByName).toBe('金城镇管理员');

    const after = await sheetOf(jincheng, `cycleId=${cycle.id}`);
    expect(after.counts).toEqual({ total: 3, done: 1, todo: 2 });
    expect(after.items.find((i) => i.personId === wang)?.form?.score).toBe(85);
    const [audit] = await rowsOf<{ action: string; object_type: string; actor_name: string }>(
      db(),
      sql`select action, object_type, actor_name from audit_log
          where object_id = ${String(item.form!.id)} and action = 'rating.form_submit'`,
    );
    expect(audit).toEqual({
      action: 'rating.form_submit',
      object_type: 'rating_org_form',
      actor_name: 'jincheng',
    });
  });

  it('replaces a form submitted again, signed by the account that submitted last', async () => {
    const cycle = await cycleAt('surveying');
    const person = await assessed(cycle.id, '孙评五', DONGGUAN);
    const other = await signInReady(t, await createUser(admin, { displayName: '金城镇组织委员' }));
    await submit(jincheng, { cycleId: cycle.id, personId: person, evaluator: 'township', scores: allNinety });
    const res = await submit(other, {
      cycleId: cycle.id,
      personId: person,
      evaluator: 'township',
      scores: { ...allNinety, results: 40 },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TOrgFormItem>().form).toMatchObject({ score: 80, submittedByName: '金城镇组织委员' });
    expect(await formRows(cycle.id)).toBe(1);
  });

  it('lets the dispatching unit score the cadres it sent and no other', async () => {
    const cycle = await cycleAt('evaluating');
    const sent = await assessed(cycle.id, '周评六', NANHEZHONG, { unitId });
    const notSent = await assessed(cycle.id, '吴评七', NANHEZHONG);
    const sheet = await sheetOf(danwei, `cycleId=${cycle.id}`);
    expect(sheet.evaluators).toEqual(['unit']);
    expect(sheet.items.map((i) => i.personId)).toEqual([sent]);
    const ok = await submit(danwei, {
      cycleId: cycle.id,
      personId: sent,
      evaluator: 'unit',
      scores: allNinety,
    });
    expect(ok.statusCode, ok.body).toBe(200);
    const refused = await submit(danwei, {
      cycleId: cycle.id,
      personId: notSent,
      evaluator: 'unit',
      scores: allNinety,
    });
    expect(refused.statusCode).toBe(404);
    expect(refused.body).not.toContain('吴评七');
    expect(await formRows(cycle.id)).toBe(1);
  });

  it('lets the county score any cadre; a township is refused another township’s (404) and another evaluator’s form', async () => {
    const cycle = await cycleAt('evaluating');
    const far = await assessed(cycle.id, '郑评八', NANHEZHONG);
    const county = await submit(admin, {
      cycleId: cycle.id,
      personId: far,
      evaluator: 'county',
      scores: allNinety,
    });
    expect(county.statusCode, county.body).toBe(200);
    expect((await sheetOf(admin, `cycleId=${cycle.id}`)).items.some((i) => i.personId === far)).toBe(true);
    const outside = await submit(jincheng, {
      cycleId: cycle.id,
      personId: far,
      evaluator: 'township',
      scores: allNinety,
    });
    expect(outside.statusCode).toBe(404);
    expect(outside.body).not.toContain('郑评八');
    const asCounty = await submit(jincheng, {
      cycleId: cycle.id,
      personId: far,
      evaluator: 'county',
      scores: allNinety,
    });
    expect(asCounty.statusCode).toBe(400);
    expect(errorOf(asCounty).message).toContain('评价主体：本账号不能以“县委组织部”身份评分');
    expect(await formRows(cycle.id)).toBe(1);
  });

  it('refuses anyone scoring themselves, in Chinese, and leaves them out of the counts', async () => {
    const cycle = await cycleAt('evaluating');
    const person = await assessed(cycle.id, '冯评九', DONGGUAN);
    const created = await createUser(admin, { displayName: '冯评九' });
    await db().execute(sql`update persons set user_id = ${created.user.id} where id = ${person}`);
    const self = await signInReady(t, created);
    const sheet = await sheetOf(self, `cycleId=${cycle.id}`);
    expect(sheet.items.find((i) => i.personId === person)?.self).toBe(true);
    expect(sheet.counts.total).toBe(sheet.items.length - 1);
    const res = await submit(self, {
      cycleId: cycle.id,
      personId: person,
      evaluator: 'township',
      scores: allNinety,
    });
    expect(res.statusCode).toBe(403);
    expect(errorOf(res).message).toBe('不能给自己评分：该干部是本账号本人');
    expect(await formRows(cycle.id)).toBe(0);
  });

  it('takes forms only while the cycle evaluates or surveys, naming the stage otherwise', async () => {
    for (const [stage, name] of [
      ['computed', '量化已计算'],
      ['review', '审核中'],
      ['confirmed', '已确认'],
    ] as const) {
      const cycle = await cycleAt(stage);
      const person = await assessed(cycle.id, '陈评十', DONGGUAN);
      const sheet = await sheetOf(jincheng, `cycleId=${cycle.id}`);
      expect(sheet.cycle?.open).toBe(false);
      const res = await submit(jincheng, {
        cycleId: cycle.id,
        personId: person,
        evaluator: 'township',
        scores: allNinety,
      });
      expect(res.statusCode).toBe(409);
      expect(errorOf(res).message).toBe(
        `本年度星级评定当前为“${name}”阶段，组织评价表只能在“组织评价中”或“群众评议中”阶段填写`,
      );
      expect(await formRows(cycle.id)).toBe(0);
    }
  });

  it('scores each of the cycle’s own criteria 0–100, naming a missing, wrong or unknown one', async () => {
    const settings = {
      ...DEFAULT_RATING_CYCLE_SETTINGS,
      criteria: [
        { code: 'work', label: '工作实绩', weight: 60 },
        { code: 'conduct', label: '作风', weight: 40 },
      ],
    };
    const cycle = await cycleAt('evaluating', settings);
    const person = await assessed(cycle.id, '褚评十一', DONGGUAN);
    const body = (scores: Record<string, unknown>) => ({
      cycleId: cycle.id,
      personId: person,
      evaluator: 'township',
      scores,
    });
    const missing = await submit(jincheng, body({ work: 80 }));
    expect(missing.statusCode).toBe(400);
    expect(errorOf(missing).details).toEqual([
      { field: 'scores.conduct', message: '请为“作风”打分（0—100 分）' },
    ]);
    const wrong = await submit(jincheng, body({ work: 101, conduct: 90 }));
    expect(errorOf(wrong).message).toContain('“工作实绩”的分数须为 0—100 的整数');
    const unknown = await submit(jincheng, body({ work: 80, conduct: 90, integrity: 90 }));
    expect(errorOf(unknown).message).toContain('“integrity”不是本年度组织评价的评分项目');
    expect(await formRows(cycle.id)).toBe(0);
    const ok = await submit(jincheng, body({ work: 80, conduct: 90 }));
    expect(ok.statusCode, ok.body).toBe(200);
    expect(ok.json<TOrgFormItem>().form?.score).toBe(84);
  });

  it('does not find a cycle that does not exist', async () => {
    const res = await jincheng.request({ method: 'GET', url: '/api/rating/forms?cycleId=2000000000' });
    expect(res.statusCode).toBe(404);
  });
});
