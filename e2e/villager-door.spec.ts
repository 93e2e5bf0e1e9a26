import { expect, type Page, test } from '@playwright/test';
import { csrfHeaders, expectNoHorizontalOverflow, signInWithApi } from './fixtures.ts';

/*
 * Issue 13 (10): the villagers' door is easy to find. The village page shows the village's QR code,
 * its public address and a printable card, for a village with no home too; printing a card whose
 * address names this machine (this run has no PUBLIC_URL: 127.0.0.1) asks first. On a phone, /track
 * (typed without its slash) finds the request, names the village and shows the villager's own words;
 * the comment box comes before the answer, and the answer is sent only once confirmed.
 */
const TOWNSHIP = '140622100';
const ADMIN = 'jincheng';
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };

type TNode = { code: string; kind: string; children: TNode[] };

/** A village of the township with stationed cadres and no home: the card is all it has on its wall. */
async function villageWithoutHome(page: Page): Promise<{ code: string; name: string; cadres: number }> {
  const tree = (await (await page.request.get('/api/divisions/tree')).json()) as { roots: TNode[] };
  const find = (nodes: TNode[]): TNode | undefined =>
    nodes.map((n) => (n.code === TOWNSHIP ? n : find(n.children))).find(Boolean);
  const villages = find(tree.roots)?.children.filter((v) => v.kind === 'village') ?? [];
  const homes = (await (await page.request.get(`/api/homes?township=${TOWNSHIP}&pageSize=500`)).json()) as {
    items: { villageCode: string }[];
  };
  const housed = new Set(homes.items.map((h) => h.villageCode));
  for (const v of villages.filter((x) => !housed.has(x.code))) {
    const sign = (await (await page.request.get(`/api/villages/${v.code}/sign`)).json()) as {
      villageName: string;
      cadres: unknown[];
    };
    if (sign.cadres.length > 0) return { code: v.code, name: sign.villageName, cadres: sign.cadres.length };
  }
  throw new Error(`no village of ${TOWNSHIP} with stationed cadres and no home`);
}

/** Counts window.print() instead of opening the browser's dialog. */
async function countPrints(page: Page): Promise<void> {
  await page.addInitScript(() => {
    (window as unknown as { prints: number }).prints = 0;
    window.print = () => {
      (window as unknown as { prints: number }).prints++;
    };
  });
}
const printsOf = (page: Page) => page.evaluate(() => (window as unknown as { prints: number }).prints);

test('the village page shows the QR code, the public address and a card to print, warning before printing a local address', async ({
  page,
}) => {
  await countPrints(page);
  await page.setViewportSize({ width: 1366, height: 900 });
  await signInWithApi(page, ADMIN);
  const village = await villageWithoutHome(page);
  await page.goto(`/villages/${village.code}`);
  await expect(page.getByRole('heading', { name: village.name })).toBeVisible();
  await expect(page.getByText('本村还没有登记驻村干部家园')).toBeVisible();

  const door = page.getByTestId('village-door');
  await expect(door.getByText('村民扫码入口')).toBeVisible();
  const qr = door.getByRole('img', { name: `${village.name}的村民扫码二维码` });
  await expect(qr).toHaveAttribute('src', `/api/villages/${village.code}/qr.svg`);
  await expect
    .poll(() => qr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  const link = door.getByTestId('village-door-link');
  await expect(link).toHaveText(/^http:\/\/127\.0\.0\.1:\d+\/v\/[A-Za-z0-9_-]{22}$/);
  const url = (await link.textContent()) ?? '';
  await expect(door.getByRole('button', { name: /复制/ })).toBeVisible();
  // this run has no PUBLIC_URL: the page says the address only works on this machine
  await expect(door.getByText('二维码地址指向本机')).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('village-door-1366.png'), fullPage: true });

  await door.getByRole('button', { name: '打印扫码牌' }).click();
  await expect(page).toHaveURL(new RegExp(`/villages/${village.code}/sign$`));
  const sheet = page.getByTestId('home-sign-sheet');
  await expect(sheet.getByText('驻村干部为您服务')).toBeVisible();
  await expect(page.getByTestId('home-sign-village')).toContainText(village.name.slice(0, 2));
  await expect(page.getByTestId('home-sign-resident')).toHaveCount(village.cadres);
  await expect(sheet.getByText(url)).toBeVisible();
  const sheetQr = page.getByTestId('home-sign-qr');
  await expect(sheetQr).toHaveAttribute('src', `/api/villages/${village.code}/qr.svg`);
  await expect
    .poll(() => sheetQr.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth))
    .toBeGreaterThan(0);
  await expect(page.getByRole('button', { name: '退出登录' })).toHaveCount(0); // no app frame

  // printing a card whose address names this machine asks first; cancel prints nothing
  await page.getByRole('button', { name: '打印' }).click();
  const warning = page.getByRole('dialog');
  await expect(warning).toContainText('二维码地址指向本机');
  await expect(warning).toContainText(url);
  await expect(warning).toContainText('PUBLIC_URL');
  await page.screenshot({ path: test.info().outputPath('village-card-warning.png') });
  await warning.getByRole('button', { name: '取消' }).click();
  await expect(warning).toBeHidden();
  expect(await printsOf(page)).toBe(0);
  await page.getByRole('button', { name: '打印' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '仍然打印' }).click();
  await expect.poll(() => printsOf(page)).toBe(1);

  // what comes out: one A4 page, without the controls
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('button', { name: '打印' })).toBeHidden();
  await page.screenshot({ path: test.info().outputPath('village-card-print.png'), fullPage: true });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  expect(pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g)?.length).toBe(1);
});

test.describe('on a 360-px phone', () => {
  test.use(PHONE);

  test('the villagers’ door fits the village page', async ({ page }) => {
    await signInWithApi(page, ADMIN);
    const village = await villageWithoutHome(page);
    await page.goto(`/villages/${village.code}`);
    const door = page.getByTestId('village-door');
    await expect(door.getByTestId('village-door-link')).toBeVisible();
    await expect(door.getByRole('button', { name: '打印扫码牌' })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: test.info().outputPath('village-door-360.png'), fullPage: true });
  });

  test('/track finds the request, names the village, shows the words, and asks before taking the answer', async ({
    page,
    browser,
  }) => {
    // a villager's request, resolved by the township (staff side through the API, in a context of its own)
    const staff = await browser.newPage();
    await signInWithApi(staff, ADMIN);
    const village = await villageWithoutHome(staff);
    const { token } = (await (
      await staff.request.get(`/api/villages/${village.code}/public-link`)
    ).json()) as {
      token: string;
    };
    const words = `村里小学门口没有减速带，孩子放学过马路很危险 ${Date.now() % 100000}`;
    const submitted = await page.request.post(`/api/public/v/${token}/requests`, {
      data: { category: 'education', description: words, consent: true },
    });
    expect(submitted.status(), await submitted.text()).toBe(200);
    const { trackingCode } = (await submitted.json()) as { trackingCode: string };
    const queue = (await (
      await staff.request.get(`/api/requests?village=${village.code}&open=true&pageSize=200`)
    ).json()) as { items: { id: number; description: string }[] };
    const id = queue.items.find((r) => r.description === words)?.id;
    expect(id, 'the request in the township’s queue').toBeDefined();
    const headers = await csrfHeaders(staff.context());
    for (const [action, data] of [
      ['accept', {}],
      ['resolve', { result: '已在学校门口装好两条减速带和警示牌' }],
    ] as const) {
      const res = await staff.request.post(`/api/requests/${id}/${action}`, { headers, data });
      expect(res.status(), await res.text()).toBe(200);
    }
    await staff.close();

    // the villager types /track, as printed, without the slash
    await page.goto('/track');
    await expect(page).toHaveURL(/\/track$/);
    await expect(page.getByRole('heading', { name: '查询诉求进度' })).toBeVisible();
    await page.getByLabel('查询码').fill(trackingCode);
    await page.getByRole('button', { name: '查询' }).click();
    await expect(page).toHaveURL(new RegExp(`/track/${trackingCode}$`));
    await expect(page.getByTestId('village')).toContainText(village.name);
    await expect(page.getByTestId('description')).toContainText(words);
    await expect(page.getByTestId('state')).toHaveText(/已办结/);
    await expect(page.getByText('已在学校门口装好两条减速带和警示牌')).toBeVisible();

    // the comment box comes before the answers
    const note = page.getByLabel('您的意见（可不填）');
    const noteBox = await note.boundingBox();
    const firstAnswer = await page.getByRole('button', { name: '满意', exact: true }).boundingBox();
    expect(noteBox!.y + noteBox!.height).toBeLessThanOrEqual(firstAnswer!.y);
    await expectNoHorizontalOverflow(page);

    // a tap on 不满意 sends nothing until confirmed; 重新选择 takes it back
    await note.fill('减速带很好，谢谢');
    await page.getByRole('button', { name: '不满意' }).click();
    await expect(page.getByText(/您选择了“不满意”。提交后这条诉求会重新交办/)).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('track-confirm-360.png'), fullPage: true });
    await page.getByRole('button', { name: '重新选择' }).click();
    await expect(page.getByText(/您选择了/)).toBeHidden();
    await page.reload();
    await expect(page.getByTestId('state')).toHaveText(/已办结/); // nothing was sent

    await page.getByLabel('您的意见（可不填）').fill('减速带很好，谢谢');
    await page.getByRole('button', { name: '满意', exact: true }).click();
    await page.getByRole('button', { name: '确定提交“满意”' }).click();
    await expect(page.getByRole('status')).toHaveText('感谢您的评价！');
    await expect(page.getByTestId('state')).toHaveText('已回访');
    await expect(page.getByText('您的评价：满意')).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: test.info().outputPath('track-done-360.png'), fullPage: true });
  });
});
