// npm run bench:homes — 标准化家园 on the demo county (86 homes: 44 apartments, 42 farmhouses, their
// rooms, occupants and a year of funding ledger), next to a bare Fastify route in the same run: the
// county's overview, list, 走读 list and funding summary, a township admin opening a home and
// recording money in, and the Excel ledger once (before and after the bench's entries).
// BENCH_DATABASE_URL runs it on PostgreSQL (in a database of its own).
import type { ChildProcess } from 'node:child_process';
import os from 'node:os';
import { CSRF_HEADER, localDate, type THomeList } from '@zhucun/core';
import { load, ownCounty, printTable, ROOT, signIn, startProcess, type TResult } from './lib.ts';

const SERVER_PORT = 3924;
const BARE_PORT = 3925;

const county = await ownCounty(SERVER_PORT, 'homes');
const { databaseUrl, env } = county;
const base = `http://127.0.0.1:${SERVER_PORT}`;

/** Fetches the workbook `times` times; each download's milliseconds and its size. */
async function timeWorkbook(cookie: string, times: number): Promise<string> {
  const out: string[] = [];
  for (let i = 0; i < times; i++) {
    const t = Date.now();
    const res = await fetch(`${base}/api/homes/funding.xlsx`, { headers: { cookie } });
    const bytes = (await res.arrayBuffer()).byteLength;
    out.push(`${Date.now() - t} ms (status ${res.status}, ${(bytes / 1024).toFixed(0)} KiB)`);
  }
  return out.join(' / ');
}

let server: ChildProcess | undefined;
let bare: ChildProcess | undefined;
try {
  // the demo county, seeded on the first start (homes included)
  const started = Date.now();
  server = await startProcess('server/src/main.ts', ['--demo'], env, /Zhucun/);
  const startup = Date.now() - started;
  bare = await startProcess('bench/bare-server.ts', [String(BARE_PORT)], {}, /bare listening/);

  const admin = await signIn(base, 'admin');
  const township = await signIn(base, 'jincheng');
  const list = await fetch(`${base}/api/homes?township=140622100`, { headers: { cookie: township.cookie } });
  const homeId = ((await list.json()) as THomeList).items[0]?.id;
  if (!homeId) throw new Error(`no home in 金城镇 (status ${list.status}): are the demo homes seeded?`);

  const results: TResult[] = [];
  const baseline = await load('bare Fastify route', { url: `http://127.0.0.1:${BARE_PORT}/bare` });
  const reads = [
    // the cost of a signed-in request alone (session lookup), to read the homes' figures against
    { name: 'GET /api/auth/me (session only)', user: admin, path: '/api/auth/me' },
    { name: 'county: homes summary by township', user: admin, path: '/api/homes/summary' },
    { name: 'county: all homes (list)', user: admin, path: '/api/homes' },
    { name: 'county: cadres without a home (走读)', user: admin, path: '/api/homes/without-home' },
    { name: 'township: one home (rooms, occupants)', user: township, path: `/api/homes/${homeId}` },
    { name: 'county: funding summary', user: admin, path: '/api/homes/funding/summary' },
  ];
  const firsts: string[] = [];
  for (const s of reads) {
    const t = Date.now();
    const res = await fetch(`${base}${s.path}`, { headers: { cookie: s.user.cookie } });
    const body = (await res.json()) as { total?: number; rows?: unknown[]; items?: unknown[] };
    const size = body.total ?? body.rows?.length ?? body.items?.length ?? '-';
    firsts.push(`${s.name}: ${Date.now() - t} ms, status ${res.status}, ${size} rows`);
    results.push(await load(s.name, { url: `${base}${s.path}`, headers: { cookie: s.user.cookie } }));
  }

  const before = await timeWorkbook(admin.cookie, 3);
  const today = localDate(new Date());
  results.push(
    await load('township: record money in (POST, audited)', {
      url: `${base}/api/homes/${homeId}/funding`,
      method: 'POST',
      headers: {
        cookie: township.cookie,
        [CSRF_HEADER]: township.csrf,
        'content-type': 'application/json',
      },
      body: JSON.stringify({
        direction: 'in',
        source: 'other',
        amountFen: 10_000,
        date: today,
        purpose: '压测：村集体捐赠',
      }),
    }),
  );
  const ledger = await fetch(`${base}/api/homes/${homeId}/funding`, { headers: { cookie: township.cookie } });
  const entries = ((await ledger.json()) as { entries: unknown[] }).entries.length;
  await new Promise((r) => setTimeout(r, 2000)); // let the writes' backlog drain
  const after = await timeWorkbook(admin.cookie, 3);

  console.log(
    `\nHomes bench on ${databaseUrl ? 'PostgreSQL' : 'PGlite'} (${os.cpus().length} cores), root ${ROOT}`,
  );
  console.log(`first start of the demo county (seeding included): ${(startup / 1000).toFixed(1)} s`);
  for (const f of firsts) console.log(`first ${f}`);
  console.log(`funding.xlsx, the demo ledger: ${before}`);
  console.log(`funding.xlsx, after the POST bench (home ${homeId} now has ${entries} entries): ${after}`);
  printTable([baseline, ...results], baseline);
} finally {
  server?.kill('SIGTERM');
  bare?.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1500));
  await county.cleanUp();
}
