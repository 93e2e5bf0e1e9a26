import { expect, type Page, test } from '@playwright/test';
import { signInWithApi } from './fixtures.ts';

/** Picks an option of the antd select labelled `label` inside the dialog. */
async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByRole('dialog').getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

/** Fills the new-unit dialog and saves it. */
async function addUnit(page: Page, name: string): Promise<void> {
  await page.getByRole('button', { name: '新增单位' }).click();
  const dialog = page.getByRole('dialog', { name: '新增派出单位' });
  await dialog.getByLabel('单位名称').fill(name);
  await pick(page, '单位类型', '事业单位');
  await pick(page, '层级', '市级');
  await dialog.getByLabel('联系人').fill('王联络');
  await dialog.getByLabel('联系电话').fill('0351-1234567');
  await dialog.getByRole('button', { name: '保存' }).click();
}

test('the county admin adds a unit, is told a name is taken, and edits the contact', async ({ page }) => {
  await signInWithApi(page, 'admin', undefined, '/units');
  await expect(page.getByRole('heading', { name: '派出单位' })).toBeVisible();
  const name = `测试派出单位${Date.now().toString(36)}`;

  await addUnit(page, name);
  await expect(page.getByRole('dialog', { name: '新增派出单位' })).toBeHidden();

  const search = page.getByRole('searchbox', { name: '搜索单位名称' });
  await search.fill(name);
  await search.press('Enter');
  const row = page.getByRole('row', { name: new RegExp(name) });
  await expect(row).toContainText('事业单位');
  await expect(row).toContainText('市级');
  await expect(row).toContainText('王联络');
  await expect(row.getByRole('link', { name: '查看干部' })).toHaveAttribute('href', /\/cadres\?unitId=\d+$/);

  await addUnit(page, name);
  const dialog = page.getByRole('dialog', { name: '新增派出单位' });
  await expect(dialog.locator('#unit_name_help')).toContainText(`“${name}”已存在`);
  await dialog.getByRole('button', { name: '取消' }).click();
  await expect(dialog).toBeHidden();

  await row.getByRole('button', { name: '编辑' }).click();
  const edit = page.getByRole('dialog', { name: '编辑派出单位' });
  await expect(edit.getByLabel('单位名称')).toHaveValue(name);
  await edit.getByLabel('联系人').fill('李新联');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();
  await expect(row).toContainText('李新联');
  await expect(page.getByRole('row', { name: new RegExp(name) })).toHaveCount(1);
});
