import {
  closeSync,
  createWriteStream,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  renameSync,
  rmSync,
  statSync,
} from 'node:fs';
import path from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { dumpLines } from './dump.ts';
import { BACKUP_SUFFIX, type TBackupHeader } from './format.ts';
import type { TSqlRunner } from './sql-runner.ts';

/** Lines are handed to gzip in chunks of about this size (one write per row would be slow). */
const CHUNK_CHARS = 64 * 1024;

/** `DATA_DIR/backups/zhucun-YYYYMMDD-HHMMSS.zhucun-backup.gz`, in local time. */
export function defaultBackupPath(dataDir: string, at: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  const stamp =
    `${at.getFullYear()}${p(at.getMonth() + 1)}${p(at.getDate())}-` +
    `${p(at.getHours())}${p(at.getMinutes())}${p(at.getSeconds())}`;
  return path.join(dataDir, 'backups', `zhucun-${stamp}${BACKUP_SUFFIX}`);
}

export type TBackupResult = { file: string; bytes: number; header: TBackupHeader };

/**
 * Writes the database's backup to `file` (never over an existing one). It is written under a
 * `.partial` name and renamed once complete and flushed to disk, so a backup that failed half-way
 * never looks like a good one.
 */
export async function writeBackupFile(db: TSqlRunner, file: string): Promise<TBackupResult> {
  const target = path.resolve(file);
  if (existsSync(target))
    throw new Error(`文件已存在，不会覆盖 the file exists and is not overwritten: ${target}`);
  mkdirSync(path.dirname(target), { recursive: true });
  const partial = `${target}.partial`;
  let header: TBackupHeader | null = null;
  async function* chunks() {
    let buffer = '';
    for await (const line of dumpLines(db)) {
      header ??= JSON.parse(line) as TBackupHeader;
      buffer += `${line}\n`;
      if (buffer.length >= CHUNK_CHARS) {
        yield buffer;
        buffer = '';
      }
    }
    if (buffer) yield buffer;
  }
  try {
    await pipeline(Readable.from(chunks()), createGzip(), createWriteStream(partial, { mode: 0o600 }));
    const fd = openSync(partial, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(partial, target);
  } catch (error) {
    rmSync(partial, { force: true });
    throw error;
  }
  if (!header) throw new Error('empty dump');
  return { file: target, bytes: statSync(target).size, header };
}
