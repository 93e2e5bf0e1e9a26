import { readMigrationFiles } from 'drizzle-orm/migrator';
import { MIGRATIONS_FOLDER, migrationJournal } from '../db/client.ts';
import {
  BackupFileError,
  MIGRATIONS_TABLE,
  parseHeader,
  parseMarker,
  type TBackupHeader,
  type TBackupTable,
} from './format.ts';
import { applyMigrations } from './migrations.ts';
import { qualified, quoteIdent, type TSqlRunner } from './sql-runner.ts';

/** Rows per INSERT, and the most JSON text one INSERT carries. */
const BATCH_ROWS = 1000;
const BATCH_CHARS = 4 * 1024 * 1024;

export class TargetNotEmptyError extends Error {
  constructor(readonly relations: string[]) {
    const shown = relations.slice(0, 5).join(', ') + (relations.length > 5 ? ' …' : '');
    super(
      `目标数据库不是空的（已有 ${relations.length} 个表或序列：${shown}），恢复只写入空数据库，什么也没有改动。` +
        '请换一个新的 DATA_DIR，或新建一个空数据库并把 DATABASE_URL 指向它。\n' +
        `The target database is not empty (${relations.length} tables or sequences: ${shown}); restore writes ` +
        'only into an empty database and changed nothing. Use a new DATA_DIR, or create an empty database ' +
        'and point DATABASE_URL at it.',
    );
  }
}

export class BackupTooNewError extends Error {
  constructor(header: TBackupHeader) {
    const latest = migrationJournal().at(-1)?.tag ?? '-';
    super(
      `备份来自更新版本的 Zhucun（其数据库迁移 ${header.migration.tag ?? header.migration.createdAt} 本版本不认识，本版本最新为 ${latest}）。请先升级 Zhucun 再恢复。\n` +
        `The backup comes from a newer Zhucun (migration ${header.migration.tag ?? header.migration.createdAt} ` +
        `is unknown here; the newest known is ${latest}): upgrade Zhucun first.`,
    );
  }
}

export type TRestoreSummary = {
  header: TBackupHeader;
  /** Migration of the backup, and the newest now applied. */
  migratedFrom: string;
  migratedTo: string;
  /** Rows loaded per table (the migrations table is rebuilt by the migrations, not loaded). */
  tables: { schema: string; name: string; rows: number }[];
};

/** Refuses a target that already holds tables, views or sequences (public schema, or migrations). */
export async function assertEmptyTarget(db: TSqlRunner): Promise<void> {
  const rows = await db.query<{ name: string }>(
    `select format('%I.%I', n.nspname, c.relname) as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname in ('public', $1) and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
      order by c.relkind <> 'r', c.relname`,
    [MIGRATIONS_TABLE.schema],
  );
  if (rows.length) throw new TargetNotEmptyError(rows.map((r) => r.name));
}

/**
 * Loads backup lines (header first) into an empty database in ONE transaction, so a failure leaves
 * it empty: migrations up to the backup's version, the rows (foreign keys dropped meanwhile and
 * re-added after, which checks them all), every sequence past the largest of its column and its
 * value in the backup, the remaining migrations, and each table's count checked against the header.
 */
export async function restoreLines(
  db: TSqlRunner,
  lines: AsyncIterable<string>,
  source: string,
): Promise<TRestoreSummary> {
  const it = lines[Symbol.asyncIterator]();
  try {
    const first = await it.next();
    const header = parseHeader(first.done ? undefined : first.value, source);
    const journal = migrationJournal();
    const upTo = journal.findIndex((e) => e.tag === header.migration.tag);
    if (upTo < 0) throw new BackupTooNewError(header);
    const migrations = readMigrationFiles({ migrationsFolder: MIGRATIONS_FOLDER });

    await db.query('begin');
    try {
      await assertEmptyTarget(db);
      await applyMigrations(db, migrations.slice(0, upTo + 1));
      await assertSameTables(db, header);
      const foreignKeys = await dropForeignKeys(db);
      const tables = await loadRows(db, header, it);
      for (const fk of foreignKeys)
        await db.query(`alter table ${fk.tbl} add constraint ${fk.name} ${fk.def}`);
      await setSequences(db, header);
      await applyMigrations(db, migrations.slice(upTo + 1));
      await db.query('commit');
      return {
        header,
        migratedFrom: journal[upTo]!.tag,
        migratedTo: journal.at(-1)!.tag,
        tables,
      };
    } catch (error) {
      await db.query('rollback').catch(() => {});
      throw error;
    }
  } finally {
    await it.return?.();
  }
}

/** The target, at the backup's migration, must have the backup's tables with the same columns. */
async function assertSameTables(db: TSqlRunner, header: TBackupHeader): Promise<void> {
  for (const table of header.tables) {
    if (isMigrationsTable(table)) continue;
    const rel = qualified(table.schema, table.name);
    const columns = await db.query<{ name: string }>(
      `select attname as name from pg_attribute
        where attrelid = to_regclass($1) and attnum > 0 and not attisdropped and attgenerated = ''
        order by attnum`,
      [rel],
    );
    const have = columns.map((c) => c.name).join(',');
    if (have !== table.columns.join(','))
      throw new BackupFileError(
        `备份中的表 ${rel} 与迁移 ${header.migration.tag} 建出的表不一致 ` +
          `(the backup's table does not match the schema of its migration): [${table.columns.join(', ')}] ≠ [${have}]`,
      );
  }
}

type TForeignKey = { tbl: string; name: string; def: string };

async function dropForeignKeys(db: TSqlRunner): Promise<TForeignKey[]> {
  const fks = await db.query<TForeignKey>(
    `select c.conrelid::regclass::text as tbl, quote_ident(c.conname) as name, pg_get_constraintdef(c.oid) as def
       from pg_constraint c join pg_namespace n on n.oid = c.connamespace
      where c.contype = 'f' and n.nspname = 'public'
      order by c.conrelid::regclass::text, c.conname`,
  );
  for (const fk of fks) await db.query(`alter table ${fk.tbl} drop constraint ${fk.name}`);
  return fks;
}

function isMigrationsTable(t: { schema: string; name: string }): boolean {
  return t.schema === MIGRATIONS_TABLE.schema && t.name === MIGRATIONS_TABLE.name;
}

async function loadRows(
  db: TSqlRunner,
  header: TBackupHeader,
  it: AsyncIterator<string>,
): Promise<TRestoreSummary['tables']> {
  const byName = new Map(header.tables.map((t) => [`${t.schema}.${t.name}`, t]));
  const done: TRestoreSummary['tables'] = [];
  let table: TBackupTable | null = null;
  let batch: string[] = [];
  let chars = 0;
  let streamed = 0;
  let total = 0;

  const flush = async () => {
    if (table && batch.length && !isMigrationsTable(table)) {
      const rel = qualified(table.schema, table.name);
      const cols = table.columns.map(quoteIdent).join(', ');
      await db.query(
        `insert into ${rel} (${cols}) overriding system value
         select ${cols} from json_populate_recordset(null::${rel}, $1::json)`,
        [`[${batch.join(',')}]`],
      );
    }
    batch = [];
    chars = 0;
  };
  const finish = async () => {
    if (!table) return;
    await flush();
    if (streamed !== table.rows) throw incomplete(`${table.name}: ${streamed} ≠ ${table.rows}`);
    if (!isMigrationsTable(table)) {
      const [count] = await db.query<{ n: string }>(
        `select count(*)::text as n from ${qualified(table.schema, table.name)}`,
      );
      if (Number(count?.n) !== table.rows)
        throw new Error(
          `表 ${table.name} 恢复后有 ${count?.n} 行，备份中为 ${table.rows} 行 (row count differs)`,
        );
      done.push({ schema: table.schema, name: table.name, rows: table.rows });
    }
    total += streamed;
    table = null;
  };

  for (let next = await it.next(); !next.done; next = await it.next()) {
    const line = next.value;
    const marker = parseMarker(line);
    if (!marker) {
      if (!table) throw incomplete('row before any table');
      batch.push(line);
      chars += line.length;
      streamed++;
      if (batch.length >= BATCH_ROWS || chars >= BATCH_CHARS) await flush();
      continue;
    }
    await finish();
    if (marker.kind === 'end') {
      if (marker.rows !== total || done.length !== header.tables.length - 1) throw incomplete('end');
      return done;
    }
    table = byName.get(`${marker.schema}.${marker.name}`) ?? null;
    if (!table) throw incomplete(`unknown table ${marker.schema}.${marker.name}`);
    streamed = 0;
  }
  throw incomplete('no end marker');
}

function incomplete(detail: string): BackupFileError {
  return new BackupFileError(`备份文件不完整或已损坏 the backup is incomplete or damaged (${detail})`);
}

/** Each identity/serial sequence continues past both its column's largest value and its value at backup. */
async function setSequences(db: TSqlRunner, header: TBackupHeader): Promise<void> {
  for (const s of header.sequences) {
    const rel = qualified(s.schema, s.table);
    await db.query(
      `select setval(seq, v)
         from (select pg_get_serial_sequence($1, $2) as seq,
                      greatest((select max(${quoteIdent(s.column)}) from ${rel})::bigint, $3::bigint) as v) x
        where seq is not null and v >= 1`,
      [rel, s.column, s.lastValue],
    );
  }
}
