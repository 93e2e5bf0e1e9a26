import { existsSync } from 'node:fs';
import path from 'node:path';
import { dumpLines } from './dump.ts';
import { readBackupLines } from './format.ts';
import { assertEmptyTarget, restoreLines, type TRestoreSummary } from './load.ts';
import { openPgConnection, openPgliteCopy } from './sql-runner.ts';

/** A backup file, or the data directory of the earlier PGlite-based Zhucun read through the same dump. */
export type TRestoreSource = { kind: 'file'; file: string } | { kind: 'pglite'; dir: string };

export function describeSource(source: TRestoreSource): string {
  return source.kind === 'file' ? path.resolve(source.file) : `PGlite ${path.resolve(source.dir)}`;
}

/** Whether `dir` looks like a PostgreSQL data directory (PGlite's included). */
export function isDataDirectory(dir: string): boolean {
  return existsSync(path.join(dir, 'PG_VERSION'));
}

/**
 * Restores `source` into the empty database at `targetUrl` (refused, unchanged, when not empty).
 * The target is checked before the source is opened, and again inside the restoring transaction.
 */
export async function restoreInto(targetUrl: string, source: TRestoreSource): Promise<TRestoreSummary> {
  const target = await openPgConnection(targetUrl);
  try {
    await assertEmptyTarget(target);
    if (source.kind === 'file') return await restoreLines(target, readBackupLines(source.file), source.file);
    const pglite = await openPgliteCopy(source.dir);
    try {
      return await restoreLines(target, dumpLines(pglite), describeSource(source));
    } finally {
      await pglite.close();
    }
  } finally {
    await target.close();
  }
}
