// npm run bench:dashboard — 驻村工作全景 over a generated province on PostgreSQL (bench/rating-province.ts:
// 100 counties, 10,000 villages, 30,000 cadres; three week-years of their day records, about 32.7
// million; 67 requests a village a year, about 2 million; tasks, projects, rectification, night visits …;
// a home in every village), next to a bare Fastify route in the same run. The real server answers a
// county organisation department's account of one generated county (990001, 300 cadres) and a
// township's (990001100): each panel 300 times, four at a time (the page asks for its panels at once),
// then the whole page (seven panels at once) 50 times. Target: p95 ≤ 200 ms a panel. The figures are
// live (read when asked): nothing is precomputed but the day records' 五天四夜 bitmaps their triggers keep.
// The database is a fresh one on BENCH_DATABASE_URL's server (default postgres://postgres@127.0.0.1:5432),
// dropped at the end; BENCH_DASHBOARD_KEEP=1 keeps it and BENCH_DASHBOARD_DB=<name> measures a kept one
// again (its set-up takes about a quarter of an hour).
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, rowsOf } from '../server/src/db/client.ts';
import { load, printTable, startProcess } from './lib.ts';
import { generateProvince } from './rating-province.ts';

const SERVER_PORT = 3961;
const BARE_PORT = 3962;
const LAST_YEAR = Number(new Date().toISOString().slice(0, 4));
const COUNTY = '990001';
const TOWNSHIP = '990001100';
const PANELS = ['presence', 'requests', 'projects', 'tasks', 'rectification', 'homes', 'rating'] as const;

const serverUrl = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const reuse = process.env.BENCH_DASHBOARD_DB;
const dbName = reuse ?? `zc_bench_dashboard_${Date.now().toString(36)}`;
const admin = async (query: string) => {
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  await client.query(query);
  await client.end();
};
const url = new URL(serverUrl);
url.pathname = `/${dbName}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhucun-bench-dashboard-'));
const env = {
  PORT: String(SERVER_PORT),
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
  DATABASE_URL: url.toString(),
};

/** The province, its homes, and a county and a township account with a session each. */
async function setUp() {
  await admin(`create database ${dbName}`);
  // the demo county (migrations, accounts), then the server stops so the bench can write
  const first = await startProcess('server/src/main.ts', ['--demo'], env, /Zhucun/);
  const exited = new Promise((r) => first.once('exit', r));
  first.kill('SIGTERM');
  await exited;
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir });
  const db = database.db;
  console.log(
    `set-up: a province of 30,000 cadres and three years of their records (${LAST_YEAR - 2}–${LAST_YEAR})`,
  );
  await generateProvince(db, LAST_YEAR, { years: 3, requestsPerVillage: 67 });
  await db.execute(sql`
    insert into homes (village_code, kind, address, has_kitchen, facilities)
    select code, case when i % 2 = 0 then 'apartment' else 'farmhouse' end, '村委会二楼', i % 7 <> 0,
      '["bed","desk","wardrobe","heating","water_heater","washing_machine","internet"]'::jsonb
    from bench_villages`);
  await db.execute(sql`
    insert into home_rooms (home_id, label, beds, position)
    select h.id, r || '号房', 2, r from homes h cross join generate_series(1, 2) r where h.village_code like '99%'`);
  await db.execute(sql`
    insert into users (username, display_name, password_hash, must_change_password)
    values ('bench-county', '压测县组织部', 'not-a-hash', false), ('bench-township', '压测乡镇', 'not-a-hash', false)`);
  await db.execute(sql`
    insert into role_assignments (user_id, role, division_code)
    select id, case when username = 'bench-county' then 'county_admin' else 'township_admin' end,
      case when username = 'bench-county' then ${COUNTY} else ${TOWNSHIP} end
    from users where username in ('bench-county', 'bench-township')`);
  await db.execute(sql`analyze`);
  await database.close();
}

/** A session of a bench account, made straight in the database (its token's hash is what is stored). */
async function sessionOf(username: string) {
  const database = await openDatabase({ databaseUrl: url.toString(), dataDir });
  await database.db.execute(sql`
    insert into sessions (id, user_id, csrf_token, idle_minutes, expires_at)
    select encode(sha256(convert_to(${`bench-${username}`}, 'UTF8')), 'hex'), id, 'csrf', 600, now() + interval '1 day'
    from users where username = ${username}
    on conflict (id) do update set expires_at = excluded.expires_at`);
  const [counts] = await rowsOf<{ days: number; requests: number }>(
    database.db,
    sql`select (select count(*) from duty_days)::int as days, (select count(*) from requests)::int as requests`,
  );
  await database.close();
  return { cookie: `zc_session=bench-${username}`, counts };
}

const percentile = (sorted: number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;

/** `total` GETs, `concurrency` at a time; every latency in ms, and how many answers were not 200. */
async function timed(urls: () => string[], total: number, concurrency: number, cookie?: string) {
  const latencies: number[] = [];
  let failed = 0;
  let next = 0;
  const worker = async () => {
    while (next < total) {
      next++;
      const batch = urls();
      const started = performance.now();
      const answers = await Promise.all(
        batch.map((u) =>
          fetch(u, { headers: cookie ? { cookie } : {} }).then(
            async (r) => [r.status, await r.text()] as const,
          ),
        ),
      );
      latencies.push(performance.now() - started);
      failed += answers.filter(([status]) => status !== 200).length;
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  latencies.sort((a, b) => a - b);
  const f = (ms: number) => ms.toFixed(1);
  return {
    p50: f(percentile(latencies, 50)),
    p95: f(percentile(latencies, 95)),
    p99: f(percentile(latencies, 99)),
    max: f(latencies.at(-1)!),
    failed,
  };
}

try {
  if (!reuse) await setUp();
  else console.log(`set-up: the province kept in ${dbName}`);
  const county = await sessionOf('bench-county');
  const township = await sessionOf('bench-township');
  console.log(
    `data: ${county.counts?.days.toLocaleString('en')} day records, ${county.counts?.requests.toLocaleString('en')} requests`,
  );

  const server = await startProcess('server/src/main.ts', [], env, /Zhucun/);
  const bare = await startProcess('bench/bare-server.ts', [String(BARE_PORT)], {}, /bare listening/);
  try {
    const base = `http://127.0.0.1:${SERVER_PORT}`;
    const bareUrl = `http://127.0.0.1:${BARE_PORT}/bare`;
    const rows: string[] = [];
    const row = (name: string, r: Awaited<ReturnType<typeof timed>>) =>
      rows.push(`| ${name} | ${r.p50} | ${r.p95} | ${r.p99} | ${r.max} | ${r.failed} |`);
    row('bare Fastify route (baseline)', await timed(() => [bareUrl], 300, 4));
    for (const [who, session] of [
      ['county 990001', county],
      ['township 990001100', township],
    ] as const) {
      for (const panel of PANELS) {
        const u = () => [`${base}/api/dashboard/${panel}`];
        await timed(u, 20, 4, session.cookie); // warm-up, not counted
        row(`${who}: ${panel}`, await timed(u, 300, 4, session.cookie));
      }
      row(
        `${who}: the whole page (7 panels at once)`,
        await timed(() => PANELS.map((p) => `${base}/api/dashboard/${p}`), 50, 1, session.cookie),
      );
    }
    console.log('\n| request | p50 ms | p95 ms | p99 ms | max ms | not 200 |');
    console.log('|---|---:|---:|---:|---:|---:|');
    for (const r of rows) console.log(r);
    const baseline = await load('bare Fastify route (baseline)', { url: bareUrl });
    printTable([baseline], baseline);
  } finally {
    server.kill('SIGTERM');
    bare.kill('SIGTERM');
    await new Promise((r) => setTimeout(r, 1500));
  }
} finally {
  rmSync(dataDir, { recursive: true, force: true });
  if (process.env.BENCH_DASHBOARD_KEEP || reuse) console.log(`kept: BENCH_DASHBOARD_DB=${dbName}`);
  else await admin(`drop database if exists ${dbName} with (force)`);
}
