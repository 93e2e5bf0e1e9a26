import { migrationJournal } from '../db/client.ts';
import {
  BACKUP_FORMAT,
  BACKUP_FORMAT_VERSION,
  DERIVED_TABLES,
  endMarker,
  MIGRATIONS_TABLE,
  type TBackupHeader,
  type TBackupTable,
  tableMarker,
} from './format.ts';
import { qualified, quoteIdent, type TSqlRunner } from './sql-runner.ts';

/** Rows fetched from the cursor at a time: what bounds the memory a table of any size needs. */
const FETCH_ROWS = 1000;

export class NothingToBackUpError extends Error {
  constructor() {
    super(
      '这个数据库里没有 Zhucun 的数据（没有执行过迁移）。\nThis database holds no Zhucun data (no migration was ever applied).',
    );
  }
}

/**
 * The whole database as backup lines (see format.ts), header first, read in ONE repeatable-read,
 * read-only transaction: a consistent snapshot while the server keeps running. Every table of the
 * public schema and the migrations table; rows come through a cursor, FETCH_ROWS at a time.
 */
export async function* dumpLines(db: TSqlRunner): AsyncGenerator<string> {
  await db.query('begin transaction isolation level repeatable read, read only');
  let done = false;
  try {
    // the same text on every server: ISO dates in JSON anyway, exact floats, one interval style
    await db.query("set local intervalstyle = 'postgres'");
    await db.query('set local extra_float_digits = 3');
    const header = await readHeader(db);
    yield JSON.stringify(header);
    let total = 0;
    for (const table of header.tables) {
      yield tableMarker(table.schema, table.name);
      total += yield* tableRows(db, table);
    }
    yield endMarker(total);
    done = true;
  } finally {
    if (done) await db.query('commit');
    else await db.query('rollback').catch(() => {}); // the error that brought us here is the one to see
  }
}

async function* tableRows(db: TSqlRunner, table: TBackupTable): AsyncGenerator<string, number> {
  const order = table.primaryKey.length ? ` order by ${table.primaryKey.map(quoteIdent).join(', ')}` : '';
  await db.query(
    `declare zc_dump no scroll cursor for select row_to_json(zc_row_)::text as j from ${qualified(table.schema, table.name)} zc_row_${order}`,
  );
  let n = 0;
  for (;;) {
    const rows = await db.query<{ j: string }>(`fetch ${FETCH_ROWS} from zc_dump`);
    for (const row of rows) yield row.j;
    n += rows.length;
    if (rows.length < FETCH_ROWS) break;
  }
  await db.query('close zc_dump');
  return n;
}

async function readHeader(db: TSqlRunner): Promise<TBackupHeader> {
  const [hasMigrations] = await db.query<{ ok: boolean }>(
    `select to_regclass('${MIGRATIONS_TABLE.schema}.${MIGRATIONS_TABLE.name}') is not null as ok`,
  );
  if (!hasMigrations?.ok) throw new NothingToBackUpError();
  const [last] = await db.query<{ created_at: string }>(
    `select created_at::text as created_at from ${qualified(MIGRATIONS_TABLE.schema, MIGRATIONS_TABLE.name)} order by created_at desc limit 1`,
  );
  if (!last) throw new NothingToBackUpError();
  const createdAt = Number(last.created_at);
  const [version] = await db.query<{ v: string }>('select version() as v');

  const names = await db.query<{ schema: string; name: string }>(
    `select n.nspname as schema, c.relname as name
       from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where c.relkind in ('r', 'p') and not c.relispartition and n.nspname = 'public'
        and c.relname <> all($1::text[])
      order by c.relname`,
    [DERIVED_TABLES],
  );
  names.push({ ...MIGRATIONS_TABLE });
  const tables: TBackupTable[] = [];
  for (const { schema, name } of names) tables.push(await describeTable(db, schema, name));

  return {
    format: BACKUP_FORMAT,
    version: BACKUP_FORMAT_VERSION,
    createdAt: new Date().toISOString(),
    server: version?.v ?? 'unknown',
    migration: { tag: migrationJournal().find((e) => e.when === createdAt)?.tag ?? null, createdAt },
    tables,
    sequences: await readSequences(db),
  };
}

async function describeTable(db: TSqlRunner, schema: string, name: string): Promise<TBackupTable> {
  const rel = qualified(schema, name);
  const columns = await db.query<{ name: string }>(
    `select attname as name from pg_attribute
      where attrelid = $1::regclass and attnum > 0 and not attisdropped and attgenerated = ''
      order by attnum`,
    [rel],
  );
  const primaryKey = await db.query<{ name: string }>(
    `select a.attname as name
       from pg_index i join pg_attribute a on a.attrelid = i.indrelid and a.attnum = any(i.indkey)
      where i.indrelid = $1::regclass and i.indisprimary
      order by array_position(i.indkey::int2[], a.attnum)`,
    [rel],
  );
  const [count] = await db.query<{ n: string }>(`select count(*)::text as n from ${rel}`);
  return {
    schema,
    name,
    columns: columns.map((c) => c.name),
    primaryKey: primaryKey.map((c) => c.name),
    rows: Number(count?.n ?? 0),
  };
}

/** Sequences owned by a public table's column (identity or serial), with the last value handed out. */
async function readSequences(db: TSqlRunner): Promise<TBackupHeader['sequences']> {
  const owned = await db.query<{ schema: string; table: string; column: string; seq: string }>(
    `select n.nspname as schema, c.relname as table, a.attname as column,
            format('%I.%I', sn.nspname, s.relname) as seq
       from pg_depend d
       join pg_class s on s.oid = d.objid and s.relkind = 'S'
       join pg_namespace sn on sn.oid = s.relnamespace
       join pg_class c on c.oid = d.refobjid
       join pg_namespace n on n.oid = c.relnamespace
       join pg_attribute a on a.attrelid = c.oid and a.attnum = d.refobjsubid
      where d.classid = 'pg_class'::regclass and d.refclassid = 'pg_class'::regclass
        and d.deptype in ('a', 'i') and n.nspname = 'public'
      order by c.relname, a.attname`,
  );
  const out: TBackupHeader['sequences'] = [];
  for (const s of owned) {
    const [state] = await db.query<{ last_value: string; is_called: boolean }>(
      `select last_value::text as last_value, is_called from ${s.seq}`,
    );
    out.push({
      schema: s.schema,
      table: s.table,
      column: s.column,
      lastValue: state?.is_called ? state.last_value : null,
    });
  }
  return out;
}
