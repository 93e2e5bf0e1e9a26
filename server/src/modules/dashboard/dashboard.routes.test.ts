import { addDays } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { buildCadre, buildPosting } from '../../test/cadre-factory.ts';
import { registerCadre } from '../../test/factories.ts';
import { insertTestMilestone, insertTestProject } from '../../test/project-factory.ts';
import {
  insertAssignedTask,
  insertDays,
  insertOpenCycle,
  insertRectificationItem,
  insertRequest,
} from '../../test/rating-records-factory.ts';
import { userIdOf, villagesOf } from '../../test/task-factory.ts';

const COUNTY = '140622';
const TOWNSHIP = '140622100'; // 金城镇: jincheng's township
const OTHER_TOWNSHIP = '140622101';

type TPanel = {
  division: { code: string; level: string };
  asOf: string;
  parts: ({ code: string; name: string } & Record<string, number>)[];
  totals: Record<string, number>;
};

/** The county's picture: each panel by township (county) or village (township), in scope, moving with the records. */
describe('GET /api/dashboard/*', () => {
  let t: TTestApp;
  let admin: TClient;
  let township: TClient;

  beforeAll(async () => {
    t = await buildTestApp();
    admin = await t.signIn('admin');
    township = await t.signIn('jincheng');
  });
  afterAll(() => t.close());

  const panel = async (client: TClient, name: string, division?: string) => {
    const res = await client.request({
      method: 'GET',
      url: `/api/dashboard/${name}${division ? `?division=${division}` : ''}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<TPanel>();
  };
  const partOf = (p: TPanel, code: string) => p.parts.find((x) => x.code === code)!;

  it('gives the county every panel by township, each total the sum of its parts', async () => {
    for (const name of ['presence', 'requests', 'projects', 'tasks', 'rectification', 'homes', 'rating']) {
      const p = await panel(admin, name);
      expect(p.division).toMatchObject({ code: COUNTY, level: 'county' });
      expect(p.parts.length).toBeGreaterThan(5);
      expect(p.parts.every((x) => x.code.length === 9 || x.code === COUNTY)).toBe(true);
      for (const [key, total] of Object.entries(p.totals))
        expect(
          p.parts.reduce((s, x) => s + (x[key] ?? 0), 0),
          `${name}.${key}`,
        ).toBe(total);
    }
  });

  it('counts a township’s records in its part as they are written, and by village for the township', async () => {
    const db = t.database.db;
    const [village] = await villagesOf(db, TOWNSHIP, 1);
    const before = {
      requests: await panel(admin, 'requests'),
      tasks: await panel(admin, 'tasks'),
      rectification: await panel(admin, 'rectification'),
      projects: await panel(admin, 'projects'),
      byVillage: await panel(township, 'requests'),
    };
    const today = before.requests.asOf;
    // a request past its deadline, still open; another resolved late this year and answered "basically satisfied"
    await insertRequest(db, {
      villageCode: village!,
      registeredOn: addDays(today, -20),
      resolveBy: addDays(today, -2),
      state: 'in_progress',
    });
    await insertRequest(db, {
      villageCode: village!,
      registeredOn: addDays(today, -30),
      resolveBy: addDays(today, -25),
      resolvedOn: today,
      state: 'followed_up',
      satisfaction: 'basically_satisfied',
    });
    const createdBy = await userIdOf(db, 'admin');
    await insertAssignedTask(db, { createdBy, deadline: addDays(today, -1), villageCode: village! });
    await insertAssignedTask(db, { createdBy, deadline: addDays(today, 5), villageCode: village! });
    await insertRectificationItem(db, { divisionCode: village!, deadline: addDays(today, -3) });
    const leader = (
      await registerCadre(
        admin,
        buildCadre({ posting: buildPosting({ villageCode: village!, startDate: addDays(today, -100) }) }),
      )
    ).cadre.id;
    const project = await insertTestProject(db, {
      villageCodes: [village!],
      leaderPersonId: leader,
      state: 'in_progress',
    });
    await insertTestMilestone(db, {
      projectId: project.id,
      ownerPersonId: leader,
      dueDate: addDays(today, -1),
    });

    const moved = (p: TPanel, was: TPanel, code: string, key: string) =>
      partOf(p, code)[key]! - partOf(was, code)[key]!;
    const requests = await panel(admin, 'requests');
    expect(moved(requests, before.requests, TOWNSHIP, 'open')).toBe(1);
    expect(moved(requests, before.requests, TOWNSHIP, 'overdue')).toBe(1);
    expect(moved(requests, before.requests, TOWNSHIP, 'resolved')).toBe(1);
    expect(moved(requests, before.requests, TOWNSHIP, 'resolvedOnTime')).toBe(0);
    expect(moved(requests, before.requests, TOWNSHIP, 'basicallySatisfied')).toBe(1);
    expect(moved(requests, before.requests, OTHER_TOWNSHIP, 'open')).toBe(0);
    const tasks = await panel(admin, 'tasks');
    expect(moved(tasks, before.tasks, TOWNSHIP, 'overdue')).toBe(1);
    expect(moved(tasks, before.tasks, TOWNSHIP, 'open')).toBe(1);
    const items = await panel(admin, 'rectification');
    expect(moved(items, before.rectification, TOWNSHIP, 'overdue')).toBe(1);
    const projects = await panel(admin, 'projects');
    expect(moved(projects, before.projects, TOWNSHIP, 'in_progress')).toBe(1);
    expect(moved(projects, before.projects, TOWNSHIP, 'milestonesOverdue')).toBe(1);

    // the township's own dashboard: its villages as parts
    const byVillage = await panel(township, 'requests');
    expect(byVillage.division).toMatchObject({ code: TOWNSHIP, level: 'township' });
    expect(byVillage.parts.every((x) => x.code.startsWith(TOWNSHIP) && x.code.length === 12)).toBe(true);
    expect(moved(byVillage, before.byVillage, village!, 'overdue')).toBe(1);
  });

  it('counts last week’s 五天四夜 as the compliance page does, a recorded week moving its village’s part', async () => {
    const db = t.database.db;
    const [village] = await villagesOf(db, TOWNSHIP, 1);
    const before = await panel(admin, 'presence');
    const monday = (before as TPanel & { week: { monday: string } }).week.monday;
    const cadre = (
      await registerCadre(
        admin,
        buildCadre({ posting: buildPosting({ villageCode: village!, startDate: addDays(monday, -30) }) }),
      )
    ).cadre.id;
    await insertDays(db, { personId: cadre, villageCode: village!, from: monday, to: addDays(monday, 6) });
    const after = await panel(admin, 'presence');
    expect(partOf(after, TOWNSHIP).weekComplying! - partOf(before, TOWNSHIP).weekComplying!).toBe(1);
    // the same figures as 五天四夜落实情况 for that week
    const week = (await admin.request({ method: 'GET', url: `/api/duty/compliance?week=${monday}` })).json<{
      totals: { complying: number; notComplying: number };
    }>();
    expect(week.totals.complying).toBeGreaterThan(0);
    expect([after.totals.weekComplying, after.totals.weekNotComplying]).toEqual([
      week.totals.complying,
      week.totals.notComplying,
    ]);
  });

  it('shows the latest graded year by grade, not a later year still being evaluated', async () => {
    const db = t.database.db;
    const [village] = await villagesOf(db, TOWNSHIP, 1);
    const graded = await insertOpenCycle(db, { year: 2030, stage: 'confirmed' });
    await insertOpenCycle(db, { year: 2031, stage: 'surveying' }); // computed, no grades yet
    for (const grade of ['excellent', 'competent', 'competent', null]) {
      const personId = (await registerCadre(admin, buildCadre({ posting: null }))).cadre.id;
      await db.execute(sql`insert into rating_results (cycle_id, person_id, village_code, category, grade, inputs)
        values (${graded.id}, ${personId}, ${village}, 'first_secretary', ${grade}, '{}'::json)`);
    }
    const p = await panel(admin, 'rating');
    expect(p).toMatchObject({ cycle: { id: graded.id, year: 2030, stage: 'confirmed' } });
    expect(partOf(p, TOWNSHIP)).toMatchObject({
      excellent: 1,
      competent: 2,
      basically_competent: 0,
      incompetent: 0,
    });
    expect(p.totals).toMatchObject({ excellent: 1, competent: 2 });
  });

  it('draws a measure by village where the county entered points, and by township otherwise', async () => {
    const db = t.database.db;
    const [a, b] = await villagesOf(db, OTHER_TOWNSHIP, 2);
    const before = await admin.request({
      method: 'GET',
      url: '/api/dashboard/villages?measure=requests.overdue',
    });
    expect(before.statusCode, before.body).toBe(200);
    const today = before.json<{ asOf: string }>().asOf;
    for (const [code, lng] of [
      [a!, 113.1],
      [b!, 113.2],
    ] as const)
      await admin.request({
        method: 'PUT',
        url: `/api/divisions/${code}/point`,
        payload: { point: { lng, lat: 39.5 } },
      });
    await insertRequest(db, {
      villageCode: a!,
      registeredOn: addDays(today, -20),
      resolveBy: addDays(today, -2),
      state: 'accepted',
    });
    type TMap = {
      parts: { code: string; value: number }[];
      points: { code: string; lng: number; lat: number; value: number }[];
      withoutPoint: number;
    };
    const map = (
      await admin.request({ method: 'GET', url: '/api/dashboard/villages?measure=requests.overdue' })
    ).json<TMap>();
    const was = before.json<TMap>();
    expect(map.points.filter((p) => p.code === a || p.code === b)).toEqual([
      { code: a, name: expect.any(String), lng: 113.1, lat: 39.5, value: expect.any(Number) },
      { code: b, name: expect.any(String), lng: 113.2, lat: 39.5, value: expect.any(Number) },
    ]);
    expect(map.withoutPoint).toBe(was.withoutPoint - 2);
    const partValue = (m: TMap) => m.parts.find((p) => p.code === OTHER_TOWNSHIP)!.value;
    expect(partValue(map) - partValue(was)).toBe(1);
    // the same as the requests panel counts for the township
    const requests = await panel(admin, 'requests');
    expect(partOf(requests, OTHER_TOWNSHIP).overdue).toBe(partValue(map));

    // a township sees its own villages; another township's is not there
    const own = await township.request({
      method: 'GET',
      url: '/api/dashboard/villages?measure=homes.withoutHome',
    });
    expect(own.statusCode).toBe(200);
    expect(own.json<TMap>().parts.every((p) => p.code.startsWith(TOWNSHIP))).toBe(true);
    const other = await township.request({
      method: 'GET',
      url: `/api/dashboard/villages?measure=requests.open&division=${OTHER_TOWNSHIP}`,
    });
    expect(other.statusCode).toBe(404);
    const unknown = await admin.request({
      method: 'GET',
      url: '/api/dashboard/villages?measure=cadres.activity',
    });
    expect(unknown.statusCode).toBe(400);
  });

  it('answers 404 for a division outside the caller’s scope, and 400 for a malformed one', async () => {
    for (const code of [OTHER_TOWNSHIP, COUNTY, '999999']) {
      const res = await township.request({ method: 'GET', url: `/api/dashboard/requests?division=${code}` });
      expect(res.statusCode, code).toBe(404);
      expect(res.body).not.toContain('镇'); // nothing about the division asked for
    }
    const bad = await admin.request({ method: 'GET', url: '/api/dashboard/requests?division=14062210%00' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.message).toContain('行政区划');
  });

  it('shows the county leader’s read-only account the same picture', async () => {
    const viewer = await t.signIn('viewer');
    for (const name of ['presence', 'requests', 'projects', 'tasks', 'rectification', 'homes', 'rating'])
      expect((await panel(viewer, name)).totals).toEqual((await panel(admin, name)).totals);
  });
});
