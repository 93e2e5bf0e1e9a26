import { expect, type Page, test } from '@playwright/test';
import { addDays, csrfHeaders, expectNoHorizontalOverflow, signInWithApi, solidPng } from './fixtures.ts';

/** 帮扶成效 at 1366 px: a township sends a village's month and a designation, the county reviews them. */
test.use({ viewport: { width: 1366, height: 900 } });

const RUN = Date.now().toString(36).slice(-5);
// two villages of 金城镇 the demo leaves without a month or a designation (demo-outcomes.plan.ts)
const MONTH_VILLAGE = { code: '140622100224', name: '八里坡村委会' };
const DESIGNATED_VILLAGE = { code: '140622100223', name: '龙泉村委会' };

/** Picks in a searchable select of the dialog: types the option's text, then clicks it. */
async function pick(page: Page, label: string, option: string, nth = 0) {
  await page.getByRole('dialog').getByLabel(label, { exact: true }).nth(nth).fill(option);
  await page.locator('.ant-select-dropdown:visible').getByText(option).first().click();
}

async function switchTo(page: Page, username: string, path: string) {
  await page.request.post('/api/auth/logout', { headers: await csrfHeaders(page.context()) });
  await signInWithApi(page, username, undefined, path);
}

async function figures(page: Page) {
  const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
  const res = await page.request.get(`/api/outcomes/figures?asOf=${today}`);
  expect(res.status()).toBe(200);
  return (await res.json()) as { totals: { labourers: number; ruralTourism: number } };
}

test('a township sends a month of labour, the county returns it with a reason, it is corrected, approved and counted', async ({
  page,
}) => {
  test.slow(); // the township and the county take turns over the same month
  await signInWithApi(page, 'jincheng', undefined, '/outcomes');
  await expect(page.getByRole('heading', { name: '帮扶成效' })).toBeVisible();
  const heads = [`外出户甲${RUN}`, `外出户乙${RUN}`];
  for (const headName of heads) {
    const res = await page.request.post('/api/households', {
      headers: await csrfHeaders(page.context()),
      data: { villageCode: MONTH_VILLAGE.code, headName },
    });
    expect(res.status(), await res.text()).toBe(200);
  }

  await page.getByRole('button', { name: '报送外出务工月报' }).click();
  const dialog = page.getByRole('dialog', { name: '报送村月度外出务工情况' });
  await pick(page, '村（社区）', MONTH_VILLAGE.name);
  await pick(page, '农户', heads[0]!);
  await dialog.getByLabel('人数').first().fill('3');
  await dialog.getByLabel('人数').first().press('Tab');
  await dialog.getByRole('button', { name: '添加农户' }).click();
  await pick(page, '农户', heads[1]!, 1);
  await expect(dialog.getByTestId('labour-total')).toHaveText('合计 2 户 4 人');
  await dialog.getByRole('button', { name: '报送' }).click();
  await expect(dialog).toBeHidden();

  // the county returns it with a reason
  await switchTo(page, 'admin', '/outcomes');
  await page.getByRole('button', { name: '待县级审核' }).click();
  const row = page.getByRole('row').filter({ hasText: MONTH_VILLAGE.name });
  await expect(row).toContainText('待审核');
  await row.getByRole('button', { name: '退回' }).click();
  const back = page.getByRole('dialog', { name: '退回并说明理由' });
  await back.getByLabel('退回理由').fill('乙户实际外出 3 人，请核对');
  await back.getByRole('button', { name: '退回' }).click();
  await expect(back).toBeHidden();

  // the township reads the reason, corrects and sends it again
  await switchTo(page, 'jincheng', '/outcomes?tab=reports');
  const returned = page.getByRole('row').filter({ hasText: MONTH_VILLAGE.name });
  await expect(returned).toContainText('已退回');
  await expect(returned).toContainText('退回理由：乙户实际外出 3 人，请核对');
  await returned.getByRole('button', { name: '修改' }).click();
  const edit = page.getByRole('dialog', { name: '修改后重新报送' });
  // both households now 3 away each
  for (const n of [0, 1]) {
    await edit.getByLabel('人数').nth(n).fill('3');
    await edit.getByLabel('人数').nth(n).press('Tab');
  }
  await expect(edit.getByTestId('labour-total')).toHaveText('合计 2 户 6 人');
  await edit.getByRole('button', { name: '报送' }).click();
  await expect(edit).toBeHidden();
  await expect(returned).toContainText('待审核');

  // the county approves; the figure counts it
  await switchTo(page, 'admin', '/outcomes?tab=reports&state=submitted');
  const before = await figures(page);
  await page
    .getByRole('row')
    .filter({ hasText: MONTH_VILLAGE.name })
    .getByRole('button', { name: '审核通过' })
    .click();
  await expect(page.getByText('已审核通过')).toBeVisible();
  await page.getByRole('tab', { name: '成效数字' }).click();
  const total = (before.totals.labourers + 6).toLocaleString('zh-CN');
  await expect(page.getByTestId('total-labourers')).toHaveText(total);
  await page.screenshot({ path: test.info().outputPath('outcomes-figures.png'), fullPage: true });
  // the village's figure leads to the month behind it
  await page
    .getByRole('row', { name: /金城镇/ })
    .getByRole('button', { name: /展开|Expand/ })
    .click();
  await page.getByRole('link', { name: `${MONTH_VILLAGE.name} 脱贫劳动力外出务工` }).click();
  const approved = page.getByRole('row').filter({ hasText: MONTH_VILLAGE.name });
  await expect(approved).toContainText('已审核');
  await approved.getByRole('button', { name: '查看农户' }).click();
  await expect(page.getByRole('dialog').getByText(heads[1]!)).toBeVisible();
});

test('a township sends a designation with its document, and the county approves it', async ({ page }) => {
  await signInWithApi(page, 'jincheng', undefined, '/outcomes');
  await page.getByRole('button', { name: '报送示范村称号' }).click();
  const dialog = page.getByRole('dialog', { name: '报送示范村称号' });
  await pick(page, '村（社区）', DESIGNATED_VILLAGE.name);
  await dialog.getByLabel('级别').click();
  await page.locator('.ant-select-dropdown:visible').getByTitle('省级', { exact: true }).click();
  await dialog.getByLabel('称号名称').fill('山西省乡村旅游示范村');
  await dialog.getByLabel('命名机关').fill('山西省文化和旅游厅');
  const documentNo = `晋文旅发〔2026〕${RUN}号`;
  await dialog.getByLabel('文号').fill(documentNo);
  await dialog.getByTestId('designation-document').setInputFiles({
    name: '命名文件.png',
    mimeType: 'image/png',
    buffer: solidPng(64, 48, [200, 40, 40]),
  });
  await expect(dialog.getByText('命名文件.png')).toBeVisible();
  await dialog.getByRole('button', { name: '报送' }).click();
  await expect(dialog).toBeHidden();

  await switchTo(page, 'admin', '/outcomes?tab=designations&state=submitted');
  const before = await figures(page);
  const row = page.getByRole('row').filter({ hasText: documentNo });
  await expect(row).toContainText('龙泉村委会');
  await expect(row.getByRole('link', { name: '查看文件' })).toBeVisible();
  await row.getByRole('button', { name: '审核通过' }).click();
  await expect(page.getByText('已审核通过')).toBeVisible();
  expect((await figures(page)).totals.ruralTourism).toBe(before.totals.ruralTourism + 1);
});

test.describe('on a 360-px phone', () => {
  test.use({ viewport: { width: 360, height: 740 } });

  test('a village’s cadre sends the village’s month from the phone', async ({ page }) => {
    await signInWithApi(page, 'duiyuan', undefined, '/outcomes');
    const me = (await (await page.request.get('/api/auth/me')).json()) as {
      user: { roles: { role: string; divisionCode: string | null }[] };
    };
    const village = me.user.roles.find((r) => r.role === 'cadre')?.divisionCode ?? '';
    expect(village).toHaveLength(12);
    const headName = `手机户${RUN}`;
    const res = await page.request.post('/api/households', {
      headers: await csrfHeaders(page.context()),
      data: { villageCode: village, headName },
    });
    expect(res.status(), await res.text()).toBe(200);
    // a month the demo never reports: three months back
    const today = new Date().toLocaleDateString('sv-SE', { timeZone: 'Asia/Shanghai' });
    const month = addDays(`${today.slice(0, 7)}-01`, -80).slice(0, 7);

    await page.getByRole('button', { name: '报送外出务工月报' }).click();
    const dialog = page.getByRole('dialog', { name: '报送村月度外出务工情况' });
    // the cadre's own village is set: nothing to pick
    await expect(dialog.getByLabel('村（社区）', { exact: true })).toHaveCount(0);
    const picker = dialog.getByLabel('月份');
    await picker.click();
    await picker.fill(month);
    await picker.press('Enter');
    await pick(page, '农户', headName);
    await dialog.getByLabel('人数').first().fill('2');
    await dialog.getByLabel('人数').first().press('Tab');
    await expect(dialog.getByTestId('labour-total')).toHaveText('合计 1 户 2 人');
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: test.info().outputPath('outcomes-phone-form.png') });
    await dialog.getByRole('button', { name: '报送' }).click();
    await expect(dialog).toBeHidden();
    await page.goto(`/outcomes?tab=reports&month=${month}`);
    await expect(page.getByText('待审核').first()).toBeVisible();
    await expectNoHorizontalOverflow(page);
  });
});
