import { readFileSync } from 'node:fs';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import pg from 'pg';
import { SERVER_ROOT } from '../config.ts';
import * as schema from './schema.ts';

/** The query builder over either driver; a transaction has the same type. */
export type TDb = PgDatabase<PgQueryResultHKT, typeof schema>;
export type TDatabaseKind = 'pglite' | 'postgres';

export type TDatabase = {
  db: TDb;
  kind: TDatabaseKind;
  migrate(): Promise<void>;
  /** Tag of the newest applied migration (e.g. `0001_audit_append_only`), null before any. */
  migrationVersion(): Promise<string | null>;
  close(): Promise<void>;
};

export const MIGRATIONS_FOLDER = path.join(SERVER_ROOT, 'drizzle');

/** Opens PostgreSQL when a URL is given, otherwise PGlite in `dataDir` (or in memory for `memory://`). */
export async function openDatabase(opts: {
  databaseUrl: string | null;
  dataDir: string | 'memory://';
}): Promise<TDatabase> {
  if (opts.databaseUrl) return openPostgres(opts.databaseUrl);
  return openPglite(opts.dataDir);
}

async function openPglite(dataDir: string): Promise<TDatabase> {
  const client = dataDir === 'memory://' ? new PGlite() : new PGlite(path.join(dataDir, 'pgdata'));
  await client.waitReady;
  const db = drizzlePglite(client, { schema }) as unknown as TDb;
  return withCommon(
    db,
    'pglite',
    () => migratePglite(drizzlePglite(client), { migrationsFolder: MIGRATIONS_FOLDER }),
    () => client.close(),
  );
}

async function openPostgres(url: string): Promise<TDatabase> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // an idle connection the database ends (a restart, an administrator) must not end the process: the pool reconnects
  pool.on('error', (error) => console.error(`PostgreSQL: an idle connection failed: ${error.message}`));
  // int8 (count, bigint ids) as numbers, like PGlite: normalised here once.
  pg.types.setTypeParser(20, (v) => Number.parseInt(v, 10));
  const db = drizzlePg(pool, { schema }) as unknown as TDb;
  await db.execute(sql`select 1`);
  return withCommon(
    db,
    'postgres',
    () => migratePg(drizzlePg(pool), { migrationsFolder: MIGRATIONS_FOLDER }),
    () => pool.end(),
  );
}

function withCommon(
  db: TDb,
  kind: TDatabaseKind,
  migrate: () => Promise<void>,
  close: () => Promise<void>,
): TDatabase {
  return { db, kind, migrate, close, migrationVersion: () => migrationVersion(db) };
}

type TJournal = { entries: { idx: number; when: number; tag: string }[] };
let journal: TJournal | null = null;

async function migrationVersion(db: TDb): Promise<string | null> {
  const rows = await rowsOf<{ created_at: string | number }>(
    db,
    sql`select created_at from drizzle.__drizzle_migrations order by created_at desc limit 1`,
  );
  const last = rows[0];
  if (!last) return null;
  journal ??= JSON.parse(
    readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'),
  ) as TJournal;
  return journal.entries.find((e) => e.when === Number(last.created_at))?.tag ?? null;
}

/** Rows of a raw query on either driver (node-postgres and PGlite shape results alike: `.rows`). */
export async function rowsOf<T>(db: TDb, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await db.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}

export class FsyncOffError extends Error {
  constructor() {
    super(
      '数据库的 fsync 未开启，断电可能丢失已确认的数据，拒绝启动。The database has fsync off; refusing to start.',
    );
  }
}

/** Production refuses a PostgreSQL that may lose acknowledged writes (fsync off). */
export async function assertFsyncOn(db: TDb): Promise<void> {
  const [row] = await rowsOf<{ fsync: string }>(db, sql`show fsync`);
  if (row?.fsync !== 'on') throw new FsyncOffError();
}
