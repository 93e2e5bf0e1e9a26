import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';

/** "Run a query, get rows": all the dump needs, met by node-postgres and by PGlite alike. */
export type TSqlRunner = {
  query<T = Record<string, unknown>>(text: string, params?: unknown[]): Promise<T[]>;
};

export type TSqlSource = TSqlRunner & { close(): Promise<void> };

/** Double-quotes an identifier for SQL. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

export function qualified(schema: string, name: string): string {
  return `${quoteIdent(schema)}.${quoteIdent(name)}`;
}

/**
 * One connection of its own (a snapshot or a load is one transaction on one session), without the
 * pool's statement and idle time-outs: a large table takes as long as it takes.
 */
export async function openPgConnection(url: string): Promise<TSqlSource> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    await client.query('set statement_timeout = 0');
    await client.query('set idle_in_transaction_session_timeout = 0');
  } catch (error) {
    await client.end();
    throw error;
  }
  return {
    query: async <T>(text: string, params?: unknown[]) =>
      (await client.query(text, params as unknown[])).rows as T[],
    close: () => client.end(),
  };
}

/**
 * A data directory of the earlier, PGlite-based Zhucun (`DATA_DIR/pgdata`, PostgreSQL 18 in Node).
 * PGlite writes to a directory it opens, so it opens a copy: the original stays exactly as it was.
 */
export async function openPgliteCopy(dir: string): Promise<TSqlSource> {
  const { PGlite } = await import('@electric-sql/pglite');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'zhucun-pglite-'));
  const copy = path.join(tmp, 'pgdata');
  try {
    cpSync(dir, copy, { recursive: true });
    const db = new PGlite(copy);
    await db.waitReady;
    return {
      query: async <T>(text: string, params?: unknown[]) => (await db.query<T>(text, params)).rows,
      close: async () => {
        await db.close();
        rmSync(tmp, { recursive: true, force: true });
      },
    };
  } catch (error) {
    rmSync(tmp, { recursive: true, force: true });
    throw error;
  }
}
