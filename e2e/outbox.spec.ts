import { expect, type Page, test } from '@playwright/test';
import {
  addDays,
  DEMO_PASSWORD,
  expectNoHorizontalOverflow,
  pickIn,
  registerCadreWithAccount,
  signInFirstTime,
  signInWithForm,
  solidPng,
} from './fixtures.ts';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const WORK = '入户走访 4 户，核对低保名单';
const ROAD = '村东头路灯不亮';
const PENSION = '老人养老认证不会操作';

/** A new cadre of 金城镇, signed in on the page: nothing recorded yet, so every count below is exact. */
async function newCadre(page: Page, baseURL: string | undefined, name: string) {
  const account = await registerCadreWithAccount(page.context().browser()!, baseURL, name);
  await signInFirstTime(page, account);
  const view = (await (await page.request.get('/api/duty/today')).json()) as {
    today: string;
    person: { id: number };
  };
  return { today: view.today, personId: view.person.id, username: account.username };
}

/** The day (with a photo), a night visit with two requests, a leave request: each through its form. */
async function recordEverything(page: Page, today: string) {
  await page.getByLabel('工作内容').fill(WORK);
  await page.getByRole('button', { name: '政策宣传员' }).click();
  await page
    .getByTestId('duty-photo-input')
    .setInputFiles({ name: 'visit.png', mimeType: 'image/png', buffer: solidPng(40, 30, [30, 120, 60]) });
  await expect(page.getByRole('img', { name: '日志照片' })).toHaveCount(1);
  await page.getByRole('button', { name: '保存', exact: true }).click();

  const yesterday = addDays(today, -1);
  await page.getByRole('radiogroup', { name: '选择日期' }).getByText('昨天').click();
  const section = page.getByRole('region', { name: '夜访 / 走访' });
  await section.getByRole('button', { name: '记录走访' }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '记录走访' });
  await drawer.getByLabel('走访时间').fill(`${yesterday}T20:30`);
  await drawer.getByRole('button', { name: '新增农户' }).click();
  await drawer.getByLabel('户主姓名').fill('王秀兰');
  await drawer.getByLabel('听到了什么').fill('路灯和养老认证');
  await drawer.getByRole('button', { name: '添加诉求' }).click();
  const first = drawer.getByRole('group', { name: '诉求 1' });
  await pickIn(page, first, '类别', '基础设施');
  await first.getByLabel('诉求内容').fill(ROAD);
  await drawer.getByRole('button', { name: '添加诉求' }).click();
  const second = drawer.getByRole('group', { name: '诉求 2' });
  await pickIn(page, second, '类别', '社会保障');
  await second.getByLabel('诉求内容').fill(PENSION);
  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(drawer).toBeHidden();

  await page.getByRole('button', { name: '打开菜单' }).click();
  await page.getByRole('menuitem', { name: '请假报备' }).click();
  await expect(page).toHaveURL(/\/leave$/);
  await page.getByRole('radiogroup', { name: '类型' }).getByText('请假').click();
  await page.getByLabel('开始日期').fill(addDays(today, 20));
  await page.getByLabel('开始日期').press('Enter');
  await page.getByLabel('结束日期').fill(addDays(today, 21));
  await page.getByLabel('结束日期').press('Enter');
  await page.getByLabel('事由').fill('家中老人住院陪护');
  await page.getByRole('button', { name: '提交申请' }).click();
}

/** What the server holds afterwards: one day with its photo, one visit with two requests, one leave request. */
async function expectExactlyOneOfEach(page: Page, today: string, personId: number) {
  const days = (await (await page.request.get(`/api/duty/my/days?from=${today}&to=${today}`)).json()) as {
    total: number;
    items: { work: string; photoIds: number[] }[];
  };
  expect(days.total).toBe(1);
  expect(days.items[0]).toMatchObject({ work: WORK });
  expect(days.items[0]?.photoIds).toHaveLength(1);
  const yesterday = addDays(today, -1);
  const visits = (await (
    await page.request.get(`/api/visits?from=${yesterday}&to=${yesterday}&personId=${personId}`)
  ).json()) as { total: number; items: { atNight: boolean; requests: { description: string }[] }[] };
  expect(visits.total).toBe(1);
  expect(visits.items[0]?.atNight).toBe(true);
  expect(visits.items[0]?.requests.map((r) => r.description).sort()).toEqual([PENSION, ROAD].sort());
  const leave = (await (await page.request.get('/api/absences/mine')).json()) as {
    items: { startDate: string; endDate: string }[];
  };
  expect(leave.items.filter((a) => a.startDate === addDays(today, 20))).toHaveLength(1);
}

test('offline on a phone: the day with a photo, a night visit with two requests and a leave request survive a reload and reach the server once', async ({
  page,
  context,
  baseURL,
}) => {
  const { today, personId } = await newCadre(page, baseURL, '离线甲');
  await page.goto('/today');
  await expect(page.getByLabel('工作内容')).toBeVisible();
  // the app is kept on the phone by its service worker before the signal goes
  await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);

  await context.setOffline(true);
  await recordEverything(page, today);
  const banner = page.getByRole('region', { name: /项保存在手机上，尚未发送/ });
  await expect(banner).toContainText('有 4 项保存在手机上，尚未发送');
  await expect(banner).toContainText('当前没有网络');
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: test.info().outputPath('outbox-offline-360.png'), fullPage: true });

  // still without signal: the app opens from the phone, and nothing is lost
  await page.reload();
  await expect(page.getByRole('heading', { name: '请假报备' })).toBeVisible();
  await expect(banner).toContainText('有 4 项保存在手机上，尚未发送');
  await banner.getByRole('button', { name: '查看' }).click();
  for (const kind of ['照片', '当天在村情况与工作日志', '走访和诉求', '请假申请'])
    await expect(banner.getByRole('listitem').filter({ hasText: new RegExp(`^${kind} · `) })).toContainText(
      '等待发送',
    );
  await page.screenshot({ path: test.info().outputPath('outbox-list-360.png'), fullPage: true });

  // the signal returns: everything goes, once
  await context.setOffline(false);
  await expect(banner).toBeHidden({ timeout: 20_000 });
  await expectExactlyOneOfEach(page, today, personId);
  await page.goto('/today');
  await expect(page.getByText(/^已记录 \d\d:\d\d$/)).toBeVisible();
  await expect(page.getByLabel('工作内容')).toHaveValue(WORK);
});

test('the connection is cut after the server stored each write but before its answer: resent, each is stored once', async ({
  page,
  baseURL,
}) => {
  const { today, personId } = await newCadre(page, baseURL, '断线乙');
  // every write reaches the server, which stores it; its answer never comes back (once per address)
  const cut = new Set<string>();
  await page.route('**/api/**', async (route) => {
    const request = route.request();
    const key = `${request.method()} ${new URL(request.url()).pathname}`;
    if (request.method() === 'GET' || key.startsWith('POST /api/auth') || cut.has(key))
      return route.fallback();
    cut.add(key);
    const stored = await route.fetch();
    expect(stored.status(), await stored.text()).toBe(200);
    await route.abort('connectionreset');
  });
  const replayed: string[] = [];
  page.on('response', (r) => {
    if (r.headers()['idempotent-replayed'] === 'true') replayed.push(new URL(r.url()).pathname);
  });
  await page.goto('/today');
  await recordEverything(page, today);
  const banner = page.getByRole('region', { name: /项保存在手机上，尚未发送/ });
  await expect(banner).toBeVisible();

  // the cadre sends again from the banner until nothing waits: the server answers from what it stored
  await expect(async () => {
    if (await banner.isVisible()) await banner.getByRole('button', { name: '立即发送' }).click();
    await expect(banner).toBeHidden({ timeout: 2_000 });
  }).toPass({ timeout: 30_000 });
  expect(replayed.sort()).toEqual(
    ['/api/absences', `/api/duty/my/days/${today}`, '/api/duty/photos', '/api/visits'].sort(),
  );
  await expectExactlyOneOfEach(page, today, personId);
});

test('a day the township corrected while the phone was offline is shown with both versions, and the cadre chooses', async ({
  page,
  context,
  baseURL,
  playwright,
}) => {
  const { today, personId } = await newCadre(page, baseURL, '冲突丙');
  await page.goto('/today');
  await page.getByLabel('工作内容').fill('上午入户走访');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText(/^已记录 \d\d:\d\d$/)).toBeVisible();

  await context.setOffline(true);
  await page.getByLabel('工作内容').fill('上午入户走访，下午召开村民代表会');
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('离线，已保存草稿，联网后自动提交')).toBeVisible();

  // meanwhile the township corrects the day: the cadre was at a county meeting
  const township = await playwright.request.newContext({ baseURL });
  const login = await township.post('/api/auth/login', {
    data: { username: 'jincheng', password: DEMO_PASSWORD },
  });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const corrected = await township.put(`/api/duty/people/${personId}/days/${today}/attendance`, {
    headers: { 'x-csrf-token': csrfToken },
    data: { day: 'official_duty', night: 'village', reason: '经核实当天参加县里会议' },
  });
  expect(corrected.status(), await corrected.text()).toBe(200);
  await township.dispose();

  await context.setOffline(false);
  const banner = page.getByRole('region', { name: /项保存在手机上，尚未发送/ });
  await expect(banner).toContainText('其中 1 项需要您处理');
  const item = banner.getByRole('listitem').filter({ hasText: '当天在村情况与工作日志' });
  await expect(item).toContainText('与服务器上的版本不同');
  await item.getByRole('button', { name: '核对两个版本' }).click();
  const dialog = page.getByRole('dialog', { name: `${today} 的记录：两个版本` });
  const mine = dialog.getByRole('region', { name: '手机上的版本（未发送）' });
  const theirs = dialog.getByRole('region', { name: /^服务器上的版本/ });
  await expect(mine).toContainText('上午入户走访，下午召开村民代表会');
  await expect(mine).toContainText('在村');
  await expect(theirs).toContainText('公务外出');
  await expect(theirs).toContainText('上午入户走访');
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: test.info().outputPath('outbox-conflict-360.png') });

  await dialog.getByRole('button', { name: '用手机上的版本' }).click();
  await expect(banner).toBeHidden();
  const days = (await (await page.request.get(`/api/duty/my/days?from=${today}&to=${today}`)).json()) as {
    items: { work: string; version: number }[];
  };
  expect(days.items[0]).toMatchObject({ work: '上午入户走访，下午召开村民代表会', version: 3 });
});

/** Saves the day while every save of it fails on the way (a weak signal): it waits in the outbox. */
async function queueTheDay(page: Page, work: string) {
  await page.route('**/api/duty/my/days/*', (route) =>
    route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.fallback(),
  );
  await page.goto('/today');
  await page.getByLabel('工作内容').fill(work);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByRole('region', { name: /项保存在手机上，尚未发送/ })).toContainText('有 1 项');
}

/** How many items the phone's outbox holds (IndexedDB). */
const outboxSize = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<number>((resolve, reject) => {
        const open = indexedDB.open('zhucun-outbox', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('items', { keyPath: 'id' });
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const count = open.result.transaction('items').objectStore('items').count();
          count.onsuccess = () => {
            open.result.close();
            resolve(count.result);
          };
        };
      }),
  );

/** Marks every item of the phone's outbox as being sent (IndexedDB), as a page closed mid-send leaves it. */
const markAllSending = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('zhucun-outbox', 1);
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('items', 'readwrite');
          const store = tx.objectStore('items');
          const all = store.getAll();
          all.onsuccess = () => {
            for (const item of all.result as { state: string }[]) store.put({ ...item, state: 'sending' });
          };
          tx.oncomplete = () => {
            open.result.close();
            resolve();
          };
          tx.onerror = () => reject(tx.error);
        };
      }),
  );

test('signing out names what is unsent before deleting it; another account’s sign-in is warned and deletes it', async ({
  page,
  baseURL,
}) => {
  await newCadre(page, baseURL, '退出丁');
  await queueTheDay(page, '晚上走访两户');
  await page.getByRole('button', { name: '退出登录' }).click();
  const warning = page.getByRole('dialog').filter({ hasText: '还有未发送的内容' });
  await expect(warning).toContainText('手机上还有 1 项内容没有发送');
  await warning.getByRole('button', { name: '先不退出' }).click();
  await expect(page).toHaveURL(/\/today$/);
  expect(await outboxSize(page)).toBe(1);
  await page.getByRole('button', { name: '退出登录' }).click();
  await warning.getByRole('button', { name: '仍然退出' }).click();
  // the light page leaves for the sign-in page by a page load: read the phone once it is there
  await expect(page.getByLabel('用户名')).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
  expect(await outboxSize(page)).toBe(0);
  expect(
    await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith('zc.draft.'))),
  ).toEqual([]);

  // another cadre's unsent day, left when their session ended: named on the sign-in page, then deleted
  await page.unrouteAll();
  const { username } = await newCadre(page, baseURL, '换号戊');
  await queueTheDay(page, '上午入户');
  await page.context().clearCookies();
  await page.goto('/login');
  await expect(page.getByText(`这部手机上还有账号 ${username} 未发送的 1 项内容`)).toBeVisible();
  // as a page closed mid-send leaves it: stored as being sent, though nothing sends it now
  await markAllSending(page);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: test.info().outputPath('outbox-other-account-360.png') });
  await signInWithForm(page, 'shuji', DEMO_PASSWORD);
  await expect(page).toHaveURL(/\/today$/);
  await expect.poll(() => outboxSize(page)).toBe(0);
  await expect(page.getByRole('region', { name: /项保存在手机上，尚未发送/ })).toHaveCount(0);
});
