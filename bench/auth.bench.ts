// npm run bench — sign-in and an authenticated read against the real server, next to a
// bare Fastify route measured in the same run. Set BENCH_DATABASE_URL to run the server
// on PostgreSQL instead of PGlite. Load comes from this process; servers run in their own.
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { load, printTable, startProcess, type TResult } from './lib.ts';

const SERVER_PORT = 3900;
const BARE_PORT = 3901;
const PASSWORD = 'Zhucun@2026';
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhucun-bench-'));
const dbUrl = process.env.BENCH_DATABASE_URL;

const server = await startProcess(
  'server/src/main.ts',
  ['--demo'],
  {
    PORT: String(SERVER_PORT),
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    LOG_LEVEL: 'warn',
    LOGIN_RATE_LIMIT_PER_MINUTE: '100000000',
    ...(dbUrl ? { DATABASE_URL: dbUrl } : {}),
  },
  /Zhucun/,
);
const bare = await startProcess('bench/bare-server.ts', [String(BARE_PORT)], {}, /bare listening/);
const base = `http://127.0.0.1:${SERVER_PORT}`;

try {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  const results: TResult[] = [];
  const baseline = await load('bare Fastify route (baseline)', { url: `http://127.0.0.1:${BARE_PORT}/bare` });
  results.push(baseline);
  results.push(
    await load('GET /api/auth/me (session lookup)', { url: `${base}/api/auth/me`, headers: { cookie } }),
  );
  results.push(
    await load('GET /api/divisions/tree (236 divisions)', {
      url: `${base}/api/divisions/tree`,
      headers: { cookie },
    }),
  );
  results.push(
    await load('POST /api/auth/login (argon2id + session + audit)', {
      url: `${base}/api/auth/login`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'jincheng', password: PASSWORD }),
      connections: 10,
    }),
  );
  console.log(
    `\nserver database: ${dbUrl ? 'PostgreSQL' : 'PGlite'}; 10 s per scenario; 50 connections (login: 10)`,
  );
  printTable(results, baseline);
} finally {
  server.kill('SIGTERM');
  bare.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 500));
  rmSync(dataDir, { recursive: true, force: true });
}
