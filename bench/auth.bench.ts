// npm run bench — sign-in and an authenticated read against the real server, next to a
// bare Fastify route measured in the same run. Set BENCH_DATABASE_URL to run the server
// on PostgreSQL instead of PGlite. Load comes from this process; servers run in their own.
import { DEMO_PASSWORD, load, printTable, signIn, startServers, type TResult } from './lib.ts';

const SERVER_PORT = 3900;
const BARE_PORT = 3901;
const env = await startServers(SERVER_PORT, BARE_PORT, { LOGIN_RATE_LIMIT_PER_MINUTE: '100000000' });
const { base } = env;

try {
  const { cookie } = await signIn(base, 'admin');
  const results: TResult[] = [];
  const baseline = await load('bare Fastify route (baseline)', { url: env.bareUrl });
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
      body: JSON.stringify({ username: 'jincheng', password: DEMO_PASSWORD }),
      connections: 10,
    }),
  );
  console.log(`\nserver database: ${env.database}; 10 s per scenario; 50 connections (login: 10)`);
  printTable(results, baseline);
} finally {
  await env.stop();
}
