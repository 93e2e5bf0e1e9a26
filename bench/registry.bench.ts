// npm run bench:registry — import of 10,000 ledger rows (time, server peak memory), then a
// filtered ledger list over 30,000 cadres, next to a bare Fastify route in the same run.
// BENCH_DATABASE_URL runs the server on that PostgreSQL instead of the embedded one.
import { readFileSync } from 'node:fs';
import { ledgerWorkbook } from '../server/src/modules/cadres/cadres.excel.ts';
import { ledgerRow } from './ledger-rows.ts';
import { load, printTable, signIn, startServers, type TResult } from './lib.ts';

const SERVER_PORT = 3910;
const BARE_PORT = 3911;

function peakMemoryMiB(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  return Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0) / 1024;
}

const env = await startServers(SERVER_PORT, BARE_PORT);
const { base, server } = env;
try {
  const { cookie, csrf } = await signIn(base, 'admin');
  const before = peakMemoryMiB(server.pid!);
  const times: number[] = [];
  for (let part = 0; part < 3; part++) {
    const file = Buffer.from(
      await ledgerWorkbook(
        Array.from({ length: 10_000 }, (_, i) => ledgerRow(part * 10_000 + i)),
        [],
      ).xlsx.writeBuffer(),
    );
    const started = performance.now();
    const res = await fetch(`${base}/api/cadres/import`, {
      method: 'POST',
      headers: {
        cookie,
        'x-csrf-token': csrf,
        'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      },
      body: file,
    });
    times.push(performance.now() - started);
    if (res.status !== 200)
      throw new Error(`import ${part}: ${res.status} ${(await res.text()).slice(0, 300)}`);
    if (part === 0) console.log(`xlsx of 10,000 rows: ${(file.length / 1024).toFixed(0)} KiB`);
  }
  console.log(
    `import of 10,000 rows: ${times.map((t) => `${(t / 1000).toFixed(1)} s`).join(' / ')} (3 files → 30,000 cadres)`,
  );
  console.log(
    `server peak memory (VmHWM): ${before.toFixed(0)} MiB before → ${peakMemoryMiB(server.pid!).toFixed(0)} MiB after`,
  );

  const results: TResult[] = [];
  const baseline = await load('bare Fastify route (baseline)', { url: env.bareUrl });
  results.push(baseline);
  results.push(
    await load('GET /api/cadres?township&category (30k cadres, page 1)', {
      url: `${base}/api/cadres?township=140622100&category=team_member&page=1&pageSize=20`,
      headers: { cookie },
    }),
  );
  results.push(
    await load('GET /api/cadres?q=name (30k cadres)', {
      url: `${base}/api/cadres?q=${encodeURIComponent('测试2999')}`,
      headers: { cookie },
    }),
  );
  console.log(`\nserver database: ${env.database}; 10 s per scenario; 50 connections`);
  printTable(results, baseline);
} finally {
  await env.stop();
}
