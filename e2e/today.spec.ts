import { expect, type Page, test } from '@playwright/test';
import {
  addDays,
  csrfHeaders,
  DEMO_PASSWORD,
  DEMO_TOWNSHIP_ADMINS,
  signInWithApi,
  solidPng,
} from './fixtures.ts';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const OFFLINE_NOTICE = '离线，已保存草稿，联网后自动提交';

async function todayOf(page: Page): Promise<{ today: string; userId: number; villageCode: string }> {
  const today = (await (await page.request.get('/api/duty/today')).json()) as {
    today: string;
    person: { villageCode: string };
  };
  const me = (await (await page.request.get('/api/auth/me')).json()) as { user: { id: number } };
  return { today: today.today, userId: me.user.id, villageCode: today.person.villageCode };
}

/** Counts the PUTs of a day that the server answered 200. */
function countSaves(page: Page, date: string): { count: number } {
  const saves = { count: 0 };
  page.on('response', (r) => {
    if (r.request().method() === 'PUT' && r.url().endsWith(`/api/duty/my/days/${date}`) && r.ok())
      saves.count++;
  });
  return saves;
}

test('a cadre records the day in a few taps; an edit made offline survives a reload and is sent once', async ({
  page,
  context,
}) => {
  await signInWithApi(page, 'shuji', undefined, '/today');
  await expect(page).toHaveURL(/\/today$/);
  const { today, userId } = await todayOf(page);
  const saves = countSaves(page, today);

  // a new day starts in the village by day and by night, or at rest (休息) on a day the county
  // rests and on a night beyond the week's four (e2e/rest-day.spec.ts)
  const work = page.getByLabel('工作内容');
  const rest = (
    (await (await page.request.get('/api/duty/today')).json()) as {
      days: { rest: { day: boolean; night: boolean } }[];
    }
  ).days[0]!.rest;
  const dayChoice = page.getByRole('radiogroup', { name: '白天' });
  await expect(dayChoice.getByRole('radio', { name: rest.day ? '休息' : '在村' })).toBeChecked();
  await expect(
    page.getByRole('radiogroup', { name: '夜间' }).getByRole('radio', { name: rest.night ? '休息' : '在村' }),
  ).toBeChecked();
  await expect(page.getByRole('radiogroup', { name: '选择日期' })).toContainText('补记');

  // the check is named at its field when the work is left out
  let taps = 0;
  if (rest.day) {
    await dayChoice.getByText('在村', { exact: true }).click();
    taps++;
  }
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText('在村或公务外出的日子，请写下工作内容')).toBeVisible();

  await work.fill('走访脱贫户 3 户，了解春耕用种');
  taps++;
  await page.getByRole('button', { name: '政策宣传员' }).click();
  taps++;
  await page.getByRole('button', { name: '保存', exact: true }).click();
  taps++;
  expect(taps).toBeLessThanOrEqual(6);
  await expect(page.getByText(/^已记录 \d\d:\d\d$/)).toBeVisible();
  await expect(page.getByRole('button', { name: '政策宣传员' })).toHaveAttribute('aria-pressed', 'true');
  expect(saves.count).toBe(1);

  // offline: the edit is kept on the phone, with a notice
  const edited = '走访脱贫户 3 户，了解春耕用种；调解一起邻里纠纷';
  await context.setOffline(true);
  await work.fill(edited);
  await page.getByRole('button', { name: '保存', exact: true }).click();
  await expect(page.getByText(OFFLINE_NOTICE)).toBeVisible();
  const stored = await page.evaluate((key) => localStorage.getItem(key), `zc.draft.${userId}.${today}`);
  expect(JSON.parse(stored ?? '{}')).toMatchObject({ pending: true, entry: { work: edited } });

  // the connection comes back but the save still fails (a weak signal): reload, the draft is restored
  await page.route(`**/api/duty/my/days/${today}`, (route) =>
    route.request().method() === 'PUT' ? route.abort('internetdisconnected') : route.continue(),
  );
  await context.setOffline(false);
  await page.reload();
  await expect(work).toHaveValue(edited);
  await expect(page.getByText(OFFLINE_NOTICE)).toBeVisible();
  expect(saves.count).toBe(1);

  // the network is good again: the browser says online and the draft is sent once
  await page.unroute(`**/api/duty/my/days/${today}`);
  await context.setOffline(true);
  await context.setOffline(false);
  await expect(page.getByText(/^已记录 \d\d:\d\d$/)).toBeVisible();
  await expect(page.getByText(OFFLINE_NOTICE)).toBeHidden();
  await expect(work).toHaveValue(edited);
  // the save's answer is counted when it arrives, which may be just after the page shows it
  await expect.poll(() => saves.count).toBe(2);
  expect(await page.evaluate((key) => localStorage.getItem(key), `zc.draft.${userId}.${today}`)).toBeNull();

  // a reload sends nothing more, and the server holds one entry for the day, with the edited text
  await page.reload();
  await expect(page.getByText(/^已记录 \d\d:\d\d$/)).toBeVisible();
  expect(saves.count).toBe(2);
  await expect(page.getByRole('button', { name: '消息' })).toBeVisible();
  await page.screenshot({ path: '/tmp/z/today.png', fullPage: true });
  const days = (await (await page.request.get(`/api/duty/my/days?from=${today}&to=${today}`)).json()) as {
    total: number;
    items: { work: string; roles: string[] }[];
  };
  expect(days.total).toBe(1);
  expect(days.items[0]).toMatchObject({ work: edited, roles: ['policy_advocate'] });
});

test('a cadre applies for leave, withdraws it, and hears from the bell when a report is approved', async ({
  page,
  request,
}) => {
  await signInWithApi(page, 'shuji', undefined, '/today');
  await page.getByRole('button', { name: '打开菜单' }).click();
  await expect(page.getByRole('menuitem', { name: '今天' })).toBeVisible();
  await page.getByRole('menuitem', { name: '请假报备' }).click();
  await expect(page).toHaveURL(/\/leave$/);
  const { today, villageCode } = await todayOf(page);
  const start = addDays(today, 20);
  const end = addDays(today, 21);

  const apply = async () => {
    await page.getByRole('radiogroup', { name: '类型' }).getByText('请假').click();
    await page.getByLabel('开始日期').fill(start);
    await page.getByLabel('开始日期').press('Enter');
    await page.getByLabel('结束日期').fill(end);
    await page.getByLabel('结束日期').press('Enter');
    await page.getByLabel('事由').fill('家中老人住院陪护');
    await page.getByRole('button', { name: '提交申请' }).click();
  };
  await apply();
  const mine = page.getByRole('list', { name: '我的申请' });
  const item = mine.getByRole('listitem').filter({ hasText: `${start} 至 ${end}` });
  await expect(item).toContainText('待乡镇审批');
  await expect(item).toContainText('共 2 天');
  await expect(item).toContainText('家中老人住院陪护');

  // the same days again: the server's message is shown at the start date
  await apply();
  await expect(page.getByText(/与已有的请假.*时间重叠/)).toBeVisible();

  await item.getByRole('button', { name: '撤回' }).click();
  await page.getByRole('dialog', { name: '撤回这条申请？' }).getByRole('button', { name: '撤回' }).click();
  await expect(item).toContainText('已撤回');
  await expect(item.getByRole('button', { name: '撤回' })).toHaveCount(0);

  // a one-day official-duty report, approved by the township: the bell tells the cadre
  const day = addDays(today, 30);
  const report = await page.request.post('/api/absences', {
    headers: await csrfHeaders(page.context()),
    data: { kind: 'official_duty', startDate: day, endDate: day, reason: '县农业农村局培训' },
  });
  expect(report.status(), await report.text()).toBe(200);
  const { id } = (await report.json()) as { id: number };
  const admin = DEMO_TOWNSHIP_ADMINS[villageCode.slice(0, 9)];
  test.skip(!admin, `no demo township administrator for ${villageCode}`);
  const login = await request.post('/api/auth/login', { data: { username: admin, password: DEMO_PASSWORD } });
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const approve = await request.post(`/api/absences/${id}/approve`, {
    headers: { 'x-csrf-token': csrfToken },
    data: { note: '同意' },
  });
  expect(approve.status(), await approve.text()).toBe(200);

  await page.goto('/today');
  const bell = page.getByRole('button', { name: /^消息（\d+ 条未读）$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  const drawer = page.getByRole('dialog', { name: '消息' });
  // the message names its object: the day and what was decided
  const [year, month, dayOfMonth] = day.split('-').map(Number);
  const yearShown = String(year) === today.slice(0, 4) ? '' : `${year}年`;
  await drawer.getByText(`${yearShown}${month}月${dayOfMonth}日的公务外出报备已批准`).first().click();
  await expect(page).toHaveURL(/\/leave$/);
  await expect(mine.getByRole('listitem').filter({ hasText: `${day} 至 ${day}` })).toContainText('已批准');
  await page.screenshot({ path: test.info().outputPath('leave-360.png'), fullPage: true });
});

test('a cadre may add a photo to a backfilled day (optional evidence)', async ({ page }) => {
  await signInWithApi(page, 'daxuesheng', undefined, '/today');
  await expect(page).toHaveURL(/\/today$/);
  const { today } = await todayOf(page);
  const yesterday = addDays(today, -1);
  await page.getByRole('radiogroup', { name: '选择日期' }).getByText('昨天').click();
  await page.getByLabel('工作内容').fill('召开村民代表会议，公示低保评议结果');
  const png = solidPng(40, 30, [200, 60, 40]);

  await page
    .getByTestId('duty-photo-input')
    .setInputFiles({ name: 'meeting.png', mimeType: 'image/png', buffer: png });
  await expect(page.getByRole('img', { name: '日志照片' })).toBeVisible();
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText(/已记录/).first()).toBeVisible();
  const days = (await (
    await page.request.get(`/api/duty/my/days?from=${yesterday}&to=${yesterday}`)
  ).json()) as {
    items: { photoIds: number[]; backfilled: boolean }[];
  };
  expect(days.items[0]?.photoIds).toHaveLength(1);
  expect(days.items[0]?.backfilled).toBe(true);
});
