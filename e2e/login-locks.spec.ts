import { expect, test } from '@playwright/test';
import { signInWithApi, uniqueUsername } from './fixtures.ts';

test('the security administrator sees a sign-in lock and lifts it', async ({ page }) => {
  // five wrong passwords from this address lock the name from here (not everywhere)
  const name = uniqueUsername('locked');
  for (let i = 0; i < 5; i++) {
    const res = await page.request.post('/api/auth/login', {
      data: { username: name, password: 'Wrong#2026x' },
    });
    expect(res.status()).toBe(401);
  }
  await signInWithApi(page, 'secadmin', undefined, '/login-locks');
  await expect(page.getByRole('heading', { name: '登录锁定' })).toBeVisible();
  const row = page.getByRole('row', { name: new RegExp(name.toLowerCase()) });
  await expect(row).toContainText('127.0.0.1');
  await expect(row.getByRole('cell', { name: '5', exact: true })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('login-locks.png') });

  await row.getByRole('button', { name: '解除' }).click();
  await page.getByRole('button', { name: /^确\s*定$/ }).click();
  await expect(page.getByText(`已解除 ${name.toLowerCase()} 的锁定`)).toBeVisible();
  await expect(row).toBeHidden();
});
