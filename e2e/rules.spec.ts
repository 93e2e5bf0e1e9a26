import { expect, test } from '@playwright/test';
import { DEFAULT_COUNTY_RULES } from '../core/src/county-rules.ts';
import { csrfHeaders, signInWithApi } from './fixtures.ts';

test('the county sets its rules; a dispatching unit may then correct its own cadres', async ({
  page,
  context,
}) => {
  await signInWithApi(page, 'admin', undefined, '/rules');
  await expect(page.getByRole('heading', { name: '规则设置' })).toBeVisible();
  await expect(page.getByLabel('每周在村天数')).toHaveValue('5');
  await expect(page.getByLabel('每周在村夜数')).toHaveValue('4');

  await page.getByLabel('添加节假日').click();
  await page.getByLabel('添加节假日').fill('2020-01-01');
  await page.getByLabel('添加节假日').press('Enter');
  await page.getByText('允许派出单位管理员修改本单位干部的基本信息和照片').click();
  await page.getByLabel('看病就医 紧急（工作日）').fill('2');
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('规则已保存').first()).toBeVisible();
  await page.reload();
  await expect(page.getByText('2020-01-01')).toBeVisible();
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
    data: { unitAdminMayEdit: false, holidays: [], requestDeadlines: DEFAULT_COUNTY_RULES.requestDeadlines },
  });
  expect(reset.status()).toBe(200);
});
