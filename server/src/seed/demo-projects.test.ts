import { addDays, localDate, type TProjectSummary } from '@zhucun/core';
import { and, count, eq, isNotNull, isNull, lt, ne, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  postings,
  projectAwards,
  projectMilestones,
  projectProgress,
  projectSelections,
  projects,
  projectVillages,
} from '../db/schema.ts';
import { buildTestApp, type TClient, type TTestApp } from '../test/build-test-app.ts';
import { insertTestProject } from '../test/project-factory.ts';
import { seedDemoProjects } from './demo-projects.ts';

let t: TTestApp;
let admin: TClient;
let township: TClient;
const today = localDate(new Date());

beforeAll(async () => {
  t = await buildTestApp();
  expect((await seedDemoProjects(t.database.db, today)).projects).toBeGreaterThan(43);
  [admin, township] = await Promise.all([t.signIn('admin'), t.signIn('jincheng')]);
}, 120_000);
afterAll(async () => t?.close());

const db = () => t.database.db;
const summary = async (client: TClient) => {
  const res = await client.request({ method: 'GET', url: '/api/projects/summary' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<TProjectSummary>();
};

describe('the demo county’s projects', () => {
  it('holds the bulletin’s 43 industry projects across the townships, and the home page’s figure counts them from the records', async () => {
    expect((await summary(admin)).byKind.industry).toBe(43);
    const townships = await db()
      .selectDistinct({ code: projects.townshipCode })
      .from(projects)
      .where(eq(projects.kind, 'industry'));
    expect(townships.length).toBeGreaterThanOrEqual(6);
    // a township sees its own share only
    const own = (await summary(township)).byKind.industry;
    expect(own).toBeGreaterThan(0);
    expect(own).toBeLessThan(43);

    // one more approved industry project is one more on the home page; a draft is not
    const [secretary] = await db()
      .select({ personId: postings.personId, villageCode: postings.villageCode })
      .from(postings)
      .where(and(eq(postings.category, 'party_secretary'), isNull(postings.actualEndDate)))
      .limit(1);
    await insertTestProject(db(), {
      villageCodes: [secretary!.villageCode],
      leaderPersonId: secretary!.personId,
      state: 'draft',
    });
    expect((await summary(admin)).byKind.industry).toBe(43);
    await insertTestProject(db(), {
      villageCodes: [secretary!.villageCode],
      leaderPersonId: secretary!.personId,
      state: 'in_progress',
    });
    expect((await summary(admin)).byKind.industry).toBe(44);
  });

  it('gives most villages with a secretary a demonstration project led by the secretary, and leaves gaps in both lists', async () => {
    const [secretaries] = await db()
      .select({ n: sql<number>`count(distinct ${postings.villageCode})`.mapWith(Number) })
      .from(postings)
      .where(and(eq(postings.category, 'party_secretary'), isNull(postings.actualEndDate)));
    const [led] = await db()
      .select({ n: sql<number>`count(distinct ${projectVillages.villageCode})`.mapWith(Number) })
      .from(projects)
      .innerJoin(projectVillages, eq(projectVillages.projectId, projects.id))
      .innerJoin(
        postings,
        and(
          eq(postings.personId, projects.leaderPersonId),
          eq(postings.villageCode, projectVillages.villageCode),
          eq(postings.category, 'party_secretary'),
        ),
      )
      .where(eq(projects.isDemonstration, true));
    expect(led!.n).toBeGreaterThan(secretaries!.n * 0.7);
    expect(led!.n).toBeLessThan(secretaries!.n);

    for (const gap of ['demonstration', 'unassigned']) {
      const res = await admin.request({ method: 'GET', url: `/api/projects/gaps/${gap}` });
      expect(res.statusCode).toBe(200);
      expect(res.json<{ total: number }>().total).toBeGreaterThan(0);
    }
  });

  it('spreads the states, freezes the baseline at approval, and has slipped and overdue milestones and progress', async () => {
    const states = await db()
      .select({ state: projects.state, n: count() })
      .from(projects)
      .groupBy(projects.state);
    const n = (s: string) => Number(states.find((r) => r.state === s)?.n ?? 0);
    expect(n('in_progress')).toBeGreaterThan(n('approved') + n('filed') + n('done') + n('draft'));
    for (const s of ['draft', 'submitted', 'approved', 'filed', 'done']) expect(n(s), s).toBeGreaterThan(0);

    const [unfrozen] = await db()
      .select({ n: count() })
      .from(projectMilestones)
      .innerJoin(projects, eq(projects.id, projectMilestones.projectId))
      .where(
        and(
          ne(projects.state, 'draft'),
          ne(projects.state, 'submitted'),
          isNull(projectMilestones.baselineDue),
        ),
      );
    expect(Number(unfrozen!.n)).toBe(0);
    const [slipped] = await db()
      .select({ n: count() })
      .from(projectMilestones)
      .where(sql`${projectMilestones.dueDate} > ${projectMilestones.baselineDue}`);
    expect(Number(slipped!.n)).toBeGreaterThan(0);
    const [overdue] = await db()
      .select({ n: count() })
      .from(projectMilestones)
      .where(and(lt(projectMilestones.dueDate, today), isNull(projectMilestones.doneOn)));
    expect(Number(overdue!.n)).toBeGreaterThan(0);
    const [reports] = await db()
      .select({ n: count() })
      .from(projectProgress)
      .where(isNotNull(projectProgress.milestoneId));
    expect(Number(reports!.n)).toBeGreaterThan(20);
  });

  it('holds last year’s confirmed selection with two awarded projects and their case text', async () => {
    const [selection] = await db()
      .select()
      .from(projectSelections)
      .where(eq(projectSelections.year, Number(today.slice(0, 4)) - 1));
    expect(selection).toMatchObject({ state: 'confirmed', awardCount: 2 });
    expect(selection!.noticeEnd! < addDays(today, 0)).toBe(true);
    const awards = await db()
      .select()
      .from(projectAwards)
      .where(eq(projectAwards.selectionId, selection!.id));
    expect(awards).toHaveLength(2);
    for (const a of awards) expect(a.casePractice.length).toBeGreaterThan(20);
  });
});
