import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, type Page, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { idCheckChar } from '../core/src/id-number.ts';
import { signInWithApi } from './fixtures.ts';

const HEADERS = [
  '姓名',
  '性别',
  '民族',
  '出生日期',
  '身份证号',
  '手机号',
  '政治面貌',
  '入党时间',
  '学历',
  '是否全日制',
  '毕业院校',
  '专业',
  '人员身份',
  '工作单位',
  '职务',
  '参加工作时间',
  '乡镇',
  '村（社区）',
  '干部类别',
  '任职职务',
  '派出单位',
  '任职开始日期',
  '计划结束日期',
];
const ROWS = 200;
const run = Date.now() % 100000;
const prefix = `E2E${run}-`;

/** Row `i` (0-based) of the sheet: a woman born on a day of her own, so her ID number is unique. */
function row(i: number): string[] {
  const birth = new Date(Date.UTC(1985, 0, 1 + i));
  const iso = birth.toISOString().slice(0, 10);
  const first17 = `140622${iso.replaceAll('-', '')}9${String((i % 50) * 2).padStart(2, '0')}`;
  const id = `${first17}${idCheckChar(first17)}`;
  const phone = `137${String(run).padStart(5, '0').slice(-4)}${String(i).padStart(4, '0')}`;
  return [
    `${prefix}${i}`,
    '女',
    '汉族',
    iso,
    id,
    phone,
    '中共党员',
    '2016-06-01',
    '大学本科',
    '是',
    '山西大学',
    '农学',
    '公务员',
    '',
    '',
    '2017-08-01',
    '金城镇',
    '东关村委会',
    '到村任职大学生',
    '村委会主任助理',
    '',
    '2025-09-01',
    '',
  ];
}

/** The sheet row numbers (header = row 1) of the three rows made wrong. */
const BAD = { checkDigit: 12, political: 57, village: 150 } as const;

async function writeWorkbook(file: string, broken: boolean): Promise<void> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('干部台账');
  sheet.addRow(HEADERS);
  for (let i = 0; i < ROWS; i++) {
    const cells = row(i);
    const sheetRow = i + 2;
    if (broken && sheetRow === BAD.checkDigit)
      cells[4] = `${cells[4]?.slice(0, 17)}${cells[4]?.[17] === '0' ? '1' : '0'}`;
    if (broken && sheetRow === BAD.political) cells[6] = '党员';
    if (broken && sheetRow === BAD.village) cells[17] = '不存在村';
    sheet.addRow(cells);
  }
  writeFileSync(file, Buffer.from(await workbook.xlsx.writeBuffer()));
}

async function importFile(page: Page, file: string): Promise<void> {
  await page.goto('/cadres/import');
  await page.locator('input[type=file]').setInputFiles(file);
  await page.getByRole('button', { name: '开始导入' }).click();
}

async function searchLedger(page: Page, text: string): Promise<void> {
  await page.goto('/cadres');
  const search = page.getByRole('searchbox', { name: '搜索姓名、手机号或身份证号' });
  await search.fill(text);
  await search.press('Enter');
  await expect(page).toHaveURL(/q=/);
}

test('the county admin imports 200 cadres from Excel: every problem is listed first, then all are added and exported', async ({
  page,
}) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(path.join(tmpdir(), 'zc-e2e-'));
  const file = path.join(dir, '干部台账.xlsx');
  await writeWorkbook(file, true);
  await signInWithApi(page, 'admin', undefined, '/cadres');
  await page.getByRole('button', { name: '导入' }).click();
  await expect(page).toHaveURL(/\/cadres\/import$/);
  await expect(page.getByRole('link', { name: '下载模板' })).toBeVisible();

  // one wrong value in each of three rows: all three are named, nothing is imported
  await importFile(page, file);
  await expect(page.getByRole('alert').getByText('未导入任何数据')).toBeVisible({ timeout: 30_000 });
  const problems = page.getByRole('table').getByRole('row');
  await expect(problems).toHaveCount(4); // the header and three problems
  await expect(problems.filter({ hasText: '身份证号' }).getByRole('cell').first()).toHaveText(
    String(BAD.checkDigit),
  );
  await expect(problems.filter({ hasText: '政治面貌' }).getByRole('cell').first()).toHaveText(
    String(BAD.political),
  );
  await expect(problems.filter({ hasText: '村（社区）' }).getByRole('cell').first()).toHaveText(
    String(BAD.village),
  );
  await expect(page.getByRole('cell', { name: '身份证号第18位校验码不正确' })).toBeVisible();
  await searchLedger(page, prefix);
  await expect(page.getByText('没有符合条件的干部')).toBeVisible();

  // the corrected file goes in whole
  await writeWorkbook(file, false);
  await importFile(page, file);
  await expect(page.getByText('导入完成：新增 200 人，更新 0 人，未变 0 人')).toBeVisible({
    timeout: 60_000,
  });
  await page.getByRole('button', { name: '返回台账' }).click();
  await expect(page).toHaveURL(/\/cadres$/);

  await searchLedger(page, prefix);
  await expect(page.getByText('共 200 条')).toBeVisible();
  const downloading = page.waitForEvent('download');
  await page.getByRole('link', { name: /导出 Excel/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
  const exported = new ExcelJS.Workbook();
  await exported.xlsx.readFile(await download.path());
  const sheet = exported.worksheets[0];
  expect(sheet?.getRow(1).getCell(1).text).toBe('姓名');
  let dataRows = 0;
  sheet?.eachRow((r, n) => {
    if (n > 1 && r.getCell(1).text.startsWith(prefix)) dataRows++;
  });
  expect(dataRows).toBe(ROWS);
  expect(sheet?.actualRowCount).toBe(ROWS + 1);
  // the default export is masked; the full one asks why, like showing one person's numbers
  const idColumn = (s: typeof sheet) => s?.getRow(2).getCell(5).text ?? '';
  expect(idColumn(sheet)).toMatch(/^\d{6}\*{8}\d{3}[\dX]$/);
  await page.getByRole('button', { name: '导出完整信息' }).click();
  const reason = page.getByRole('dialog', { name: '导出含完整身份证号和手机号的台账' });
  await reason.getByLabel('导出原因').fill('报送省委组织部核对');
  const fullDownload = page.waitForEvent('download');
  await reason.getByRole('button', { name: '导出' }).click();
  const full = new ExcelJS.Workbook();
  await full.xlsx.readFile(await (await fullDownload).path());
  expect(idColumn(full.worksheets[0])).toMatch(/^\d{17}[\dX]$/);
  await expect(reason).toBeHidden();

  // a profile opens from the list
  const first = page.getByRole('link', { name: new RegExp(`^${prefix}\\d+$`) }).first();
  const name = (await first.textContent()) ?? '';
  await first.click();
  await expect(page).toHaveURL(/\/cadres\/\d+$/);
  await expect(page.getByRole('heading', { name })).toBeVisible();
});
