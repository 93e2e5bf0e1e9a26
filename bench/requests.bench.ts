// npm run bench:requests — the request queue at county scale, next to a bare Fastify route in the same run:
// 200,000 requests spread over every village of the county (two years of them, mostly resolved and
// followed up, some still waiting), then the queues a county admin and a township admin open every day
// (filtered by state, overdue, township; one page of 20 by deadline) and the ledger of a month.
// The requests are written straight into the database between two starts of the server.
// BENCH_DATABASE_URL runs it on PostgreSQL.
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import { addDays, localDate } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { openDatabase, rowsOf } from '../server/src/db/client.ts';
import { load, ownCounty, printTable, ROOT, signIn, startProcess, type TResult } from './lib.ts';

const SERVER_PORT = 3922;
const BARE_PORT = 3923;
const REQUESTS = 200_000;

const county = await ownCounty(SERVER_PORT, 'requests');
const { dataDir, databaseUrl, env, stop } = county;

const today = localDate(new Date());
// the ledger of the last full month
const monthStart = `${addDays(`${today.slice(0, 8)}01`, -1).slice(0, 8)}01`;
const monthEnd = addDays(`${today.slice(0, 8)}01`, -1);

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
    // n % 100 picks the state (n / 100 the rest): 3% registered, 3% accepted, 6% in progress, 20% resolved, 62% followed up,
    // 6% withdrawn / duplicate / not ours. Closed requests spread over two years, open ones over the last
    // 45 days. Deadlines: accept the next day, resolve in 21 days (7 if urgent). The data is as the
    // escalation job leaves it (it runs when the server starts): an open request past its deadline has
    // moved up to the county, so only county-owned ones stay overdue; the others' deadlines restarted.
    await tx.execute(sql`
      insert into requests (village_code, category, urgency, description, state, owner_level, owner_division_code,
        owner_name, source, registered_on, accept_by, resolve_by, result, satisfaction, four_role, resolved_at,
        created_at, updated_at)
      select v.code, r.category, r.urgency, '村民反映诉求第' || r.n || '号：村道破损，雨天出行困难', r.state, r.owner_level,
        case r.owner_level when 'village' then v.code when 'township' then substr(v.code, 1, 9) else substr(v.code, 1, 6) end,
        case when r.state = 'registered' then null else '驻村干部' || (r.n % 1000) end,
        (array['visit','cadre','public'])[1 + r.n % 3],
        r.registered_on,
        case when r.open and r.owner_level <> 'county' then greatest(r.registered_on + 1, current_date)
          else r.registered_on + 1 end,
        case when r.open and r.owner_level <> 'county'
          then greatest(r.registered_on + r.days, current_date + r.n % 5) else r.registered_on + r.days end,
        case when r.state in ('resolved', 'followed_up') then '已协调镇村两级完成维修' end,
        case when r.state = 'followed_up' then (array['satisfied','satisfied','basically_satisfied'])[1 + r.n % 3] end,
        case when r.state in ('resolved', 'followed_up') and r.n % 5 < 4
          then (array['policy_advocate','development_guide','dispute_mediator','prosperity_helper'])[1 + r.n % 5] end,
        case when r.state in ('resolved', 'followed_up')
          then least(r.registered_on + (r.n % 20) + time '10:30', now() - interval '1 hour') end,
        r.registered_on + time '09:00', r.registered_on + time '09:00'
      from (
        select g.n, g.state, g.state in ('registered', 'accepted', 'in_progress') as open,
          case when g.m % 10 = 0 then 7 else 21 end as days,
          (array['infrastructure','social_security','medical','education','employment','agriculture',
            'land_housing','dispute','environment','other'])[1 + (g.m * 7) % 10] as category,
          case when g.m % 10 = 0 then 'urgent' else 'normal' end as urgency,
          case when g.state in ('registered', 'accepted', 'in_progress') then current_date - (g.n * 7) % 45
            else current_date - (g.n * 7919) % 730 end as registered_on,
          case when g.m % 20 < 16 then 'village' when g.m % 20 < 19 then 'township' else 'county' end as owner_level
        from (
          select n, n / 100 as m, case
            when n % 100 < 3 then 'registered' when n % 100 < 6 then 'accepted' when n % 100 < 12 then 'in_progress'
            when n % 100 < 32 then 'resolved' when n % 100 < 94 then 'followed_up' when n % 100 < 96 then 'withdrawn'
            when n % 100 < 98 then 'duplicate' else 'not_ours' end as state
          from generate_series(1, ${REQUESTS}) n
        ) g
      ) r
      join bench_villages v on v.i = (r.n * 13) % (select count(*) from bench_villages)`);
    await tx.execute(sql`
      insert into request_events (request_id, at, actor_kind, action, from_state, to_state, owner_level)
      select id, created_at, 'user', 'register', null, 'registered', 'village' from requests
      where description like '村民反映诉求第%'`);
  });
  await database.db.execute(sql`analyze`);
  const [count] = await rowsOf<{ n: number }>(database.db, sql`select count(*) as n from requests`);
  console.log(`set-up: ${count?.n} requests in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  await database.close();

  // 2. the server again on the same database, and the bare route
  server = await startProcess('server/src/main.ts', [], env, /Zhucun/);
  bare = await startProcess('bench/bare-server.ts', [String(BARE_PORT)], {}, /bare listening/);
  const base = `http://127.0.0.1:${SERVER_PORT}`;
  const results: TResult[] = [];
  const baseline = await load('bare Fastify route', { url: `http://127.0.0.1:${BARE_PORT}/bare` });

  const county = await signIn(base, 'admin');
  const township = await signIn(base, 'jincheng');
  const scenarios = [
    {
      name: 'county: in progress, page 1 of 20',
      user: county,
      path: '/api/requests?state=in_progress&page=1&pageSize=20',
    },
    { name: 'county: overdue', user: county, path: '/api/requests?overdue=true' },
    {
      name: 'township: registered in 金城镇',
      user: township,
      path: '/api/requests?state=registered&township=140622100',
    },
    // what the queue page opens with: the open requests, by deadline
    { name: 'county: open requests (the default view)', user: county, path: '/api/requests?open=true' },
    // every state of 200,000 (state=all on the page; last: its backlog would slow the next scenario)
    { name: 'county: every state, page 1', user: county, path: '/api/requests?page=1&pageSize=20' },
  ];
  const firsts: string[] = [];
  for (const s of scenarios) {
    const t = Date.now();
    const res = await fetch(`${base}${s.path}`, { headers: { cookie: s.user.cookie } });
    const body = (await res.json()) as { total?: number };
    firsts.push(`${s.name}: ${Date.now() - t} ms, status ${res.status}, total ${body.total ?? '?'}`);
    results.push(await load(s.name, { url: `${base}${s.path}`, headers: { cookie: s.user.cookie } }));
  }

  await new Promise((r) => setTimeout(r, 5000)); // let the last scenario's backlog drain
  const ledgerPath = `/api/requests/ledger?from=${monthStart}&to=${monthEnd}`;
  const timings: number[] = [];
  let summary = '';
  for (let i = 0; i < 3; i++) {
    const t = Date.now();
    const res = await fetch(`${base}${ledgerPath}`, { headers: { cookie: county.cookie } });
    const body = (await res.json()) as { total?: number };
    timings.push(Date.now() - t);
    summary = `status ${res.status}, ${body.total ?? '?'} requests`;
  }
  results.push(
    await load(`ledger of a month for the county (1 request at a time)`, {
      url: `${base}${ledgerPath}`,
      headers: { cookie: county.cookie },
      connections: 1,
      duration: 10,
    }),
  );

  console.log(
    `\nRequests bench on ${databaseUrl ? 'PostgreSQL' : 'PGlite'} (${os.cpus().length} cores), root ${ROOT}`,
  );
  for (const f of firsts) console.log(`first ${f}`);
  console.log(`ledger ${monthStart} – ${monthEnd} for the county: ${timings.join(' / ')} ms (${summary})`);
  printTable([baseline, ...results], baseline);
} finally {
  server?.kill('SIGTERM');
  bare?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1000));
  await county.cleanUp();
}
