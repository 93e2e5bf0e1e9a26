import { DEFAULT_RATING_CYCLE_SETTINGS, type TPublicSurveyResult, type TSurveyCounts } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { errorOf, ROOMY_LOGIN } from '../../test/factories.ts';
import { answerAll, countAnswers, jinchengVillages, setUpSurvey } from '../../test/rating-survey-factory.ts';

const UNKNOWN =
  '未能核对到本村农户：请核对户主姓名和手机号后四位（须是入户走访时登记的手机号），或联系驻村干部';

/** 群众评议 on the village's public page: households answer once per cadre; staff see counts only. */
describe('the villagers’ survey', () => {
  let t: TTestApp;
  let admin: TClient;
  let jincheng: TClient;
  let nanhezhong: TClient;
  let villages: string[];
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    [admin, jincheng, nanhezhong] = await Promise.all([
      t.signIn('admin'),
      t.signIn('jincheng'),
      t.signIn('nanhezhong'),
    ]);
    villages = await jinchengVillages(t);
  });
  afterAll(() => t.close());

  const answer = (token: string, payload: Record<string, unknown>, remoteAddress = '203.0.113.20') =>
    t.app.inject({ method: 'POST', url: `/api/public/v/${token}/survey`, payload, remoteAddress });

  it('lists the village’s cadres by name and post; a household answers once per cadre and the first answer stands', async () => {
    const s = await setUpSurvey(t, admin, {
      village: villages[1]!,
      cadres: ['周满意', '吴基本'],
      households: [{ headName: '张大山', phone: '13900001234' }],
    });
    expect(s.survey.open).toBe(true);
    expect(s.survey.cadres.map((c) => c.name).sort()).toEqual(['吴基本', '周满意']);
    expect(Object.keys(s.survey.cadres[0]!).sort()).toEqual(['category', 'id', 'name', 'postTitle']);

    const [first, second] = s.survey.cadres;
    const res = await answer(s.token, {
      headName: ' 张大山 ',
      phoneLast4: '1234',
      answers: [
        { cadre: first!.id, answer: 'satisfied', comment: '常来我家' },
        { cadre: second!.id, answer: 'basically_satisfied' },
      ],
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json<TPublicSurveyResult>()).toEqual({ saved: 2, alreadyAnswered: [] });
    expect(await countAnswers(t, s.cycleId)).toBe(2);

    const again = await answer(s.token, {
      headName: '张大山',
      phoneLast4: '1234',
      answers: [{ cadre: first!.id, answer: 'dissatisfied' }],
    });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).message).toBe(
      `本户已经评价过${first!.name}，每户对每名干部只评价一次，以第一次为准`,
    );
    expect(await countAnswers(t, s.cycleId)).toBe(2);
    const [kept] = await rowsOf<{ answer: string }>(
      t.database.db,
      sql`select answer from rating_survey_answers where cycle_id = ${s.cycleId} and comment = '常来我家'`,
    );
    expect(kept?.answer).toBe('satisfied');

    const [audit] = await rowsOf<{ object_id: string; details: Record<string, unknown> }>(
      t.database.db,
      sql`select object_id, details from audit_log where action = 'rating.survey_answer' and object_id = ${String(s.cycleId)}`,
    );
    expect(audit?.details).toEqual({ villageCode: villages[1], answers: 2 });
  });

  it('refuses an unknown household, a wrong name or digits and an ambiguous match in the same words, storing nothing', async () => {
    const s = await setUpSurvey(t, admin, {
      village: villages[2]!,
      cadres: ['郑评议'],
      households: [
        { headName: '李二', phone: '13900005678' },
        { headName: '李二', phone: '13700005678' },
        { headName: '王五', phone: '13900004321' },
      ],
    });
    const answers = answerAll(s.survey);
    const tries = [
      { headName: '李二', phoneLast4: '5678' }, // two households match: nobody
      { headName: '王五', phoneLast4: '4320' },
      { headName: '王六', phoneLast4: '4321' },
      { headName: '赵九', phoneLast4: '0000' },
    ];
    for (const who of tries) {
      const res = await answer(s.token, { ...who, answers });
      expect(res.statusCode, JSON.stringify(who)).toBe(400);
      expect(errorOf(res)).toEqual({ code: 'validation', message: UNKNOWN });
    }
    expect(await countAnswers(t, s.cycleId)).toBe(0);
    const ok = await answer(s.token, { headName: '王 五', phoneLast4: '4321', answers });
    expect(ok.statusCode, ok.body).toBe(200);
  });

  it('refuses answers outside the window or the surveying stage, and shows nothing then', async () => {
    const cases = [
      { window: [1, 5] as [number, number], stage: 'surveying' as const },
      { window: [-9, -1] as [number, number], stage: 'surveying' as const },
      { window: [-2, 5] as [number, number], stage: 'evaluating' as const },
      { window: [-2, 5] as [number, number], stage: 'review' as const },
    ];
    for (const c of cases) {
      const s = await setUpSurvey(t, admin, {
        village: villages[3]!,
        cadres: ['钱窗口'],
        households: [{ headName: '孙七', phone: '13900007777' }],
        ...c,
      });
      expect(s.survey).toEqual({ open: false, year: null, surveyUntil: null, cadres: [] });
      const [result] = await rowsOf<{ id: number }>(
        t.database.db,
        sql`select id from rating_results where cycle_id = ${s.cycleId}`,
      );
      const res = await answer(s.token, {
        headName: '孙七',
        phoneLast4: '7777',
        answers: [{ cadre: result!.id, answer: 'satisfied' }],
      });
      expect(res.statusCode, JSON.stringify(c)).toBe(409);
      expect(errorOf(res).message).toBe('本村群众评议现在没有进行，不能提交评价');
      expect(await countAnswers(t, s.cycleId)).toBe(0);
    }
  });

  it('refuses an answer on a cadre not on the village’s list, naming the field', async () => {
    const s = await setUpSurvey(t, admin, {
      village: villages[4]!,
      cadres: ['冯本村'],
      households: [{ headName: '陈八', phone: '13900008888' }],
    });
    const res = await answer(s.token, {
      headName: '陈八',
      phoneLast4: '8888',
      answers: [
        { cadre: s.survey.cadres[0]!.id, answer: 'satisfied' },
        { cadre: 2_000_000_000, answer: 'satisfied' },
      ],
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toEqual([
      { field: 'answers.1.cadre', message: '评价第2项的干部：所选干部不在本村本次评议名单中' },
    ]);
    expect(await countAnswers(t, s.cycleId)).toBe(0);
  });

  it('shows staff in scope how many households answered per village and cadre, never who answered what', async () => {
    const settings = { ...DEFAULT_RATING_CYCLE_SETTINGS, minSurveySample: 2 };
    const s = await setUpSurvey(t, admin, {
      village: villages[5]!,
      cadres: ['褚计数', '卫计数'],
      households: [
        { headName: '蒋一', phone: '13900001111' },
        { headName: '沈二', phone: '13900002222' },
      ],
      settings,
    });
    const [chu, wei] = [...s.survey.cadres].sort((a, b) => a.name.localeCompare(b.name, 'zh-CN'));
    await answer(s.token, {
      headName: '蒋一',
      phoneLast4: '1111',
      answers: [{ cadre: chu!.id, answer: 'dissatisfied', comment: '很少见到人' }],
    });
    await answer(s.token, {
      headName: '沈二',
      phoneLast4: '2222',
      answers: [
        { cadre: chu!.id, answer: 'satisfied' },
        { cadre: wei!.id, answer: 'satisfied' },
      ],
    });
    const res = await jincheng.request({ method: 'GET', url: `/api/rating/survey?cycleId=${s.cycleId}` });
    expect(res.statusCode, res.body).toBe(200);
    const counts = res.json<TSurveyCounts>();
    expect(counts.minSample).toBe(2);
    expect(counts.villages).toHaveLength(1);
    expect(counts.villages[0]).toMatchObject({ villageCode: villages[5], households: 2 });
    expect(counts.villages[0]!.cadres.map((c) => [c.name, c.households, c.reached])).toEqual([
      ['褚计数', 2, true],
      ['卫计数', 1, false],
    ]);
    expect(counts.totals).toEqual({ villages: 1, cadres: 2, reached: 1, households: 2 });
    for (const secret of ['蒋一', '沈二', '很少见到人', 'satisfied', '1111'])
      expect(res.body).not.toContain(secret);

    const other = await nanhezhong.request({ method: 'GET', url: `/api/rating/survey?cycleId=${s.cycleId}` });
    expect(other.json<TSurveyCounts>().villages).toEqual([]);
    const shuji = await t.signIn('shuji');
    expect((await shuji.request({ method: 'GET', url: '/api/rating/survey' })).statusCode).toBe(403);
  });
});
