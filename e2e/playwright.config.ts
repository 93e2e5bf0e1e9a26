import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './chromium-args.ts';
import { freePort } from './free-port.ts';

const repoRoot = path.resolve(import.meta.dirname, '..');

/** Whether a process is alive (signal 0 only checks). */
function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/**
 * Whether an earlier run's directory is still used by a run going on beside this one: the
 * Playwright process named in the directory (`e2e-<time>-<pid>`) is alive, still building or
 * testing, or the PostgreSQL its server started still runs.
 */
function inUse(runDir: string): boolean {
  const owner = Number(path.basename(runDir).split('-')[2]);
  if (owner > 0 && alive(owner)) return true;
  const pidFile = path.join(runDir, 'data', 'postgres', 'postmaster.pid');
  return existsSync(pidFile) && alive(Number(readFileSync(pidFile, 'utf8').split('\n')[0]));
}

// A fresh run directory (the built app and the server's data directory) and a free port per run; the
// previous runs' directories are removed unless a run beside this one still uses its own. Workers
// load this file too and inherit the variables, so they neither build, create nor remove anything.
if (!process.env.ZC_E2E_RUN_DIR) {
  // in the temp directory: as root, the embedded PostgreSQL's OS user must be able to enter it
  const testData = path.join(os.tmpdir(), 'zhucun-e2e');
  mkdirSync(testData, { recursive: true });
  for (const old of readdirSync(testData).filter((name) => name.startsWith('e2e-'))) {
    const dir = path.join(testData, old);
    if (inUse(dir)) continue;
    rmSync(dir, { recursive: true, force: true });
    rmSync(path.join(repoRoot, 'test-results', old), { recursive: true, force: true });
  }
  const runDir = path.join(testData, `e2e-${Date.now()}-${process.pid}`);
  mkdirSync(runDir, { recursive: true });
  // the app is built into the run's own directory: a second `npm test` rebuilding web/dist
  // beside this one cannot take files away from under this run's servers
  execFileSync('npx', ['vite', 'build', '--logLevel', 'warn', '--outDir', path.join(runDir, 'dist')], {
    cwd: path.join(repoRoot, 'web'),
    stdio: 'inherit',
  });
  process.env.ZC_E2E_RUN_DIR = runDir;
  process.env.E2E_PORT = String(await freePort());
}
const runDir = process.env.ZC_E2E_RUN_DIR;
const port = Number(process.env.E2E_PORT);
const baseURL = `http://127.0.0.1:${port}`;

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  // each run its own folder: a run beside this one does not clear this one's screenshots and traces
  outputDir: path.join(repoRoot, 'test-results', path.basename(runDir)),
  fullyParallel: false,
  // one worker: on two cores Chromium rendering the app is what the run waits on, and a second
  // worker only made each test slower (measured: 7.7 min with two, 6.9 with one)
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 30_000,
  expect: { timeout: 10_000 },
  // CI sets PLAYWRIGHT_JSON_OUTPUT_NAME to collect counts for its closing summary line
  reporter: process.env.PLAYWRIGHT_JSON_OUTPUT_NAME ? [['list'], ['json']] : [['list']],
  use: {
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1280, height: 800 },
    // the app turns antd's animations off for this, so a click never lands on a popup still moving in
    reducedMotion: 'reduce',
    trace: 'retain-on-failure',
    screenshot: 'only-on-failure',
    launchOptions: {
      executablePath: '/usr/bin/chromium',
      args: CHROMIUM_ARGS,
    },
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], viewport: { width: 1280, height: 800 } } },
  ],
  webServer: {
    command: 'node --import tsx server/src/main.ts --demo',
    cwd: repoRoot,
    url: `${baseURL}/api/health`,
    timeout: 120_000,
    reuseExistingServer: false,
    // SIGTERM, not the default SIGKILL: the server then stops the embedded PostgreSQL it started
    gracefulShutdown: { signal: 'SIGTERM', timeout: 15_000 },
    stdout: 'ignore',
    stderr: 'pipe',
    env: {
      PORT: String(port),
      HOST: '127.0.0.1',
      DATA_DIR: path.join(runDir, 'data'),
      WEB_DIST: path.join(runDir, 'dist'),
      LOG_LEVEL: 'warn',
      // the specs sign in a couple of dozen times a minute from one address; the limit itself is tested in server/
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    },
  },
});
