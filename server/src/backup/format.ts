import { createReadStream } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { createGunzip } from 'node:zlib';
import { z } from 'zod';

/**
 * A Zhucun backup: gzip of JSON lines.
 *   line 1        the header (ZBackupHeader)
 *   ["table", schema, name]   starts a table's rows; each following line that starts with `{` is one
 *                 row as PostgreSQL's row_to_json wrote it (loaded back with json_populate_recordset)
 *   ["end", { "rows": n }]    the last line: a file without it is incomplete
 * Rows are objects and markers arrays, so one look at the first character tells them apart.
 */
export const BACKUP_FORMAT = 'zhucun-backup';
export const BACKUP_FORMAT_VERSION = 1;
export const BACKUP_SUFFIX = '.zhucun-backup.gz';

export const ZBackupTable = z.object({
  schema: z.string(),
  name: z.string(),
  /** Stored columns in table order (generated columns are left out: PostgreSQL computes them). */
  columns: z.array(z.string()),
  primaryKey: z.array(z.string()),
  rows: z.number().int().min(0),
});

export const ZBackupHeader = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.literal(BACKUP_FORMAT_VERSION),
  createdAt: z.string(),
  /** `select version()` of the source. */
  server: z.string(),
  /** The newest applied migration: its journal tag (null when this code does not know it) and `when`. */
  migration: z.object({ tag: z.string().nullable(), createdAt: z.number() }),
  tables: z.array(ZBackupTable),
  /** Identity and serial sequences: the last value handed out (null: none yet). */
  sequences: z.array(
    z.object({ schema: z.string(), table: z.string(), column: z.string(), lastValue: z.string().nullable() }),
  ),
});
export type TBackupHeader = z.infer<typeof ZBackupHeader>;
export type TBackupTable = z.infer<typeof ZBackupTable>;

export const MIGRATIONS_TABLE = { schema: 'drizzle', name: '__drizzle_migrations' } as const;

/** Tables derived from others by triggers: left out of a backup, rebuilt as the rows they follow load. */
export const DERIVED_TABLES: readonly string[] = ['duty_presence'];

export function tableMarker(schema: string, name: string): string {
  return JSON.stringify(['table', schema, name]);
}

export function endMarker(rows: number): string {
  return JSON.stringify(['end', { rows }]);
}

export type TMarker = { kind: 'table'; schema: string; name: string } | { kind: 'end'; rows: number };

export class BackupFileError extends Error {}

/** A marker line (`[...]`), or null for a row line. */
export function parseMarker(line: string): TMarker | null {
  if (!line.startsWith('[')) return null;
  const value: unknown = JSON.parse(line);
  if (
    Array.isArray(value) &&
    value[0] === 'table' &&
    typeof value[1] === 'string' &&
    typeof value[2] === 'string'
  )
    return { kind: 'table', schema: value[1], name: value[2] };
  if (Array.isArray(value) && value[0] === 'end' && typeof value[1]?.rows === 'number')
    return { kind: 'end', rows: value[1].rows };
  throw new BackupFileError(`备份文件中有无法识别的一行 unrecognised line: ${line.slice(0, 80)}`);
}

export function parseHeader(line: string | undefined, source: string): TBackupHeader {
  let value: unknown;
  try {
    value = JSON.parse(line ?? '');
  } catch {
    value = null;
  }
  const parsed = ZBackupHeader.safeParse(value);
  if (!parsed.success)
    throw new BackupFileError(
      `不是 Zhucun 备份文件，或其格式版本不受支持：${source}\n` +
        `Not a Zhucun backup, or a format version this Zhucun does not read: ${source}`,
    );
  return parsed.data;
}

/** Splits a byte stream into lines (UTF-8), without holding more than the current line. */
export async function* splitLines(chunks: AsyncIterable<Buffer>): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let rest = '';
  for await (const chunk of chunks) {
    rest += decoder.write(chunk);
    let start = 0;
    for (let end = rest.indexOf('\n'); end >= 0; end = rest.indexOf('\n', start)) {
      yield rest.slice(start, end);
      start = end + 1;
    }
    rest = rest.slice(start);
  }
  rest += decoder.end();
  if (rest) yield rest;
}

/** The lines of a backup file, header first; a damaged gzip stream fails the iteration. */
export function readBackupLines(file: string): AsyncGenerator<string> {
  const input = createReadStream(file);
  const gunzip = createGunzip();
  input.on('error', (error) => gunzip.destroy(error));
  input.pipe(gunzip);
  return (async function* () {
    try {
      yield* splitLines(gunzip);
    } catch (error) {
      if (error instanceof Error && 'code' in error && String(error.code).startsWith('Z_'))
        throw new BackupFileError(`备份文件已损坏 the backup file is damaged (${error.message}): ${file}`);
      throw error;
    } finally {
      input.destroy();
      gunzip.destroy();
    }
  })();
}

/** Reads and checks a backup file's header alone. */
export async function readBackupHeader(file: string): Promise<TBackupHeader> {
  const lines = readBackupLines(file);
  try {
    const first = await lines.next();
    return parseHeader(first.done ? undefined : first.value, file);
  } finally {
    await lines.return(undefined);
  }
}
