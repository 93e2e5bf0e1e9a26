import { type ChildProcess, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** Starts a TypeScript entry point in its own process and waits until it prints `ready`. */
export function startProcess(entry: string, args: string[], env: Record<string, string>, ready: RegExp) {
  const child = spawn(process.execPath, ['--import', 'tsx', entry, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Promise<ChildProcess>((resolve, reject) => {
    let out = '';
    const onData = (chunk: Buffer) => {
      out += chunk.toString();
      if (ready.test(out)) resolve(child);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => reject(new Error(`${entry} exited ${code}:\n${out}`)));
  });
}

export type TResult = { name: string; reqPerSec: number; p99: number; non2xx: number; errors: number };

/** Runs autocannon for `seconds` with `connections` and returns throughput and p99 latency. */
export async function load(name: string, opts: autocannon.Options): Promise<TResult> {
  // a fixed amount of requests, or 10 seconds
  const r = await autocannon(
    opts.amount ? { connections: 50, ...opts } : { connections: 50, duration: 10, ...opts },
  );
  return { name, reqPerSec: r.requests.average, p99: r.latency.p99, non2xx: r.non2xx, errors: r.errors };
}

export function printTable(results: TResult[], baseline: TResult): void {
  console.log('\n| scenario | req/s | p99 ms | vs bare | non-2xx | errors |');
  console.log('|---|---:|---:|---:|---:|---:|');
  for (const r of results) {
    const ratio = r.reqPerSec / baseline.reqPerSec;
    console.log(
      `| ${r.name} | ${r.reqPerSec.toFixed(0)} | ${r.p99} | ${(ratio * 100).toFixed(1)}% (1/${(1 / ratio).toFixed(1)}) | ${r.non2xx} | ${r.errors} |`,
    );
  }
}

export const DEMO_PASSWORD = 'Zhucun@2026';

/**
 * The real server in demo mode on a fresh data directory (PostgreSQL when BENCH_DATABASE_URL
 * is set), next to a bare Fastify route in its own process: the baseline of every bench.
 */
export async function startServers(serverPort: number, barePort: number, env: Record<string, string> = {}) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'zhucun-bench-'));
  const dbUrl = process.env.BENCH_DATABASE_URL;
  const server = await startProcess(
    'server/src/main.ts',
    ['--demo'],
    {
      PORT: String(serverPort),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...env,
      ...(dbUrl ? { DATABASE_URL: dbUrl } : {}),
    },
    /Zhucun/,
  );
  const bare = await startProcess('bench/bare-server.ts', [String(barePort)], {}, /bare listening/);
  return {
    server,
    base: `http://127.0.0.1:${serverPort}`,
    bareUrl: `http://127.0.0.1:${barePort}/bare`,
    database: dbUrl ? 'PostgreSQL' : 'PGlite',
    stop: async () => {
      server.kill('SIGTERM');
      bare.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 500));
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Signs in over HTTP; the session cookie and CSRF token for later requests. */
export async function signIn(base: string, username: string): Promise<{ cookie: string; csrf: string }> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username, password: DEMO_PASSWORD }),
  });
  const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
  return { cookie, csrf: ((await login.json()) as { csrfToken: string }).csrfToken };
}

/**
 * A bench's own county: a fresh data directory, and a fresh PostgreSQL database when
 * BENCH_DATABASE_URL is set. `env` starts the server on it; `cleanUp` removes both.
 */
export async function ownCounty(port: number, name: string) {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), `zhucun-bench-${name}-`));
  const baseUrl = process.env.BENCH_DATABASE_URL;
  let databaseUrl: string | null = null;
  const admin = async (query: string) => {
    const client = new pg.Client({ connectionString: baseUrl });
    await client.connect();
    await client.query(query);
    await client.end();
  };
  const dbName = `zc_bench_${Date.now().toString(36)}`;
  if (baseUrl) {
    await admin(`create database ${dbName}`);
    const u = new URL(baseUrl);
    u.pathname = `/${dbName}`;
    databaseUrl = u.toString();
  }
  return {
    dataDir,
    databaseUrl,
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      LOG_LEVEL: 'warn',
      ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}),
    },
    /** Stops a server and gives it time to release the data directory. */
    stop: async (child: ChildProcess) => {
      child.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 1500));
    },
    cleanUp: async () => {
      rmSync(dataDir, { recursive: true, force: true });
      if (databaseUrl) await admin(`drop database if exists ${dbName} with (force)`);
    },
  };
}
