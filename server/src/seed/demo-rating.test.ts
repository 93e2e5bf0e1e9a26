import {
  localDate,
  type TAdmonishmentList,
  type TAwardList,
  type TPriorityLists,
  type TStarHistory,
} from '@zhucun/core';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../db/client.ts';
import { ratingCycles, ratingResults } from '../db/schema.ts';
import { recomputeResult } from '../modules/rating-compute/rating-compute.service.ts';
import { buildTestApp, type TClient, type TTestApp } from '../test/build-test-app.ts';
import { demoDutyFrom, seedDemoDuty } from './demo-duty.ts';
import { seedDemoRating } from './demo-rating.ts';

describe('the demo county’s star rating', () => {
  let t: TTestApp;
  let admin: TClient;
  let today: string;
  beforeAll(async () => {
    t = await buildTestApp();
    today = localDate(t.clock.now());
    await t.database.db.transaction((tx) => seedDemoDuty(tx, today)); // this year's presence reads them
    await t.database.db.transaction((tx) => seedDemoRating(tx, today, '140622'));
    await t.database.db.transaction((tx) => seedDemoRating(tx, today, '140622')); // once only
    admin = await t.signIn('admin');
  });
  afterAll(() => t.close());

  const year = () => Number(today.slice(0, 4));

  it('has last year confirmed with grades under the quota, stars, three commendations and one admonishment', async () => {
    const db = t.database.db;
    const cycles = await db.select().from(ratingCycles).orderBy(ratingCycles.year);
    expect(cycles.map((c) => [c.year, c.stage])).toEqual([
      [year() - 1, 'confirmed'],
      [year(), 'surveying'],
    ]);
    const last = cycles[0]!;
    const grades = await rowsOf<{ grade: string; n: number; quota: number }>(
      db,
      sql`select grade, count(*)::int as n, count(*) filter (where quota_adjusted)::int as quota
          from rating_results where cycle_id = ${last.id} group by grade`,
    );
    const n = (g: string) => grades.find((r) => r.grade === g)?.n ?? 0;
    const assessed = grades.reduce((s, r) => s + r.n, 0);
    expect(assessed).toBeGreaterThan(20);
    expect(n('excellent')).toBeGreaterThan(0);
    expect(n('excellent')).toBeLessThanOrEqual(Math.floor(assessed * 0.2));
    expect(grades.reduce((s, r) => s + r.quota, 0)).toBeGreaterThan(0);
    expect(n('basically_competent') + n('incompetent')).toBe(1);

    const awards = (
      await admin.request({ method: 'GET', url: `/api/awards?year=${year() - 1}` })
    ).json<TAwardList>();
    expect(awards.total).toBe(3);

    const admonished = (
      await admin.request({ method: 'GET', url: '/api/rating/admonishments' })
    ).json<TAdmonishmentList>();
    expect(admonished.items).toHaveLength(1);
    expect(admonished.items[0]).toMatchObject({ year: year() - 1, rectification: { state: 'open' } });

    const lists = (
      await admin.request({ method: 'GET', url: '/api/rating/priority-lists' })
    ).json<TPriorityLists>();
    expect(lists.cycle?.year).toBe(year() - 1);
    expect(lists.lists.reduce((s, l) => s + l.entries.length, 0)).toBeGreaterThan(0);

    // shuji: commended, and the village collective too
    const shuji = await t.signIn('shuji');
    const mine = (await shuji.request({ method: 'GET', url: '/api/me/stars' })).json<TStarHistory>();
    expect(mine.years[0]).toMatchObject({ year: year() - 1, awardStars: 2 });
    expect(mine.years[0]!.stars).toBeGreaterThanOrEqual(3);
  });

  it('recomputes last year’s figures from their snapshots, and has this year computed with the survey open', async () => {
    const db = t.database.db;
    const [last] = await db
      .select()
      .from(ratingCycles)
      .where(eq(ratingCycles.year, year() - 1));
    const [one] = await db
      .select()
      .from(ratingResults)
      .where(and(eq(ratingResults.cycleId, last!.id), eq(ratingResults.quotaAdjusted, true)))
      .limit(1);
    const again = await recomputeResult(db, one!.id);
    expect(again).toMatchObject({
      quantitative: one!.quantitative,
      organisation: one!.organisation,
      total: one!.total,
      computedGrade: one!.computedGrade,
      quotaAdjusted: true,
    });
    const [now] = await db.select().from(ratingCycles).where(eq(ratingCycles.year, year()));
    expect(now!.surveyFrom! <= today && today <= now!.surveyUntil!).toBe(true);
    const [counted] = await rowsOf<{ n: number }>(
      db,
      sql`select count(*)::int as n from rating_results where cycle_id = ${now!.id} and inputs->'quantitative' is not null`,
    );
    expect(counted!.n).toBeGreaterThan(20);

    // counted from the demo's first day records: the weeks before them are not held against anyone
    const from = demoDutyFrom(today);
    if (from > `${year()}-01-01`) {
      expect((now!.settings as { recordsFrom?: string }).recordsFrom).toBe(from);
      const [presence] = await rowsOf<{ done: number; due: number }>(
        db,
        sql`select sum((inputs->'quantitative'->'presence'->>'done')::int)::int as done,
              sum((inputs->'quantitative'->'presence'->>'due')::int)::int as due
            from rating_results where cycle_id = ${now!.id}`,
      );
      expect(presence!.due).toBeGreaterThan(0);
      expect(presence!.done / presence!.due).toBeGreaterThan(0.5);
    }
  });
});
