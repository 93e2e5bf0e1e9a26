// npm run bench:tasks — 任务清单 at county scale, next to a bare Fastify route in the same run:
// 1,000 tasks, each assigned to up to 200 villages (from the county and from 金城镇, whose tasks reach
// only its own villages: about 166,000 assignments; the set-up line prints the count),
// a third done (some late), a quarter of the rest overdue; then what the county, a township and a
// cadre open: the task list (a page of 20, and the overdue filter), 我的任务, the completion counts
// by township and village (of everything, and of one task), and the ledger in Excel (few requests: heavy).
// The tasks are written straight into the database between two starts of the server.
// BENCH_DATABASE_URL runs it on PostgreSQL (else the embedded one).
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import { sql } from 'drizzle-orm';
import { openDatabase, rowsOf } from '../server/src/db/client.ts';
import { load, ownCounty, printTable, ROOT, signIn, startProcess, type TResult } from './lib.ts';

const SERVER_PORT = 3942;
const BARE_PORT = 3943;
const TASKS = 1_000;
const VILLAGES = 200;

const county = await ownCounty(SERVER_PORT, 'tasks');
const { dataDir, databaseUrl, env } = county;
/** Stops a server and waits until it has exited (its PostgreSQL with it), at most 60 s on a busy machine. */
const stop = async (child: ChildProcess) => {
  const exited = new Promise((r) => child.once('exit', r));
  child.kill('SIGTERM');
  await Promise.race([exited, new Promise((r) => setTimeout(r, 60_000))]);
  await new Promise((r) => setTimeout(r, 1000));
};

let server: ChildProcess | undefined;
let bare: ChildProcess | undefined;
try {
  // 1. the demo county, then the server stops so the bench can write into its database
  await stop(await startProcess('server/src/main.ts', ['--demo'], env, /Zhucun/));

  const database = await openDatabase({ databaseUrl, dataDir });
  const started = Date.now();
  await database.db.transaction(async (tx) => {
    // the 200 villages: 金城镇's first, then the county's others in code order
    await tx.execute(sql`
      create temporary table bench_villages on commit drop as
        select code from divisions where level = 'village'
        order by (code like '140622100%') desc, code limit ${VILLAGES}`);
    // every 5th task from 金城镇 (to its own villages only, so fewer), the rest from the county
    await tx.execute(sql`
      insert into tasks (title, description, deadline, evidence_required, priority, assigner_code, target_kind, created_by, created_at)
      select '任务第' || n || '号：' || (array['人居环境整治','防火安全排查','脱贫监测户走访','取暖安全宣传','季度工作总结'])[1 + n % 5],
        '按要求完成并上传佐证', current_date + (n % 60) - 30, '照片或文字说明',
        (array['high','normal','low'])[1 + n % 3], case when n % 5 = 0 then '140622100' else '140622' end, 'village',
        (select id from users where username = case when n % 5 = 0 then 'jincheng' else 'admin' end),
        now() - (n || ' hours')::interval
      from generate_series(1, ${TASKS}) g(n)`);
    // one assignment per village in reach; a third done (every 9th of those late), the rest open
    await tx.execute(sql`
      insert into task_assignments (task_id, assignee_kind, division_code, state, percent, evidence, done_on, updated_at)
      select t.id, 'village', v.code,
        case when (t.id + hashtext(v.code)) % 3 = 0 then 'done' else 'open' end,
        case when (t.id + hashtext(v.code)) % 3 = 0 then 100 end,
        case when (t.id + hashtext(v.code)) % 3 = 0 then '已完成，附照片' else '' end,
        case when (t.id + hashtext(v.code)) % 3 = 0 then t.deadline + case when t.id % 9 = 0 then 2 else -1 end end,
        now()
      from tasks t join bench_villages v on v.code like t.assigner_code || '%'
      where t.title like '任务第%'`);
  });
  await database.db.execute(sql`analyze`);
  const [count] = await rowsOf<{ tasks: number; assignments: number; overdue: number }>(
    database.db,
    sql`select (select count(*) from tasks) as tasks, (select count(*) from task_assignments) as assignments,
      (select count(*) from task_assignments a join tasks t on t.id = a.task_id
        where a.state = 'open' and t.deadline < current_date) as overdue`,
  );
  console.log(
    `set-up: ${count?.tasks} tasks, ${count?.assignments} assignments (${count?.overdue} overdue) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  await database.close();

  // 2. the server again (its overdue job tells holders and assigners at start), and the bare route
  server = await startProcess('server/src/main.ts', [], env, /Zhucun/);
  bare = await startProcess('bench/bare-server.ts', [String(BARE_PORT)], {}, /bare listening/);
  const base = `http://127.0.0.1:${SERVER_PORT}`;
  const jobStarted = Date.now();
  await new Promise((r) => setTimeout(r, 5000));
  const results: TResult[] = [];
  const baseline = await load('bare Fastify route', { url: `http://127.0.0.1:${BARE_PORT}/bare` });

  const countyAdmin = await signIn(base, 'admin');
  const township = await signIn(base, 'jincheng');
  const cadre = await signIn(base, 'shuji');
  const firstTask = await (async () => {
    const res = await fetch(`${base}/api/tasks?pageSize=1`, { headers: { cookie: countyAdmin.cookie } });
    return ((await res.json()) as { items: { id: number }[] }).items[0]?.id ?? 1;
  })();
  const scenarios = [
    { name: 'county: task list, page 1 of 20', user: countyAdmin, path: '/api/tasks?page=1&pageSize=20' },
    {
      name: 'county: tasks with overdue, page 5',
      user: countyAdmin,
      path: '/api/tasks?status=overdue&page=5&pageSize=20',
    },
    { name: 'township: task list, page 1 of 20', user: township, path: '/api/tasks?page=1&pageSize=20' },
    { name: 'cadre: a task list page', user: cadre, path: '/api/tasks?page=1&pageSize=20' },
    { name: 'cadre: 我的任务 (今天)', user: cadre, path: '/api/tasks/mine' },
    { name: 'county: one task (200 holders)', user: countyAdmin, path: `/api/tasks/${firstTask}` },
    { name: 'county: completion by township and village', user: countyAdmin, path: '/api/tasks/completion' },
    {
      name: 'county: completion of one task',
      user: countyAdmin,
      path: `/api/tasks/completion?taskId=${firstTask}`,
    },
    { name: 'township: completion of its villages', user: township, path: '/api/tasks/completion' },
  ];
  const firsts: string[] = [
    `overdue job at start: its notices ran within the first ${((Date.now() - jobStarted) / 1000).toFixed(0)} s`,
  ];
  for (const s of scenarios) {
    const t = Date.now();
    const res = await fetch(`${base}${s.path}`, { headers: { cookie: s.user.cookie } });
    const body = await res.text();
    firsts.push(
      `${s.name}: ${Date.now() - t} ms, status ${res.status}, ${(body.length / 1024).toFixed(1)} KiB`,
    );
    results.push(await load(s.name, { url: `${base}${s.path}`, headers: { cookie: s.user.cookie } }));
  }

  // 3. the ledger: a few at a time (each one is every assignment in reach, written as a workbook)
  const ledgers = [
    { name: 'county: ledger of every assignment (Excel)', user: countyAdmin },
    { name: 'township: ledger of its assignments (Excel)', user: township },
  ];
  for (const l of ledgers) {
    const t = Date.now();
    const res = await fetch(`${base}/api/tasks/export.xlsx`, { headers: { cookie: l.user.cookie } });
    const size = (await res.arrayBuffer()).byteLength;
    firsts.push(`${l.name}: ${Date.now() - t} ms, status ${res.status}, ${(size / 1024).toFixed(0)} KiB`);
    results.push(
      await load(`${l.name} (2 at a time)`, {
        url: `${base}/api/tasks/export.xlsx`,
        headers: { cookie: l.user.cookie },
        connections: 2,
        amount: 4,
        timeout: 300,
      }),
    );
  }
  // the list while a county ledger is being written: does the export hold other requests up?
  const during = fetch(`${base}/api/tasks/export.xlsx`, { headers: { cookie: countyAdmin.cookie } });
  results.push(
    await load('township: list page while a county ledger is written', {
      url: `${base}/api/tasks?page=1&pageSize=20`,
      headers: { cookie: township.cookie },
      connections: 10,
      duration: 5,
    }),
  );
  await during;

  console.log(
    `\nTasks bench on ${databaseUrl ? 'PostgreSQL' : 'embedded PostgreSQL'} (${os.cpus().length} cores), root ${ROOT}`,
  );
  for (const f of firsts) console.log(`first ${f}`);
  printTable([baseline, ...results], baseline);
} finally {
  server?.kill('SIGTERM');
  bare?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1000));
  await county.cleanUp();
}
