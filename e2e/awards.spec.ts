import { expect, type Page, test } from '@playwright/test';
import { signInWithApi } from './fixtures.ts';

/** Picks in a searchable select of the dialog: types the option's text, then clicks it. */
async function pick(page: Page, label: string, option: string) {
  await page.getByRole('dialog').getByLabel(label, { exact: true }).fill(option);
  await page.locator('.ant-select-dropdown:visible').getByText(option, { exact: true }).first().click();
}

test('the county registers a village collective’s national commendation, shown with its two stars', async ({
  page,
}) => {
  await signInWithApi(page, 'admin', undefined, '/awards');
  await expect(page.getByRole('heading', { name: '表彰登记' })).toBeVisible();
  const title = `全国文明村镇${Date.now().toString(36)}`;

  await page.getByRole('button', { name: '登记表彰' }).click();
  const dialog = page.getByRole('dialog', { name: '登记表彰' });
  await dialog.getByText('村集体', { exact: true }).click();
  await pick(page, '乡镇', '金城镇');
  await pick(page, '村（社区）', '东关社区居委会');
  await dialog.getByLabel('级别').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('国家级', { exact: true }).click();
  // a required field left empty is named before anything is sent
  await dialog.getByRole('button', { name: /保\s?存/ }).click();
  await expect(dialog.getByText('请输入表彰名称').or(dialog.getByText('请填写表彰名称'))).toBeVisible();
  await dialog.getByLabel('表彰名称').fill(title);
  await dialog.getByLabel('授予机关').fill('中央精神文明建设指导委员会');
  await dialog.getByLabel('文号').fill('文明委〔2026〕1号');
  await dialog.getByRole('button', { name: /保\s?存/ }).click();
  await expect(dialog).toBeHidden();

  const row = page.getByRole('row', { name: new RegExp(title) });
  await expect(row).toContainText('金城镇 · 东关社区居委会');
  await expect(row).toContainText('国家级');
  await expect(row).toContainText('+2 星');
});
