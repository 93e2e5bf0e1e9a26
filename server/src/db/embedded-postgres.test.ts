import { type ChildProcess, spawn } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readlinkSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { REPO_ROOT } from '../config.ts';
import {
  hydrateSymlinks,
  LegacyPgliteDataError,
  socketDirOf,
  startEmbeddedPostgres,
} from './embedded-postgres.ts';
import { isAlive } from './processes.ts';

type TRun = { child: ChildProcess; stdout: () => string; stderr: () => string; exit: Promise<number | null> };

/** Starts the real server (`node --import tsx server/src/main.ts`) on an embedded data directory. */
function startServer(dataDir: string): TRun {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/src/main.ts'], {
    cwd: REPO_ROOT,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: '0',
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk: Buffer) => {
    out += chunk.toString();
  });
  child.stderr?.on('data', (chunk: Buffer) => {
    err += chunk.toString();
  });
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  return { child, stdout: () => out, stderr: () => err, exit };
}

async function bannerOf(run: TRun): Promise<string> {
  const deadline = Date.now() + 90_000;
  while (!run.stdout().includes('Zhucun')) {
    if (run.child.exitCode !== null) throw new Error(`server exited ${run.child.exitCode}: ${run.stderr()}`);
    if (Date.now() > deadline) throw new Error(`no banner: ${run.stdout()} ${run.stderr()}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return run.stdout();
}

/** The PID in the directory's postmaster.pid (the embedded PostgreSQL), or null. */
function postmasterOf(dataDir: string): number | null {
  const file = path.join(dataDir, 'postgres', 'postmaster.pid');
  return existsSync(file) ? Number(readFileSync(file, 'utf8').split('\n')[0]) : null;
}

// the embedded engine does not change with TEST_DATABASE_URL: its server tests run once, in the embedded run
const embeddedRun = inject('testDatabases').kind === 'embedded';

describe.runIf(embeddedRun)('the embedded PostgreSQL of a data directory', () => {
  const started: TRun[] = [];
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'zhucun-data-'));
  });
  afterAll(async () => {
    for (const run of started) if (run.child.exitCode === null && run.child.pid) run.child.kill('SIGTERM');
    await Promise.all(started.map((run) => run.exit));
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a second server at once, naming the first PID; kill -9 then a start comes back; SIGTERM stops PostgreSQL', async () => {
    const first = startServer(dataDir);
    started.push(first);
    expect(await bannerOf(first)).toContain('演示模式 DEMO MODE');
    const postmaster = postmasterOf(dataDir)!;
    expect(isAlive(postmaster)).toBe(true);

    const second = startServer(dataDir);
    started.push(second);
    expect(await second.exit).toBe(75);
    expect(second.stderr()).toContain(`PID ${first.child.pid}`);
    expect(second.stdout()).not.toContain('Zhucun');
    expect(isAlive(postmaster)).toBe(true);

    // the server dies without stopping its PostgreSQL: the next start stops that one and starts its own
    first.child.kill('SIGKILL');
    await first.exit;
    expect(isAlive(postmaster)).toBe(true);
    const third = startServer(dataDir);
    started.push(third);
    expect(await bannerOf(third)).toContain('Zhucun');
    expect(isAlive(postmaster)).toBe(false);
    const own = postmasterOf(dataDir)!;
    expect(own).not.toBe(postmaster);

    third.child.kill('SIGTERM');
    expect(await third.exit).toBe(0);
    expect(isAlive(own)).toBe(false);
    expect(existsSync(path.join(dataDir, 'postgres', 'postmaster.pid'))).toBe(false);
  }, 180_000);

  it('Ctrl-C while the first start seeds the demo county stops cleanly; the next start seeds it whole', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhucun-data-'));
    const first = startServer(dir);
    started.push(first);
    for (let i = 0; i < 900 && !first.stdout().includes('正在准备演示县'); i++) {
      if (first.child.exitCode !== null) throw new Error(`server exited: ${first.stderr()}`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const postmaster = postmasterOf(dir)!;
    first.child.kill('SIGINT');
    expect(await first.exit).toBe(0);
    expect(first.stdout()).not.toContain('Zhucun');
    expect(isAlive(postmaster)).toBe(false);

    const second = startServer(dir);
    started.push(second);
    const banner = await bannerOf(second);
    expect(banner).toContain('演示模式 DEMO MODE');
    second.child.kill('SIGTERM');
    expect(await second.exit).toBe(0);
    rmSync(dir, { recursive: true, force: true });
  }, 180_000);
});

describe('startEmbeddedPostgres', () => {
  it('listens on a Unix socket only, with fsync on, and is stopped by stop()', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhucun-pg-'));
    const server = await startEmbeddedPostgres({ dataDir: dir, log: () => {} });
    try {
      expect(server.connection.host).toBe(path.join(dir, 'run'));
      const client = new pg.Client({ connectionString: server.url });
      await client.connect();
      const settings = await client.query(
        "select name, setting from pg_settings where name in ('listen_addresses', 'fsync') order by name",
      );
      await client.end();
      expect(settings.rows).toEqual([
        { name: 'fsync', setting: 'on' },
        { name: 'listen_addresses', setting: '' },
      ]);
    } finally {
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
    expect(isAlive(server.pid)).toBe(false);
  }, 60_000);

  it('starts PostgreSQL again when it dies under the running server', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhucun-pg-'));
    const server = await startEmbeddedPostgres({ dataDir: dir, log: () => {} });
    try {
      process.kill(server.pid, 'SIGKILL');
      let answered = false;
      for (let i = 0; i < 150 && !answered; i++) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        const client = new pg.Client({ connectionString: server.url });
        answered = await client.connect().then(
          () => client.query('select 1').then(() => true),
          () => false,
        );
        await client.end().catch(() => {});
      }
      expect(answered).toBe(true);
      expect(postmasterOf(dir)).not.toBe(server.pid);
    } finally {
      await server.stop();
    }
    expect(existsSync(path.join(dir, 'postgres', 'postmaster.pid'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it('puts the socket in the temp directory when DATA_DIR is too deep for a socket path', () => {
    const deep = path.join('/srv', 'x'.repeat(120));
    const socket = socketDirOf(deep);
    expect(socket.inDataDir).toBe(false);
    expect(socket.dir.startsWith(tmpdir())).toBe(true);
    expect(socketDirOf('/srv/zhucun/data')).toEqual({ dir: '/srv/zhucun/data/run', inDataDir: true });
  });

  it('says what a data directory of the PGlite version is and what to do, and leaves it alone', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'zhucun-old-'));
    mkdirSync(path.join(dir, 'pgdata'));
    writeFileSync(path.join(dir, 'pgdata', 'PG_VERSION'), '18\n');
    const start = startEmbeddedPostgres({ dataDir: dir, log: () => {} });
    await expect(start).rejects.toBeInstanceOf(LegacyPgliteDataError);
    await expect(start).rejects.toThrow('PGlite');
    expect(existsSync(path.join(dir, 'postgres'))).toBe(false);
    rmSync(dir, { recursive: true, force: true });
  });
});

describe('hydrateSymlinks', () => {
  it("makes the libraries' symlinks the skipped install script would have made, and keeps existing ones", () => {
    const root = mkdtempSync(path.join(tmpdir(), 'zhucun-pkg-'));
    mkdirSync(path.join(root, 'native', 'lib'), { recursive: true });
    writeFileSync(path.join(root, 'native', 'lib', 'libicuuc.so.60.2'), 'elf');
    writeFileSync(
      path.join(root, 'native', 'pg-symlinks.json'),
      JSON.stringify([
        { source: 'native/lib/libicuuc.so.60.2', target: 'native/lib/libicuuc.so.60' },
        { source: 'native/lib/libicuuc.so.60.2', target: 'native/lib/libicuuc.so' },
      ]),
    );
    hydrateSymlinks(root);
    hydrateSymlinks(root);
    expect(readlinkSync(path.join(root, 'native', 'lib', 'libicuuc.so.60'))).toBe('libicuuc.so.60.2');
    expect(readFileSync(path.join(root, 'native', 'lib', 'libicuuc.so'), 'utf8')).toBe('elf');
    rmSync(root, { recursive: true, force: true });
  });
});
