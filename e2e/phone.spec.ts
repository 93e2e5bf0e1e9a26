import { expect, test } from '@playwright/test';
import { expectNoHorizontalOverflow, signInWithApi } from './fixtures.ts';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

test('on a 360-px phone nothing overflows sideways and the menu opens from its button', async ({ page }) => {
  await signInWithApi(page, 'admin');
  await expect(page.getByRole('tree')).toBeVisible();
  await expect(page.getByRole('navigation', { name: '主菜单' })).toBeHidden();
  await expectNoHorizontalOverflow(page);

  await page.getByRole('button', { name: '打开菜单' }).click();
  const drawer = page.getByRole('dialog');
  await expect(drawer).toBeVisible();
  await expect(drawer).toContainText('县委组织部管理员');
  await drawer.getByRole('menuitem', { name: '用户管理' }).click();

  await expect(page).toHaveURL(/\/users$/);
  await expect(page.getByRole('heading', { name: '用户管理' })).toBeVisible();
  await expect(drawer).toBeHidden();
  await expect(page.getByRole('list', { name: '用户管理' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
});

test('the sign-in page fits a 360-px phone', async ({ page }) => {
  await page.goto('/login');
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  await expectNoHorizontalOverflow(page);
});
