// npm run bench:kill9 — "a kill -9 of the server followed by npm start comes back with every
// acknowledged write, 20 times in a row". One data directory; each round: a few signed-in clients
// record money in for demo homes (an audited insert) as fast as the server answers, the server's node
// process is killed with SIGKILL after 0.5–3 s (its PostgreSQL stays behind, and the next start must
// take it over), the server is started again on the same directory, and every write answered 2xx must
// be in the homes' ledgers, the audit chain intact and a new write accepted. Exits 1 on any failure.
// BENCH_KILL9_ROUNDS changes the number of rounds (20).

import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CSRF_HEADER, localDate, type TFundingLedger, type THomeList } from '@zhucun/core';
import { DEMO_PASSWORD, ROOT } from './lib.ts';
import {
  livePostmaster,
  signInOrThrow,
  sleep,
  startNode,
  stopNode,
  type TNodeProcess,
  type TSession,
  waitForOutput,
  waitForPostmasterGone,
} from './processes.ts';

const PORT = 3945;
const ROUNDS = Number(process.env.BENCH_KILL9_ROUNDS ?? 20);
const WRITERS = 4;
const base = `http://127.0.0.1:${PORT}`;
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhucun-bench-kill9-'));
const pgdata = path.join(dataDir, 'postgres');
const env = {
  PORT: String(PORT),
  HOST: '127.0.0.1',
  DATA_DIR: dataDir,
  LOG_LEVEL: 'warn',
  LOGIN_RATE_LIMIT_PER_MINUTE: '100000',
};
const TAKEOVER = /未正常退出留下的 PostgreSQL/;

type TWrite = { id: number; homeId: number };
type TRoundWrites = { acked: TWrite[]; inFlightAtKill: number; refused: Map<string, number> };

/** Starts the server on the data directory: `--demo` the first time; the seconds until its banner. */
async function start(args: string[]): Promise<{ server: TNodeProcess; seconds: number }> {
  const t = performance.now();
  const server = startNode(ROOT, 'server/src/main.ts', args, env);
  await waitForOutput(server, /Zhucun/, 600_000);
  return { server, seconds: (performance.now() - t) / 1000 };
}

/** One client recording money in for `homeId` until the server is gone; what it was told. */
async function write(
  session: TSession,
  homeId: number,
  tag: string,
  out: TRoundWrites,
  killed: () => boolean,
) {
  for (let n = 0; ; n++) {
    const body = {
      direction: 'in',
      source: 'other',
      amountFen: 1,
      date: localDate(new Date()),
      purpose: `${tag} #${n}`,
    };
    const sentBeforeKill = !killed();
    let res: Response;
    try {
      res = await fetch(`${base}/api/homes/${homeId}/funding`, {
        method: 'POST',
        headers: { cookie: session.cookie, [CSRF_HEADER]: session.csrf, 'content-type': 'application/json' },
        body: JSON.stringify(body),
      });
    } catch (error) {
      if (!killed()) out.refused.set(`network: ${(error as Error).message}`, 1);
      else if (sentBeforeKill) out.inFlightAtKill++;
      return;
    }
    const text = await res.text().catch(() => null);
    if (text === null) {
      out.inFlightAtKill++; // the headers came, the body did not: not acknowledged
      return;
    }
    if (res.ok) out.acked.push({ id: (JSON.parse(text) as { id: number }).id, homeId });
    else {
      const key = `${res.status} ${text.slice(0, 160)}`;
      out.refused.set(key, (out.refused.get(key) ?? 0) + 1);
    }
  }
}

async function get<T>(session: TSession, p: string): Promise<T> {
  const res = await fetch(`${base}${p}`, { headers: { cookie: session.cookie } });
  if (!res.ok) throw new Error(`GET ${p}: ${res.status} ${(await res.text()).slice(0, 200)}`);
  return (await res.json()) as T;
}

let server: TNodeProcess | null = null;
let failed = false;
const fail = (why: string) => {
  failed = true;
  console.error(`FAIL: ${why}`);
};
try {
  const first = await start(['--demo']);
  server = first.server;
  console.log(`first start (demo county) on ${dataDir}: ${first.seconds.toFixed(1)} s`);
  const admin = await signInOrThrow(base, 'admin', DEMO_PASSWORD);
  const homeIds = (await get<THomeList>(admin, '/api/homes')).items.slice(0, WRITERS).map((h) => h.id);
  if (homeIds.length === 0) throw new Error('no demo homes to write to');

  console.log(`\n${ROUNDS} rounds, ${WRITERS} clients writing (POST /api/homes/:id/funding) until kill -9`);
  console.log(
    '\n| round | killed after | acknowledged | found | in flight at kill | committed, not acknowledged | PostgreSQL left behind | restart | audit chain |',
  );
  console.log('|---:|---:|---:|---:|---:|---:|---|---:|---|');
  let totalAcked = 0;
  let totalFound = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const sessions = await Promise.all(
      Array.from({ length: WRITERS }, () => signInOrThrow(base, 'admin', DEMO_PASSWORD)),
    );
    const out: TRoundWrites = { acked: [], inFlightAtKill: 0, refused: new Map() };
    let killed = false;
    const tag = `kill9 r${round}`;
    const writers = sessions.map((s, i) =>
      write(s, homeIds[i % homeIds.length]!, `${tag} c${i}`, out, () => killed),
    );
    const delay = 500 + Math.random() * 2500;
    await sleep(delay);
    killed = true;
    server.child.kill('SIGKILL'); // the node process only: its PostgreSQL stays behind
    await server.exited;
    await Promise.all(writers);
    const leftBehind = livePostmaster(pgdata) !== null;

    const again = await start([]);
    server = again.server;
    const tookOver = TAKEOVER.test(server.output());
    const checker = await signInOrThrow(base, 'admin', DEMO_PASSWORD);
    const present = new Set<number>();
    const acked = new Set(out.acked.map((w) => w.id));
    let committedUnacked = 0;
    for (const homeId of homeIds) {
      const ledger = await get<TFundingLedger>(checker, `/api/homes/${homeId}/funding`);
      for (const e of ledger.entries) {
        present.add(e.id);
        if (e.purpose.startsWith(`${tag} `) && !acked.has(e.id)) committedUnacked++;
      }
    }
    const found = out.acked.filter((w) => present.has(w.id)).length;
    const auditor = await signInOrThrow(base, 'auditor', DEMO_PASSWORD);
    const audit = await get<{ intact: boolean; checked: number }>(auditor, '/api/audit/verify');
    totalAcked += out.acked.length;
    totalFound += found;
    console.log(
      `| ${round} | ${(delay / 1000).toFixed(1)} s | ${out.acked.length} | ${found} | ${out.inFlightAtKill} | ${committedUnacked} | ${leftBehind ? (tookOver ? 'yes, taken over' : 'yes, NOT taken over?') : 'no'} | ${again.seconds.toFixed(1)} s | ${audit.intact ? `intact (${audit.checked})` : 'BROKEN'} |`,
    );
    if (found !== out.acked.length) {
      const missing = out.acked.filter((w) => !present.has(w.id)).map((w) => w.id);
      fail(
        `round ${round}: ${missing.length} acknowledged writes missing (ids ${missing.slice(0, 20).join(', ')})`,
      );
    }
    if (out.acked.length === 0) fail(`round ${round}: no write was acknowledged before the kill`);
    if (!audit.intact) fail(`round ${round}: the audit chain is broken`);
    for (const [why, n] of out.refused) fail(`round ${round}: ${n}× a write refused before the kill: ${why}`);
  }
  // a new write after the last restart, through a session from before the last kill
  const after = await fetch(`${base}/api/homes/${homeIds[0]}/funding`, {
    method: 'POST',
    headers: { cookie: admin.cookie, [CSRF_HEADER]: admin.csrf, 'content-type': 'application/json' },
    body: JSON.stringify({
      direction: 'in',
      source: 'other',
      amountFen: 1,
      date: localDate(new Date()),
      purpose: 'kill9 after',
    }),
  });
  if (!after.ok)
    fail(`a write after the last restart: ${after.status} ${(await after.text()).slice(0, 200)}`);
  console.log(
    `\nacknowledged ${totalAcked}, found ${totalFound} after ${ROUNDS} kill -9 restarts; a write afterwards: ${after.status}`,
  );
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
} finally {
  if (server) {
    const code = await stopNode(server, 'SIGTERM', 30_000);
    if (code !== 0) fail(`the last server exited ${code} on SIGTERM`);
  }
  if (await waitForPostmasterGone(pgdata, 30_000))
    console.log('the last server stopped; no PostgreSQL left on the directory');
  else {
    const pid = livePostmaster(pgdata);
    fail(`PostgreSQL ${pid} still runs on ${pgdata} after the server stopped: stopping it`);
    if (pid) process.kill(pid, 'SIGINT');
    await waitForPostmasterGone(pgdata, 30_000);
  }
  if (failed) console.error(`data directory kept for a look: ${dataDir}`);
  else rmSync(dataDir, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);
