// npm run bench:registry — import of 10,000 ledger rows (time, server peak memory), then a
// filtered ledger list over 30,000 cadres, next to a bare Fastify route in the same run.
// BENCH_DATABASE_URL runs the server on PostgreSQL instead of PGlite.
import { readFileSync } from 'node:fs';
import { idCheckChar } from '../core/src/id-number.ts';
import { ledgerWorkbook } from '../server/src/modules/cadres/cadres.excel.ts';
import type { TColumnKey } from '../server/src/modules/cadres/cadres.excel-columns.ts';
import { load, printTable, signIn, startServers, type TResult } from './lib.ts';

const SERVER_PORT = 3910;
const BARE_PORT = 3911;
const VILLAGES = [
  ['金城镇', '东关村委会'],
  ['金城镇', '东南角村委会'],
  ['南河种镇', '西堡村委会'],
  ['下社镇', '李堡村委会'],
] as const;

/** Row n of a synthetic ledger: unique valid ID numbers and phones. */
function row(n: number): Record<TColumnKey, string> {
  const year = 1960 + (n % 40);
  const day = String(1 + (n % 28)).padStart(2, '0');
  const month = String(1 + (Math.floor(n / 28) % 12)).padStart(2, '0');
  const seq = String(Math.floor(n / 336) % 1000).padStart(3, '0');
  const first17 = `${140600 + (Math.floor(n / 336000) % 99)}${year}${month}${day}${seq}`;
  const [township, village] = VILLAGES[n % VILLAGES.length]!;
  return {
    name: `测试${n}`,
    gender: Number(seq) % 2 === 1 ? '男' : '女',
    ethnicity: '汉族',
    birthDate: `${year}-${month}-${day}`,
    idNumber: first17 + idCheckChar(first17),
    phone: `13${String(100000000 + n)}`,
    politicalStatus: '群众',
    partyJoinDate: '',
    educationLevel: '大学本科',
    fullTimeEducation: '是',
    school: '山西大学',
    major: '农学',
    personnelStatus: '其他',
    homeUnit: '',
    homePost: '',
    workStartDate: '',
    township,
    village,
    category: n % 3 ? '工作队员' : '到村任职大学生',
    postTitle: '队员',
    unit: '',
    startDate: '2025-03-01',
    plannedEndDate: '',
  };
}

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
        Array.from({ length: 10_000 }, (_, i) => row(part * 10_000 + i)),
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
