import { addDays, localDate, type TRatingCycle, type TRatingResultDetail } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre } from '../../test/cadre-account.ts';
import { ROOMY_LOGIN } from '../../test/factories.ts';
import { insertRatingCycle, insertRatingResult } from '../../test/rating-factory.ts';

export const JINCHENG_VILLAGE = '140622100200';
export const NANHEZHONG_VILLAGE = '140622101200';

type TRes = { statusCode: number; body: string; json: () => unknown };

/** A demo app, the county's and two townships' administrators, the county viewer, and helpers. */
export async function ratingContext() {
  const t: TTestApp = await buildTestApp({ login: ROOMY_LOGIN });
  const admin = await t.signIn('admin');
  const jincheng = await t.signIn('jincheng');
  const nanhezhong = await t.signIn('nanhezhong');
  const viewer = await t.signIn('viewer');
  const db = t.database.db;
  const today = () => localDate(t.clock.now());

  const ok = <T>(res: TRes): T => {
    expect(res.statusCode, res.body).toBe(200);
    return res.json() as T;
  };
  const post = (c: TClient, url: string, payload: object = {}) => c.request({ method: 'POST', url, payload });
  const get = (c: TClient, url: string) => c.request({ method: 'GET', url });
  const request = (c: TClient, method: 'PUT' | 'POST', url: string, payload: object) =>
    c.request({ method, url, payload });
  const step = (c: TClient, id: number, name: string, payload: object = {}) =>
    post(c, `/api/rating/cycles/${id}/${name}`, payload);

  /**
   * A cycle of `year` at review with two cadres of its own (金城镇 and 南河种镇), each with a result
   * (unreviewed unless asked): what the totals leave for the review.
   */
  const atReview = async (year: number, opts: { reviewed?: boolean } = {}) => {
    const cycleId = await insertRatingCycle(db, { year, stage: 'review' });
    const mine = await createSignedInCadre(t, admin, { villageCode: JINCHENG_VILLAGE });
    const other = await createSignedInCadre(t, admin, { villageCode: NANHEZHONG_VILLAGE });
    const mineResult = await insertRatingResult(db, {
      cycleId,
      personId: mine.personId,
      villageCode: JINCHENG_VILLAGE,
      total: 88,
      reviewed: opts.reviewed,
    });
    const otherResult = await insertRatingResult(db, {
      cycleId,
      personId: other.personId,
      villageCode: NANHEZHONG_VILLAGE,
      total: 92,
      grade: 'competent',
      quotaAdjusted: true,
      reviewed: opts.reviewed,
    });
    return { cycleId, mine, other, mineResult, otherResult };
  };

  /** The same, on notice since `publishedOn` (today by default): reviewed, published through the API. */
  const onNotice = async (year: number, publishedOn?: string) => {
    const c = await atReview(year, { reviewed: true });
    ok<TRatingCycle>(await step(admin, c.cycleId, 'publish-notice', publishedOn ? { publishedOn } : {}));
    return c;
  };

  const appeal = (
    c: TClient,
    resultId: number,
    text = '群众评议户数偏少，组织评价未体现本人工作实绩，请复核',
  ) => post(c, `/api/rating/my/results/${resultId}/appeal`, { text });
  const result = async (c: TClient, id: number) =>
    ok<TRatingResultDetail>(await get(c, `/api/rating/results/${id}`));
  const audits = (action: string) =>
    rowsOf<{ object_id: string; details: Record<string, unknown> }>(
      db,
      sql`select object_id, details from audit_log where action = ${action} order by id`,
    );
  const userIdOf = async (personId: number) =>
    (await rowsOf<{ user_id: number }>(db, sql`select user_id from persons where id = ${personId}`))[0]!
      .user_id;
  const notices = (userId: number, kind: string) =>
    rowsOf<{ payload: Record<string, unknown> }>(
      db,
      sql`select payload from notifications where user_id = ${userId} and kind = ${kind} order by id`,
    );

  return {
    t,
    db,
    admin,
    jincheng,
    nanhezhong,
    viewer,
    today,
    daysAgo: (n: number) => addDays(today(), -n),
    ok,
    post,
    get,
    request,
    step,
    atReview,
    onNotice,
    appeal,
    result,
    audits,
    userIdOf,
    notices,
  };
}
export type TRatingContext = Awaited<ReturnType<typeof ratingContext>>;
