import { localDate, monthOf, type TLabourReportList, type TOutcomeFigures } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../test/build-test-app.ts';
import {
  DEMO_LABOURERS,
  DEMO_RURAL_TOURISM,
  LEFT_FOR_TRYING,
  NO_HOUSEHOLDS_OF,
} from './demo-outcomes.plan.ts';
import { seedDemoOutcomes } from './demo-outcomes.ts';
import { seedDemoProjects } from './demo-projects.ts';

let t: TTestApp;
let admin: TClient;
let township: TClient;
const today = localDate(new Date());

beforeAll(async () => {
  t = await buildTestApp();
  await seedDemoProjects(t.database.db, today);
  expect((await seedDemoOutcomes(t.database.db, today)).reports).toBeGreaterThan(100);
  [admin, township] = await Promise.all([t.signIn('admin'), t.signIn('jincheng')]);
}, 120_000);
afterAll(async () => t?.close());

const figures = async (client: TClient) => {
  const res = await client.request({ method: 'GET', url: `/api/outcomes/figures?asOf=${today}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json<TOutcomeFigures>();
};

describe('the demo county’s outcome indicators', () => {
  it('reproduces the bulletin’s 43 / 3,122 / 12 / 5, counted from the records', async () => {
    const got = await figures(admin);
    expect(got.totals).toMatchObject({
      industryProjects: 43,
      labourers: 3122,
      ruralTourism: 12,
      greatWall: 5,
    });
    expect(got.labourMonths).toEqual([monthOf(today)]);
    // the same counting rule over every kind: the secretaries' demonstration projects beside the industry ones
    expect(got.projectsByKind.industry).toBe(43);
    expect(Object.values(got.projectsByKind).reduce((s, n) => s + n, 0)).toBeGreaterThan(43);
    // the same figure from the rows: the approved lines of this month's reports
    const [lines] = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select sum(l.labourers)::int as n from labour_report_lines l join labour_reports r on r.id = l.report_id
          where r.state = 'approved' and r.month = ${`${monthOf(today)}-01`}`,
    );
    expect(lines?.n).toBe(DEMO_LABOURERS);
    const [tourism] = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(distinct village_code)::int as n from village_designations
          where state = 'approved' and kind = 'rural_tourism'`,
    );
    expect(tourism?.n).toBe(DEMO_RURAL_TOURISM);
    // by township, adding up to the county; more than half the townships take part
    const sum = (k: 'labourers' | 'industryProjects') => got.townships.reduce((s, r) => s + r[k], 0);
    expect(sum('labourers')).toBe(3122);
    expect(sum('industryProjects')).toBe(43);
    expect(got.townships.filter((r) => r.labourers > 0).length).toBeGreaterThan(6);
    expect(got.villages.find((v) => LEFT_FOR_TRYING.includes(v.code))).toBeUndefined();
    // the village whose empty household picker the visit flow shows keeps none
    const [empty] = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from households h join postings p on p.village_code = h.village_code
          join persons s on s.id = p.person_id join users u on u.id = s.user_id
          where u.username = ${NO_HOUSEHOLDS_OF} and p.actual_end_date is null`,
    );
    expect(empty?.n).toBe(0);
  });

  it('shows a township its own share, and leaves one month waiting and one returned for the county', async () => {
    const own = await figures(township);
    expect(own.totals.labourers).toBeGreaterThan(0);
    expect(own.totals.labourers).toBeLessThan(3122);
    const queue = await admin.request({ method: 'GET', url: '/api/outcomes/reports?state=submitted' });
    const waiting = queue.json<TLabourReportList>().items;
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.labourers).toBeGreaterThan(0);
    // a month waiting for the county is not in the figure
    expect((await figures(admin)).totals.labourers).toBe(3122);
    const returned = await admin.request({ method: 'GET', url: '/api/outcomes/reports?state=returned' });
    expect(returned.json<TLabourReportList>().items[0]?.returnReason).toContain('请核对');
  });
});
