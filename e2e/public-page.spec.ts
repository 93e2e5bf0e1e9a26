import { expect, type Page, test } from '@playwright/test';
import { signInWithApi } from './fixtures.ts';

test.use({
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  permissions: ['clipboard-read', 'clipboard-write'],
});

async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll, 'page is wider than the screen').toBeLessThanOrEqual(widths.client);
}

test('a villager scans the QR code on a phone, submits a request and tracks it by its code', async ({
  page,
}) => {
  // the address in the village's QR code, as a cadre of 东关村委会's county prints it
  await signInWithApi(page, 'admin', undefined, '/');
  const link = await page.request.get('/api/villages/140622100200/public-link');
  expect(link.status(), await link.text()).toBe(200);
  const { url } = (await link.json()) as { url: string };
  expect(url).toMatch(/\/v\/[A-Za-z0-9_-]{22}$/);
  await page.context().clearCookies(); // the villager has no account

  await page.goto(new URL(url).pathname);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/村|社区/);
  await expect(page.getByRole('heading', { name: '驻村干部' })).toBeVisible();
  await expect(page.locator('.cadres li').first()).toContainText(/1\d{10}/);
  await expect(page.getByText('个人信息告知')).toBeVisible();
  await expectNoHorizontalOverflow(page);

  // without the consent box ticked nothing is sent
  await page.getByLabel('诉求类别').selectOption({ label: '道路水电等基础设施' });
  await page.getByLabel('诉求内容').fill('村东头路灯坏了三天了，晚上走路看不见');
  await page.getByLabel('您的姓名（可不填）').fill('王小明');
  await page.getByLabel('手机号（可不填）').fill('13912345678');
  await page.getByRole('button', { name: '提交诉求' }).click();
  await expect(page.getByRole('alert')).toHaveText('请先阅读并勾选同意个人信息告知');
  await page.getByLabel('我已阅读并同意以上告知').check();
  await page.screenshot({ path: '/tmp/z/public.png', fullPage: true });
  await page.getByRole('button', { name: '提交诉求' }).click();

  await expect(page.getByRole('heading', { name: '提交成功' })).toBeVisible();
  const code = (await page.getByTestId('tracking-code').textContent())?.trim() ?? '';
  expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/);
  await page.getByRole('button', { name: '复制' }).click();
  await expect(page.getByText(/已复制|请长按查询码复制/)).toBeVisible();
  await page.screenshot({ path: '/tmp/z/public-code.png' });

  await page.getByRole('link', { name: '查看办理进度' }).click();
  await expect(page).toHaveURL(new RegExp(`/track/${code}$`));
  await expect(page.getByTestId('state')).toHaveText('已登记，等待受理');
  await expect(page.getByRole('heading', { name: '道路水电等基础设施' })).toBeVisible();
  await expect(page.getByRole('heading', { name: '办理过程' })).toBeVisible();
  const text = (await page.locator('body').textContent()) ?? '';
  expect(text).not.toContain('王小明');
  expect(text).not.toContain('13912345678');
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: '/tmp/z/public-track.png' });

  // a wrong code says so, in Chinese
  await page.goto('/track/2222222222');
  await expect(page.getByRole('alert')).toHaveText('查询码不存在，请核对后重新输入');
});
