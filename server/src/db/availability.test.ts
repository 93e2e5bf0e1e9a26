import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildApp } from '../app.ts';
import { testConfig } from '../config.ts';
import { DEMO_PASSWORD } from '../seed/demo-accounts.ts';
import { startTcpProxy, type TTcpProxy } from '../test/tcp-proxy.ts';
import { copyDatabase } from '../test/test-databases.ts';
import { openPool, type TDatabase } from './client.ts';

// How long the outage lasts; `OUTAGE_SECONDS=60` runs the 60-second black-hole.
const OUTAGE_MS = Number(process.env.OUTAGE_SECONDS ?? 6) * 1000;
// The bounds: a 503 within 5 s of asking during an outage, service within 2 s of the return.
const ANSWER_WITHIN_MS = 5_000;
const BACK_WITHIN_MS = 2_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A request's answer, or 'no answer' when none came within `ms` (a hanging request). */
async function answerWithin(app: FastifyInstance, url: string, cookie: string, ms: number) {
  const res = app.inject({ method: 'GET', url, headers: { cookie } });
  const late = sleep(ms).then(() => 'no answer' as const);
  const first = await Promise.race([res, late]);
  return first === 'no answer' ? first : { status: first.statusCode, body: first.json() };
}

/** Asks every 100 ms until a 200 comes back; returns the status seen when the time ran out otherwise. */
async function firstOkWithin(app: FastifyInstance, url: string, cookie: string, ms: number) {
  let last: number | string = 'none';
  for (const end = Date.now() + ms; Date.now() < end; await sleep(100)) {
    const answer = await answerWithin(app, url, cookie, 1_000);
    last = answer === 'no answer' ? answer : answer.status;
    if (last === 200) return 200;
  }
  return last;
}

describe('while the database is away', () => {
  let proxy: TTcpProxy;
  let database: TDatabase;
  let app: FastifyInstance;
  let cookie: string;
  let drop: () => Promise<void>;

  beforeAll(async () => {
    const { adminUrl, template, kind } = inject('testDatabases');
    const copy = await copyDatabase(adminUrl, template);
    drop = copy.drop;
    proxy = await startTcpProxy(copy.url);
    const through = new URL(copy.url);
    through.hostname = '127.0.0.1';
    through.port = String(proxy.port);
    through.searchParams.delete('host');
    database = await openPool(through.toString(), kind, async () => {});
    app = await buildApp({ config: testConfig(), database, demo: true, logger: false });
    await app.ready();
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { username: 'admin', password: DEMO_PASSWORD },
    });
    cookie = `zc_session=${login.cookies.find((c) => c.name === 'zc_session')!.value}`;
  });
  afterAll(async () => {
    await app.close();
    await database.close();
    await proxy.close();
    await drop();
  });

  it(
    'a black-holed network gives a 503 in Chinese to every request, then serves again when it is back',
    async () => {
      expect(
        (await answerWithin(app, '/api/cadres?pageSize=5', cookie, ANSWER_WITHIN_MS)) as object,
      ).toMatchObject({
        status: 200,
      });
      // a request already waiting on the database when the network goes silent
      const inFlight = answerWithin(app, '/api/divisions/tree', cookie, ANSWER_WITHIN_MS + 3_000);
      proxy.blackhole();
      const answers = [];
      let slowest = 0;
      for (const end = Date.now() + OUTAGE_MS; Date.now() < end; ) {
        const asked = Date.now();
        answers.push(await answerWithin(app, '/api/cadres?pageSize=5', cookie, ANSWER_WITHIN_MS));
        slowest = Math.max(slowest, Date.now() - asked);
        await sleep(500);
      }
      expect(answers.length).toBeGreaterThan(1);
      for (const answer of answers) {
        expect(answer).not.toBe('no answer');
        expect(answer).toMatchObject({ status: 503, body: { error: { code: 'unavailable' } } });
      }
      expect(answers.at(-1)).toMatchObject({ body: { error: { message: '数据库暂不可用，请稍后再试' } } });
      expect(await inFlight).toMatchObject({ status: 503 });

      await proxy.restore();
      const restored = Date.now();
      expect(await firstOkWithin(app, '/api/cadres?pageSize=5', cookie, BACK_WITHIN_MS)).toBe(200);
      if (process.env.OUTAGE_SECONDS)
        console.log(
          `outage ${OUTAGE_MS / 1000} s: ${answers.length} requests, all 503, slowest answer ${slowest} ms; ` +
            `serving again ${Date.now() - restored} ms after the return`,
        );
    },
    60_000 + 2 * OUTAGE_MS,
  );

  it('a refused connection gives 503 at once, and the server recovers by itself', async () => {
    await proxy.refuse();
    const answer = await answerWithin(app, '/api/cadres?pageSize=5', cookie, ANSWER_WITHIN_MS);
    expect(answer).toMatchObject({ status: 503, body: { error: { code: 'unavailable' } } });
    const health = await answerWithin(app, '/api/health', cookie, ANSWER_WITHIN_MS);
    expect(health).toMatchObject({ status: 503 });

    await proxy.restore();
    expect(await firstOkWithin(app, '/api/cadres?pageSize=5', cookie, BACK_WITHIN_MS)).toBe(200);
  }, 30_000);
});
