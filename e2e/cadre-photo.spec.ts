import { expect, test } from '@playwright/test';
import { csrfHeaders, signInWithApi, solidPng, uniqueIdentity, uniquePhone } from './fixtures.ts';

test('the county admin gives a cadre a photo, sees it (also on a phone) and removes it', async ({ page }) => {
  await signInWithApi(page, 'admin');
  const { idNumber, birthDate, gender } = uniqueIdentity();
  const name = '照片测试';
  const created = await page.request.post('/api/cadres', {
    headers: await csrfHeaders(page.context()),
    data: {
      person: {
        name,
        gender,
        birthDate,
        idNumber,
        phone: uniquePhone(),
        politicalStatus: 'cpc_member',
        educationLevel: 'bachelor',
        fullTimeEducation: true,
        personnelStatus: 'civil_servant',
      },
      posting: {
        villageCode: '140622100200',
        category: 'team_member',
        postTitle: '队员',
        startDate: '2026-01-05',
      },
    },
  });
  expect(created.status(), await created.text()).toBe(200);
  const cadreId = ((await created.json()) as { cadre: { id: number } }).cadre.id;

  await page.goto(`/cadres/${cadreId}`);
  await expect(page.getByRole('heading', { name })).toBeVisible();
  await expect(page.getByRole('img', { name: '暂无照片' })).toBeVisible();

  // antd's Upload opens the file chooser from its button
  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: '上传照片' }).click();
  await (await chooser).setFiles({
    name: 'photo.png',
    mimeType: 'image/png',
    buffer: solidPng(30, 40, [200, 60, 40]),
  });

  const photo = page.getByRole('img', { name: `${name}的照片` });
  await expect(photo).toBeVisible();
  await expect.poll(() => photo.evaluate((img: HTMLImageElement) => img.naturalWidth)).toBe(30);
  await expect(page.getByRole('button', { name: '更换照片' })).toBeVisible();

  // a phone's width: the photo and its buttons stay on screen, nothing scrolls sideways
  await page.setViewportSize({ width: 360, height: 740 });
  await expect(photo).toBeInViewport();
  await expect(page.getByRole('button', { name: '删除照片' })).toBeInViewport();
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll, 'page is wider than the screen').toBeLessThanOrEqual(widths.client);

  await page.getByRole('button', { name: '删除照片' }).click();
  await page
    .locator('.ant-popconfirm')
    .getByRole('button', { name: /确\s*定/ })
    .click();
  await expect(page.getByRole('img', { name: '暂无照片' })).toBeVisible();
  await expect(photo).toHaveCount(0);
  await expect(page.getByRole('button', { name: '上传照片' })).toBeVisible();
  expect((await page.request.get(`/api/cadres/${cadreId}/photo`)).status()).toBe(404);
});
