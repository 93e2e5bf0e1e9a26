import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { addDays, csrfHeaders, registerCadreWithAccount, signInWithApi } from './fixtures.ts';

test.use({ viewport: { width: 1366, height: 900 } });

test('a township downloads 五天四夜 by month from 上报数据 and finds its cadre’s row with the days recorded', async ({
  page,
  browser,
  baseURL,
}) => {
  const name = `上报${Date.now().toString(36).slice(-4)}`;
  // a team member of 东关村委会 (金城镇) posted 60 days ago; 20 days ago the township records a day and night in the village
  await registerCadreWithAccount(browser, baseURL, name);
  await signInWithApi(page, 'jincheng', undefined, '/reports');
  const found = await page.request.get(`/api/cadres?q=${encodeURIComponent(name)}`);
  const { items } = (await found.json()) as { items: { id: number }[] };
  const personId = items[0]!.id;
  const date = addDays(new Date().toISOString().slice(0, 10), -20);
  const marked = await page.request.put(`/api/duty/people/${personId}/days/${date}/attendance`, {
    headers: await csrfHeaders(page.context()),
    data: { day: 'village', night: 'village', reason: '按驻村台账补录' },
  });
  expect(marked.status(), await marked.text()).toBe(200);

  await expect(page.getByRole('heading', { name: '上报数据' })).toBeVisible();
  await expect(page.getByRole('menuitem', { name: /上报数据/ })).toBeVisible();
  const card = page.locator('[data-report="presence"]');
  await expect(card).toContainText('五天四夜月度统计');
  // the column documentation from the definitions: each key beside its header
  await card.getByRole('button', { name: /字段说明（共 13 列）/ }).click();
  await expect(card.getByRole('row', { name: /nights_in_village.*在村夜数/ })).toBeVisible();

  const [year, month] = date.split('-').map(Number) as [number, number];
  await page.getByLabel('年度').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(String(year), { exact: true }).click();
  await page.getByLabel('月份').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(`${month}月`, { exact: true }).click();
  await expect(card.getByRole('link', { name: /下载 Excel/ })).toHaveAttribute(
    'href',
    `/api/reports/presence.xlsx?year=${year}&month=${month}`,
  );
  await page.screenshot({ path: test.info().outputPath('report-exports.png'), fullPage: false });

  const downloading = page.waitForEvent('download');
  await card.getByRole('link', { name: /下载 Excel/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe(`上报_五天四夜月度统计_${year}年${month}月.xlsx`);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(await download.path());
  const sheet = wb.worksheets[0]!;
  const headers = (sheet.getRow(1).values as string[]).slice(1);
  expect(headers.slice(0, 7)).toEqual([
    '月份',
    '乡镇',
    '村级区划代码',
    '村（社区）',
    '系统编号',
    '姓名',
    '干部类别',
  ]);
  const rows: Record<string, unknown>[] = [];
  sheet.eachRow((row, n) => {
    if (n === 1) return;
    const values = (row.values as unknown[]).slice(1);
    rows.push(Object.fromEntries(headers.map((h, i) => [h, values[i] ?? null])));
  });
  expect(rows.length).toBeGreaterThan(0);
  // a township's report holds only its own villages
  expect(rows.every((r) => r.乡镇 === '金城镇')).toBe(true);
  const mine = rows.find((r) => r.系统编号 === personId);
  expect(mine).toMatchObject({
    月份: date.slice(0, 7),
    村级区划代码: '140622100200',
    姓名: name,
    干部类别: '工作队员',
    在村天数: 1,
    在村夜数: 1,
    请假天数: 0,
  });
  expect(wb.getWorksheet('字段说明')?.getRow(1).values).toContain('字段键');
});
