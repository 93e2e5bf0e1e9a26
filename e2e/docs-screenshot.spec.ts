import path from 'node:path';
import { expect, test } from '@playwright/test';
import { signInWithApi } from './fixtures.ts';

const docs = path.resolve(import.meta.dirname, '..', 'docs');

test.describe('screenshots', () => {
  test('the signed-in home page at 1280×800 in Chinese, for the README', async ({ page }) => {
    await page.setViewportSize({ width: 1280, height: 800 });
    await signInWithApi(page, 'admin');
    const tree = page.getByRole('tree');
    await expect(tree.getByText('金城镇（村 22 · 社区 9）')).toBeVisible();
    await expect(tree.getByRole('treeitem', { level: 2 })).toHaveCount(12);
    await page.mouse.move(0, 0);
    await page.screenshot({ path: path.join(docs, 'screenshot.png') });
  });

  test('the home page on a 360-px phone (for review, not published)', async ({ page }, testInfo) => {
    await page.setViewportSize({ width: 360, height: 740 });
    await signInWithApi(page, 'admin');
    await expect(page.getByRole('tree')).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('home-360.png'), fullPage: true });
  });
});
