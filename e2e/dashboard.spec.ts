import { expect, test } from '@playwright/test';
import { signInWithRequest } from './fixtures.ts';

test.describe('驻村工作全景: the county’s picture on the home page', () => {
  test.use({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });

  test('the county’s dashboard loads with its charts; a figure is followed to its records; a township drills down', async ({
    page,
    context,
  }, testInfo) => {
    await signInWithRequest(context, 'admin');
    await page.goto('/');
    const picture = page.getByRole('region', { name: '驻村工作全景' });
    await expect(picture.getByRole('heading', { name: '驻村工作全景' })).toBeVisible();
    for (const title of [
      '五天四夜',
      '群众诉求',
      '帮扶项目',
      '任务清单',
      '问题整改',
      '标准化家园',
      '星级评定',
    ])
      await expect(picture.getByText(title, { exact: true }).first()).toBeVisible();
    // each chart draws the county's townships (SVG bars), in code order, never people
    const requestsChart = picture.getByRole('img', { name: '群众诉求：按乡镇分布' });
    await expect(requestsChart.locator('svg')).toBeVisible();
    await expect(requestsChart).toContainText('金城镇');
    await page.screenshot({ path: testInfo.outputPath('county-dashboard.png'), fullPage: true });

    // a figure opens the list of the records it counts
    const answer = await page.request.get('/api/dashboard/requests');
    const open = ((await answer.json()) as { totals: { open: number } }).totals.open;
    await picture.getByRole('link', { name: `办理中 ${open}` }).click();
    await expect(page).toHaveURL(/\/requests$/);
    await page.goBack();

    // the projects approved or further, by kind: the bulletin's 43 industry projects
    await expect(picture.getByText('已审核及以后的项目，按类型')).toBeVisible();
    await expect(picture.getByRole('link', { name: '43', exact: true })).toHaveAttribute(
      'href',
      '/projects?kind=industry',
    );

    // one township: its villages become the parts, the choice kept in the URL
    await picture.getByLabel('范围').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '金城镇' })
      .click();
    await expect(page).toHaveURL(/division=140622100/);
    await expect(picture.getByRole('img', { name: '群众诉求：按村分布' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('township-dashboard.png'), fullPage: true });
  });

  test('the county leader’s read-only account sees the same picture', async ({ page, context }) => {
    await signInWithRequest(context, 'viewer');
    await page.goto('/');
    const picture = page.getByRole('region', { name: '驻村工作全景' });
    await expect(picture.getByRole('img', { name: '星级评定：按乡镇分布' })).toBeVisible();
    await expect(picture.getByRole('img', { name: '五天四夜：按乡镇分布' })).toBeVisible();
  });
});
