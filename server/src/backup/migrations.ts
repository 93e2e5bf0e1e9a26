import type { MigrationMeta } from 'drizzle-orm/migrator';
import { MIGRATIONS_TABLE } from './format.ts';
import { qualified, type TSqlRunner } from './sql-runner.ts';

/**
 * Applies `migrations` (as drizzle's `readMigrationFiles` reads them, oldest first) inside the caller's
 * transaction, with drizzle's own bookkeeping: the same table, one row (hash, created_at) per
 * migration. drizzle's migrator opens a transaction of its own, which a restore cannot nest in its
 * one transaction; the server's migrator later finds these rows and carries on from them.
 */
export async function applyMigrations(db: TSqlRunner, migrations: MigrationMeta[]): Promise<void> {
  const table = qualified(MIGRATIONS_TABLE.schema, MIGRATIONS_TABLE.name);
  await db.query(`create schema if not exists ${MIGRATIONS_TABLE.schema}`);
  await db.query(
    `create table if not exists ${table} (id serial primary key, hash text not null, created_at bigint)`,
  );
  for (const migration of migrations) {
    for (const statement of migration.sql) if (statement.trim()) await db.query(statement);
    await db.query(`insert into ${table} ("hash", "created_at") values ($1, $2)`, [
      migration.hash,
      migration.folderMillis,
    ]);
  }
}
