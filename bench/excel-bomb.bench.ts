// npm run bench:excel-bomb — how fast, and with how much memory, the server refuses Excel bombs on the
// ledger import (POST /api/cadres/import): a 0.5 MB workbook that inflates to 500 MB (alone, and three
// at once), one whose zip under-declares that part (2 KB said), a sheet of 30,000 empty rows, and an
// honest 1,000-row ledger for comparison. The bound: refused within 1 s, memory growth under
// 100 MB (before the guard: 7 s and ~1 GB for one bomb, 3.2 GB for three). Memory is the server's node
// process's resident size (VmRSS, sampled every 5 ms) above where it was before the upload.
// A fresh data directory with the embedded PostgreSQL, or a fresh database on BENCH_DATABASE_URL.
import { readFileSync } from 'node:fs';
import os from 'node:os';
import { CSRF_HEADER } from '@zhucun/core';
import { ledgerXlsx, sheetRow, XLSX } from '../server/src/test/ledger-factory.ts';
import { rowBomb, spaceBomb } from '../server/src/test/xlsx-bomb.ts';
import { DEMO_PASSWORD, ownCounty, ROOT } from './lib.ts';
import { signInOrThrow, startNode, stopNode, type TSession, waitForOutput } from './processes.ts';

const PORT = 3970;
const ROUNDS = Number(process.env.BENCH_EXCEL_BOMB_ROUNDS ?? 5);
const base = `http://127.0.0.1:${PORT}`;

const rssMiB = (pid: number) =>
  Number(/^VmRSS:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) / 1024;

/** Runs `work` while sampling the process's resident memory: how far it rose above its start, at most. */
async function withPeakGrowth<T>(
  pid: number,
  work: () => Promise<T>,
): Promise<{ result: T; growth: number }> {
  const before = rssMiB(pid);
  let peak = before;
  const timer = setInterval(() => {
    peak = Math.max(peak, rssMiB(pid));
  }, 5);
  try {
    const result = await work();
    peak = Math.max(peak, rssMiB(pid));
    return { result, growth: peak - before };
  } finally {
    clearInterval(timer);
  }
}

/** Uploads the files at once; the status of each and the time until the last answer, in ms. */
async function uploadAll(session: TSession, files: Buffer[]) {
  const t = performance.now();
  const statuses = await Promise.all(
    files.map(async (file) => {
      const res = await fetch(`${base}/api/cadres/import`, {
        method: 'POST',
        headers: { cookie: session.cookie, [CSRF_HEADER]: session.csrf, 'content-type': XLSX },
        body: file,
      });
      await res.arrayBuffer();
      return res.status;
    }),
  );
  return { statuses, ms: performance.now() - t };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

const template = await ledgerXlsx([sheetRow(1, '压测炸弹')]);
const bomb = spaceBomb(template, 500);
const scenarios = [
  { name: 'bomb: 500 MB inflated', files: [bomb] },
  { name: 'three bombs at once', files: [bomb, spaceBomb(template, 500), spaceBomb(template, 500)] },
  { name: 'under-declared: 2 KB said, 500 MB inside', files: [spaceBomb(template, 500, 2048)] },
  { name: '30,000 empty rows', files: [rowBomb(template, 30_000)] },
  {
    name: 'honest ledger, 1,000 rows',
    files: [await ledgerXlsx(Array.from({ length: 1000 }, (_, i) => sheetRow(i, '压测')))],
  },
];

const county = await ownCounty(PORT, 'excel-bomb');
const server = startNode(ROOT, 'server/src/main.ts', ['--demo'], county.env);
try {
  await waitForOutput(server, /Zhucun/, 600_000);
  const session = await signInOrThrow(base, 'jincheng', DEMO_PASSWORD);
  console.log(`\nExcel bombs on POST /api/cadres/import (${os.cpus().length} cores), ${ROUNDS} rounds each`);
  console.log('\n| upload | file KB | status | median ms | max ms | peak RSS growth MB (max) |');
  console.log('|---|---:|---|---:|---:|---:|');
  for (const { name, files } of scenarios) {
    const times: number[] = [];
    const growths: number[] = [];
    const statuses = new Set<number>();
    for (let round = 0; round < ROUNDS; round++) {
      const { result, growth } = await withPeakGrowth(server.pid, () => uploadAll(session, files));
      times.push(result.ms);
      growths.push(growth);
      for (const s of result.statuses) statuses.add(s);
    }
    const kb = files.reduce((sum, f) => sum + f.length, 0) / 1024;
    console.log(
      `| ${name} | ${kb.toFixed(0)} | ${[...statuses].join(', ')} | ${median(times).toFixed(0)} | ${Math.max(...times).toFixed(0)} | ${Math.max(...growths).toFixed(0)} |`,
    );
  }
} finally {
  await stopNode(server, 'SIGTERM');
  await county.cleanUp();
}
