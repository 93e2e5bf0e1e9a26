import type {
  TMyRating,
  TRatingCycle,
  TRatingDistribution,
  TRatingNotice,
  TRatingResultDetail,
  TRatingResultList,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { errorOf } from '../../test/factories.ts';
import { ratingContext, type TRatingContext } from './rating.test-context.ts';

/*
 * 星级评定's results (docs/rules.md §4.6): read in scope (a township its villages only, another's result
 * is 404), reviewed by the county with reasons (audited), on notice to the county's accounts, appealed
 * once during the notice, decided, and confirmed with stars only once every appeal is decided.
 */
describe('star rating results, review, notice and appeals', () => {
  let c: TRatingContext;
  beforeAll(async () => {
    c = await ratingContext();
  });
  afterAll(() => c.t.close());

  it('shows a township only its villages’ results, sorted by village then name; another township’s is 404', async () => {
    const { cycleId, mineResult, otherResult } = await c.atReview(2001);
    const list = c.ok<TRatingResultList>(await c.get(c.jincheng, `/api/rating/cycles/${cycleId}/results`));
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.every((r) => r.villageCode.startsWith('140622100'))).toBe(true);
    expect(list.items.map((r) => r.id)).toContain(mineResult);

    const county = c.ok<TRatingResultList>(await c.get(c.admin, `/api/rating/cycles/${cycleId}/results`));
    expect(county.total).toBe(2);
    expect(county.items.map((r) => r.villageCode)).toEqual(
      [...county.items.map((r) => r.villageCode)].sort(),
    );

    expect((await c.get(c.jincheng, `/api/rating/results/${otherResult}`)).statusCode).toBe(404);
    expect((await c.get(c.nanhezhong, `/api/rating/results/${mineResult}`)).statusCode).toBe(404);
    expect((await c.get(c.viewer, `/api/rating/results/${otherResult}`)).statusCode).toBe(200);

    const spread = c.ok<TRatingDistribution>(
      await c.get(c.jincheng, `/api/rating/cycles/${cycleId}/distribution`),
    );
    expect(spread.assessed).toBe(1);
    expect(spread.townships.map((t) => t.name)).toEqual(['金城镇']);

    const quota = c.ok<TRatingResultList>(
      await c.get(c.admin, `/api/rating/cycles/${cycleId}/results?flag=quota`),
    );
    expect(quota.items.map((r) => r.id)).toEqual([otherResult]);
  });

  it('lets the county’s reviewer confirm or amend a result with a reason, audited; others may not', async () => {
    const { cycleId, mineResult, otherResult } = await c.atReview(2002);
    const review = (client = c.admin, id = mineResult, payload: object = {}) =>
      c.post(client, `/api/rating/results/${id}/review`, payload);

    expect((await review(c.jincheng, mineResult, { decision: 'confirm' })).statusCode).toBe(403);
    const noReason = await review(c.admin, mineResult, { decision: 'amend', grade: 'excellent' });
    expect(noReason.statusCode).toBe(400);
    expect(errorOf(noReason).details?.[0]?.message).toBe('理由：调整等次须写明理由');
    const same = await review(c.admin, mineResult, { decision: 'amend', grade: 'competent', reason: '维持' });
    expect(errorOf(same).details?.[0]?.message).toBe('等次：与现在的等次（合格）相同，不是调整');

    const amended = c.ok<TRatingResultDetail>(
      await review(c.admin, mineResult, {
        decision: 'amend',
        grade: 'excellent',
        reason: '县级验收加分漏计，按实际成效调整',
      }),
    );
    expect(amended.grade).toBe('excellent');
    expect(amended.computedGrade).toBe('competent');
    expect(amended.amended).toBe(true);
    expect(amended.reviewedByName).toBeTruthy();
    expect(amended.history.at(-1)).toMatchObject({
      action: 'rating.review_amend',
      grade: 'excellent',
      reason: '县级验收加分漏计，按实际成效调整',
    });
    const audit = (await c.audits('rating.review_amend')).find((a) => a.object_id === String(mineResult));
    expect(audit?.details).toMatchObject({ from: 'competent', to: 'excellent', computed: 'competent' });

    const wrongCount = await c.post(c.admin, `/api/rating/cycles/${cycleId}/review-remaining`, {
      expected: 2,
    });
    expect(errorOf(wrongCount).details?.[0]?.message).toBe(
      '待审核条数：待审核的结果现在是 1 条，请刷新页面核对后再确认',
    );
    c.ok(await c.post(c.admin, `/api/rating/cycles/${cycleId}/review-remaining`, { expected: 1 }));
    const rest = await c.result(c.admin, otherResult);
    expect(rest.reviewed).toBe(true);
    expect(rest.history.map((h) => h.action)).toEqual(['rating.review_remaining']);
    const cycle = c.ok<TRatingCycle>(await c.step(c.admin, cycleId, 'publish-notice'));
    expect(cycle.stage).toBe('notice');

    const late = await review(c.admin, mineResult, { decision: 'confirm' });
    expect(late.statusCode).toBe(409);
    expect(errorOf(late).message).toBe('2002 年度星级评定当前为“公示中”，只有“审核中”阶段可以审核评定结果');
  });

  it('tells the cadres of the notice and shows the county’s accounts names and grades, never scores', async () => {
    const { cycleId, mine } = await c.onNotice(2003);
    const told = await c.notices(await c.userIdOf(mine.personId), 'rating_notice_published');
    expect(told.map((n) => n.payload.cycleId)).toContain(cycleId);
    const notice = c.ok<TRatingNotice>(await c.get(mine.client, '/api/rating/notice?year=2003'));
    expect(notice.year).toBe(2003);
    expect(notice.items.length).toBe(2);
    expect(JSON.stringify(notice)).not.toContain('"total"');
    // a cadre holds no rating:read: the cycle's lists are the county's
    expect((await c.get(mine.client, `/api/rating/cycles/${cycleId}/results`)).statusCode).toBe(403);
  });

  it('takes one appeal from the cadre during the notice, of their own result only', async () => {
    const { mine, other, mineResult, otherResult } = await c.onNotice(2004);
    const own = c
      .ok<TMyRating>(await c.get(mine.client, '/api/rating/my'))
      .items.find((i) => i.id === mineResult);
    expect(own?.mayAppeal).toBe(true);
    expect(own?.parts.map((p) => p.part)).toEqual(['quantitative', 'organisation', 'villagers']);

    expect((await c.appeal(mine.client, otherResult)).statusCode).toBe(404);
    const appealed = c.ok<TRatingResultDetail>(await c.appeal(mine.client, mineResult));
    expect(appealed.appeal).toBe('pending');
    expect(appealed.mayAppeal).toBe(false);
    const twice = await c.appeal(mine.client, mineResult);
    expect(twice.statusCode).toBe(409);
    expect(errorOf(twice).message).toBe(`每名干部对年度评定结果只能申诉一次，已于 ${c.today()} 提出`);
    // the county's reviewers hear of it, naming the cadre
    const [admin] = await rowsOf<{ id: number }>(c.db, sql`select id from users where username = 'admin'`);
    const heard = await c.notices(admin!.id, 'rating_appealed');
    expect(heard.at(-1)?.payload).toMatchObject({
      resultId: mineResult,
      year: 2004,
      villageName: expect.any(String),
    });
    expect(await c.notices(await c.userIdOf(other.personId), 'rating_appealed')).toEqual([]);

    const { mine: late, mineResult: lateResult } = await c.onNotice(2005, c.daysAgo(40));
    const over = await c.appeal(late.client, lateResult);
    expect(over.statusCode).toBe(409);
    expect(errorOf(over).message).toMatch(/^2005 年度评定结果公示已于 \d{4}-\d{2}-\d{2} 结束，不能再申诉$/);
  });

  it('confirms only once every appeal is decided, then sets stars with the year’s commendations', async () => {
    const { cycleId, mine, mineResult } = await c.onNotice(2006, c.daysAgo(40));
    // the appeal was made during the notice (the notice is over now): recorded straight in the database
    await c.db.execute(
      sql`insert into rating_appeals (result_id, text) values (${mineResult}, '组织评价漏计驻村实绩，请复核')`,
    );
    c.ok(await c.step(c.admin, cycleId, 'close-notice'));
    const open = await c.step(c.admin, cycleId, 'confirm');
    expect(open.statusCode).toBe(409);
    expect(errorOf(open).message).toBe('2006 年度还有 1 件申诉未处理，全部处理后才能确认结果');

    const appealId = (await c.result(c.admin, mineResult)).appealDetail!.id;
    const noGrade = await c.post(c.admin, `/api/rating/appeals/${appealId}/decide`, {
      decision: 'amended',
      reason: '复核属实',
    });
    expect(errorOf(noGrade).details?.[0]?.message).toBe('新的等次：调整等次须选择新的等次');
    const decided = c.ok<TRatingResultDetail>(
      await c.post(c.admin, `/api/rating/appeals/${appealId}/decide`, {
        decision: 'amended',
        newGrade: 'excellent',
        reason: '复核后组织评价确有漏计',
      }),
    );
    expect(decided.grade).toBe('excellent');
    expect(decided.appeal).toBe('amended');
    const again = await c.post(c.admin, `/api/rating/appeals/${appealId}/decide`, {
      decision: 'kept',
      reason: '维持',
    });
    expect(errorOf(again).message).toBe('该申诉已经处理（调整等次），不能再次处理');
    const told = await c.notices(await c.userIdOf(mine.personId), 'rating_appeal_decided');
    expect(told.at(-1)?.payload).toMatchObject({ decision: 'amended', grade: 'excellent', year: 2006 });

    // a provincial commendation of the cadre in 2006 adds a star
    c.ok(
      await c.post(c.admin, '/api/awards', {
        personId: mine.personId,
        level: 'provincial',
        title: '全省优秀驻村第一书记',
        issuer: '中共山西省委组织部',
        awardedOn: '2006-07-01',
      }),
    );
    const confirmed = c.ok<TRatingCycle>(await c.step(c.admin, cycleId, 'confirm'));
    expect(confirmed.stage).toBe('confirmed');
    const result = await c.result(c.admin, mineResult);
    expect(result.stars).toBe(3);
    expect(result.awardStars).toBe(1);
    expect(result.history.map((h) => h.action)).toEqual(['rating.decide_appeal']);
  });
});
