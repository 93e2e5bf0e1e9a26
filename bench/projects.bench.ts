// npm run bench:projects — 项目化帮扶 at county scale, next to a bare Fastify route in the same run:
// 5,000 projects spread over every village of the county and over every state (most under way,
// some drafts, done or stopped), each with 10 milestones (50,000), some of them overdue; then what a
// county admin and a township admin open: the project list (a page of 20 by filters), the Gantt data
// (挂图作战) of a township and of a village, and the project ledger in Excel (fewer requests: heavy).
// The projects are written straight into the database between two starts of the server.
// BENCH_DATABASE_URL runs it on PostgreSQL (else the embedded one).
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { openDatabase, rowsOf } from '../server/src/db/client.ts';
import { load, ownCounty, printTable, ROOT, signIn, startProcess, type TResult } from './lib.ts';

const SERVER_PORT = 3932;
const BARE_PORT = 3933;
const PROJECTS = 5_000;
const MILESTONES_EACH = 10;

const county = await ownCounty(SERVER_PORT, 'projects');
const { dataDir, databaseUrl, env, stop } = county;

let server: ChildProcess | undefined;
let bare: ChildProcess | undefined;
try {
  // 1. the demo county, then the server stops so the bench can write into its database
  await stop(await startProcess('server/src/main.ts', ['--demo'], env, /Zhucun/));

  const database = await openDatabase({ databaseUrl, dataDir });
  const started = Date.now();
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`
      create temporary table bench_villages on commit drop as
        select code, row_number() over (order by code) - 1 as i from divisions where level = 'village'`);
    await tx.execute(sql`
      create temporary table bench_people on commit drop as
        select id, row_number() over (order by id) - 1 as i from persons`);
    await tx.execute(sql`create temporary table bench_projects (id int, n int) on commit drop`);
    // n % 20 picks the state: 10% draft, 10% submitted, 10% approved, 10% filed, 40% in progress,
    // 5% acceptance, 10% done, 5% stopped. Starts spread over the last 18 months, 6 to 12 months long.
    await tx.execute(sql`
      with p as (
        select g.n, v.code as village,
          case when g.n % 20 < 2 then 'draft' when g.n % 20 < 4 then 'submitted' when g.n % 20 < 6 then 'approved'
            when g.n % 20 < 8 then 'filed' when g.n % 20 < 16 then 'in_progress' when g.n % 20 < 17 then 'acceptance'
            when g.n % 20 < 19 then 'done' else 'stopped' end as state,
          current_date - (g.n * 37) % 540 as start_date,
          180 + (g.n * 13) % 180 as days,
          (select id from bench_people where i = (g.n * 7) % (select count(*) from bench_people)) as leader
        from generate_series(1, ${PROJECTS}) g(n)
        join bench_villages v on v.i = (g.n * 11) % (select count(*) from bench_villages)
      ), ins as (
        insert into projects (title, kind, is_demonstration, description, township_code, leader_person_id,
          target_what, target_quantity, target_unit, target_date, budget_fen, beneficiary_households,
          beneficiary_people, start_date, planned_end_date, baseline_planned_end, baseline_frozen_at,
          actual_end_date, state, stop_reason, created_at, updated_at)
        select '帮扶项目第' || n || '号：' || (array['日光温室蔬菜大棚','冷链物流仓储','羊肚菌种植基地','乡村民宿改造','村道硬化','光伏发电'])[1 + n % 6],
          (array['industry','industry','infrastructure','rural_tourism','employment','party_building','public_services'])[1 + n % 7],
          n % 9 = 0, '建设内容与带动方式', substr(village, 1, 9), leader,
          '建成并投入使用', 10 + n % 40, '座', start_date + days, (50 + n % 200) * 1000000, 20 + n % 80, 60 + n % 240,
          start_date, start_date + days,
          case when state not in ('draft', 'submitted') then start_date + days end,
          case when state not in ('draft', 'submitted') then start_date::timestamptz end,
          case when state = 'done' then least(start_date + days, current_date) end,
          state, case when state = 'stopped' then '资金未落实，村民代表会议决定终止' end,
          start_date::timestamptz, start_date::timestamptz + interval '3 days'
        from p
        returning id, substring(title from '第(\\d+)号')::int as n
      )
      insert into bench_projects select id, n from ins`);
    await tx.execute(sql`
      insert into project_villages (project_id, village_code)
      select b.id, v.code from bench_projects b
      join bench_villages v on v.i = (b.n * 11) % (select count(*) from bench_villages)`);
    await tx.execute(sql`
      insert into project_claimants (project_id, person_id, duty)
      select distinct on (b.id, pe.id) b.id, pe.id, '负责技术指导' from bench_projects b, generate_series(1, 2) k
      join bench_people pe on true
      where pe.i = (b.n * 7 + k * 101) % (select count(*) from bench_people)`);
    await tx.execute(sql`
      insert into project_funding (project_id, source, amount_fen)
      select p.id, s.source, p.budget_fen * s.share / 100 from projects p join bench_projects b on b.id = p.id
      cross join (values ('fiscal_linked', 70), ('village_collective', 20), ('dispatching_unit', 10)) s(source, share)`);
    // milestones evenly over the plan; before approval no baseline; every 7th moved 10 days later than
    // its baseline; those due before today done, except every 4th of a project under way (overdue)
    await tx.execute(sql`
      insert into project_milestones (project_id, position, title, deliverable, owner_person_id, due_date,
        done_on, baseline_due)
      select p.id, k, '第' || k || '阶段：' || (array['完成选址','土地流转','主体施工','设备安装','试运行'])[1 + k % 5],
        '阶段验收照片与记录', p.leader_person_id, d.due,
        case when p.state = 'done' or (d.due < current_date and (b.n + k) % 4 <> 0) then d.due - (k % 3) end,
        case when p.state not in ('draft', 'submitted') then d.due - case when (b.n + k) % 7 = 0 then 10 else 0 end end
      from projects p join bench_projects b on b.id = p.id
      cross join generate_series(1, ${MILESTONES_EACH}) k
      cross join lateral (select p.start_date + (p.planned_end_date - p.start_date) * k / ${MILESTONES_EACH} as due) d`);
  });
  await database.db.execute(sql`analyze`);
  const [count] = await rowsOf<{ projects: number; milestones: number; overdue: number }>(
    database.db,
    sql`select (select count(*) from projects) as projects, (select count(*) from project_milestones) as milestones,
      (select count(*) from project_milestones m join projects p on p.id = m.project_id
        where m.done_on is null and m.dropped_at is null and m.due_date < current_date
        and p.state in ('approved', 'filed', 'in_progress', 'acceptance')) as overdue`,
  );
  console.log(
    `set-up: ${count?.projects} projects, ${count?.milestones} milestones (${count?.overdue} overdue) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  await database.close();

  // 2. the server again on the same database (its overdue job tells owners and townships at start), and the bare route
  server = await startProcess('server/src/main.ts', [], env, /Zhucun/);
  bare = await startProcess('bench/bare-server.ts', [String(BARE_PORT)], {}, /bare listening/);
  const base = `http://127.0.0.1:${SERVER_PORT}`;
  await new Promise((r) => setTimeout(r, 5000)); // the overdue job's first run
  const results: TResult[] = [];
  const baseline = await load('bare Fastify route', { url: `http://127.0.0.1:${BARE_PORT}/bare` });

  const countyAdmin = await signIn(base, 'admin');
  const township = await signIn(base, 'jincheng');
  const [village] = await (async () => {
    const res = await fetch(`${base}/api/projects?township=140622100&pageSize=1`, {
      headers: { cookie: countyAdmin.cookie },
    });
    const body = (await res.json()) as { items: { villages: { code: string }[] }[] };
    return [body.items[0]?.villages[0]?.code ?? '140622100200'];
  })();
  const scenarios = [
    {
      name: 'county: projects in progress, page 1 of 20',
      user: countyAdmin,
      path: '/api/projects?state=in_progress&page=1&pageSize=20',
    },
    {
      name: 'county: every project, page 10 of 20',
      user: countyAdmin,
      path: '/api/projects?page=10&pageSize=20',
    },
    {
      name: 'county: 一村一示范 industry by words',
      user: countyAdmin,
      path: `/api/projects?kind=industry&demonstration=true&q=${encodeURIComponent('大棚')}&pageSize=20`,
    },
    {
      name: 'township: its projects, page 1 of 20',
      user: township,
      path: '/api/projects?page=1&pageSize=20',
    },
    {
      name: 'township: a village, in progress',
      user: township,
      path: `/api/projects?village=${village}&state=in_progress&pageSize=20`,
    },
    {
      name: 'county: Gantt of 金城镇',
      user: countyAdmin,
      path: '/api/project-plans/gantt?township=140622100',
    },
    { name: 'township: Gantt of its township', user: township, path: '/api/project-plans/gantt' },
    {
      name: 'township: Gantt of a village',
      user: township,
      path: `/api/project-plans/gantt?village=${village}`,
    },
  ];
  const firsts: string[] = [];
  for (const s of scenarios) {
    const t = Date.now();
    const res = await fetch(`${base}${s.path}`, { headers: { cookie: s.user.cookie } });
    const body = (await res.json()) as { total?: number; rows?: unknown[] };
    firsts.push(
      `${s.name}: ${Date.now() - t} ms, status ${res.status}, ${body.total !== undefined ? `total ${body.total}` : `${body.rows?.length ?? '?'} rows`}`,
    );
    results.push(await load(s.name, { url: `${base}${s.path}`, headers: { cookie: s.user.cookie } }));
  }

  // 3. the ledger: a few at a time (each one is the whole filter, every page, written as a workbook)
  const ledgers = [
    { name: 'county: ledger of every project (Excel)', user: countyAdmin, path: '/api/projects/export.xlsx' },
    { name: 'township: ledger of its projects (Excel)', user: township, path: '/api/projects/export.xlsx' },
  ];
  for (const l of ledgers) {
    const t = Date.now();
    const res = await fetch(`${base}${l.path}`, { headers: { cookie: l.user.cookie } });
    const size = (await res.arrayBuffer()).byteLength;
    firsts.push(`${l.name}: ${Date.now() - t} ms, status ${res.status}, ${(size / 1024).toFixed(0)} KiB`);
    results.push(
      await load(`${l.name} (2 at a time)`, {
        url: `${base}${l.path}`,
        headers: { cookie: l.user.cookie },
        connections: 2,
        duration: 15,
      }),
    );
  }
  // the list while a county ledger is being written: does the export hold other requests up?
  const during = fetch(`${base}/api/projects/export.xlsx`, { headers: { cookie: countyAdmin.cookie } });
  results.push(
    await load('township: list page while a county ledger is written', {
      url: `${base}/api/projects?page=1&pageSize=20`,
      headers: { cookie: township.cookie },
      connections: 10,
      duration: 5,
    }),
  );
  await during;

  console.log(
    `\nProjects bench on ${databaseUrl ? 'PostgreSQL' : 'embedded PostgreSQL'} (${os.cpus().length} cores), root ${ROOT}`,
  );
  for (const f of firsts) console.log(`first ${f}`);
  printTable([baseline, ...results], baseline);
} finally {
  server?.kill('SIGTERM');
  bare?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1000));
  await county.cleanUp();
}
