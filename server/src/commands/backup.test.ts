import { createHash, randomBytes } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle } from 'drizzle-orm/pglite';
import { migrate } from 'drizzle-orm/pglite/migrator';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeBackupFile } from '../backup/backup-file.ts';
import { DERIVED_TABLES, readBackupHeader } from '../backup/format.ts';
import { TargetNotEmptyError } from '../backup/load.ts';
import { restoreInto } from '../backup/restore.ts';
import { openPgConnection } from '../backup/sql-runner.ts';
import { MIGRATIONS_FOLDER, migrationJournal, openPool, type TDb } from '../db/client.ts';
import { appendAuditRow } from '../modules/audit/audit.repository.ts';
import { createAuditService } from '../modules/audit/audit.service.ts';
import { buildTestApp, type TTestApp } from '../test/build-test-app.ts';
import { buildCadre } from '../test/cadre-factory.ts';
import { createUser, ROOMY_LOGIN } from '../test/factories.ts';
import { adminQuery, databaseUrl } from '../test/test-databases.ts';

const dropped: string[] = [];
const tmp = mkdtempSync(path.join(os.tmpdir(), 'zhucun-backup-test-'));

/** An empty database on the test cluster (dropped after the file). */
async function emptyDatabase(): Promise<string> {
  const { adminUrl } = inject('testDatabases');
  const name = `zc_test_restore_${randomBytes(5).toString('hex')}`;
  await adminQuery(adminUrl, `create database ${name}`);
  dropped.push(name);
  return databaseUrl(adminUrl, name);
}

/** Per table of the public schema: its row count and a digest of its rows' content. */
async function contentOf(url: string): Promise<Record<string, { rows: number; digest: string }>> {
  const db = await openPgConnection(url);
  try {
    const tables = await db.query<{ name: string }>(
      "select tablename as name from pg_tables where schemaname = 'public' order by 1",
    );
    const out: Record<string, { rows: number; digest: string }> = {};
    for (const { name } of tables) {
      const [row] = await db.query<{ rows: number; digest: string }>(
        `select count(*)::int as rows, md5(coalesce(string_agg(t::text, E'\\n' order by t::text), '')) as digest
           from public."${name}" t`,
      );
      out[name] = row!;
    }
    return out;
  } finally {
    await db.close();
  }
}

async function auditOf(url: string) {
  const database = await openPool(url, 'external', async () => {});
  try {
    return await createAuditService({ db: database.db }).verify();
  } finally {
    await database.close();
  }
}

afterAll(async () => {
  const { adminUrl } = inject('testDatabases');
  for (const name of dropped) await adminQuery(adminUrl, `drop database if exists ${name} with (force)`);
  rmSync(tmp, { recursive: true, force: true });
});

describe('npm run backup / restore: the demo county, through a file, into an empty database', () => {
  let t: TTestApp;
  let file: string;

  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    const admin = await t.signIn('admin');
    await createUser(admin);
    for (let i = 0; i < 3; i++) {
      const res = await admin.request({ method: 'POST', url: '/api/cadres', payload: buildCadre() });
      expect(res.statusCode).toBe(200);
    }
    await t.database.db.execute(sql`
      insert into duty_days (person_id, village_code, date, day_place, night_place)
      select distinct on (person_id) person_id, village_code, date '2026-03-02', 'village', 'absent' from postings`);
    file = path.join(tmp, 'demo.zhucun-backup.gz');
    const source = await openPgConnection(t.database.url);
    try {
      await writeBackupFile(source, file);
    } finally {
      await source.close();
    }
  });
  afterAll(() => t.close());

  it('restores every table row for row, the sequences after them, and an intact audit chain', async () => {
    const header = await readBackupHeader(file);
    expect(header.migration.tag).toBe(migrationJournal().at(-1)!.tag);
    expect(header.tables.find((x) => x.name === 'persons')!.rows).toBeGreaterThan(0);

    const target = await emptyDatabase();
    const summary = await restoreInto(target, { kind: 'file', file });
    const original = await contentOf(t.database.url);
    expect(await contentOf(target)).toEqual(original);
    // the derived tables are not in the file: their triggers rebuilt them (compared above with the rest)
    expect(Object.keys(original).length).toBe(summary.tables.length + DERIVED_TABLES.length);
    expect(original.duty_presence?.rows).toBeGreaterThan(0);

    const before = await auditOf(t.database.url);
    expect(before.intact).toBe(true);
    expect(before.checked).toBeGreaterThan(0);
    expect(await auditOf(target)).toEqual(before);

    // identities continue after the restored rows
    const db = await openPgConnection(target);
    try {
      const [max] = await db.query<{ id: number }>('select max(id)::int as id from users');
      const [next] = await db.query<{ id: number }>(
        "insert into users (username, display_name, password_hash) values ('after-restore', 'x', 'x') returning id",
      );
      expect(next!.id).toBeGreaterThan(max!.id);
    } finally {
      await db.close();
    }
  });

  it('refuses a target that is not empty, and changes nothing in it', async () => {
    const before = await contentOf(t.database.url);
    await expect(restoreInto(t.database.url, { kind: 'file', file })).rejects.toBeInstanceOf(
      TargetNotEmptyError,
    );
    expect(await contentOf(t.database.url)).toEqual(before);
  });

  it('refuses an incomplete file and leaves the target empty', async () => {
    const { gunzipSync, gzipSync } = await import('node:zlib');
    const lines = gunzipSync(readFileSync(file)).toString('utf8').trimEnd().split('\n');
    const cut = path.join(tmp, 'cut.zhucun-backup.gz');
    writeFileSync(cut, gzipSync(`${lines.slice(0, -1).join('\n')}\n`)); // without the end line
    const target = await emptyDatabase();
    await expect(restoreInto(target, { kind: 'file', file: cut })).rejects.toThrow(/incomplete/);
    expect(await contentOf(target)).toEqual({});
  });
});

/** The earlier Zhucun's data directory: PGlite migrated (to `upTo`) with drizzle's PGlite migrator. */
async function makePgliteDir(dir: string, upTo: string): Promise<void> {
  const folder = path.join(tmp, `migrations-${upTo}`);
  mkdirSync(path.join(folder, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8'));
  const end = journal.entries.findIndex((e: { tag: string }) => e.tag === upTo);
  journal.entries = journal.entries.slice(0, end + 1);
  writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
  for (const e of journal.entries)
    cpSync(path.join(MIGRATIONS_FOLDER, `${e.tag}.sql`), path.join(folder, `${e.tag}.sql`));

  const pglite = new PGlite(dir);
  try {
    await migrate(drizzle(pglite), { migrationsFolder: folder });
    await pglite.exec(`
      insert into divisions (code, parent_code, level, kind, name) values
        ('140622', null, 'county', 'county', '应县'),
        ('140622100', '140622', 'township', 'town', '金城镇'),
        ('140622100201', '140622100', 'village', 'village', '东街村');
      insert into users (username, display_name, password_hash) values ('old-admin', '旧管理员', 'x'), ('old-2', '二', 'x');
      insert into role_assignments (user_id, role, division_code) values (1, 'county_admin', '140622');`);
    const db = drizzle(pglite) as unknown as TDb;
    for (const action of ['auth.login', 'users.create', 'auth.logout'])
      await db.transaction((tx) =>
        appendAuditRow(tx as unknown as TDb, {
          at: new Date(),
          actorId: 1,
          actorName: 'old-admin',
          role: 'county_admin',
          ip: '127.0.0.1',
          action,
          objectType: 'user',
          objectId: '2',
          outcome: 'success',
          requestId: null,
          details: { note: '旧数据', n: 1.5 },
        }),
      );
  } finally {
    await pglite.close();
  }
}

function digestOf(dir: string): string {
  const hash = createHash('sha256');
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
      a.name.localeCompare(b.name),
    )) {
      const p = path.join(d, entry.name);
      hash.update(p);
      if (entry.isDirectory()) walk(p);
      else hash.update(readFileSync(p));
    }
  };
  walk(dir);
  return hash.digest('hex');
}

describe('npm run restore -- --from-pglite: the earlier PGlite data directory', () => {
  it('converts it into an empty database, migrating the rest of the way, leaving the original as it was', async () => {
    const dir = path.join(tmp, 'old', 'pgdata');
    mkdirSync(dir, { recursive: true });
    await makePgliteDir(dir, '0008_requests');
    const digest = digestOf(dir);

    const target = await emptyDatabase();
    const summary = await restoreInto(target, { kind: 'pglite', dir });
    expect(summary.migratedFrom).toBe('0008_requests');
    expect(summary.migratedTo).toBe(migrationJournal().at(-1)!.tag);

    const content = await contentOf(target);
    expect(content.divisions!.rows).toBe(3);
    expect(content.users!.rows).toBe(2);
    expect(content.role_assignments!.rows).toBe(1);
    expect(content.homes!.rows).toBe(0); // a table of a later migration, made after the load
    expect(await auditOf(target)).toEqual({ intact: true, checked: 3, firstBrokenId: null });
    expect(digestOf(dir)).toBe(digest);

    const db = await openPgConnection(target);
    try {
      const [next] = await db.query<{ id: number }>(
        "insert into users (username, display_name, password_hash) values ('new', 'x', 'x') returning id",
      );
      expect(next!.id).toBe(3);
    } finally {
      await db.close();
    }
  }, 120_000); // PGlite's first start (initdb in WebAssembly) alone takes some 10 s
});
