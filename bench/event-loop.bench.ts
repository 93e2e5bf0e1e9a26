// npm run bench:event-loop — does heavy work hold the event loop? /api/health p99 idle, then while
// 5 clients loop the county-year compliance report and the cadres' Excel export, next to a bare
// Fastify route in the same run (the bare route shows what the machine itself loses to the load).
// A fresh data directory with the embedded PostgreSQL, or a fresh database on BENCH_DATABASE_URL.
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import { bigCountyYear, load, signIn, startProcess, type TResult } from './lib.ts';

const SERVER_PORT = 3960;
const BARE_PORT = 3961;
const CADRES = 1000;
const YEAR = '2025';
const CLIENTS = 5;
/** The probe of each route: a few connections for ~10 s. */
const PROBE = { connections: 4, duration: 10 };
const TARGET_P99_MS = 100;
const HEAVY = [
  { name: 'compliance', path: `/api/duty/compliance/year?year=${YEAR}&division=140622` },
  { name: 'export', path: '/api/cadres/export.xlsx' },
] as const;
type THeavyName = (typeof HEAVY)[number]['name'];

const base = `http://127.0.0.1:${SERVER_PORT}`;
const bareUrl = `http://127.0.0.1:${BARE_PORT}/bare`;
const ms = (n: number) => n.toFixed(0);
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : Number.NaN);
const sleep = (n: number) => new Promise((r) => setTimeout(r, n));

/** `CLIENTS` clients, each requesting the heavy routes in turn until `stop`; durations and failures. */
function loopHeavy(cookie: string) {
  const timings: Record<THeavyName, number[]> = { compliance: [], export: [] };
  const failures: string[] = [];
  let running = true;
  const client = async (n: number) => {
    for (let i = n; running; i++) {
      const heavy = HEAVY[i % HEAVY.length]!;
      const t = performance.now();
      try {
        const res = await fetch(`${base}${heavy.path}`, { headers: { cookie } });
        await res.arrayBuffer();
        if (res.ok) timings[heavy.name].push(performance.now() - t);
        else failures.push(`${heavy.name} ${res.status}`);
      } catch (error) {
        failures.push(`${heavy.name} ${(error as Error).cause ?? error}`);
      }
    }
  };
  const clients = Array.from({ length: CLIENTS }, (_, n) => client(n));
  return {
    timings,
    failures,
    stop: async () => {
      running = false;
      await Promise.all(clients);
    },
  };
}

/** Each heavy route once (a 503 — the database watcher starved by a held loop — is retried). */
async function warmUp(cookie: string) {
  for (const heavy of HEAVY)
    for (let attempt = 1; ; attempt++) {
      const t = performance.now();
      const res = await fetch(`${base}${heavy.path}`, { headers: { cookie } });
      const body = await res.arrayBuffer();
      const size = `${(body.byteLength / 1024).toFixed(0)} KiB`;
      console.log(`${heavy.name} alone: ${res.status}, ${size}, ${ms(performance.now() - t)} ms`);
      if (res.ok) break;
      if (attempt === 3) throw new Error(`${heavy.path}: ${res.status} ${Buffer.from(body).toString()}`);
      await sleep(3000);
    }
}

const probe = async () => [
  await load('bare Fastify route', { url: bareUrl, ...PROBE }),
  await load('GET /api/health', { url: `${base}/api/health`, ...PROBE }),
];

function printRun(idle: TResult[], loaded: TResult[], heavy: ReturnType<typeof loopHeavy>, database: string) {
  console.log(`\nEvent-loop bench on ${database} (${os.cpus().length} cores), ${CADRES} cadres × 365 days`);
  console.log(
    `loaded: ${CLIENTS} clients looping the county-year compliance report and the cadres' Excel export`,
  );
  console.log('\n| route | idle req/s | idle p99 ms | loaded req/s | loaded p99 ms | p99 × |');
  console.log('|---|---:|---:|---:|---:|---:|');
  idle.forEach((a, i) => {
    const b = loaded[i]!;
    const times = (b.p99 / Math.max(1, a.p99)).toFixed(1);
    console.log(
      `| ${a.name} | ${a.reqPerSec.toFixed(0)} | ${a.p99} | ${b.reqPerSec.toFixed(0)} | ${b.p99} | ${times} |`,
    );
    const bad = a.non2xx + a.errors + b.non2xx + b.errors;
    if (bad > 0) console.log(`  (${a.name}: ${a.non2xx + b.non2xx} non-2xx, ${a.errors + b.errors} errors)`);
  });
  for (const h of HEAVY) {
    const xs = heavy.timings[h.name];
    console.log(
      `${h.name} while loaded: ${xs.length} done, mean ${ms(mean(xs))} ms, max ${ms(Math.max(...xs))} ms`,
    );
  }
  if (heavy.failures.length)
    console.log(`${heavy.failures.length} failed: ${heavy.failures.slice(0, 5).join(', ')}`);
  const health = loaded[1]!.p99;
  console.log(
    `/api/health p99 under load: ${health} ms (target ≤ ${TARGET_P99_MS} ms: ${health <= TARGET_P99_MS ? 'met' : 'NOT met'})`,
  );
}

// the demo county with a year of days for 1,000 cadres (the server stops after it), then the server again
const county = await bigCountyYear(SERVER_PORT, 'event-loop', { cadres: CADRES, year: YEAR });
const children: ChildProcess[] = [];
let finished = false;
try {
  const server = await startProcess('server/src/main.ts', [], county.env, /Zhucun/);
  children.push(server);
  let serverErr = '';
  server.stderr!.on('data', (chunk: Buffer) => {
    serverErr = (serverErr + chunk.toString()).slice(-4000);
  });
  server.on('exit', (code) => {
    if (!finished) console.error(`the server exited early (${code}):\n${serverErr}`);
  });
  children.push(await startProcess('bench/bare-server.ts', [String(BARE_PORT)], {}, /bare listening/));

  const admin = await signIn(base, 'admin');
  await warmUp(admin.cookie);
  const idle = await probe();
  const heavy = loopHeavy(admin.cookie);
  await sleep(2000); // every client has a request in flight
  const loaded = await probe();
  await heavy.stop();
  finished = true;
  printRun(
    idle,
    loaded,
    heavy,
    county.databaseUrl ? 'PostgreSQL (BENCH_DATABASE_URL)' : 'the embedded PostgreSQL',
  );
  if (heavy.failures.length) console.log(`the server's last words on stderr:\n${serverErr.slice(-1500)}`);
} finally {
  finished = true;
  for (const child of children) child.kill('SIGTERM');
  await sleep(1500);
  await county.cleanUp();
}
