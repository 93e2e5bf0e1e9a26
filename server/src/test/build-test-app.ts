import { CSRF_HEADER } from '@zhucun/core';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../app.ts';
import { type TConfig, testConfig } from '../config.ts';
import { openPool, type TDatabase } from '../db/client.ts';
import { DEMO_PASSWORD } from '../seed/demo-accounts.ts';
import { copyDatabase } from './test-databases.ts';

export { DEMO_PASSWORD };

/** A clock the test moves by hand (idle timeouts, lockouts). */
export type TTestClock = { now: () => Date; advanceMinutes: (minutes: number) => void };

export type TTestApp = {
  app: FastifyInstance;
  database: TDatabase;
  clock: TTestClock;
  /** Signs in (as a demo account by default) and returns a client that sends the cookie and CSRF header. */
  signIn: (username: string, password?: string) => Promise<TClient>;
  close: () => Promise<void>;
};

export type TClient = {
  cookie: string;
  csrfToken: string;
  request: (opts: InjectOptions) => Promise<LightMyRequestResponse>;
};

/** A database of its own for one test file: a copy of the run's seeded template (see global-setup.ts). */
async function freshDatabase(): Promise<{ database: TDatabase; drop: () => Promise<void> }> {
  const { adminUrl, template, kind } = inject('testDatabases');
  const copy = await copyDatabase(adminUrl, template);
  const database = await openPool(copy.url, kind, async () => {});
  return { database, drop: copy.drop };
}

/** The real app on a database of its own, seeded in demo mode (Ying County, demo accounts, the registry). */
export async function buildTestApp(overrides: Partial<TConfig> = {}): Promise<TTestApp> {
  const { database, drop } = await freshDatabase();
  const config = testConfig({ webDist: '/nonexistent', ...overrides });
  let offsetMs = 0;
  const clock: TTestClock = {
    now: () => new Date(Date.now() + offsetMs),
    advanceMinutes: (minutes) => {
      offsetMs += minutes * 60_000;
    },
  };
  const app = await buildApp({ config, database, demo: true, now: clock.now, logger: false });
  await app.ready();

  const signIn = async (username: string, password = DEMO_PASSWORD): Promise<TClient> => {
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { username, password } });
    if (res.statusCode !== 200)
      throw new Error(`sign-in as ${username} failed: ${res.statusCode} ${res.body}`);
    const session = res.cookies.find((c) => c.name === 'zc_session')!;
    const cookie = `zc_session=${session.value}`;
    const csrfToken = (res.json() as { csrfToken: string }).csrfToken;
    return {
      cookie,
      csrfToken,
      request: (opts) =>
        app.inject({ ...opts, headers: { cookie, [CSRF_HEADER]: csrfToken, ...(opts.headers ?? {}) } }),
    };
  };

  return {
    app,
    database,
    clock,
    signIn,
    close: async () => {
      await app.close();
      await database.close();
      await drop();
    },
  };
}
