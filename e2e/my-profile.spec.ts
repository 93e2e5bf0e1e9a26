import { expect, test } from '@playwright/test';
import { signInWithApi, uniquePhone } from './fixtures.ts';

test('a cadre opens their own record on a phone and corrects their phone number', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await signInWithApi(page, 'diyishuji', undefined, '/me');
  await expect(page.getByRole('heading', { level: 3 })).toBeVisible();
  await expect(page.getByText('驻村第一书记').first()).toBeVisible();
  const phone = uniquePhone();
  await page.getByRole('button', { name: '更正手机号' }).click();
  const dialog = page.getByRole('dialog', { name: '更正手机号' });
  await dialog.getByLabel('手机号').fill('123');
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog.getByText('请输入 11 位手机号码')).toBeVisible();
  await dialog.getByLabel('手机号').fill(phone);
  await dialog.getByRole('button', { name: '保存' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByText(`${phone.slice(0, 3)}****${phone.slice(7)}`)).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('my-record-360.png'), fullPage: true });
});
