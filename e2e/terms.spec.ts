import { expect, test } from '@playwright/test';
import { signInWithApi } from './fixtures.ts';

/*
 * Terms (issue 13, item 7): the demo county is dated to the day it was seeded, so a few terms end
 * soon and a few are past their planned end. The registry filters both, and a posting past its end
 * says 任期已满 with the days over, in the list and on the profile, instead of 在任.
 */
test.use({ viewport: { width: 1366, height: 860 } });

test('the registry shows who is past their term (任期已满 · 超期 N 天) and who ends soon', async ({
  page,
}) => {
  await signInWithApi(page, 'admin', undefined, '/cadres');
  await page.getByText('任期已满', { exact: true }).click();
  await expect(page).toHaveURL(/termOverdue=true/);
  const rows = page.locator('tbody tr.ant-table-row');
  await expect(rows).toHaveCount(4);
  for (const row of await rows.all()) await expect(row).toContainText(/任期已满 · 超期 \d+ 天/);
  await page.screenshot({ path: test.info().outputPath('registry-overdue-1366.png') });

  const days = /超期 (\d+) 天/.exec((await rows.first().textContent()) ?? '')?.[1];
  await rows.first().getByRole('link').first().click();
  await expect(page).toHaveURL(/\/cadres\/\d+$/);
  const history = page.locator('.ant-timeline');
  await expect(history.getByText(`任期已满 · 超期 ${days} 天`)).toBeVisible();
  await expect(history.getByText('在任', { exact: true })).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('profile-overdue-1366.png'), fullPage: true });

  await page.goto('/cadres?termEndingSoon=true');
  await expect(rows).toHaveCount(4);
  for (const row of await rows.all()) await expect(row).toContainText('任期将满');
});
