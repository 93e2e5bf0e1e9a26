import { type APIRequestContext, expect, type Page, test } from '@playwright/test';
import { expectNoHorizontalOverflow, signInWithApi } from './fixtures.ts';

/*
 * Issue 18: the web app installs on a cadre's phone and 今天 opens with no network. The service
 * worker (web/src/sw/service-worker.ts) keeps the app shell and the few API answers 今天 and 请假 read;
 * signing out deletes those answers; the villagers' page is left alone.
 */
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const DATA_CACHE = 'zhucun-data-v1';

/** The API answers kept for offline reading (path and query), as the page's own CacheStorage has them. */
function cachedAnswers(page: Page): Promise<string[]> {
  return page.evaluate(async (name) => {
    if (!(await caches.has(name))) return [];
    const keys = await (await caches.open(name)).keys();
    return keys.map((request) => new URL(request.url).pathname + new URL(request.url).search);
  }, DATA_CACHE);
}

/** Every path the caches of this browser hold, whatever the cache. */
function everythingCached(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const paths: string[] = [];
    for (const name of await caches.keys())
      for (const request of await (await caches.open(name)).keys()) paths.push(new URL(request.url).pathname);
    return paths;
  });
}

/** Width and height of a PNG, from its IHDR chunk. */
async function pngSize(request: APIRequestContext, src: string): Promise<string> {
  const response = await request.get(src);
  expect(response.status(), src).toBe(200);
  expect(response.headers()['content-type'], src).toBe('image/png');
  const body = await response.body();
  return `${body.readUInt32BE(16)}x${body.readUInt32BE(20)}`;
}

test('a cadre’s 今天 and 请假 open with no network; signing out leaves none of their data', async ({
  page,
  context,
}) => {
  test.slow(); // online, offline, signed out: three rounds of the same phone
  await signInWithApi(page, 'shuji', undefined, '/today');
  await expect(page.getByRole('button', { name: '保存', exact: true })).toBeVisible();
  const view = (await (await page.request.get('/api/duty/today')).json()) as {
    person: { name: string; villageName: string };
  };
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);

  // installable: the manifest is linked, opens 今天, and its icons are real PNGs of their sizes
  const href = await page.locator('link[rel="manifest"]').getAttribute('href');
  expect(href).toBe('/manifest.webmanifest');
  const manifestAnswer = await page.request.get(href ?? '');
  expect(manifestAnswer.headers()['content-type']).toContain('application/manifest+json');
  const manifest = (await manifestAnswer.json()) as {
    icons: { src: string; sizes: string; purpose?: string }[];
  };
  expect(manifest).toMatchObject({
    name: '驻村干部管理平台',
    short_name: '驻村',
    start_url: '/today',
    scope: '/',
    display: 'standalone',
    lang: 'zh-CN',
    theme_color: '#b71c1c',
  });
  expect(manifest.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
  expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true);
  for (const icon of manifest.icons) expect(await pngSize(page.request, icon.src)).toBe(icon.sizes);
  const touchIcon = await page.locator('link[rel="apple-touch-icon"]').getAttribute('href');
  expect(await pngSize(page.request, touchIcon ?? '')).toBe('180x180');

  // what 今天 showed is kept (the worker took over and the page read it again through it); 请假 opened once
  await expect
    .poll(() => cachedAnswers(page))
    .toEqual(expect.arrayContaining(['/api/auth/me', '/api/duty/today', '/api/notifications']));
  await page.goto('/leave');
  await expect(page.getByRole('button', { name: '提交申请' })).toBeVisible();
  await expect.poll(() => cachedAnswers(page)).toContain('/api/absences/mine');
  // only the allow-list: no staff list, no download, no write
  for (const answer of await cachedAnswers(page))
    expect(answer).toMatch(/^\/api\/(auth|duty|todos|notif|tasks|project-plans|visits|absences)/);

  // no network: 今天 opens from the phone, with the day's form and the village
  await page.goto('/today');
  await expect(page.getByRole('button', { name: '保存', exact: true })).toBeVisible();
  const failedOnTheWire: string[] = [];
  context.on('requestfailed', (request) => failedOnTheWire.push(new URL(request.url()).pathname));
  await context.setOffline(true);
  await page.reload();
  await expect(page.getByRole('button', { name: '保存', exact: true })).toBeVisible();
  await expect(page.getByText(`${view.person.villageName} · ${view.person.name}`)).toBeVisible();
  expect(await page.evaluate(() => navigator.onLine)).toBe(false);
  await expectNoHorizontalOverflow(page);
  const shot = test.info().outputPath('offline-today-360.png');
  await page.screenshot({ path: shot, fullPage: true });
  await test.info().attach('offline 今天 at 360 px', { path: shot, contentType: 'image/png' });
  // the worker did try the network first, and fell back to what it kept
  expect(failedOnTheWire).toContain('/api/duty/today');

  await page.goto('/leave');
  await expect(page.getByRole('button', { name: '提交申请' })).toBeVisible();
  await expectNoHorizontalOverflow(page);

  // back online, signing out deletes the kept answers; offline, 今天 then shows nobody's data
  await context.setOffline(false);
  await page.goto('/today');
  await expect(page.getByRole('button', { name: '保存', exact: true })).toBeVisible();
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login/);
  expect(await cachedAnswers(page)).toEqual([]);
  // the app shell stays: the phone still opens the app (to sign in again) with no network
  expect(await page.evaluate(() => caches.keys())).toEqual(
    expect.arrayContaining([expect.stringMatching(/^zhucun-shell-[0-9a-f]{8}$/)]),
  );
  await context.setOffline(true);
  await page.goto('/today');
  await expect(page.getByRole('button', { name: '重试' })).toBeVisible();
  await expect(page.getByText(view.person.villageName)).toHaveCount(0);
  await expect(page.getByText(view.person.name)).toHaveCount(0);
  await expect(page.getByRole('button', { name: '保存', exact: true })).toHaveCount(0);
  await context.setOffline(false);
});

test('the villagers’ page is not the worker’s: nothing of it is answered or kept', async ({
  page,
  browser,
  baseURL,
}) => {
  await signInWithApi(page, 'shuji', undefined, '/today');
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const view = (await (await page.request.get('/api/duty/today')).json()) as {
    person: { villageCode: string };
  };
  const link = await page.request.get(`/api/villages/${view.person.villageCode}/public-link`);
  expect(link.status(), await link.text()).toBe(200);
  const path = new URL(((await link.json()) as { url: string }).url).pathname;

  // on a villager's own phone: no worker, no manifest
  const villager = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    viewport: { width: 360, height: 740 },
  });
  const villagerPage = await villager.newPage();
  await villagerPage.goto(path);
  await expect(villagerPage.getByRole('heading', { level: 1 })).toHaveText(/村|社区/);
  expect(await villagerPage.evaluate(() => navigator.serviceWorker.getRegistrations())).toHaveLength(0);
  await expect(villagerPage.locator('link[rel="manifest"]')).toHaveCount(0);
  await villager.close();

  // on the cadre's phone, where the worker is installed: it answers none of the page's requests (the
  // cadre's page is left first, so none of its own late answers is counted)
  await page.goto('about:blank');
  const answeredByWorker: string[] = [];
  page.on('response', (response) => {
    if (response.fromServiceWorker()) answeredByWorker.push(response.url());
  });
  await page.goto(path);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/村|社区/);
  expect(answeredByWorker).toEqual([]);
  const kept = await everythingCached(page);
  expect(kept.length).toBeGreaterThan(0);
  for (const file of kept) expect(file).not.toMatch(/^\/v\/|^\/track|^\/assets\/public-|^\/api\/public/);
});
