import { expect, test } from '@playwright/test';

test('the sign-in page switches to English and back, and remembers the choice', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('heading', { name: '驻村干部管理平台' })).toBeVisible();
  await expect(page.getByLabel('用户名')).toBeVisible();

  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { name: 'Zhucun' })).toBeVisible();
  await expect(page.getByLabel('Username')).toBeVisible();
  await expect(page.getByLabel('Password')).toBeVisible();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en-US');

  await page.reload();
  await expect(page.getByRole('heading', { name: 'Zhucun' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('zc.lang'))).toBe('en-US');

  // The server answers in the language the page asks for.
  await page.getByLabel('Username').fill('admin');
  await page.getByLabel('Password').fill('Wrong#Passw0rd');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByRole('alert')).toContainText('Incorrect username or password');

  await page.getByRole('button', { name: '中文' }).click();
  await expect(page.getByRole('heading', { name: '驻村干部管理平台' })).toBeVisible();
  await page.reload();
  await expect(page.getByRole('heading', { name: '驻村干部管理平台' })).toBeVisible();
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  expect(await page.evaluate(() => localStorage.getItem('zc.lang'))).toBe('zh-CN');
});
