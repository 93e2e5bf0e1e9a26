import {
  addDays,
  DEFAULT_INDICATOR_WEIGHTS,
  quantitativeScore,
  SNAPSHOT_ID_LIMIT,
  type TRatingSnapshot,
} from '@zhucun/core';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { ratingResults } from '../../db/schema.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { buildCadre, buildPosting } from '../../test/cadre-factory.ts';
import { registerCadre } from '../../test/factories.ts';
import { insertTestProject } from '../../test/project-factory.ts';
import {
  insertAssignedTask,
  insertDays,
  insertEscalation,
  insertOpenCycle,
  insertProjectStandard,
  insertRectificationItem,
  insertRequest,
  insertViolation,
  insertVisits,
} from '../../test/rating-records-factory.ts';
import { userIdOf, villagesOf } from '../../test/task-factory.ts';
import { computeQuantitative } from './rating-compute.service.ts';

/** The quantitative part read from records the test writes into a year of its own (2015). */
describe('the quantitative part of the star rating, from the year’s records', () => {
  let t: TTestApp;
  let admin: TClient;
  let adminId: number;
  const year = 2015;

  beforeAll(async () => {
    t = await buildTestApp();
    admin = await t.signIn('admin');
    adminId = await userIdOf(t.database.db, 'admin');
  });
  afterAll(() => t.close());

  const cadreIn = async (villageCode: string, startDate: string, category = 'first_secretary') =>
    (
      await registerCadre(
        admin,
        buildCadre({
          posting: buildPosting({
            villageCode,
            startDate,
            category: category as 'first_secretary',
            postTitle: '驻村',
          }),
        }),
      )
    ).cadre.id;

  it('reads each indicator of every cadre stationed in the year, and the records behind each figure', async () => {
    const db = t.database.db;
    const [village, other] = await villagesOf(db, '140622101', 2);
    const a = await cadreIn(village!, '2014-12-01');
    const late = await cadreIn(village!, '2015-07-01', 'team_member'); // posted from July: half the village's year
    const committee = await cadreIn(village!, '2014-01-01', 'village_committee'); // not dispatched: not assessed
    const before = (await registerCadre(admin, buildCadre({ posting: null }))).cadre.id; // posted, then gone
    await db.execute(sql`insert into postings (person_id, village_code, category, post_title, start_date, actual_end_date)
      values (${before}, ${village}, 'team_member', '队员', '2013-01-01', '2014-06-30')`);

    // 五天四夜: every week in the village but two
    await insertDays(db, { personId: a, villageCode: village!, from: '2014-12-29', to: '2016-01-03' });
    for (const monday of ['2015-03-02', '2015-06-01'])
      await insertDays(db, {
        personId: a,
        villageCode: village!,
        from: monday,
        to: addDays(monday, 6),
        day: 'absent',
        night: 'absent',
      });
    // requests of the village: on time and satisfied; late and basically; open past due; escalated;
    // reopened (dissatisfied); withdrawn, before the posting, due next year: none of these three
    const r1 = await insertRequest(db, {
      villageCode: village!,
      registeredOn: '2015-03-01',
      resolveBy: '2015-03-20',
      resolvedOn: '2015-03-18',
      state: 'followed_up',
      satisfaction: 'satisfied',
      followedUpOn: '2015-03-25',
    });
    const r2 = await insertRequest(db, {
      villageCode: village!,
      registeredOn: '2015-04-01',
      resolveBy: '2015-04-20',
      resolvedOn: '2015-04-25',
      state: 'followed_up',
      satisfaction: 'basically_satisfied',
      followedUpOn: '2015-04-28',
    });
    const r3 = await insertRequest(db, {
      villageCode: village!,
      registeredOn: '2015-12-10',
      resolveBy: '2015-12-29',
      state: 'in_progress',
    });
    const r4 = await insertRequest(db, {
      villageCode: village!,
      registeredOn: '2015-05-01',
      resolveBy: '2015-05-20',
      state: 'accepted',
    });
    await insertEscalation(db, r4, '2015-05-21');
    const r8 = await insertRequest(db, {
      villageCode: village!,
      registeredOn: '2015-07-01',
      resolveBy: '2015-08-01',
      state: 'in_progress',
      satisfaction: 'dissatisfied',
      followedUpOn: '2015-07-10',
    });
    await insertRequest(db, {
      villageCode: village!,
      registeredOn: '2015-06-01',
      resolveBy: '2015-06-20',
      state: 'withdrawn',
    });
    await insertRequest(db, {
      villageCode: village!,
      registeredOn: '2014-11-01',
      resolveBy: '2015-01-20',
      state: 'in_progress',
    });
    await insertRequest(db, {
      villageCode: village!,
      registeredOn: '2015-12-28',
      resolveBy: '2016-01-15',
      state: 'accepted',
    });

    // tasks: own, on time; the village's, late and open past due; own, due next year; another village's
    const t1 = await insertAssignedTask(db, {
      createdBy: adminId,
      deadline: '2015-05-10',
      doneOn: '2015-05-09',
      personId: a,
      villageCode: village!,
    });
    const t2 = await insertAssignedTask(db, {
      createdBy: adminId,
      deadline: '2015-06-10',
      doneOn: '2015-06-12',
      villageCode: village!,
    });
    const t3 = await insertAssignedTask(db, {
      createdBy: adminId,
      deadline: '2015-09-01',
      villageCode: village!,
    });
    await insertAssignedTask(db, {
      createdBy: adminId,
      deadline: '2016-01-10',
      personId: a,
      villageCode: village!,
    });
    await insertAssignedTask(db, { createdBy: adminId, deadline: '2015-09-01', villageCode: other! });

    // projects: led (latest quarter 72.0), claimed (accepted 91.5), led but assessed only the year before
    const p1 = (
      await insertTestProject(db, { villageCodes: [village!], leaderPersonId: a, state: 'in_progress' })
    ).id;
    await insertProjectStandard(db, {
      projectId: p1,
      weights: [60, 40],
      assessments: [
        { year, quarter: 2, scores: [80, 90] },
        { year, quarter: 3, scores: [70, 75] },
      ],
      by: adminId,
    });
    const p2 = (
      await insertTestProject(db, {
        villageCodes: [village!],
        leaderPersonId: committee,
        claimantIds: [a],
        state: 'done',
      })
    ).id;
    await insertProjectStandard(db, {
      projectId: p2,
      weights: [100],
      assessments: [{ year, quarter: 2, scores: [60] }],
      acceptance: { on: '2015-11-20', result: 'passed', score: 91.5 },
      by: adminId,
    });
    const p3 = (
      await insertTestProject(db, { villageCodes: [village!], leaderPersonId: a, state: 'in_progress' })
    ).id;
    await insertProjectStandard(db, {
      projectId: p3,
      weights: [100],
      assessments: [{ year: 2014, quarter: 4, scores: [99] }],
      by: adminId,
    });

    // rectification: the village's closed on time; another's owned by the cadre, closed late; the village's open past due; next year's
    const x1 = await insertRectificationItem(db, {
      divisionCode: village!,
      deadline: '2015-04-30',
      state: 'closed',
      reportedOn: '2015-04-28',
    });
    const x2 = await insertRectificationItem(db, {
      divisionCode: other!,
      deadline: '2015-08-31',
      state: 'closed',
      reportedOn: '2015-09-05',
      ownerPersonId: a,
    });
    const x3 = await insertRectificationItem(db, { divisionCode: village!, deadline: '2015-10-31' });
    await insertRectificationItem(db, { divisionCode: village!, deadline: '2016-03-01' });

    // night visits: 30 at night, 3 by day (not night visits)
    const nights = await insertVisits(db, {
      personId: a,
      villageCode: village!,
      from: '2015-02-01',
      count: 30,
    });
    await insertVisits(db, {
      personId: a,
      villageCode: village!,
      from: '2015-09-01',
      count: 3,
      atNight: false,
    });

    // negative list: upheld 3, reduced 5 → 2; dismissed, undecided, and last year's count for nothing
    const v1 = await insertViolation(db, {
      personId: a,
      villageCode: village!,
      year,
      recordedBy: adminId,
      deduction: 3,
    });
    const v2 = await insertViolation(db, {
      personId: a,
      villageCode: village!,
      year,
      recordedBy: adminId,
      deduction: 5,
      outcome: 'reduced',
      finalDeduction: 2,
    });
    await insertViolation(db, {
      personId: a,
      villageCode: village!,
      year,
      recordedBy: adminId,
      deduction: 4,
      outcome: 'dismissed',
      finalDeduction: 0,
    });
    await insertViolation(db, {
      personId: a,
      villageCode: village!,
      year,
      recordedBy: adminId,
      deduction: 4,
      state: 'notified',
      outcome: null,
    });
    await insertViolation(db, {
      personId: a,
      villageCode: village!,
      year: 2014,
      recordedBy: adminId,
      deduction: 4,
    });

    const cycle = await insertOpenCycle(db, { year });
    const { cadres } = await computeQuantitative(db, cycle, { today: '2016-02-01' });
    expect(cadres).toBeGreaterThanOrEqual(2);

    const results = await db.select().from(ratingResults).where(eq(ratingResults.cycleId, cycle.id));
    const people = results.map((r) => r.personId);
    expect(people).toContain(a);
    expect(people).toContain(late);
    expect(people).not.toContain(committee);
    expect(people).not.toContain(before);

    const own = results.find((r) => r.personId === a)!;
    const snapshot = own.inputs as unknown as TRatingSnapshot;
    const expected = {
      presence: { done: 51, due: 53 },
      requestsOnTime: { done: 1, due: 4 + 1 },
      satisfaction: [100, 60, 0],
      tasksOnTime: { done: 1, due: 3 },
      projectScores: [72, 91.5],
      rectification: { done: 1, due: 3 },
      nightVisits: { visits: 30, target: 48 },
      deductions: 5,
    };
    expect(snapshot.quantitative).toEqual(expected);
    expect(snapshot.asOf).toBe('2016-01-01');
    expect(own.villageCode).toBe(village);
    expect(own.category).toBe('first_secretary');
    expect(own.personnelStatus).toBe('civil_servant');
    // Σ weight × indicator − deductions, by the core rule: 59.24 − 5
    expect(own.quantitative).toBe(quantitativeScore(expected, DEFAULT_INDICATOR_WEIGHTS)!.score);
    expect(own.quantitative).toBeCloseTo(54.24, 1);

    // the records behind each figure, for the result page's links
    const s = snapshot.sources;
    expect(s.presence).toEqual({ missedWeeks: ['2015-03-02', '2015-06-01'], more: 0 });
    expect(s.requests).toEqual({ done: { ids: [r1], more: 0 }, notDone: { ids: [r2, r3, r4, r8], more: 0 } });
    expect(s.satisfaction).toEqual({ ids: [r1, r2, r8], more: 0 });
    expect(s.tasks).toEqual({ done: { ids: [t1], more: 0 }, notDone: { ids: [t2, t3], more: 0 } });
    expect(s.projects).toEqual([
      { id: p1, score: 72, basis: 'assessment', quarter: 3 },
      { id: p2, score: 91.5, basis: 'acceptance', quarter: null },
    ]);
    expect(s.rectification).toEqual({ done: { ids: [x1], more: 0 }, notDone: { ids: [x2, x3], more: 0 } });
    expect(s.nightVisits).toEqual({
      ids: nights.slice(0, SNAPSHOT_ID_LIMIT),
      more: 30 - SNAPSHOT_ID_LIMIT,
      months: 12,
      monthTarget: 4,
    });
    expect(s.deductions).toEqual({ ids: [v1, v2], more: 0 });

    // posted from July: only what fell while posted (the requests of July and December, the task of September)
    const half = results.find((r) => r.personId === late)!.inputs as unknown as TRatingSnapshot;
    expect(half.quantitative.requestsOnTime).toEqual({ done: 0, due: 2 });
    expect(half.sources.requests.notDone.ids).toEqual([r3, r8]);
    expect(half.quantitative.tasksOnTime).toEqual({ done: 0, due: 1 });
    expect(half.quantitative.rectification).toEqual({ done: 0, due: 1 });
    expect(half.quantitative.nightVisits).toEqual({ visits: 0, target: 24 });

    // computed again from the same records: the same figures, one result per cadre
    await computeQuantitative(db, cycle, { today: '2016-02-01' });
    const [again] = await db
      .select()
      .from(ratingResults)
      .where(and(eq(ratingResults.cycleId, cycle.id), eq(ratingResults.personId, a)));
    expect(again!.inputs).toEqual(own.inputs);
    expect(again!.quantitative).toBe(own.quantitative);
    const [count] = await rowsOf<{ n: number }>(
      db,
      sql`select count(*)::int as n from rating_results where cycle_id = ${cycle.id}`,
    );
    expect(count!.n).toBe(results.length);

    // 量化考核记录起算日 1 July: the same records, only the weeks wholly from it (the first Monday after
    // it, 6 July, to 28 December) and what fell due, was followed up or visited from it
    const fromJuly = { ...cycle, settings: { ...cycle.settings, recordsFrom: '2015-07-01' } };
    await computeQuantitative(db, fromJuly, { today: '2016-02-01' });
    const july = await db.select().from(ratingResults).where(eq(ratingResults.cycleId, cycle.id));
    const mine = july.find((r) => r.personId === a)!.inputs as unknown as TRatingSnapshot;
    expect(mine.recordsFrom).toBe('2015-07-01');
    expect(mine.quantitative).toEqual({
      presence: { done: 26, due: 26 },
      requestsOnTime: { done: 0, due: 2 },
      satisfaction: [0],
      tasksOnTime: { done: 0, due: 1 },
      projectScores: [72, 91.5],
      rectification: { done: 0, due: 2 },
      nightVisits: { visits: 0, target: 24 },
      deductions: 5,
    });
    expect(mine.sources.presence).toEqual({ missedWeeks: [], more: 0 });
    expect(mine.sources.requests.notDone.ids).toEqual([r3, r8]);
    expect(mine.sources.tasks).toEqual({ done: { ids: [], more: 0 }, notDone: { ids: [t3], more: 0 } });
    // posted from 1 July: nothing changes for the cadre who came then
    const came = july.find((r) => r.personId === late)!.inputs as unknown as TRatingSnapshot;
    expect(came.quantitative).toEqual(half.quantitative);
    expect(snapshot.recordsFrom).toBeUndefined();
  });

  it('counts a request once for a cadre posted twice to the village, and as their team for one posted once', async () => {
    const db = t.database.db;
    const [village, other] = await villagesOf(db, '140622102', 2);
    const team = await cadreIn(village!, '2012-12-01'); // the whole year, alone in their posting
    const twice = (await registerCadre(admin, buildCadre({ posting: null }))).cadre.id;
    // the first posting ends on the day the second starts (a new post in the same village), then moved away
    await db.execute(sql`insert into postings (person_id, village_code, category, post_title, start_date, actual_end_date)
      values (${twice}, ${village}, 'team_member', '队员', '2012-12-01', '2013-06-30'),
        (${twice}, ${village}, 'first_secretary', '第一书记', '2013-06-30', '2013-09-30'),
        (${twice}, ${other}, 'first_secretary', '第一书记', '2013-10-01', null)`);
    const request = (registeredOn: string, villageCode = village!) =>
      insertRequest(db, {
        villageCode,
        registeredOn,
        resolveBy: addDays(registeredOn, 10),
        resolvedOn: addDays(registeredOn, 5),
        state: 'resolved',
      });
    const march = await request('2013-03-01');
    const onTheDay = await request('2013-06-30'); // within both postings in the village
    const august = await request('2013-08-01');
    const november = await request('2013-11-01');
    const elsewhere = await request('2013-11-02', other!); // the other village's, after the move

    const cycle = await insertOpenCycle(db, { year: 2013 });
    await computeQuantitative(db, cycle, { today: '2014-02-01' });
    const results = await db.select().from(ratingResults).where(eq(ratingResults.cycleId, cycle.id));
    const sourcesOf = (personId: number) =>
      (results.find((r) => r.personId === personId)!.inputs as unknown as TRatingSnapshot).sources.requests;
    expect(sourcesOf(twice).done.ids).toEqual([march, onTheDay, august, elsewhere]);
    expect(sourcesOf(team).done.ids).toEqual([march, onTheDay, august, november]);
  });
});
