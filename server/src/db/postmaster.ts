import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { isAlive, processName, sleep } from './processes.ts';

/** The PID of the postmaster that holds `pgdata` (its `postmaster.pid`), when that process is alive. */
export function livePostmaster(pgdata: string): number | null {
  const file = path.join(pgdata, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
  if (!Number.isInteger(pid) || pid <= 0 || !isAlive(pid)) return null;
  return processName(pid)?.startsWith('postgres') ? pid : null;
}

/** The parent of a process (Linux: /proc; elsewhere: ps), or null. */
export function parentOf(pid: number): number | null {
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
export async function stopPostmaster(pid: number): Promise<void> {
  process.kill(pid, 'SIGINT');
  if (await waitForExit(pid, 60_000)) return;
  process.kill(pid, 'SIGQUIT');
  await waitForExit(pid, 10_000);
}

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

export type TSupervised = {
  /** The PostgreSQL running now (a new one after a restart). */
  child(): ChildProcess;
  /** Fast shutdown (SIGINT: ends sessions, checkpoints); waits for the exit. Safe to call twice. */
  stop(): Promise<void>;
};

/**
 * Keeps a PostgreSQL we started running: one that dies without being asked (killed, crashed) is
 * started again after a pause (1 s, doubling up to 30 s; crash recovery makes its data consistent),
 * while the server answers 503. On any exit of Node it gets its stop signal too.
 */
export function supervise(launch: () => ChildProcess, log: (m: string) => void): TSupervised {
  let current = launch();
  let stopping = false;
  let pause = 1_000;
  let startedAt = Date.now();
  let restart: NodeJS.Timeout | undefined;
  const watch = (child: ChildProcess) =>
    child.once('exit', (code, signal) => {
      if (stopping) return;
      if (Date.now() - startedAt > 60_000) pause = 1_000;
      log(
        `PostgreSQL 意外退出 (exited unexpectedly: ${code ?? signal})，${pause / 1000} 秒后重启 (restarting)`,
      );
      restart = setTimeout(() => {
        if (stopping) return;
        startedAt = Date.now();
        current = launch();
        watch(current);
      }, pause);
      restart.unref();
      pause = Math.min(pause * 2, 30_000);
    });
  watch(current);
  const onExit = () => {
    if (running(current)) current.kill('SIGINT');
  };
  process.once('exit', onExit);
  let stopped: Promise<void> | null = null;
  return {
    child: () => current,
    stop: () => {
      stopped ??= (async () => {
        stopping = true;
        clearTimeout(restart);
        process.removeListener('exit', onExit);
        const child = current;
        if (!running(child) || !child.pid) return;
        const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
        child.kill('SIGINT');
        const timer = setTimeout(() => child.kill('SIGQUIT'), 60_000);
        await exited;
        clearTimeout(timer);
      })();
      return stopped;
    },
  };
}
