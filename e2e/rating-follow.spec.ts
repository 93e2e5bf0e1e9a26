import { expect, test } from '@playwright/test';
import { expectNoHorizontalOverflow, signInWithApi } from './fixtures.ts';

/*
 * 结果运用 (issue 16, item 8) on the demo county, whose last year's rating is confirmed: at 1366 px the county
 * reads the priority lists by personnel status with those left off named, downloads them in Word, finds the
 * one admonishment with its rectification in the ledger, and filters the registry by stars (kept in the
 * URL); at 360 px the commended cadre reads their stars on 我的档案.
 */
const DESKTOP = { viewport: { width: 1366, height: 900 } };
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

test('the county reads the priority lists, the admonishment and the registry by stars', async ({
  browser,
}) => {
  test.setTimeout(120_000);
  const page = await browser.newPage(DESKTOP);
  await signInWithApi(page, 'admin', undefined, '/rating/priority');
  await expect(page.getByRole('heading', { name: '结果运用优先名单', level: 3 })).toBeVisible({
    timeout: 30_000,
  });
  const lastYear = new Date().getFullYear() - 1;
  await expect(page.getByRole('combobox', { name: '评定年度' })).toBeVisible();
  await expect(page.getByText(`${lastYear} 年度星级评定两星及以上的驻村干部`)).toBeVisible();
  const civil = page.getByTestId('priority-post_selection');
  await expect(civil).toContainText('职务选任');
  await expect(civil.locator('tbody tr').first()).toBeVisible();
  await expect(page.getByTestId('priority-excluded')).toContainText('未列入名单人员及原因');
  await page.screenshot({ path: test.info().outputPath('priority-1366.png'), fullPage: true });
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: '导出优先名单（Word）' }).click();
  expect((await download).suggestedFilename()).toBe(`星级评定结果运用优先名单（${lastYear}年度）.docx`);

  // the admonishment, its rectification opened in the ledger
  await page.goto('/rating/admonishments');
  await expect(page.getByRole('heading', { name: '诫勉', level: 3 })).toBeVisible();
  const row = page.locator('.ant-table-tbody tr').filter({ hasText: '星级评定均无星' });
  await expect(row).toHaveCount(1);
  await row.getByRole('link').last().click();
  await expect(page).toHaveURL(/\/rectification\/\d+$/);
  await expect(page.getByText('诫勉整改').first()).toBeVisible();

  // the registry by stars: 2 星及以上 over the tenure, kept in the URL across a reload
  await page.goto('/cadres');
  await page.getByRole('combobox', { name: '星级', exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('2 星及以上').click();
  await expect(page).toHaveURL(/starsMin=2/);
  await expect(page.locator('.ant-table-tbody tr.ant-table-row').first()).toBeVisible();
  await page.reload();
  const starsSelect = page
    .locator('.ant-select')
    .filter({ has: page.getByRole('combobox', { name: '星级', exact: true }) });
  await expect(starsSelect).toContainText('2 星及以上');
  await page.locator('.ant-table-tbody tr.ant-table-row').first().click();
  await expect(page.getByTestId('star-history')).toContainText('星级记录');
});

test('the commended cadre reads their stars on a phone', async ({ browser }) => {
  const page = await browser.newPage(PHONE);
  await signInWithApi(page, 'shuji', undefined, '/me');
  const card = page.getByTestId('star-history');
  await expect(card).toContainText('星级记录', { timeout: 30_000 });
  await expect(card).toContainText('全省“四化”管理优秀驻村干部');
  await expect(card).toContainText(/本任期（.+起）\d+ 个年度累计 \d+ 星/);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: test.info().outputPath('my-stars-360.png'), fullPage: true });
});
