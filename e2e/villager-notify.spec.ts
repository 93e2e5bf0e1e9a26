import { expect, test } from '@playwright/test';
import { DEMO_TOWNSHIP_ADMINS, expectNoHorizontalOverflow, signInWithApi } from './fixtures.ts';

/*
 * Issue 13 (8a, 8c): a villager raises a request on the village's public page, on a 360-px phone,
 * and the village's stationed cadre hears of it in the bell, which names the village and the category
 * (and the township's administrator too); the item opens the request.
 */
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
test.use(PHONE);

test('a villager’s request from the QR page reaches the cadre’s bell, naming village and category', async ({
  page,
  browser,
}) => {
  // the cadre's village and the address in its QR code (what the villager scans)
  const cadre = await browser.newPage(PHONE);
  await signInWithApi(cadre, 'shuji', undefined, '/today');
  const { person } = (await (await cadre.request.get('/api/duty/today')).json()) as {
    person: { villageCode: string };
  };
  const { url } = (await (
    await cadre.request.get(`/api/villages/${person.villageCode}/public-link`)
  ).json()) as {
    url: string;
  };

  // the villager, on a phone, no account
  const words = `家里老人行动不便，希望村医上门量血压 ${Date.now() % 100000}`;
  await page.goto(new URL(url).pathname);
  const villageName = ((await page.getByRole('heading', { level: 1 }).textContent()) ?? '').trim();
  expect(villageName).not.toBe('');
  await page.getByLabel('诉求类别').selectOption({ label: '看病就医' });
  await page.getByLabel('诉求内容').fill(words);
  await page.getByLabel('我已阅读并同意以上告知').check();
  await expectNoHorizontalOverflow(page);
  await page.getByRole('button', { name: '提交诉求' }).click();
  await expect(page.getByRole('heading', { name: '提交成功' })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('villager-submitted-360.png'), fullPage: true });

  // the cadre's bell, on their phone: the village, the category, the villager's words
  await cadre.reload();
  const bell = cadre.getByRole('button', { name: /^消息（\d+ 条未读）$/ });
  await expect(bell).toBeVisible();
  await bell.click();
  const drawer = cadre.getByRole('dialog', { name: '消息' });
  const item = drawer.getByRole('listitem').filter({ hasText: words });
  await expect(item).toContainText(new RegExp(`${villageName}：村民扫码反映了看病就医诉求 #\\d+`));
  await expectNoHorizontalOverflow(cadre);
  await cadre.screenshot({ path: test.info().outputPath('cadre-bell-360.png') });
  await item.click();
  await expect(cadre).toHaveURL(/\/requests\/\d+$/);
  await expect(cadre.locator('.ant-descriptions')).toContainText(words);
  await cadre.close();

  // the township's administrator hears of it too
  const admin = DEMO_TOWNSHIP_ADMINS[person.villageCode.slice(0, 9)];
  expect(admin, `a demo township administrator over ${person.villageCode}`).toBeDefined();
  const township = await browser.newPage(PHONE);
  await signInWithApi(township, admin ?? '');
  await township.getByRole('button', { name: /^消息（\d+ 条未读）$/ }).click();
  await expect(
    township.getByRole('dialog', { name: '消息' }).getByRole('listitem').filter({ hasText: words }),
  ).toContainText(`${villageName}：村民扫码反映了看病就医诉求`);
  await township.close();
});
