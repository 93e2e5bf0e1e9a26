import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REPO_ROOT } from '../config.ts';
import { acquireDataDirLock, DataDirLockedError } from './lock.ts';

const LOCK_FILE = 'zhucun.lock';

describe('acquireDataDirLock', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(path.join(tmpdir(), 'zhucun-lock-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('takes over a lock left by a process that is gone, and releases it', () => {
    const deadPid = spawnSync(process.execPath, ['-e', '']).pid!;
    writeFileSync(path.join(dir, LOCK_FILE), `${deadPid}\n`);
    const release = acquireDataDirLock(dir);
    expect(readFileSync(path.join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
    release();
    expect(existsSync(path.join(dir, LOCK_FILE))).toBe(false);
  });

  it('refuses a directory locked by a live process, naming its PID, and leaves the lock alone', () => {
    const release = acquireDataDirLock(dir);
    expect(() => acquireDataDirLock(dir, 1)).toThrow(DataDirLockedError);
    expect(() => acquireDataDirLock(dir, 1)).toThrow(`PID ${process.pid}`);
    expect(readFileSync(path.join(dir, LOCK_FILE), 'utf8').trim()).toBe(String(process.pid));
    release();
  });
});

type TRun = { child: ChildProcess; stdout: () => string; stderr: () => string; exit: Promise<number | null> };

/** Starts the real server (`node --import tsx server/src/main.ts`) on a PGlite data directory. */
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

describe.skipIf(Boolean(process.env.TEST_DATABASE_URL))('one server per PGlite data directory', () => {
  const started: TRun[] = [];
  let dataDir: string;
  beforeAll(() => {
    dataDir = mkdtempSync(path.join(tmpdir(), 'zhucun-data-'));
  });
  afterAll(() => {
    for (const run of started) if (run.child.exitCode === null && run.child.pid) process.kill(run.child.pid);
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('refuses a second server at once (exit 75, naming the first PID); SIGTERM frees the directory', async () => {
    const first = startServer(dataDir);
    started.push(first);
    expect(await bannerOf(first)).toContain('演示模式 DEMO MODE');
    const lockPath = path.join(dataDir, LOCK_FILE);
    const holder = readFileSync(lockPath, 'utf8').trim();
    expect(holder).toBe(String(first.child.pid));

    const second = startServer(dataDir);
    started.push(second);
    expect(await second.exit).toBe(75);
    expect(second.stderr()).toContain(`PID ${holder}`);
    expect(second.stdout()).not.toContain('Zhucun');
    expect(readFileSync(lockPath, 'utf8').trim()).toBe(holder);

    first.child.kill('SIGTERM');
    expect(await first.exit).toBe(0);
    expect(existsSync(lockPath)).toBe(false);
  }, 120_000);
});
