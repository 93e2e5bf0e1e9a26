import { DEFAULT_RATING_CYCLE_SETTINGS, type TRatingCycle, type TRatingCycleList } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { errorOf } from '../../test/factories.ts';
import { insertRatingCycle } from '../../test/rating-factory.ts';
import { ratingContext, type TRatingContext } from './rating.test-context.ts';

/*
 * 星级评定's cycle (docs/rules.md §4.6): opened by the county once a year, settings editable until the
 * totals, each step refused in Chinese naming the stage or the date in the way. Each test uses a year
 * of its own, before the demo's cycles.
 */
describe('the star rating cycle', () => {
  let c: TRatingContext;
  beforeAll(async () => {
    c = await ratingContext();
  });
  afterAll(() => c.t.close());

  const open = (year: number) => c.post(c.admin, '/api/rating/cycles', { year });

  it('is opened by the county once a year, with the default settings, and read by townships and viewers', async () => {
    const cycle = c.ok<TRatingCycle>(await open(2011));
    expect(cycle.stage).toBe('open');
    expect(cycle.settings.weights).toEqual({ quantitative: 70, organisation: 10, villagers: 20 });
    expect(cycle.editable).toBe(true);
    expect(cycle.steps.find((s) => s.step === 'compute')?.allowed).toBe(true);
    expect(cycle.steps.find((s) => s.step === 'total')?.refusal).toBe(
      '2011 年度星级评定当前为“已开启”，不能汇总评定等次',
    );
    const audit = (await c.audits('rating.open')).find((a) => a.object_id === String(cycle.id));
    expect(audit?.details).toMatchObject({ year: 2011, settingsFrom: 'defaults' });

    const twice = await open(2011);
    expect(twice.statusCode).toBe(409);
    expect(errorOf(twice).message).toBe('2011 年度的星级评定已经开启，每年只开启一次');

    const future = await open(c.t.clock.now().getFullYear() + 1);
    expect(future.statusCode).toBe(400);
    expect(errorOf(future).details?.[0]?.message).toMatch(/^年度：不能晚于 \d{4} 年$/);

    const byTownship = await c.post(c.jincheng, '/api/rating/cycles', { year: 2012 });
    expect(byTownship.statusCode).toBe(403);

    for (const reader of [c.jincheng, c.viewer]) {
      const list = c.ok<TRatingCycleList>(await c.get(reader, '/api/rating/cycles'));
      expect(list.items.map((i) => i.year)).toContain(2011);
      const seen = c.ok<TRatingCycle>(await c.get(reader, `/api/rating/cycles/${cycle.id}`));
      expect(seen.mayManage).toBe(false);
    }
  });

  it('takes the settings of the year before when opened', async () => {
    const first = c.ok<TRatingCycle>(await open(2013));
    const settings = { ...DEFAULT_RATING_CYCLE_SETTINGS, excellentShare: 0.15, recordsFrom: '2013-07-01' };
    c.ok(await c.request(c.admin, 'PUT', `/api/rating/cycles/${first.id}/settings`, { settings }));
    const next = c.ok<TRatingCycle>(await open(2014));
    expect(next.settings.excellentShare).toBe(0.15);
    expect(next.settings.recordsFrom).toBeNull(); // a new year counts from 1 January
  });

  it('changes settings only while editable, refusing weights that do not add up to 100', async () => {
    const cycle = c.ok<TRatingCycle>(await open(2015));
    const put = (settings: object, id = cycle.id) =>
      c.request(c.admin, 'PUT', `/api/rating/cycles/${id}/settings`, { settings });

    const bad = await put({
      ...DEFAULT_RATING_CYCLE_SETTINGS,
      weights: { quantitative: 70, organisation: 10, villagers: 10 },
    });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).details?.[0]?.message).toBe('各部分权重：各项权重之和须为 100');
    const order = await put({
      ...DEFAULT_RATING_CYCLE_SETTINGS,
      thresholds: { excellent: 70, competent: 75, basicallyCompetent: 60 },
    });
    expect(errorOf(order).details?.[0]?.message).toBe(
      '等次分数线：分数线须依次降低（优秀 > 合格 > 基本合格）',
    );

    const changed = c.ok<TRatingCycle>(
      await put({
        ...DEFAULT_RATING_CYCLE_SETTINGS,
        weights: { quantitative: 60, organisation: 20, villagers: 20 },
      }),
    );
    expect(changed.settings.weights.quantitative).toBe(60);
    expect((await c.audits('rating.settings')).some((a) => a.object_id === String(cycle.id))).toBe(true);

    // 量化考核记录起算日: a day of the cycle's year; another year's is refused and nothing changes
    for (const recordsFrom of ['2014-12-31', '2016-01-01']) {
      const outside = await put({ ...DEFAULT_RATING_CYCLE_SETTINGS, recordsFrom });
      expect(outside.statusCode).toBe(400);
      expect(errorOf(outside).details?.[0]?.message).toBe(
        '量化考核记录起算日：须在 2015 年内（2015-01-01 至 2015-12-31），留空即全年',
      );
    }
    const unchanged = c.ok<TRatingCycle>(await c.get(c.admin, `/api/rating/cycles/${cycle.id}`));
    expect(unchanged.settings).toEqual(changed.settings);
    const from = c.ok<TRatingCycle>(await put({ ...changed.settings, recordsFrom: '2015-07-01' }));
    expect(from.settings.recordsFrom).toBe('2015-07-01');
    c.ok(await put({ ...changed.settings, recordsFrom: null }));

    const frozenId = await insertRatingCycle(c.db, { year: 2016, stage: 'review' });
    const frozen = await put(DEFAULT_RATING_CYCLE_SETTINGS, frozenId);
    expect(frozen.statusCode).toBe(409);
    expect(errorOf(frozen).message).toBe(
      '2016 年度星级评定当前为“审核中”，设置已在汇总评定等次时冻结，不能修改',
    );
  });

  it('refuses each step out of its stage, naming the stage, and the totals while the survey runs', async () => {
    const cycle = c.ok<TRatingCycle>(await open(2017));
    const refused = async (name: string, message: string, payload: object = {}) => {
      const res = await c.step(c.admin, cycle.id, name, payload);
      expect(res.statusCode, res.body).toBe(409);
      expect(errorOf(res).message).toBe(message);
    };
    await refused('open-evaluation', '2017 年度星级评定当前为“已开启”，不能开始组织评价');
    await refused('publish-notice', '2017 年度星级评定当前为“已开启”，不能发布公示');
    await refused('confirm', '2017 年度星级评定当前为“已开启”，不能确认结果');

    c.ok(await c.step(c.admin, cycle.id, 'compute'));
    c.ok(await c.step(c.admin, cycle.id, 'compute')); // recomputable until the evaluation opens
    c.ok(await c.step(c.admin, cycle.id, 'open-evaluation'));
    await refused('compute', '2017 年度星级评定当前为“组织评价中”，不能计算量化考核');

    const from = '2018-06-10';
    const backwards = await c.step(c.admin, cycle.id, 'open-survey', {
      surveyFrom: from,
      surveyUntil: '2018-06-01',
    });
    expect(backwards.statusCode).toBe(400);
    expect(errorOf(backwards).details?.[0]?.message).toBe(`评议结束日期：不能早于评议开始日期 ${from}`);
    const tooEarly = await c.step(c.admin, cycle.id, 'open-survey', {
      surveyFrom: '2016-12-01',
      surveyUntil: from,
    });
    expect(errorOf(tooEarly).details?.[0]?.message).toBe('评议开始日期：须在 2017-01-01 至 2018-12-31 之间');

    // the window of a past year's cycle may run into the next year only: this one is set within 2017–2018
    const window = { surveyFrom: '2018-12-01', surveyUntil: '2018-12-31' };
    const surveying = c.ok<TRatingCycle>(await c.step(c.admin, cycle.id, 'open-survey', window));
    expect(surveying.stage).toBe('surveying');
    expect(surveying.surveyUntil).toBe('2018-12-31');
    expect((await c.audits('rating.open_survey')).at(-1)?.details).toMatchObject(window);
    c.ok(await c.step(c.admin, cycle.id, 'total'));
    await refused('total', '2017 年度星级评定当前为“审核中”，不能汇总评定等次');
  });

  it('waits for the survey to end before the totals, and lets the county change its window', async () => {
    const until = `${c.t.clock.now().getFullYear() + 1}-01-01`;
    const id = await insertRatingCycle(c.db, {
      year: 2018,
      stage: 'surveying',
      surveyFrom: '2018-06-01',
      surveyUntil: until,
    });
    const running = await c.step(c.admin, id, 'total');
    expect(running.statusCode).toBe(409);
    expect(errorOf(running).message).toBe(`2018 年度群众评议至 ${until} 结束，评议结束后才能汇总评定等次`);

    const byTownship = await c.step(c.jincheng, id, 'survey-window', {
      surveyFrom: '2018-06-01',
      surveyUntil: '2018-12-31',
    });
    expect(byTownship.statusCode).toBe(403);
    const ended = c.ok<TRatingCycle>(
      await c.step(c.admin, id, 'survey-window', { surveyFrom: '2018-06-01', surveyUntil: '2018-12-31' }),
    );
    expect(ended.steps.find((s) => s.step === 'total')?.allowed).toBe(true);
    expect((await c.audits('rating.survey_window')).at(-1)?.details).toMatchObject({
      before: { surveyUntil: until },
      after: { surveyUntil: '2018-12-31' },
    });
    expect(c.ok<TRatingCycle>(await c.step(c.admin, id, 'total')).stage).toBe('review');
  });

  it('keeps the notice running 5 working days: it cannot close before its last day', async () => {
    const { cycleId } = await c.onNotice(2019);
    const cycle = c.ok<TRatingCycle>(await c.get(c.admin, `/api/rating/cycles/${cycleId}`));
    expect(cycle.stage).toBe('notice');
    expect(cycle.noticeUntil! >= c.today()).toBe(true);
    const early = await c.step(c.admin, cycleId, 'close-notice');
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).message).toBe(
      `2019 年度评定结果公示期至 ${cycle.noticeUntil} 结束，公示期满后才能结束公示`,
    );
  });

  it('publishes the notice only once every result is reviewed, on a date of the cycle’s year up to today', async () => {
    const { cycleId } = await c.atReview(2020);
    const unreviewed = await c.step(c.admin, cycleId, 'publish-notice');
    expect(unreviewed.statusCode).toBe(409);
    expect(errorOf(unreviewed).message).toBe(
      '2020 年度还有 2 名干部的评定结果未审核，全部审核后才能发布公示',
    );
    const early = await c.step(c.admin, cycleId, 'publish-notice', { publishedOn: '2019-12-31' });
    expect(early.statusCode).toBe(400);
    expect(errorOf(early).details?.[0]?.message).toBe(`公示发布日期须在 2020-01-01 至 ${c.today()} 之间`);
  });
});
