import os from 'node:os';
import { localDate } from '@zhucun/core';
import type autocannon from 'autocannon';
import {
  benchSessionOf,
  bigCountyYear,
  load,
  printTable,
  ROOT,
  signIn,
  startProcess,
  type TResult,
} from './lib.ts';

const SERVER_PORT = 3920;
const BARE_PORT = 3921;
const CADRES = 1000;
const YEAR = '2025';

// 1. the demo county with a year of days for 1,000 cadres (the server stops after it)
const county = await bigCountyYear(SERVER_PORT, 'duty', { cadres: CADRES, year: YEAR });
const { databaseUrl, env } = county;

// 2. the server again on the same database, and the bare route
const server = await startProcess('server/src/main.ts', [], env, /Zhucun/);
const bare = await startProcess('bench/bare-server.ts', [String(BARE_PORT)], {}, /bare listening/);
const base = `http://127.0.0.1:${SERVER_PORT}`;
const today = localDate(new Date());
const results: TResult[] = [];
try {
  const baseline = await load('bare Fastify route', { url: `http://127.0.0.1:${BARE_PORT}/bare` });

  let next = 0;
  const saveRequest = (edit: number) => ({
    method: 'PUT' as const,
    path: `/api/duty/my/days/${today}`,
    setupRequest: (req: autocannon.Request) => {
      const n = (next++ % CADRES) + 1;
      return {
        ...req,
        headers: {
          'content-type': 'application/json',
          cookie: benchSessionOf(n).cookie,
          'x-csrf-token': benchSessionOf(n).csrf,
        },
        body: JSON.stringify({
          day: 'village',
          night: 'village',
          work: `走访农户 ${edit}-${n}`,
          roles: ['prosperity_helper'],
        }),
      };
    },
  });
  // the evening rush: exactly 1,000 saves, one per cadre, as fast as 50 connections send them
  const t0 = Date.now();
  const rush = await load('1,000 cadres save their day (first save)', {
    url: base,
    amount: CADRES,
    requests: [saveRequest(1)],
  });
  const rushSeconds = (Date.now() - t0) / 1000;
  results.push(rush);
  results.push(await load('saving a day (edits, 10 s)', { url: base, requests: [saveRequest(2)] }));

  const admin = await signIn(base, 'admin');
  const timings: number[] = [];
  let summary = '';
  for (let i = 0; i < 3; i++) {
    const t = Date.now();
    const res = await fetch(`${base}/api/duty/compliance/year?year=${YEAR}&division=140622`, {
      headers: { cookie: admin.cookie },
    });
    const body = (await res.json()) as { items?: unknown[] };
    timings.push(Date.now() - t);
    summary = `status ${res.status}, ${body.items?.length ?? '?'} cadres`;
  }
  results.push(
    await load('compliance of a county-year (1 request at a time)', {
      url: `${base}/api/duty/compliance/year?year=${YEAR}&division=140622`,
      headers: { cookie: admin.cookie },
      connections: 1,
      duration: 10,
    }),
  );

  console.log(
    `\nDuty bench on ${databaseUrl ? 'PostgreSQL (BENCH_DATABASE_URL)' : 'the embedded PostgreSQL'} (${os.cpus().length} cores), root ${ROOT}`,
  );
  console.log(`1,000 first saves took ${rushSeconds.toFixed(1)} s (target: within 60 s)`);
  console.log(`compliance ${YEAR} for the county: ${timings.join(' / ')} ms (${summary})`);
  printTable([baseline, ...results], baseline);
} finally {
  server.kill('SIGTERM');
  bare.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 1000));
  await county.cleanUp();
}
