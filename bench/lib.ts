import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { sql } from 'drizzle-orm';
import pg from 'pg';
import { openDatabase, rowsOf } from '../server/src/db/client.ts';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Starts a TypeScript entry point in its own process and waits until it prints `ready`. */
export function startProcess(entry: string, args: string[], env: Record<string, string>, ready: RegExp) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise<ChildProcess>((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (ready.test(out)) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${entry} exited ${code}:\n${out}`)));
  });
}

export type TResult = {
  name: string;
  reqPerSec: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
};

/** Runs autocannon for `seconds` with `connections` and returns throughput and p99 latency. */
export async function load(name: string, opts: autocannon.Options): Promise<TResult> {
  // a fixed amount of requests, or 10 seconds
  const r = await autocannon(
    opts.amount ? { connections: 50, ...opts } : { connections: 50, duration: 10, ...opts },
  );
  return {
    name,
    reqPerSec: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors,
  };
}

export function printTable(results: TResult[], baseline: TResult): void {
  console.log('\n| scenario | req/s | p50 ms | p99 ms | vs bare | non-2xx | errors |');
  console.log('|---|---:|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const ratio = r.reqPerSec / baseline.reqPerSec;
    console.log(
      `| ${r.name} | ${r.reqPerSec.toFixed(0)} | ${r.p50} | ${r.p99} | ${(ratio * 100).toFixed(1)}% (1/${(1 / ratio).toFixed(1)}) | ${r.non2xx} | ${r.errors} |`,
    );
  }
}

export const DEMO_PASSWORD = 'Zhucun@2026';

/**
 * The real server in demo mode on a fresh data directory (PostgreSQL when BENCH_DATABASE_URL
 * is set), next to a bare Fastify route in its own process: the baseline of every bench.
 */
export async function startServers(serverPort: number, barePort: number, env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhucun-bench-'));
  const dbUrl = process.env.BENCH_DATABASE_URL;
  const server = await startProcess(
    'server/src/main.ts',
    ['--demo'],
    {
      PORT: String(serverPort),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...env,
      ...(dbUrl ? { DATABASE_URL: dbUrl } : {}),
    },
    /Zhucun/,
  );
  const bare = await startProcess('bench/bare-server.ts', [String(barePort)], {}, /bare listening/);
  return {
    server,
    base: `http://127.0.0.1:${serverPort}`,
    bareUrl: `http://127.0.0.1:${barePort}/bare`,
    database: dbUrl ? 'PostgreSQL' : 'PGlite',
    stop: async () => {
      server.kill('SIGTERM');
      bare.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in over HTTP; the session cookie and CSRF token for later requests. */
export async function signIn(base: string, username: string): Promise<{ cookie: string; csrf: string }> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { cookie, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
}

/**
 * A bench's own county: a fresh data directory, and a fresh PostgreSQL database when
 * BENCH_DATABASE_URL is set. `env` starts the server on it; `cleanUp` removes both.
 */
export async function ownCounty(port: number, name: string) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `zhucun-bench-${name}-`));
  const baseUrl = process.env.BENCH_DATABASE_URL;
  let databaseUrl: string | null = null;
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    await client.query(query);
    await client.end();
  };
  const dbName = `zc_bench_${Date.now().toString(36)}`;
  if (baseUrl) {
    await admin(`create database ${dbName}`);
    const u = new URL(baseUrl);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  return {
    dataDir,
    databaseUrl,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    },
    /** Stops a server and gives it time to release the data directory. */
    stop: async (child: ChildProcess) => {
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 1500));
    },
    cleanUp: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      if (databaseUrl) await admin(`drop database if exists ${dbName} with (force)`);
    },
  };
}

/** The session token of bench cadre n (`bench<n>`), seeded by `bigCountyYear`. */
export const benchSessionOf = (n: number) => ({ cookie: `zc_session=bench-session-${n}`, csrf: `csrf-${n}` });

/**
 * The demo county with a big year on a fresh data directory (and database, see `ownCounty`): `cadres`
 * stationed cadres (`bench1` …, each with a session, `benchSessionOf`) posted from the week before the
 * year, a day record for each of them on every day of `year` (mostly in the village, some official
 * duty, leave and absence) and three days of approved leave each. The server is stopped afterwards:
 * start it again with `county.env`.
 */
export async function bigCountyYear(port: number, name: string, opts: { cadres: number; year: string }) {
  const { cadres, year } = opts;
  const county = await ownCounty(port, name);
  // the demo county, then the server stops so the bench can write into its database
  await county.stop(await startProcess('server/src/main.ts', ['--demo'], county.env, /Zhucun/));
  const database = await openDatabase({ databaseUrl: county.databaseUrl, dataDir: county.dataDir });
  const started = Date.now();
  await database.db.transaction(async (tx) => {
    await tx.execute(sql`
      create temporary table bench_villages on commit drop as
        select code, row_number() over (order by code) - 1 as i from divisions where level = 'village'`);
    await tx.execute(sql`
      insert into users (username, phone, display_name, password_hash, must_change_password)
      select 'bench' || n, '170' || lpad(n::text, 8, '0'), '压测干部' || n, 'not-a-hash', false
      from generate_series(1, ${cadres}) n`);
    await tx.execute(sql`
      insert into role_assignments (user_id, role, division_code)
      select u.id, 'cadre', v.code from users u
      join bench_villages v on v.i = (substring(u.username from 6)::int % (select count(*) from bench_villages))
      where u.username like 'bench%'`);
    await tx.execute(sql`
      insert into persons (filed_under, name, gender, ethnicity, birth_date, id_number, phone, political_status,
        education_level, full_time_education, personnel_status, user_id)
      select r.division_code, u.display_name, 'female', '汉族', '1995-01-01', 'B' || lpad(u.id::text, 17, '0'),
        u.phone, 'cpc_member', 'bachelor', true, 'civil_servant', u.id
      from users u join role_assignments r on r.user_id = u.id and r.role = 'cadre'
      where u.username like 'bench%'`);
    await tx.execute(sql`
      insert into postings (person_id, village_code, category, post_title, start_date)
      select p.id, p.filed_under, 'team_member', '队员', ${`${year}-01-01`}::date - 7
      from persons p where p.id_number like 'B%'`);
    await tx.execute(sql`
      insert into sessions (id, user_id, csrf_token, idle_minutes, expires_at)
      select encode(sha256(convert_to('bench-session-' || substring(u.username from 6), 'UTF8')), 'hex'), u.id,
        'csrf-' || substring(u.username from 6), 600, now() + interval '1 day'
      from users u where u.username like 'bench%'`);
    // a year of days: mostly in the village, some official duty, leave and absence, nights a little less
    await tx.execute(sql`
      insert into duty_days (person_id, village_code, date, day_place, night_place, work, roles)
      select p.id, p.filed_under, d::date,
        (array['village','village','village','village','village','official_duty','leave','absent'])[1 + (p.id + extract(doy from d)::int) % 8],
        (array['village','village','village','village','absent','official_duty','leave','absent'])[1 + (p.id * 3 + extract(doy from d)::int) % 8],
        '入户走访，宣讲政策', '["policy_advocate"]'::jsonb
      from persons p cross join generate_series(${`${year}-01-01`}::date, ${`${year}-12-31`}::date, '1 day') d
      where p.id_number like 'B%'`);
    await tx.execute(sql`
      insert into absences (person_id, village_code, kind, start_date, end_date, reason, state)
      select p.id, p.filed_under, 'leave', ${`${year}-03-02`}::date + (p.id % 200), ${`${year}-03-04`}::date + (p.id % 200), '事假', 'approved'
      from persons p where p.id_number like 'B%'`);
  });
  await database.db.execute(sql`analyze`);
  const [count] = await rowsOf<{ n: number }>(database.db, sql`select count(*) as n from duty_days`);
  await database.close();
  console.log(
    `set-up: ${cadres} cadres, ${count?.n} day records in ${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
  return county;
}
