import { type BrowserContext, expect, test } from '@playwright/test';
import {
  addDays,
  DEMO_PASSWORD,
  expectNoHorizontalOverflow,
  registerCadreWithAccount,
  signInFirstTime,
  signInWithApi,
} from './fixtures.ts';

const NOTE = '周六电话抽查，本人在县城家中';
const REASON = '休息日（周末或节假日），不计缺岗';
const shot = (name: string) => `/tmp/z/spot-check-rest-${name}.png`;

/** The latest Saturday before `today` that the county rests (not moved to work by 调休), read as the county administrator. */
async function restingSaturday(context: BrowserContext, today: string): Promise<string> {
  const login = await context.request.post('/api/auth/login', {
    data: { username: 'admin', password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  const workdays = new Set<string>();
  for (const year of [Number(today.slice(0, 4)) - 1, Number(today.slice(0, 4))]) {
    const rules = await context.request.get(`/api/rules?year=${year}`);
    for (const d of ((await rules.json()) as { workdays: string[] }).workdays) workdays.add(d);
  }
  let day = addDays(today, -1);
  while (new Date(`${day}T00:00:00Z`).getUTCDay() !== 6 || workdays.has(day)) day = addDays(day, -1);
  return day;
}

test('a spot check that finds a cadre away on a rest day is 休息, never an absence: the checker, the township and the cadre see why', async ({
  browser,
  baseURL,
}) => {
  test.slow(); // the cadre's phone, the county's calendar and the township's desk
  const name = '休息抽查测试';
  const account = await registerCadreWithAccount(browser, baseURL, name);
  const options = { baseURL, locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' as const };

  // the cadre, on a phone
  const phone = await browser.newContext({
    ...options,
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const cadre = await phone.newPage();
  await signInFirstTime(cadre, account);
  const today = ((await (await cadre.request.get('/api/duty/today')).json()) as { today: string }).today;
  const county = await browser.newContext(options);
  const saturday = await restingSaturday(county, today);
  await county.close();

  // the township records a phone check that Saturday morning: nobody there
  const desk = await browser.newContext({ ...options, viewport: { width: 1366, height: 800 } });
  const page = await desk.newPage();
  await signInWithApi(page, 'jincheng', undefined, '/duty/spot-checks');
  await page.getByLabel('抽查对象').fill(name);
  await page
    .locator('.ant-select-dropdown:visible')
    .getByTitle(new RegExp(`^${name}`))
    .first()
    .click();
  const time = page.getByLabel('抽查时间');
  await time.click();
  await time.fill(`${saturday} 10:00`);
  await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();
  await expect(time).toHaveValue(`${saturday} 10:00`);
  const form = page.locator('form#spot-check');
  await form.getByText('电话', { exact: true }).click();
  await form.getByText('缺岗', { exact: true }).click();
  await page.getByLabel('备注').fill(NOTE);
  await page.getByRole('button', { name: '保存抽查记录' }).click();
  await expect(page.getByText('抽查已登记：当天是休息日，不计缺岗')).toBeVisible();

  // the township's list, narrowed to that Saturday (it holds every check, newest first, in pages)
  const range = page.locator('.ant-picker-range input');
  await range.first().click();
  await range.first().fill(saturday);
  await range.first().press('Enter');
  await range.nth(1).fill(saturday);
  await range.nth(1).press('Enter');
  await expect(range.nth(1)).toHaveValue(saturday);
  // 休息 with its reason, no mismatch, no absence counted
  const row = page.getByRole('row').filter({ hasText: NOTE });
  await expect(row).toContainText(name);
  await expect(row).toContainText('休息');
  await expect(row).toContainText(REASON);
  await expect(row).not.toContainText('不一致');
  await expect(row).not.toContainText('本年缺岗');
  await page.screenshot({ path: shot('township'), fullPage: true });

  // the cadre's own page says the same
  await cadre.goto('/today');
  const mine = cadre.getByRole('listitem').filter({ hasText: `${saturday} 10:00` });
  await expect(mine).toContainText('休息');
  await expect(mine).toContainText(REASON);
  await expect(mine).not.toContainText('不一致');
  await mine.scrollIntoViewIfNeeded();
  await expectNoHorizontalOverflow(cadre);
  await cadre.screenshot({ path: shot('cadre') });
  await desk.close();
  await phone.close();
});
