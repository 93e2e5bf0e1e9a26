import { randomBytes } from 'node:crypto';
import { CSRF_HEADER } from '@zhucun/core';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import pg from 'pg';
import { buildApp } from '../app.ts';
import { type TConfig, testConfig } from '../config.ts';
import { openDatabase, type TDatabase } from '../db/client.ts';
import { DEMO_PASSWORD } from '../seed/demo-accounts.ts';
import { setupDatabase } from '../seed/setup.ts';

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

/** A fresh database for one test file: in-memory PGlite, or a new PostgreSQL database when TEST_DATABASE_URL is set. */
async function freshDatabase(): Promise<{ database: TDatabase; drop: () => Promise<void> }> {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    const database = await openDatabase({ databaseUrl: null, dataDir: 'memory://' });
    return { database, drop: async () => {} };
  }
  const name = `zc_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const testUrl = new URL(url);
  testUrl.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: testUrl.toString(), dataDir: 'memory://' });
  return {
    database,
    drop: async () => {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      // let the closed pool's connections finish ending first: forcing them off mid-goodbye makes the
      // ending client raise "terminating connection due to administrator command" after the test
      for (let i = 0; i < 50; i++) {
        const { rows } = await c.query('select count(*)::int as n from pg_stat_activity where datname = $1', [
          name,
        ]);
        if (rows[0].n === 0) break;
        await new Promise((r) => setTimeout(r, 20));
      }
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

/** The real app on a fresh database seeded in demo mode (Ying County, demo accounts). */
export async function buildTestApp(overrides: Partial<TConfig> = {}): Promise<TTestApp> {
  const { database, drop } = await freshDatabase();
  const config = testConfig({ webDist: '/nonexistent', ...overrides });
  await setupDatabase(database, {
    divisionsFile: config.divisionsFile,
    demoRequested: true,
    productionRequested: false,
  });
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
