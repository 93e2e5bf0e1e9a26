import { expect, test } from '@playwright/test';
import { signInWithApi } from './fixtures.ts';

/*
 * Pages that used to open empty (issue 13, item 11), at a township or county desk (1366 px): the
 * ledger of deeds opens on this year, 走访记录 measures only stationed cadres against the night-visit
 * target, and a township administrator filters by village without picking their only township first.
 */
test.use({ viewport: { width: 1366, height: 860 } });

test('办实事台账 opens on this year so far, with the year’s resolved requests', async ({ page }) => {
  await signInWithApi(page, 'admin', undefined, '/requests/ledger');
  const range = page.locator('.ant-picker-range input');
  const to = await range.nth(1).inputValue();
  const from = `${to.slice(0, 4)}-01-01`;
  await expect(range.first()).toHaveValue(from);
  const year = (await (await page.request.get(`/api/requests/ledger?from=${from}&to=${to}`)).json()) as {
    total: number;
  };
  await expect(page.getByTestId('ledger-total')).toContainText(`共办结 ${year.total} 件`);
  // the demo county's requests were resolved over the recent weeks: by mid-February all in this year
  if (to.slice(5) >= '02-15') expect(year.total).toBeGreaterThan(0);
  await page.screenshot({ path: test.info().outputPath('ledger-year-1366.png') });
});

test('走访记录 measures stationed cadres against the target and shows the committee’s visits without one', async ({
  page,
}) => {
  await signInWithApi(page, 'jincheng', undefined, '/visits');
  const summary = page.locator('.ant-card').filter({ hasText: '每月夜访' });
  const rows = summary.locator('tbody tr');
  await expect(rows.first()).toBeVisible();
  const committee = rows.filter({ hasText: '不设目标' });
  const stationed = rows.filter({ hasText: / \/ \d+/ });
  expect(await committee.count()).toBeGreaterThan(0);
  expect(await stationed.count()).toBeGreaterThan(0);
  await expect(committee.first()).not.toContainText('/');
  await page.screenshot({ path: test.info().outputPath('visits-committee-1366.png') });
});

test('a township administrator filters the registry by village at once; stationed cadres come first', async ({
  page,
}) => {
  await signInWithApi(page, 'jincheng', undefined, '/cadres');
  const first = page.getByRole('row').nth(1);
  await expect(first).toBeVisible();
  await expect(first).not.toContainText('村“两委”干部');

  const township = page
    .getByLabel('乡镇', { exact: true })
    .locator('xpath=ancestor::div[contains(@class,"ant-select")][1]');
  await expect(township).toContainText('金城镇');
  // the village of the first cadre on the list, picked without choosing the township first
  const name =
    (await first
      .locator('td')
      .filter({ hasText: /村委会|居委会/ })
      .first()
      .textContent()) ?? '';
  const village = page.getByLabel('村（社区）', { exact: true });
  await expect(village).toBeEnabled();
  await village.click();
  await village.fill(name.replace(/(村委会|居委会).*$/, ''));
  await page.locator('.ant-select-dropdown:visible .ant-select-item-option').first().click();
  await expect(page).toHaveURL(/village=\d{12}/);
  await expect(page.getByRole('row').nth(1)).toContainText(name.replace(/(村委会|居委会).*$/, ''));
  await page.screenshot({ path: test.info().outputPath('registry-township-village-1366.png') });
});
