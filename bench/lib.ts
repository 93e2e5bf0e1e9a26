import { type ChildProcess, spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';

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
  const r = await autocannon({ connections: 50, duration: 10, ...opts });
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
