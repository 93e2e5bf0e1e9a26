import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { defineConfig, devices } from '@playwright/test';

const repoRoot = path.resolve(import.meta.dirname, '..');
const port = Number(process.env.E2E_PORT ?? 3199);
export const baseURL = `http://127.0.0.1:${port}`;

// A fresh data directory per run; the previous runs' are removed. Workers load this file
// too and inherit the variable, so they neither create nor remove anything.
if (!process.env.ZC_E2E_DATA_DIR) {
  const testData = path.join(repoRoot, '.test-data');
  mkdirSync(testData, { recursive: true });
  for (const old of readdirSync(testData).filter((name) => name.startsWith('e2e-'))) {
    rmSync(path.join(testData, old), { recursive: true, force: true });
  }
  process.env.ZC_E2E_DATA_DIR = path.join(testData, `e2e-${Date.now()}`);
  mkdirSync(process.env.ZC_E2E_DATA_DIR, { recursive: true });
}

export default defineConfig({
  testDir: '.',
  testMatch: '**/*.spec.ts',
  outputDir: path.join(repoRoot, 'test-results'),
  fullyParallel: false,
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
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
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
      DATA_DIR: process.env.ZC_E2E_DATA_DIR,
      LOG_LEVEL: 'warn',
      // the specs sign in a couple of dozen times a minute from one address; the limit itself is tested in server/
      LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    },
  },
});
