// npm run bench:public — the villagers' public page next to a bare Fastify route in the same run:
// submissions (POST /api/public/v/:token/requests: count under the village's lock, insert, event, audit),
// tracking lookups and the village card. The per-address and per-village limits are raised through the
// environment so the bench measures the route, not the limiter. BENCH_DATABASE_URL runs it on PostgreSQL.
import { load, printTable, signIn, startServers, type TResult } from './lib.ts';

const VILLAGE = '140622100200';
const LIMITS = {
  PUBLIC_SUBMIT_PER_IP_PER_HOUR: '10000000',
  PUBLIC_TRACK_PER_IP_PER_MINUTE: '10000000',
  PUBLIC_SUBMIT_PER_VILLAGE_PER_DAY: '10000000',
};

const servers = await startServers(3930, 3931, LIMITS);
const results: TResult[] = [];
try {
  const { cookie } = await signIn(servers.base, 'admin');
  const link = await fetch(`${servers.base}/api/villages/${VILLAGE}/public-link`, { headers: { cookie } });
  const { token } = (await link.json()) as { token: string };
  const first = await fetch(`${servers.base}/api/public/v/${token}/requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ category: 'infrastructure', description: '压测：路灯坏了', consent: true }),
  });
  const { trackingCode } = (await first.json()) as { trackingCode: string };

  const baseline = await load('bare Fastify route', { url: servers.bareUrl });
  results.push(baseline);
  results.push(
    await load('public submit (POST …/requests)', {
      url: `${servers.base}/api/public/v/${token}/requests`,
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        category: 'environment',
        description: '压测：村口垃圾没人清运，已经一个星期了',
        name: '压测',
        phone: '13900000000',
        consent: true,
      }),
    }),
  );
  results.push(
    await load('public tracking (GET /track/:code)', {
      url: `${servers.base}/api/public/track/${trackingCode}`,
    }),
  );
  results.push(
    await load('public village card (GET /v/:token)', { url: `${servers.base}/api/public/v/${token}` }),
  );
  console.log(`\nbench:public on ${servers.database}, 50 connections, 10 s each`);
  printTable(results, baseline);
} finally {
  await servers.stop();
}
