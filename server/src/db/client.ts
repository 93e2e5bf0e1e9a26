import { readFileSync } from 'node:fs';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/node-postgres';
import { migrate } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { SERVER_ROOT } from '../config.ts';
import { type TAvailability, watchAvailability } from './availability.ts';
import { startEmbeddedPostgres } from './embedded-postgres.ts';
import * as schema from './schema.ts';

/** The query builder; a transaction has the same type. */
export type TDb = PgDatabase<PgQueryResultHKT, typeof schema>;
/** `embedded`: the PostgreSQL Zhucun starts in DATA_DIR; `external`: DATABASE_URL. One driver for both. */
export type TDatabaseKind = 'embedded' | 'external';

export type TDatabase = {
  db: TDb;
  kind: TDatabaseKind;
  /** node-postgres settings of this database (backup, restore and tests open their own connections). */
  url: string;
  /** Whether the database answers now (a watcher probes it; requests get 503 while it does not). */
  availability: TAvailability;
  migrate(): Promise<void>;
  /** Tag of the newest applied migration (e.g. `0001_audit_append_only`), null before any. */
  migrationVersion(): Promise<string | null>;
  close(): Promise<void>;
};

export const MIGRATIONS_FOLDER = path.join(SERVER_ROOT, 'drizzle');

/**
 * Time limits of one SQL statement. Requests get the default; heavier work named here sets its own
 * inside a transaction (`withStatementTimeout`).
 */
export const STATEMENT_TIMEOUT_MS = {
  request: 30_000,
  /** Excel and Word exports, the county-year reports. */
  export: 300_000,
  /** Background jobs (reminders, escalation), seeding the demo county. */
  job: 600_000,
} as const;

/** Pool settings: fail fast when the database is away (connect time-out, TCP keepalive, statement time-out). */
const POOL = {
  max: 10,
  connectionTimeoutMillis: 3_000,
  keepAlive: true,
  keepAliveInitialDelayMillis: 10_000,
  idleTimeoutMillis: 30_000,
  statement_timeout: STATEMENT_TIMEOUT_MS.request,
  idle_in_transaction_session_timeout: 60_000,
};

// int8 (count, bigint ids) as numbers: normalised here once.
pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));

/**
 * Opens PostgreSQL: the server at `databaseUrl`, or without one the embedded PostgreSQL of `dataDir`
 * (started here and stopped by `close`). The same pool, driver and SQL either way.
 */
export async function openDatabase(opts: {
  databaseUrl: string | null;
  dataDir: string;
  log?: (message: string) => void;
  /** Commands: use the PostgreSQL of a Zhucun server running on `dataDir` instead of refusing. */
  shareWithServer?: boolean;
}): Promise<TDatabase> {
  if (opts.databaseUrl) return openPool(opts.databaseUrl, 'external', async () => {});
  const embedded = await startEmbeddedPostgres({
    dataDir: opts.dataDir,
    shareWithServer: opts.shareWithServer ?? false,
    ...(opts.log ? { log: opts.log } : {}),
  });
  try {
    return await openPool(embedded.url, 'embedded', embedded.stop);
  } catch (error) {
    await embedded.stop();
    throw error;
  }
}

/** A pool on `url` with the availability watcher; `after` runs once the pool has closed. */
export async function openPool(
  url: string,
  kind: TDatabaseKind,
  after: () => Promise<void>,
): Promise<TDatabase> {
  const pool = new pg.Pool({ connectionString: url, ...POOL });
  // an idle connection the database ends (a restart, an outage) must not end the process: the pool reconnects
  pool.on('error', (error) => console.error(`PostgreSQL: an idle connection failed: ${error.message}`));
  const db = drizzle(pool, { schema }) as unknown as TDb;
  // watching from the first connection on: the watcher cuts every connection of the pool in an outage
  const availability = watchAvailability(pool, url);
  try {
    await db.execute(sql`select 1`);
  } catch (error) {
    availability.stop();
    await pool.end();
    throw error;
  }
  let closed: Promise<void> | null = null;
  return {
    db,
    kind,
    url,
    availability,
    migrate: () => migrate(drizzle(pool), { migrationsFolder: MIGRATIONS_FOLDER }),
    migrationVersion: () => migrationVersion(db),
    close: () => {
      closed ??= (async () => {
        availability.stop();
        await pool.end();
        await after();
      })();
      return closed;
    },
  };
}

type TJournal = { entries: { idx: number; when: number; tag: string }[] };
let journal: TJournal | null = null;

/** The migrations this code knows, oldest first (`meta/_journal.json`). */
export function migrationJournal(): TJournal['entries'] {
  journal ??= JSON.parse(
    readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
  ) as TJournal;
  return journal.entries;
}

async function migrationVersion(db: TDb): Promise<string | null> {
  const rows = await rowsOf<{ created_at: string | number }>(
    db,
    sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  const last = rows[0];
  if (!last) return null;
  return migrationJournal().find((e) => e.when === Number(last.created_at))?.tag ?? null;
}

/** Rows of a raw query. */
export async function rowsOf<T>(db: TDb, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

/** Runs `work` in a transaction whose statements may take up to `ms` (exports, jobs: STATEMENT_TIMEOUT_MS). */
export function withStatementTimeout<T>(db: TDb, ms: number, work: (tx: TDb) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql.raw(`set local statement_timeout = ${Math.trunc(ms)}`));
    return work(tx as unknown as TDb);
  });
}

export class FsyncOffError extends Error {
  constructor() {
    super(
      '数据库的 fsync 未开启，断电可能丢失已确认的数据，拒绝启动。The database has fsync off; refusing to start.',
    );
  }
}

/** Refuses a PostgreSQL that may lose acknowledged writes (fsync off). */
export async function assertFsyncOn(db: TDb): Promise<void> {
  const [row] = await rowsOf<{ fsync: string }>(db, sql`show fsync`);
  if (row?.fsync !== 'on') throw new FsyncOffError();
}
