import { expect, test } from '@playwright/test';
import { DEMO_PASSWORD, signInWithForm } from './fixtures.ts';

test('a township administrator sees only their own township', async ({ page }) => {
  await signInWithForm(page, 'jincheng', DEMO_PASSWORD);

  const tree = page.getByRole('tree');
  await expect(tree.getByRole('treeitem', { level: 1 })).toHaveText('金城镇（村 22 · 社区 9）');
  await expect(tree.getByRole('treeitem', { level: 2 })).toHaveCount(31);
  await expect(page.getByRole('region', { name: '乡镇', exact: true })).toContainText('1');
  await expect(page.getByRole('region', { name: '村（社区）合计' })).toContainText('31');
  await expect(page.getByText('南河种镇')).toHaveCount(0);
  await expect(page.getByText('应县')).toHaveCount(0);

  // The menu offers only what the role may open.
  const menu = page.getByRole('navigation', { name: '主菜单' });
  await expect(menu.getByRole('menuitem', { name: '首页' })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: '用户管理' })).toHaveCount(0);
  await expect(menu.getByRole('menuitem', { name: '审计日志' })).toHaveCount(0);
});

test('an auditor without divisions:read lands on the audit log', async ({ page }) => {
  await signInWithForm(page, 'auditor', DEMO_PASSWORD);

  await expect(page).toHaveURL(/\/audit$/);
  await expect(page.getByRole('heading', { name: '审计日志' })).toBeVisible();
  await page.getByRole('button', { name: '校验审计链' }).click();
  await expect(page.getByRole('alert')).toContainText('审计链完整');
});
