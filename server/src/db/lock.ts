import { closeSync, mkdirSync, openSync, readFileSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';

export class DataDirLockedError extends Error {
  constructor(
    readonly lockPath: string,
    readonly holderPid: number,
  ) {
    super(
      `数据目录已被另一个 Zhucun 进程（PID ${holderPid}）使用：${lockPath}\n` +
        `The data directory is in use by another Zhucun process (PID ${holderPid}). ` +
        'PGlite cannot be shared between processes; stop that process or use another DATA_DIR.',
    );
  }
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the exclusive lock on a PGlite data directory (PGlite has none of its own:
 * two processes on one directory silently lose acknowledged writes). A lock left by
 * a dead process is taken over. Returns the release function.
 */
export function acquireDataDirLock(dataDir: string, pid = process.pid): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockPath = path.join(dataDir, 'zhucun.lock');
  for (let attempt = 0; attempt < 3; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx');
      writeSync(fd, `${pid}\n`);
      closeSync(fd);
      return () => releaseIfOurs(lockPath, pid);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const holder = readHolder(lockPath);
      if (holder !== null && holder !== pid && isAlive(holder))
        throw new DataDirLockedError(lockPath, holder);
      try {
        unlinkSync(lockPath); // stale: its process is gone
      } catch {
        // another process took it over first; try again
      }
    }
  }
  throw new Error(`could not take the lock ${lockPath}`);
}

function readHolder(lockPath: string): number | null {
  try {
    const pid = Number.parseInt(readFileSync(lockPath, 'utf8').trim(), 10);
    return Number.isFinite(pid) ? pid : null;
  } catch {
    return null;
  }
}

function releaseIfOurs(lockPath: string, pid: number): void {
  if (readHolder(lockPath) === pid) unlinkSync(lockPath);
}
