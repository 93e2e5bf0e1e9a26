import { expect, test } from '@playwright/test';
import ExcelJS from 'exceljs';
import { signInWithRequest } from './fixtures.ts';

test.describe('驻村工作全景: the county’s picture on the home page', () => {
  test.use({ viewport: { width: 1366, height: 900 }, locale: 'zh-CN' });

  test('the county’s dashboard loads with its charts; a figure is followed to its records; a township drills down', async ({
    page,
    context,
  }, testInfo) => {
    await signInWithRequest(context, 'admin');
    await page.goto('/');
    const picture = page.getByRole('region', { name: '驻村工作全景' });
    await expect(picture.getByRole('heading', { name: '驻村工作全景' })).toBeVisible();
    for (const title of [
      '五天四夜',
      '群众诉求',
      '帮扶项目',
      '任务清单',
      '问题整改',
      '标准化家园',
      '星级评定',
    ])
      await expect(picture.getByText(title, { exact: true }).first()).toBeVisible();
    // each chart draws the county's townships (SVG bars), in code order, never people
    const requestsChart = picture.getByRole('img', { name: '群众诉求：按乡镇分布' });
    await expect(requestsChart.locator('svg')).toBeVisible();
    await expect(requestsChart).toContainText('金城镇');
    await page.screenshot({ path: testInfo.outputPath('county-dashboard.png'), fullPage: true });

    // a figure opens the list of the records it counts
    const answer = await page.request.get('/api/dashboard/requests');
    const open = ((await answer.json()) as { totals: { open: number } }).totals.open;
    await picture.getByRole('link', { name: `办理中 ${open}` }).click();
    await expect(page).toHaveURL(/\/requests$/);
    await page.goBack();

    // the projects approved or further, by kind: the bulletin's 43 industry projects
    await expect(picture.getByText('已审核及以后的项目，按类型')).toBeVisible();
    await expect(picture.getByRole('link', { name: '43', exact: true })).toHaveAttribute(
      'href',
      '/projects?kind=industry',
    );

    // one township: its villages become the parts, the choice kept in the URL
    await picture.getByLabel('范围').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '金城镇' })
      .click();
    await expect(page).toHaveURL(/division=140622100/);
    await expect(picture.getByRole('img', { name: '群众诉求：按村分布' })).toBeVisible();
    await page.screenshot({ path: testInfo.outputPath('township-dashboard.png'), fullPage: true });
  });

  test('the county imports village locations and the map draws them, coloured by a measure', async ({
    page,
    context,
  }, testInfo) => {
    await signInWithRequest(context, 'admin');
    await page.goto('/');
    const map = page.locator('.ant-card').filter({ has: page.getByText('村庄分布', { exact: true }) });
    // the county's template: its villages, 经度 and 纬度 to fill in
    const download = page.waitForEvent('download');
    await map.getByRole('link', { name: '下载村庄坐标表' }).click();
    const template = new ExcelJS.Workbook();
    await template.xlsx.readFile(await (await download).path());
    const sheet = template.worksheets[0]!;
    expect(sheet.getRow(1).values).toEqual([undefined, '区划代码', '乡镇', '村（社区）', '经度', '纬度']);
    // three villages of 金城镇 get a location; one row wrong first: nothing is imported
    const codes = [2, 3, 4].map((r) => String(sheet.getRow(r).getCell(1).value));
    const file = async (rows: [string, number, number][]) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet('村庄坐标');
      ws.addRow(['区划代码', '乡镇', '村（社区）', '经度', '纬度']);
      for (const [code, lng, lat] of rows) ws.addRow([code, '', '', lng, lat]);
      const path = testInfo.outputPath(`points-${rows.length}-${rows[0]![2]}.xlsx`);
      await wb.xlsx.writeFile(path);
      return path;
    };
    await map.getByTestId('village-points-file').setInputFiles(await file([[codes[0]!, 39.55, 113.19]]));
    await expect(map.getByText('第 2 行：经度不能小于 73')).toBeVisible();
    await map.getByTestId('village-points-file').setInputFiles(
      await file([
        [codes[0]!, 113.19, 39.55],
        [codes[1]!, 113.22, 39.57],
        [codes[2]!, 113.25, 39.53],
      ]),
    );
    await expect(page.getByText('已导入：设置 3 个村，清除 0 个村')).toBeVisible();
    const chart = map.getByRole('img', { name: /^村庄分布图：按/ });
    await expect(chart.locator('svg')).toBeVisible();
    await expect(map.getByText(/另有 \d+ 个村尚无坐标，未画出/)).toBeVisible();
    await map.getByLabel('着色指标').click();
    await page
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '未入住家园（走读风险）' })
      .click();
    await expect(map.getByRole('img', { name: '村庄分布图：按未入住家园（走读风险）着色' })).toBeVisible();
    await map.screenshot({ path: testInfo.outputPath('village-map.png') });
  });

  test('the county enters a village’s location on its page; both numbers or neither', async ({
    page,
    context,
  }) => {
    await signInWithRequest(context, 'admin');
    await page.goto('/villages/140622208200');
    const card = page.locator('.ant-card').filter({ has: page.getByText('地图位置', { exact: true }) });
    await expect(card.getByText(/尚未填写/)).toBeVisible();
    await card.getByLabel('经度').fill('113.0831');
    await card.getByRole('button', { name: '保存位置' }).click();
    await expect(card.getByText('经度和纬度须同时填写（都清空则清除位置）')).toBeVisible();
    await card.getByLabel('纬度').fill('39.4412');
    await card.getByRole('button', { name: '保存位置' }).click();
    await expect(page.getByText('地图位置已保存')).toBeVisible();
    await expect(card.getByText(/尚未填写/)).toBeHidden();
    const saved = (await (await page.request.get('/api/divisions/140622208200')).json()) as {
      point: unknown;
    };
    expect(saved.point).toEqual({ lng: 113.0831, lat: 39.4412 });
  });

  test('the county leader’s read-only account sees the same picture', async ({ page, context }) => {
    await signInWithRequest(context, 'viewer');
    await page.goto('/');
    const picture = page.getByRole('region', { name: '驻村工作全景' });
    await expect(picture.getByRole('img', { name: '星级评定：按乡镇分布' })).toBeVisible();
    await expect(picture.getByRole('img', { name: '五天四夜：按乡镇分布' })).toBeVisible();
  });
});
