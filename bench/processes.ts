// Processes for benches that run servers of their own: starting a TypeScript entry point in any
// checkout, waiting for its banner, stopping it, the memory of a process tree, and signing in.
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isAlive } from '../server/src/db/processes.ts';

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

export type TNodeProcess = {
  child: ChildProcess;
  pid: number;
  /** Everything it printed so far (stdout and stderr). */
  output(): string;
  /** Resolves with the exit code (or the signal's name) once it has exited. */
  exited: Promise<number | string>;
};

/** Starts `node --import tsx <entry>` in `cwd` (a checkout with its own node_modules). */
export function startNode(
  cwd: string,
  entry: string,
  args: string[],
  env: Record<string, string>,
): TNodeProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  const onData = (chunk: Buffer) => {
    out += chunk.toString();
  };
  child.stdout!.on('data', onData);
  child.stderr!.on('data', onData);
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => resolve(code ?? signal ?? 'unknown')),
  );
  if (!child.pid) throw new Error(`could not start ${entry} in ${cwd}`);
  return { child, pid: child.pid, output: () => out, exited };
}

/** Waits until the process has printed something matching `ready`; throws when it exits first or on timeout. */
export async function waitForOutput(p: TNodeProcess, ready: RegExp, timeoutMs: number): Promise<void> {
  let exitedWith: number | string | null = null;
  void p.exited.then((code) => {
    exitedWith = code;
  });
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(50)) {
    if (ready.test(p.output())) return;
    if (exitedWith !== null) throw new Error(`exited (${exitedWith}) before ${ready}:\n${p.output()}`);
  }
  throw new Error(`no ${ready} within ${timeoutMs / 1000} s:\n${p.output()}`);
}

/** Sends `signal` and waits for the exit; SIGKILL after `timeoutMs`. The exit code or signal. */
export async function stopNode(p: TNodeProcess, signal: NodeJS.Signals, timeoutMs = 20_000) {
  if (p.child.exitCode !== null || p.child.signalCode !== null) return p.exited;
  p.child.kill(signal);
  const timer = setTimeout(() => p.child.kill('SIGKILL'), timeoutMs);
  const code = await p.exited;
  clearTimeout(timer);
  return code;
}

function statusOf(pid: number): { name: string; ppid: number; rssKiB: number } | null {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const field = (name: string) => new RegExp(`^${name}:\\s+(\\S+)`, 'm').exec(status)?.[1];
    return {
      name: field('Name') ?? '',
      ppid: Number(field('PPid') ?? 0),
      rssKiB: Number(field('VmRSS') ?? 0), // kernel threads and zombies have none
    };
  } catch {
    return null; // gone meanwhile
  }
}

/** The processes below `root` (children, grandchildren …), from /proc (Linux). */
export function descendantsOf(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync('/proc')) {
    const pid = Number(entry);
    if (!Number.isInteger(pid)) continue;
    const s = statusOf(pid);
    if (!s) continue;
    children.set(s.ppid, [...(children.get(s.ppid) ?? []), pid]);
  }
  const out: number[] = [];
  for (let queue = [root]; queue.length > 0; ) {
    const next = children.get(queue.shift()!) ?? [];
    out.push(...next);
    queue.push(...next);
  }
  return out;
}

function pssKiB(pid: number): number {
  try {
    return Number(/^Pss:\s+(\d+)/m.exec(readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8'))?.[1] ?? 0);
  } catch {
    return 0;
  }
}

export type TTreeMemory = { rssMiB: number; pssMiB: number; processes: number };

/**
 * The memory of `root` and those of its descendants whose name matches `include` (all by default):
 * the sum of their VmRSS (which counts shared memory, such as PostgreSQL's shared buffers, once per
 * process) and of their PSS (shared pages divided among the processes that map them).
 */
export function treeMemory(root: number, include: RegExp = /./): TTreeMemory {
  const pids = [root, ...descendantsOf(root).filter((pid) => include.test(statusOf(pid)?.name ?? ''))];
  let rss = 0;
  let pss = 0;
  let processes = 0;
  for (const pid of pids) {
    const s = statusOf(pid);
    if (!s) continue;
    rss += s.rssKiB;
    pss += pssKiB(pid);
    processes++;
  }
  return { rssMiB: rss / 1024, pssMiB: pss / 1024, processes };
}

/** Samples `treeMemory` every `intervalMs`: the peaks so far, a reset of them, and `stop()`. */
export function sampleTreeMemory(root: number, include: RegExp = /./, intervalMs = 200) {
  let peak: TTreeMemory = { rssMiB: 0, pssMiB: 0, processes: 0 };
  const sample = () => {
    const m = treeMemory(root, include);
    peak = {
      rssMiB: Math.max(peak.rssMiB, m.rssMiB),
      pssMiB: Math.max(peak.pssMiB, m.pssMiB),
      processes: Math.max(peak.processes, m.processes),
    };
  };
  let stopped = false;
  sample();
  const timer = setInterval(sample, intervalMs);
  return {
    peak: (): TTreeMemory => ({ ...peak }),
    reset: () => {
      peak = { rssMiB: 0, pssMiB: 0, processes: 0 };
      sample();
    },
    /** Stops sampling (once; later calls return the same peaks). */
    stop(): TTreeMemory {
      if (!stopped) sample();
      stopped = true;
      clearInterval(timer);
      return { ...peak };
    },
  };
}

/** The PID in `<pgdata>/postmaster.pid` while that process lives, else null. */
export function livePostmaster(pgdata: string): number | null {
  const file = path.join(pgdata, 'postmaster.pid');
  if (!existsSync(file)) return null;
  const pid = Number.parseInt(readFileSync(file, 'utf8').split('\n')[0] ?? '', 10);
  return Number.isInteger(pid) && pid > 0 && isAlive(pid) ? pid : null;
}

/** Waits until no live postmaster holds `pgdata`; whether it is gone within `timeoutMs`. */
export async function waitForPostmasterGone(pgdata: string, timeoutMs: number): Promise<boolean> {
  for (const end = Date.now() + timeoutMs; Date.now() < end; await sleep(100)) {
    if (livePostmaster(pgdata) === null) return true;
  }
  return livePostmaster(pgdata) === null;
}

export type TSession = { username: string; cookie: string; csrf: string };

/** Signs in over HTTP; throws unless the server answers 200 with a session cookie and a CSRF token. */
export async function signInOrThrow(base: string, username: string, password: string): Promise<TSession> {
  const res = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password }),
  });
  const text = await res.text();
  const cookie =
    res.headers
      .getSetCookie()
      .map((c) => c.split(';')[0]!)
      .find((c) => c.startsWith('zc_session=')) ?? '';
  if (res.status !== 200 || !cookie)
    throw new Error(`sign-in of ${username}: ${res.status} ${text.slice(0, 200)}`);
  return { username, cookie, csrf: (JSON.parse(text) as { csrfToken: string }).csrfToken };
}
