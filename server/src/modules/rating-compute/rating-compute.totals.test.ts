import { addDays, DEFAULT_INDICATOR_WEIGHTS, mondaysOfYear, type TRatingSnapshot } from '@zhucun/core';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postings, ratingCycles, ratingResults } from '../../db/schema.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { buildCadre, buildPosting } from '../../test/cadre-factory.ts';
import { registerCadre } from '../../test/factories.ts';
import {
  insertDays,
  insertOpenCycle,
  insertOrgForm,
  insertSpotCheck,
  insertSurveyAnswers,
  insertViolation,
} from '../../test/rating-records-factory.ts';
import { userIdOf, villagesOf } from '../../test/task-factory.ts';
import { computeQuantitative, computeTotals, recomputeResult } from './rating-compute.service.ts';

/** Presence alone weighs in these tests: a year wholly in the village scores 100. */
const PRESENCE_ONLY = {
  indicatorWeights: {
    ...DEFAULT_INDICATOR_WEIGHTS,
    presence: 100,
    requests_on_time: 0,
    request_satisfaction: 0,
    tasks_on_time: 0,
    projects: 0,
    rectification: 0,
    night_visits: 0,
  },
};

describe('the totals of the star rating: parts, caps, quota, and a recomputation from the snapshot', () => {
  let t: TTestApp;
  let admin: TClient;
  let adminId: number;

  beforeAll(async () => {
    t = await buildTestApp();
    admin = await t.signIn('admin');
    adminId = await userIdOf(t.database.db, 'admin');
  });
  afterAll(() => t.close());

  /** `n` first secretaries of a village posted for the year (from 1 December before), each a whole year in the village. */
  async function cadresOfYear(year: number, village: string, n: number): Promise<number[]> {
    const ids: number[] = [];
    const mondays = mondaysOfYear(year);
    for (let i = 0; i < n; i++) {
      const { cadre } = await registerCadre(
        admin,
        buildCadre({
          posting: buildPosting({
            villageCode: village,
            startDate: `${year - 1}-12-01`,
            category: 'first_secretary',
            postTitle: '驻村第一书记',
          }),
        }),
      );
      // posted for the year alone, so no other test's year counts them
      await t.database.db
        .update(postings)
        .set({ actualEndDate: `${year}-12-31`, endReason: 'term_completed' })
        .where(eq(postings.personId, cadre.id));
      await insertDays(t.database.db, {
        personId: cadre.id,
        villageCode: village,
        from: mondays[0]!,
        to: addDays(mondays.at(-1)!, 6),
      });
      ids.push(cadre.id);
    }
    return ids;
  }

  const resultsOf = async (cycleId: number) =>
    new Map(
      (await t.database.db.select().from(ratingResults).where(eq(ratingResults.cycleId, cycleId))).map(
        (r) => [r.personId, r],
      ),
    );

  it('applies the caps (spot-check absence, veto) before the quota of excellent', async () => {
    const db = t.database.db;
    const year = 2013;
    const [village] = await villagesOf(db, '140622102', 1);
    const [a, b, c, d, e] = await cadresOfYear(year, village!, 5);
    const cycle = await insertOpenCycle(db, { year, settings: PRESENCE_ONLY });
    await computeQuantitative(db, cycle, { today: '2014-03-01' });
    // organisation 100 / 90 / 80 / 70 / 60, no survey: totals 100, 98.75, 97.5, 96.25, 95 — all excellent
    for (const [i, personId] of [a, b, c, d, e].entries())
      await insertOrgForm(db, {
        cycleId: cycle.id,
        personId: personId!,
        evaluator: 'county',
        score: 100 - 10 * i,
        submittedBy: adminId,
      });
    // the best is found absent on a Wednesday morning (not excellent); the fourth has a veto upheld
    await insertSpotCheck(db, {
      personId: a!,
      villageCode: village!,
      at: '2013-06-19 10:00',
      checkedBy: adminId,
    });
    await insertViolation(db, {
      personId: d!,
      villageCode: village!,
      year,
      recordedBy: adminId,
      deduction: 0,
      veto: true,
      text: '弄虚作假',
    });
    await computeTotals(db, cycle);

    const r = await resultsOf(cycle.id);
    expect(r.size).toBe(5);
    expect([a, b, c, d, e].map((p) => r.get(p!)!.total)).toEqual([100, 98.75, 97.5, 96.25, 95]);
    expect([a, b, c, d, e].every((p) => r.get(p!)!.scoreGrade === 'excellent')).toBe(true);
    // caps first: the absent best is competent, the vetoed one incompetent, neither by the quota
    expect(r.get(a!)).toMatchObject({
      caps: ['spot_check_absences'],
      quotaAdjusted: false,
      computedGrade: 'competent',
      grade: 'competent',
    });
    expect(r.get(d!)).toMatchObject({ caps: ['veto'], quotaAdjusted: false, computedGrade: 'incompetent' });
    // then the quota (20% of 5 assessed = 1) among those still excellent: the best of them keeps it
    expect(r.get(b!)).toMatchObject({ caps: [], quotaAdjusted: false, computedGrade: 'excellent' });
    for (const p of [c, e])
      expect(r.get(p!)).toMatchObject({ quotaAdjusted: true, computedGrade: 'competent' });
    const totalsOf = (p: number) => r.get(p)!.totalsInputs as TRatingSnapshot['totals'];
    expect(totalsOf(a!)?.spotChecks).toMatchObject({ absences: 1, checks: { more: 0 } });
    expect(totalsOf(d!)?.vetoes.items).toEqual(['弄虚作假']);
  });

  it("moves the villagers' part's weight onto the others when it is missing or below the sample", async () => {
    const db = t.database.db;
    const year = 2009;
    const [village] = await villagesOf(db, '140622200', 1);
    const [short, enough, none] = await cadresOfYear(year, village!, 3);
    const cycle = await insertOpenCycle(db, { year, settings: { ...PRESENCE_ONLY, excellentShare: 1 } });
    await computeQuantitative(db, cycle, { today: '2010-03-01' });
    for (const p of [short, enough])
      await insertOrgForm(db, {
        cycleId: cycle.id,
        personId: p!,
        evaluator: 'township',
        score: 80,
        submittedBy: adminId,
      });
    // nine households: below the sample of ten, insufficient
    await insertSurveyAnswers(db, {
      cycleId: cycle.id,
      personId: short!,
      villageCode: village!,
      answers: Array(9).fill('satisfied'),
    });
    // ten households: 6 satisfied, 4 dissatisfied = 60
    await insertSurveyAnswers(db, {
      cycleId: cycle.id,
      personId: enough!,
      villageCode: village!,
      answers: [...Array(6).fill('satisfied'), ...Array(4).fill('dissatisfied')],
    });
    await computeTotals(db, cycle);

    const r = await resultsOf(cycle.id);
    // 70/10/20 without villagers → 87.5/12.5: 100 × 0.875 + 80 × 0.125
    expect(r.get(short!)).toMatchObject({
      quantitative: 100,
      organisation: 80,
      villagers: null,
      villagerHouseholds: 9,
      total: 97.5,
    });
    // all three parts: 100 × 0.7 + 80 × 0.1 + 60 × 0.2
    expect(r.get(enough!)).toMatchObject({
      organisation: 80,
      villagers: 60,
      villagerHouseholds: 10,
      total: 90,
    });
    // the quantitative part alone carries the whole weight
    expect(r.get(none!)).toMatchObject({
      organisation: null,
      villagers: null,
      villagerHouseholds: 0,
      total: 100,
    });
  });

  it('recomputes a closed cycle from its snapshots alone and finds the same figures', async () => {
    const db = t.database.db;
    const year = 2011;
    const [village] = await villagesOf(db, '140622201', 1);
    const people = await cadresOfYear(year, village!, 6);
    const [p0, p1, p2, p3, p4, p5] = people;
    // a varied year: a week away, a leave-less absence, forms, answers, a deduction and a veto
    await insertDays(db, {
      personId: p1!,
      villageCode: village!,
      from: '2011-05-02',
      to: '2011-05-15',
      day: 'absent',
      night: 'absent',
    });
    await insertSpotCheck(db, {
      personId: p2!,
      villageCode: village!,
      at: '2011-09-14 21:30',
      checkedBy: adminId,
    });
    await insertSpotCheck(db, {
      personId: p2!,
      villageCode: village!,
      at: '2011-10-12 10:00',
      checkedBy: adminId,
    });
    await insertViolation(db, {
      personId: p3!,
      villageCode: village!,
      year,
      recordedBy: adminId,
      deduction: 6,
    });
    await insertViolation(db, {
      personId: p4!,
      villageCode: village!,
      year,
      recordedBy: adminId,
      deduction: 2,
      veto: true,
    });
    const cycle = await insertOpenCycle(db, { year });
    await computeQuantitative(db, cycle, { today: '2012-02-01' });
    for (const [i, p] of people.entries()) {
      await insertOrgForm(db, {
        cycleId: cycle.id,
        personId: p,
        evaluator: 'township',
        score: 95 - i * 3,
        submittedBy: adminId,
      });
      if (i % 2 === 0)
        await insertOrgForm(db, {
          cycleId: cycle.id,
          personId: p,
          evaluator: 'county',
          score: 88 + i,
          submittedBy: adminId,
        });
    }
    await insertSurveyAnswers(db, {
      cycleId: cycle.id,
      personId: p5!,
      villageCode: village!,
      answers: [...Array(8).fill('satisfied'), 'basically_satisfied', 'basically_satisfied', 'dissatisfied'],
    });
    await insertSurveyAnswers(db, {
      cycleId: cycle.id,
      personId: p0!,
      villageCode: village!,
      answers: ['satisfied'],
    });
    await computeTotals(db, cycle);
    // closed: confirmed, and nothing changes after it
    await db
      .update(ratingCycles)
      .set({ stage: 'confirmed', confirmedAt: new Date() })
      .where(eq(ratingCycles.id, cycle.id));

    const stored = [...(await resultsOf(cycle.id)).values()];
    expect(stored).toHaveLength(6);
    expect(stored.some((s) => s.caps.length > 0)).toBe(true);
    expect(stored.some((s) => s.villagers !== null)).toBe(true);
    for (const s of stored) {
      const again = await recomputeResult(db, s.id);
      expect(again, `result ${s.id}`).toMatchObject({
        quantitative: s.quantitative,
        organisation: s.organisation,
        villagers: s.villagers,
        villagerHouseholds: s.villagerHouseholds,
        total: s.total,
        scoreGrade: s.scoreGrade,
        caps: s.caps,
        quotaAdjusted: s.quotaAdjusted,
        computedGrade: s.computedGrade,
      });
      expect(s.grade).toBe(s.computedGrade);
    }
    expect(await recomputeResult(db, 2_000_000_000)).toBeNull();
  });
});
