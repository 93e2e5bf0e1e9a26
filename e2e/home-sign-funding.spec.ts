import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import { csrfHeaders, signInWithApi, solidPng } from './fixtures.ts';

/*
 * Issue 6, the sign and the money: the township administrator of 下社 prints the sign (统一标识) of the
 * home in 辛圐圙村 — the rare characters really drawn, the QR code loaded, a clean print layout — then
 * keeps its funding ledger (统一资金): income with a voucher, an expense, a correction that leaves the
 * original in place, the totals, and the Excel export.
 */
test.describe.configure({ mode: 'serial' });

const ADMIN = 'xiashe';
const VILLAGE = '140622102205'; // 辛圐圙村
const TOWNSHIP = VILLAGE.slice(0, 9);
const INCOME = `选调生安置费到账 ${Date.now().toString(36)}`;
const EXPENSE = `购买取暖煤 ${Date.now().toString(36)}`;
const facts = { homeId: 0 };

type THome = { id: number; rooms: { id: number; beds: number; occupants: unknown[] }[] };
type TLedger = { totals: { total: number; inFen: number; bySource: Record<string, number> } };

const yuan = (fen: number) =>
  `${fen < 0 ? '-' : ''}¥${Math.trunc(Math.abs(fen) / 100).toLocaleString('en-US')}.${String(Math.abs(fen) % 100).padStart(2, '0')}`;

/** The village's home: the demo's, or one registered now; a cadre of the township moves in if a bed is free. */
async function homeInVillage(page: Page): Promise<number> {
  const headers = await csrfHeaders(page.context());
  const list = await page.request.get(`/api/homes?village=${VILLAGE}`);
  expect(list.status(), await list.text()).toBe(200);
  const found = ((await list.json()) as { items: { id: number }[] }).items[0];
  let home: THome;
  if (found) {
    home = (await (await page.request.get(`/api/homes/${found.id}`)).json()) as THome;
  } else {
    const created = await page.request.post('/api/homes', {
      headers,
      data: {
        villageCode: VILLAGE,
        kind: 'farmhouse',
        address: '辛圐圙村东街8号',
        hasKitchen: true,
        facilities: ['bed', 'desk', 'wardrobe', 'heating', 'water_heater', 'washing_machine', 'internet'],
        rooms: [
          { label: '东屋', beds: 1 },
          { label: '西屋', beds: 1 },
        ],
        contract: {
          landlord: '张存福',
          startDate: '2026-01-01',
          endDate: '2027-12-31',
          annualRentFen: 360000,
        },
      },
    });
    expect([200, 201], await created.text()).toContain(created.status());
    home = (await created.json()) as THome;
  }
  const room = home.rooms.find((r) => r.occupants.length < r.beds);
  if (home.rooms.every((r) => r.occupants.length === 0) && room) {
    const candidates = await page.request.get(`/api/homes/${home.id}/candidates`);
    const items = candidates.ok()
      ? ((await candidates.json()) as { items: { personId: number; homeId: number | null }[] }).items
      : [];
    const cadre = items.find((c) => c.homeId === null);
    if (cadre) {
      const moved = await page.request.post(`/api/homes/${home.id}/occupants`, {
        headers,
        data: { roomId: room.id, personId: cadre.personId },
      });
      expect(moved.status(), await moved.text()).toBe(200);
    }
  }
  return home.id;
}

/**
 * Whether a character is really drawn in the given element's font: its pixels differ from those of a
 * character no font has (the tofu box) and from another rare character (two tofu boxes are alike).
 */
async function drawnGlyphs(page: Page, selector: string, chars: string[]): Promise<boolean[]> {
  return page.evaluate(
    ({ selector, chars }) => {
      const el = document.querySelector(selector);
      if (!el) throw new Error(`${selector} missing`);
      const font = getComputedStyle(el).fontFamily;
      const canvas = document.createElement('canvas');
      canvas.width = 64;
      canvas.height = 64;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      if (!ctx) throw new Error('no canvas');
      const draw = (c: string) => {
        ctx.clearRect(0, 0, 64, 64);
        ctx.font = `48px ${font}`;
        ctx.fillStyle = '#000';
        ctx.fillText(c, 4, 52);
        return Array.from(ctx.getImageData(0, 0, 64, 64).data).join(',');
      };
      const tofu = draw('\u{10FFFD}');
      const drawn = chars.map(draw);
      return drawn.map((d, i) => d !== tofu && drawn.every((other, j) => j === i || other !== d));
    },
    { selector, chars },
  );
}

test('the township prints the sign of the home in 辛圐圙村, rare characters and all', async ({ page }) => {
  await signInWithApi(page, ADMIN);
  facts.homeId = await homeInVillage(page);
  const sign = (await (await page.request.get(`/api/homes/${facts.homeId}/sign`)).json()) as {
    residents: unknown[];
  };

  await page.goto(`/homes/${facts.homeId}/sign`);
  const village = page.getByTestId('home-sign-village');
  await expect(village).toContainText('圐圙');
  await expect(page.getByText('驻村干部之家')).toBeVisible();
  await expect(page.getByText('扫码反映诉求 · 查看驻村干部')).toBeVisible();
  await expect(page.getByText('应县县委组织部监制')).toBeVisible();
  await expect(page.getByTestId('home-sign-resident')).toHaveCount(sign.residents.length);
  // no app frame around the sign
  await expect(page.getByRole('button', { name: '退出登录' })).toHaveCount(0);

  await page.evaluate(() => document.fonts.ready);
  expect(await page.evaluate(() => document.fonts.check('16px "Noto Sans CJK SC"', '圐圙'))).toBe(true);
  expect(await drawnGlyphs(page, '[data-testid=home-sign-village]', ['圐', '圙', '村'])).toEqual([
    true,
    true,
    true,
  ]);
  const qr = page.getByTestId('home-sign-qr');
  await expect(qr).toHaveAttribute('src', `/api/villages/${VILLAGE}/qr.svg`);
  await expect
    .poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  await page.screenshot({ path: test.info().outputPath('sign-a4-screen.png'), fullPage: true });

  // print: the controls go, one A4 page comes out
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('sign-a4-print.png'), fullPage: true });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
  await page.emulateMedia({ media: 'screen' });

  // A3 and without photos: the page rule follows
  await page.getByText('A3', { exact: true }).click();
  await expect(page).toHaveURL(/size=A3/);
  expect(
    await page.evaluate(() => document.querySelector('style[data-zc-sign-page]')?.textContent),
  ).toContain('A3');
  // the box follows the address (the URL is the state): click, then wait for the address
  await page.getByRole('checkbox', { name: '显示照片' }).click();
  await expect(page).toHaveURL(/photos=0/);
  await expect(page.locator('.zc-sign-photo')).toHaveCount(0);
  await page.screenshot({ path: test.info().outputPath('sign-a3-screen.png'), fullPage: true });
});

test('the township keeps the home’s ledger: income with a voucher, an expense, a correction, the export', async ({
  page,
}) => {
  await signInWithApi(page, ADMIN);
  if (!facts.homeId) facts.homeId = await homeInVillage(page);
  const before = (await (await page.request.get(`/api/homes/${facts.homeId}/funding`)).json()) as TLedger;
  await page.goto(`/homes/${facts.homeId}`);
  const panel = page.getByTestId('home-funding-panel');
  await expect(panel).toBeVisible();

  // income, with a bad amount first
  await panel.getByRole('button', { name: '登记收支' }).click();
  const dialog = page.getByRole('dialog', { name: '登记收支' });
  await dialog.getByLabel('资金来源').click();
  await page.locator('.ant-select-dropdown:visible').getByText('选调生一次性安置费', { exact: true }).click();
  await dialog.getByLabel('金额（元）').fill('12o0');
  await dialog.getByLabel('用途 / 摘要').fill(INCOME);
  await dialog.getByRole('button', { name: '登记', exact: true }).click();
  await expect(dialog.getByText('请输入金额，如 1200 或 1200.50（最多两位小数）')).toBeVisible();
  await dialog.getByLabel('金额（元）').fill('1,200.50');
  await dialog.getByTestId('funding-voucher-input').setInputFiles({
    name: 'voucher.png',
    mimeType: 'image/png',
    buffer: solidPng(40, 30, [200, 60, 60]),
  });
  await expect(dialog.getByText('已附：voucher.png')).toBeVisible();
  await dialog.getByRole('button', { name: '登记', exact: true }).click();
  await expect(dialog).toBeHidden();
  // its correction repeats the purpose: the original is the row without the 更正第 N 号 tag
  const incomeRow = panel.getByRole('row', { name: new RegExp(INCOME) }).filter({ hasNotText: '更正第' });
  await expect(incomeRow).toContainText('¥1,200.50');
  await expect(incomeRow.getByRole('link', { name: '查看凭证' })).toHaveAttribute('target', '_blank');

  // an expense
  await panel.getByRole('button', { name: '登记收支' }).click();
  await dialog
    .locator('label')
    .filter({ hasText: /^支出$/ })
    .click();
  await expect(dialog.getByRole('radio', { name: '支出' })).toBeChecked();
  await dialog.getByLabel('资金来源').click();
  await page.locator('.ant-select-dropdown:visible').getByText('其他', { exact: true }).click();
  await dialog.getByLabel('金额（元）').fill('300');
  await dialog.getByLabel('用途 / 摘要').fill(EXPENSE);
  await dialog.getByRole('button', { name: '登记', exact: true }).click();
  await expect(dialog).toBeHidden();
  await expect(panel.getByRole('row', { name: new RegExp(EXPENSE) })).toContainText('-¥300.00');

  // the income was 1,000.00 really: a correction with its reason; the original stays, struck through
  await incomeRow.getByRole('button', { name: /更正/ }).click();
  const correcting = page.getByRole('dialog', { name: /更正第 \d+ 号记录/ });
  await expect(correcting.getByText('原记录保留不变')).toBeVisible();
  await correcting.getByLabel('正确金额（元）').fill('1000');
  await correcting.getByRole('button', { name: '记录更正' }).click();
  await expect(correcting.getByText('请填写更正原因（不超过 200 字）')).toBeVisible();
  await correcting.getByLabel('更正原因').fill('银行回单金额为 1000 元，登记时多录');
  await correcting.getByRole('button', { name: '记录更正' }).click();
  await expect(correcting).toBeHidden();
  await expect(incomeRow.locator('del, .ant-typography del, s')).toContainText('¥1,200.50');
  await expect(incomeRow).toContainText('¥1,000.00');
  const correctionRow = panel.getByRole('row', { name: /银行回单金额为 1000 元/ });
  await expect(correctionRow).toContainText(/更正第 \d+ 号/);
  await expect(correctionRow).toContainText('-¥200.50');

  // totals: +1,000.00 selectee allowance, −300.00 other
  const totals = panel.getByTestId('funding-totals');
  await expect(totals.getByText(yuan(before.totals.total + 100000 - 30000), { exact: true })).toBeVisible();
  await expect(totals.getByTestId('funding-source-selectee_settlement')).toHaveText(
    yuan((before.totals.bySource.selectee_settlement ?? 0) + 100000),
  );
  await page.screenshot({ path: test.info().outputPath('funding-panel.png'), fullPage: true });

  // the township's ledger as Excel
  const downloading = page.waitForEvent('download');
  await panel.getByRole('link', { name: /导出 Excel/ }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toMatch(/^驻村干部家园资金台账-.*\.xlsx$/);
  const bytes = readFileSync(await download.path());
  expect(bytes.length).toBeGreaterThan(1000);
  expect(bytes.subarray(0, 2).toString()).toBe('PK');
  expect(download.url()).toContain(`township=${TOWNSHIP}`);

  // the township's summary: this home, by source
  await panel.getByRole('link', { name: /资金汇总/ }).click();
  await expect(page.getByRole('heading', { name: '家园资金汇总' })).toBeVisible();
  await expect(page).toHaveURL(new RegExp(`/homes/funding\\?township=${TOWNSHIP}`));
  await expect(page.getByRole('row', { name: /辛圐圙/ }).first()).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('funding-summary.png'), fullPage: true });
});
