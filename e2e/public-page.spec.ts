import { expect, type Page, test } from '@playwright/test';
import { DEMO_TOWNSHIP_ADMINS, expectNoHorizontalOverflow, signInWithApi } from './fixtures.ts';

/*
 * The villager's side of issue 5, the whole loop: a villager scans the village's QR code on a phone,
 * submits a request and gets a tracking code; the township administrator finds it in the web app's
 * queue, accepts and resolves it; the villager sees it resolved with the result, answers 不满意 and it
 * reopens; the township sees the reopen (a 回访 by the villager) and the count. The villager's name and
 * phone never show on the public tracking page.
 */
test.describe.configure({ mode: 'serial' });

const PHONE = {
  viewport: { width: 360, height: 740 },
  isMobile: true,
  hasTouch: true,
  permissions: ['clipboard-read', 'clipboard-write'],
};
const VILLAGE = '140622100200';
const DESCRIPTION = '村东头路灯坏了三天了，晚上走路看不见';
const NAME = '王小明';
const MOBILE = '13912345678';
const RESULT = '已协调电工更换路灯两盏，当晚恢复照明';
const COMPLAINT = '换了一盏，另一盏还是不亮';
const facts = { code: '', villageName: '' };

/** Whatever the tracking page shows, the submitter's name and phone are not in it. */
async function expectNoSubmitterDetails(page: Page): Promise<void> {
  const text = (await page.locator('body').textContent()) ?? '';
  expect(text).not.toContain(NAME);
  expect(text).not.toContain(MOBILE);
  expect(text).not.toContain(MOBILE.slice(-4));
}

/** The village's township administrator opens the request from the queue, as found by its description. */
async function openInTownshipQueue(page: Page): Promise<void> {
  const admin = DEMO_TOWNSHIP_ADMINS[VILLAGE.slice(0, 9)];
  expect(admin, `a demo admin for ${VILLAGE.slice(0, 9)}`).toBeDefined();
  await signInWithApi(page, admin ?? '', undefined, '/requests');
  await expect(page.getByRole('heading', { name: '群众诉求' })).toBeVisible();
  // the township has many requests: narrow the queue to the village
  await page.getByLabel('村（社区）').click();
  await page.locator('.ant-select-dropdown:visible').getByText(facts.villageName, { exact: true }).click();
  await expect(page).toHaveURL(new RegExp(`village=${VILLAGE}`));
  await page.getByRole('cell', { name: new RegExp(DESCRIPTION) }).click();
  await expect(page).toHaveURL(/\/requests\/\d+$/);
  await expect(page.getByRole('heading', { name: /诉求 #\d+ · 基础设施/ })).toBeVisible();
}

test.describe('the villager on a phone', () => {
  test.use(PHONE);

  test('scans the QR code, submits a request and tracks it by its code', async ({ page }) => {
    // the address in the village's QR code, as the county prints it
    await signInWithApi(page, 'admin', undefined, '/');
    const link = await page.request.get(`/api/villages/${VILLAGE}/public-link`);
    expect(link.status(), await link.text()).toBe(200);
    const { url } = (await link.json()) as { url: string };
    expect(url).toMatch(/\/v\/[A-Za-z0-9_-]{22}$/);
    await page.context().clearCookies(); // the villager has no account

    await page.goto(new URL(url).pathname);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(/村|社区/);
    facts.villageName = (await page.getByRole('heading', { level: 1 }).textContent()) ?? '';
    // exact: the star-rating survey's heading 群众评议驻村干部（…年度） contains the words too
    await expect(page.getByRole('heading', { name: '驻村干部', exact: true })).toBeVisible();
    await expect(page.locator('.cadres li').first()).toContainText(/1\d{10}/);
    await expect(page.getByText('个人信息告知')).toBeVisible();
    await expectNoHorizontalOverflow(page);

    // without the consent box ticked nothing is sent
    await page.getByLabel('诉求类别').selectOption({ label: '道路水电等基础设施' });
    await page.getByLabel('诉求内容').fill(DESCRIPTION);
    await page.getByLabel('您的姓名（可不填）').fill(NAME);
    await page.getByLabel('手机号（可不填）').fill(MOBILE);
    await page.getByRole('button', { name: '提交诉求' }).click();
    await expect(page.getByRole('alert')).toHaveText('请先阅读并勾选同意个人信息告知');
    await page.getByLabel('我已阅读并同意以上告知').check();
    await page.screenshot({ path: '/tmp/z/public.png', fullPage: true });
    await page.getByRole('button', { name: '提交诉求' }).click();

    await expect(page.getByRole('heading', { name: '提交成功' })).toBeVisible();
    const code = (await page.getByTestId('tracking-code').textContent())?.trim() ?? '';
    expect(code).toMatch(/^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{10}$/);
    facts.code = code;
    await page.getByRole('button', { name: '复制' }).click();
    await expect(page.getByText(/已复制|请长按查询码复制/)).toBeVisible();
    await page.screenshot({ path: '/tmp/z/public-code.png' });

    await page.getByRole('link', { name: '查看办理进度' }).click();
    await expect(page).toHaveURL(new RegExp(`/track/${code}$`));
    await expect(page.getByTestId('state')).toHaveText('已登记，等待受理');
    await expect(page.getByRole('heading', { name: '道路水电等基础设施' })).toBeVisible();
    await expect(page.getByRole('heading', { name: '办理过程' })).toBeVisible();
    await expectNoSubmitterDetails(page);
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: '/tmp/z/public-track.png' });

    // a wrong code says so, in Chinese
    await page.goto('/track/2222222222');
    await expect(page.getByRole('alert')).toHaveText('查询码不存在，请核对后重新输入');
  });
});

test.describe('the township on a desktop', () => {
  test('finds it in the queue by its description, accepts and resolves it', async ({ page }) => {
    await openInTownshipQueue(page);
    const details = page.locator('.ant-descriptions');
    await expect(details).toContainText(DESCRIPTION);
    await expect(details).toContainText('群众扫码');
    // staff see the submitter, masked
    await expect(details).not.toContainText(MOBILE);
    await expect(details).not.toContainText(NAME);

    await page.getByRole('button', { name: '受理' }).click();
    let dialog = page.getByRole('dialog');
    await dialog.getByLabel('责任人（选填）').fill('乡镇村建办');
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('.ant-timeline')).toContainText('受理');

    await page.getByRole('button', { name: '办结' }).click();
    dialog = page.getByRole('dialog');
    await dialog.getByLabel('办理结果').fill(RESULT);
    await dialog.getByRole('button', { name: '确定' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.locator('.ant-timeline')).toContainText('办结');
    await expect(details).toContainText(RESULT);
    await expect(page.getByRole('button', { name: '受理' })).toHaveCount(0);
  });
});

test.describe('the villager on a phone, days later', () => {
  test.use(PHONE);

  test('sees it resolved with the result, answers 不满意, and it is reopened', async ({ page }) => {
    await page.goto('/track/');
    await page.getByLabel('查询码').fill(facts.code.toLowerCase());
    await page.getByRole('button', { name: '查询' }).click();
    await expect(page).toHaveURL(new RegExp(`/track/${facts.code}$`));

    await expect(page.getByTestId('state')).toHaveText(/已办结/);
    await expect(page.getByRole('heading', { name: '办理结果', exact: true })).toBeVisible();
    await expect(page.getByText(RESULT)).toBeVisible();
    await expect(page.getByRole('heading', { name: '您对办理结果满意吗？' })).toBeVisible();
    await expectNoSubmitterDetails(page);
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: '/tmp/z/public-resolved.png', fullPage: true });

    await page.getByPlaceholder('还有什么想说的（可不填）').fill(COMPLAINT);
    await page.getByRole('button', { name: '不满意' }).click();
    // the answer goes only once confirmed
    await page.getByRole('button', { name: '确定提交“不满意”' }).click();
    await expect(page.getByRole('status')).toHaveText('已收到您的评价，诉求已重新交办，我们会继续办理。');
    await expect(page.getByTestId('state')).toHaveText('办理中');
    await expect(page.getByRole('heading', { name: '您对办理结果满意吗？' })).toHaveCount(0);
    await expectNoSubmitterDetails(page);
    await expectNoHorizontalOverflow(page);

    // coming back later shows the same: it is being worked again, and the question is not asked twice
    await page.reload();
    await expect(page.getByTestId('state')).toHaveText('办理中');
    await expect(page.locator('.timeline li').last()).toContainText('办理中');
    await expect(page.getByRole('button', { name: '不满意' })).toHaveCount(0);
    await expect(page.getByText(COMPLAINT)).toHaveCount(0); // the note is for the staff only
    await expectNoSubmitterDetails(page);
    await page.screenshot({ path: '/tmp/z/public-reopened.png', fullPage: true });
  });
});

test.describe('the township on a desktop, after the follow-up', () => {
  test('sees the villager reopened it: a 回访 in the timeline and the count', async ({ page }) => {
    await openInTownshipQueue(page);
    const last = page.locator('.ant-timeline-item').last();
    await expect(last).toContainText('回访');
    await expect(last).toContainText('办理中');
    await expect(last).toContainText('群众');
    await expect(last).toContainText(COMPLAINT);
    const details = page.locator('.ant-descriptions');
    await expect(details).toContainText('重新办理 1 次');
    await expect(details).toContainText('不满意');
    // reopened: it can be resolved again
    await expect(page.getByRole('button', { name: '办结' })).toBeVisible();
    await page.screenshot({ path: '/tmp/z/public-reopened-township.png', fullPage: true });
  });
});
