import { expect, test } from '@playwright/test';
import { DEFAULT_COUNTY_RULES } from '../core/src/county-rules.ts';
import { publicHolidaysOf } from '../core/src/holidays-cn.ts';
import { localDate } from '../core/src/time.ts';
import { csrfHeaders, signInWithApi } from './fixtures.ts';

/** The county's current year, as the server counts it (Asia/Shanghai). */
const year = Number(localDate(new Date()).slice(0, 4));

test('the county sets its rules; a dispatching unit may then correct its own cadres', async ({
  page,
  context,
}) => {
  await signInWithApi(page, 'admin', undefined, '/rules');
  await expect(page.getByRole('heading', { name: `规则设置 · ${year} 年` })).toBeVisible();
  await expect(page.getByLabel('每周在村天数')).toHaveValue('5');
  await expect(page.getByLabel('每周在村夜数')).toHaveValue('4');
  await expect(page.getByLabel('每月夜访次数目标')).toHaveValue('4');

  const day = `${year}-12-24`;
  await page.getByLabel('添加节假日').click();
  await page.getByLabel('添加节假日').fill(day);
  await page.getByLabel('添加节假日').press('Enter');
  await page.getByText('允许派出单位管理员修改本单位干部的基本信息和照片').click();
  await page.getByLabel('看病就医 紧急（工作日）').fill('2');
  await page.getByRole('button', { name: `保存 ${year} 年规则` }).click();
  await expect(page.getByText('规则已保存').first()).toBeVisible();
  await page.reload();
  await expect(page.getByText(day)).toBeVisible();
  await expect(page.getByLabel('看病就医 紧急（工作日）')).toHaveValue('2');
  await page.screenshot({ path: test.info().outputPath('rules.png'), fullPage: true });

  // the unit's administrator now sees 编辑 on a cadre the unit sent (and nothing to register or post)
  await page.request.post('/api/auth/logout', { headers: await csrfHeaders(context) });
  await signInWithApi(page, 'danwei', undefined, '/cadres');
  await page.locator('a[href^="/cadres/"]').first().click();
  await expect(page.getByRole('button', { name: /编\s?辑/ })).toBeVisible();
  await expect(page.getByRole('button', { name: '新增任职' })).toHaveCount(0);

  // put the rules back for the other specs
  await page.request.post('/api/auth/logout', { headers: await csrfHeaders(context) });
  await signInWithApi(page, 'admin');
  const reset = await page.request.patch('/api/rules', {
    headers: await csrfHeaders(context),
    data: {
      unitAdminMayEdit: false,
      holidays: publicHolidaysOf(year).holidays,
      requestDeadlines: DEFAULT_COUNTY_RULES.requestDeadlines,
    },
  });
  expect(reset.status()).toBe(200);
});

test('the rules page says which year it shows: this year editable with its holidays, last year read-only', async ({
  page,
}) => {
  await signInWithApi(page, 'admin', undefined, '/rules');
  const yearSelect = page.getByLabel('规则年度');
  await expect(page.locator('.ant-select').filter({ has: yearSelect })).toContainText(`${year} 年（本年）`);
  await expect(page.getByText(`正在修改 ${year} 年的规则`)).toBeVisible();
  // the State Council's holidays and adjusted working days of the year are there by default
  const calendar = page.locator('.ant-card').filter({ hasText: `${year} 年法定节假日与调休` });
  const published = publicHolidaysOf(year);
  if (published.holidays.length) {
    await expect(calendar.getByText('默认采用国务院办公厅公布的')).toBeVisible();
    await expect(calendar.getByText(published.holidays[0]!, { exact: true })).toBeVisible();
    await expect(calendar.getByText(published.workdays.at(-1)!, { exact: true })).toBeVisible();
  }

  // last year: its own rules and holidays, read-only
  await yearSelect.click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: `${year - 1} 年（已结束，只读）` })
    .click();
  await expect(page).toHaveURL(new RegExp(`year=${year - 1}`));
  await expect(page.getByRole('heading', { name: `规则设置 · ${year - 1} 年` })).toBeVisible();
  await expect(page.getByText(`${year - 1} 年已结束，规则只读`)).toBeVisible();
  await expect(page.getByLabel('每周在村天数')).toBeDisabled();
  await expect(page.getByRole('button', { name: /保存/ })).toHaveCount(0);
  await expect(page.getByLabel('添加节假日')).toHaveCount(0);
  const last = publicHolidaysOf(year - 1).holidays;
  if (last.length) await expect(page.getByText(last.at(-1)!, { exact: true })).toBeVisible();
  await page.setViewportSize({ width: 1366, height: 900 });
  await page.screenshot({ path: test.info().outputPath('rules-closed-year.png'), fullPage: true });
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(page.getByRole('heading', { name: `规则设置 · ${year - 1} 年` })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('rules-closed-year-360.png'), fullPage: true });

  // next year: editable, its holidays as the State Council published them (or a note that they are not in yet)
  await page.goto(`/rules?year=${year + 1}`);
  await expect(page.getByRole('heading', { name: `规则设置 · ${year + 1} 年` })).toBeVisible();
  await expect(page.getByRole('button', { name: `保存 ${year + 1} 年规则` })).toBeVisible();
  if (!publicHolidaysOf(year + 1).holidays.length)
    await expect(page.getByText(`系统中没有国务院办公厅 ${year + 1} 年的放假安排`)).toBeVisible();
});
