import { type Browser, type BrowserContext, expect, type Page, test } from '@playwright/test';
import {
  addDays,
  DEMO_PASSWORD,
  expectNoHorizontalOverflow,
  registerCadreWithAccount,
  signInFirstTime,
  solidPng,
} from './fixtures.ts';

/*
 * 整改台账 (issue 15, item 4): the county registers a village's problem at 1366 px; a cadre of that
 * village reports it from a 360-px phone; the township returns it with a reason; the cadre reports
 * again; the township approves and the county closes it (销号). Every decision shows in the timeline.
 */

const run = Date.now() % 100_000;
const PROBLEM = `驻村工作队员“走读”，在村时间不足（${run}）`;

/** A 1366-px page signed in as a demo account, on `path`. */
async function staffPage(browser: Browser, baseURL: string | undefined, username: string, path: string) {
  const context = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 900 },
  });
  const page = await context.newPage();
  const login = await page.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(login.status(), await login.text()).toBe(200);
  await page.goto(path);
  return { context, page };
}

/** Picks an option of a searchable select by typing its text. */
async function pick(page: Page, label: string, option: string) {
  await page.getByRole('combobox', { name: label }).fill(option);
  await page.locator('.ant-select-dropdown:visible').getByText(option, { exact: true }).first().click();
}

async function decide(page: Page, id: number, button: string) {
  await page.goto(`/rectification/${id}`);
  await page.getByRole('button', { name: button, exact: true }).click();
}

test('a rectification problem is reported, returned, reported again and closed', async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000); // five accounts in four contexts on a shared machine
  const contexts: BrowserContext[] = [];
  // the county registers it at 1366 px
  const county = await staffPage(browser, baseURL, 'admin', '/rectification');
  contexts.push(county.context);
  // the page's code loads on first use: allow a loaded machine its time
  await expect(county.page.getByRole('heading', { name: '整改台账' })).toBeVisible({ timeout: 30_000 });
  await county.page.getByRole('button', { name: '登记问题' }).click();
  await county.page.getByLabel('问题表述').fill(PROBLEM);
  await pick(county.page, '乡镇', '金城镇');
  await pick(county.page, '村（社区）', '东关村委会');
  const today = new Date().toISOString().slice(0, 10);
  const deadline = county.page.getByLabel('整改时限', { exact: true });
  await deadline.click();
  await deadline.fill(addDays(today, 20));
  await deadline.press('Tab');
  await county.page.getByLabel('措施 1').fill('队员逐日记录在村情况，乡镇每周核对');
  await county.page.getByLabel('名称或姓名').first().fill('金城镇党委');
  await county.page.getByLabel('名称或姓名').nth(1).fill('李明');
  await county.page
    .getByRole('button', { name: '登 记' })
    .or(county.page.getByRole('button', { name: '登记', exact: true }))
    .click();
  await expect(county.page.getByRole('heading', { name: PROBLEM })).toBeVisible();
  await expect(county.page.getByText('整改中').first()).toBeVisible();
  const id = Number(county.page.url().split('/').pop());
  await county.page.screenshot({
    path: test.info().outputPath('rectification-item-1366.png'),
    fullPage: true,
  });

  // a cadre of the village reports it from a phone
  const phoneContext = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  contexts.push(phoneContext);
  const phone = await phoneContext.newPage();
  await signInFirstTime(phone, await registerCadreWithAccount(browser, baseURL, `整改${run % 1000}`));
  await phone.goto('/rectification');
  await phone.getByRole('link', { name: PROBLEM }).click();
  await phone.getByLabel('整改情况').fill('已签订在岗承诺书');
  await phone.getByRole('button', { name: '报送整改完成' }).click();
  await expect(phone.getByText('已报送').first()).toBeVisible();
  await expectNoHorizontalOverflow(phone);

  // the township returns it with a reason
  const township = await staffPage(browser, baseURL, 'jincheng', `/rectification/${id}`);
  contexts.push(township.context);
  await township.page.getByRole('button', { name: '退回', exact: true }).click();
  const dialog = township.page.getByRole('dialog', { name: '退回整改' });
  await dialog.getByLabel('退回理由').fill('缺少近一个月的在村记录');
  await dialog.getByRole('button', { name: /退\s?回/ }).click();
  await expect(township.page.getByText('已退回').first()).toBeVisible();

  // the cadre sees why on the phone, and reports again
  await phone.goto(`/rectification/${id}`);
  await expect(phone.getByText('乡镇退回：缺少近一个月的在村记录')).toBeVisible();
  await phone.getByLabel('整改情况').fill('补充了近一个月的在村记录和乡镇核对表');
  // a photo of the township's check sheet, shown as a thumbnail before it is sent
  await phone.getByTestId('rectification-photo-input').setInputFiles({
    name: 'check-sheet.png',
    mimeType: 'image/png',
    buffer: solidPng(40, 30, [30, 120, 60]),
  });
  await expect(phone.getByRole('button', { name: '移除照片' })).toHaveCount(1);
  await expect(phone.getByRole('img', { name: '整改佐证照片' }).first()).toBeVisible();
  await phone.getByRole('button', { name: '报送整改完成' }).click();
  await expect(phone.getByText('已报送').first()).toBeVisible();
  // the report keeps the photo in the record's timeline
  await expect(
    phone.getByTestId('rectification-event').first().getByRole('img', { name: '整改佐证照片' }),
  ).toBeVisible();
  await expectNoHorizontalOverflow(phone);
  await phone.screenshot({ path: test.info().outputPath('rectification-item-360.png'), fullPage: true });

  // the township approves, the county closes
  await decide(township.page, id, '审核通过');
  await expect(township.page.getByText('乡镇审核通过').first()).toBeVisible();
  await decide(county.page, id, '销号');
  await county.page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s?定|OK/ })
    .click();
  await expect(county.page.getByText('已销号').first()).toBeVisible();
  const events = county.page.getByTestId('rectification-event');
  await expect(events).toHaveCount(6);
  await expect(events.filter({ hasText: '乡镇退回' })).toContainText('缺少近一个月的在村记录');

  // the ledger counts it among the closed, and offers the three lists
  await county.page.goto('/rectification?state=closed');
  await expect(county.page.getByRole('heading', { name: '整改台账' })).toBeVisible({ timeout: 30_000 });
  await expect(county.page.getByRole('row').filter({ hasText: PROBLEM })).toContainText('已销号');
  await expect(county.page.getByRole('link', { name: '导出三张清单' })).toBeVisible();
  await county.page.screenshot({
    path: test.info().outputPath('rectification-list-1366.png'),
    fullPage: true,
  });
  for (const c of contexts) await c.close();
});
