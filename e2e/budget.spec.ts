import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { expect, type Page, test } from '@playwright/test';
import { DEMO_PASSWORD } from './fixtures.ts';

/**
 * JavaScript budgets, in bytes of gzip (level 9) of the built files a first load runs (docs/web.md, Size).
 * Villagers' pages: as small as they are. The cadre's 今天 and 请假: 150 KB (issue 18), the light build's.
 */
const BUDGETS = { today: 150 * 1024, leave: 150 * 1024, villagers: 8 * 1024 };

// measured without the service worker: what the page itself must fetch before it can be used
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, serviceWorkers: 'block' });

const dist = path.join(process.env.ZC_E2E_RUN_DIR ?? '', 'dist');

/** The gzip size of each JavaScript file the page fetches, from the built files. */
function recordScripts(page: Page): Map<string, number> {
  const sizes = new Map<string, number>();
  page.on('response', (response) => {
    const file = new URL(response.url()).pathname;
    if (!file.endsWith('.js') || sizes.has(file)) return;
    sizes.set(file, gzipSync(readFileSync(path.join(dist, file)), { level: 9 }).length);
  });
  return sizes;
}

/** The sizes, largest first, and the total: printed, attached, and in a failing check's message. */
function report(name: string, sizes: Map<string, number>, budget: number): string {
  const total = [...sizes.values()].reduce((a, b) => a + b, 0);
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
  const lines = [...sizes]
    .sort((a, b) => b[1] - a[1])
    .map(([file, size]) => `${kb(size).padStart(9)}  ${file}`);
  const text = `${name}: ${kb(total)} gzip in ${sizes.size} files (budget ${kb(budget)})\n${lines.join('\n')}`;
  console.log(text);
  return text;
}

test('the cadre’s first load of 今天 stays within its JavaScript budget', async ({ page }) => {
  const login = await page.request.post('/api/auth/login', {
    data: { username: 'shuji', password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  const sizes = recordScripts(page);
  await page.goto('/today');
  await expect(page.getByRole('button', { name: '保存', exact: true })).toBeEnabled();
  await page.waitForLoadState('networkidle');
  const text = report('今天', sizes, BUDGETS.today);
  await test.info().attach('today-js-sizes.txt', { body: text });
  expect(
    [...sizes.values()].reduce((a, b) => a + b, 0),
    text,
  ).toBeLessThanOrEqual(BUDGETS.today);
});

test('the cadre’s first load of 请假 stays within its JavaScript budget', async ({ page }) => {
  const login = await page.request.post('/api/auth/login', {
    data: { username: 'shuji', password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  const sizes = recordScripts(page);
  await page.goto('/leave');
  await expect(page.getByRole('button', { name: '提交申请' })).toBeEnabled();
  await expect(page.getByRole('list', { name: '我的申请' }).or(page.getByText('还没有申请'))).toBeVisible();
  await page.waitForLoadState('networkidle');
  const text = report('请假', sizes, BUDGETS.leave);
  await test.info().attach('leave-js-sizes.txt', { body: text });
  expect(
    [...sizes.values()].reduce((a, b) => a + b, 0),
    text,
  ).toBeLessThanOrEqual(BUDGETS.leave);
});

test('the villagers’ page stays as small as it is', async ({ page, browser, baseURL }) => {
  const admin = await browser.newContext({ baseURL });
  await admin.request.post('/api/auth/login', { data: { username: 'admin', password: DEMO_PASSWORD } });
  const link = await admin.request.get('/api/villages/140622100200/public-link');
  const { url } = (await link.json()) as { url: string };
  await admin.close();
  const sizes = recordScripts(page);
  await page.goto(new URL(url).pathname);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/村|社区/);
  await page.waitForLoadState('networkidle');
  const text = report('村务公开', sizes, BUDGETS.villagers);
  await test.info().attach('villagers-js-sizes.txt', { body: text });
  expect(sizes.size).toBeGreaterThan(0);
  expect(
    [...sizes.values()].reduce((a, b) => a + b, 0),
    text,
  ).toBeLessThanOrEqual(BUDGETS.villagers);
});
