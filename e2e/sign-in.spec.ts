import { expect, test } from '@playwright/test';
import { createUser, csrfHeaders, DEMO_PASSWORD, signInWithForm, uniqueUsername } from './fixtures.ts';

const TOWNSHIPS = [
  '金城镇',
  '南河种镇',
  '下社镇',
  '镇子梁乡',
  '义井乡',
  '臧寨乡',
  '大黄巍乡',
  '杏寨乡',
  '下马峪乡',
  '南泉乡',
  '大临河乡',
  '白马石乡',
];

test('the county admin signs in and sees 12 townships with 223 villages and communities', async ({
  page,
}) => {
  await signInWithForm(page, 'admin', DEMO_PASSWORD);

  await expect(page).toHaveURL('/');
  await expect(page.getByRole('heading', { name: '行政区划' })).toBeVisible();
  await expect(page.getByRole('region', { name: '乡镇', exact: true })).toContainText('12');
  await expect(page.getByRole('region', { name: '村', exact: true })).toContainText('214');
  await expect(page.getByRole('region', { name: '社区', exact: true })).toContainText('9');
  await expect(page.getByRole('region', { name: '村（社区）合计' })).toContainText('223');

  const tree = page.getByRole('tree');
  await expect(tree.getByRole('treeitem', { level: 1 })).toHaveText('应县（村 214 · 社区 9）');
  await expect(tree.getByRole('treeitem', { level: 2 })).toHaveCount(12);
  for (const name of TOWNSHIPS) await expect(tree.getByText(name, { exact: false }).first()).toBeVisible();
  await expect(tree.getByText('金城镇（村 22 · 社区 9）')).toBeVisible();
  await expect(page.getByRole('button', { name: '退出登录' })).toBeVisible();
});

test('a wrong password is refused with the server message and no session', async ({ page }) => {
  await signInWithForm(page, 'admin', 'Wrong#Passw0rd');

  await expect(page.getByRole('alert')).toContainText('用户名或密码不正确');
  await expect(page).toHaveURL(/\/login$/);
  expect((await page.request.get('/api/auth/me')).status()).toBe(401);
});

test('a new user signs in with the one-time password and must change it first', async ({ page }) => {
  await signInWithForm(page, 'admin', DEMO_PASSWORD);
  await expect(page.getByRole('tree')).toBeVisible();
  const username = uniqueUsername('e2e');
  const oneTimePassword = await createUser(page.request, await csrfHeaders(page.context()), {
    username,
    displayName: '测试乡镇管理员',
    roles: [{ role: 'township_admin', divisionCode: '140622100' }],
  });
  await page.getByRole('button', { name: '退出登录' }).click();
  await expect(page).toHaveURL(/\/login$/);

  await signInWithForm(page, username, oneTimePassword);
  await expect(page).toHaveURL(/\/change-password$/);
  await expect(page.getByText('您正在使用一次性密码登录')).toBeVisible();
  // Everything else is closed until the password is changed, in the app and at the API.
  await page.goto('/');
  await expect(page).toHaveURL(/\/change-password$/);
  const blocked = await page.request.get('/api/divisions/tree');
  expect(blocked.status()).toBe(403);
  expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe('password_change_required');

  const newPassword = 'Yingxian#Cadre7';
  // The server's answer about a field is shown beside that field.
  await page.getByLabel('当前密码').fill('Not-the-0ne-time');
  await page.getByLabel('新密码', { exact: true }).fill(newPassword);
  await page.getByLabel('确认新密码').fill(newPassword);
  await page.getByRole('button', { name: '保存新密码' }).click();
  await expect(page.getByText('当前密码不正确')).toBeVisible();

  await page.getByLabel('当前密码').fill(oneTimePassword);
  await page.getByLabel('新密码', { exact: true }).fill(newPassword);
  await page.getByLabel('确认新密码').fill(newPassword);
  await page.getByRole('button', { name: '保存新密码' }).click();

  await expect(page).toHaveURL('/');
  await expect(page.getByRole('tree').getByRole('treeitem', { level: 1 })).toHaveText(
    '金城镇（村 22 · 社区 9）',
  );
});

test('five wrong passwords lock the account, and then even the right one is refused', async ({ page }) => {
  await page.goto('/login');
  const alert = page.getByRole('alert');
  for (let attempt = 1; attempt <= 5; attempt++) {
    await page.getByLabel('用户名').fill('xiashe');
    await page.getByLabel('密码').fill(`Wrong#Passw0rd${attempt}`);
    const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
    await page.getByRole('button', { name: '登录' }).click();
    expect([401, 423]).toContain((await answer).status());
    await expect(alert).toBeVisible();
  }

  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  const answer = page.waitForResponse((r) => r.url().endsWith('/api/auth/login'));
  await page.getByRole('button', { name: '登录' }).click();
  expect((await answer).status()).toBe(423);
  await expect(alert).toContainText('账号已锁定');
  await expect(page).toHaveURL(/\/login$/);
});

test('signing out returns to the sign-in page and ends the session', async ({ page }) => {
  await signInWithForm(page, 'viewer', DEMO_PASSWORD);
  await expect(page.getByRole('tree')).toBeVisible();
  expect((await page.request.get('/api/auth/me')).status()).toBe(200);

  await page.getByRole('button', { name: '退出登录' }).click();

  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('button', { name: '登录' })).toBeVisible();
  expect((await page.request.get('/api/auth/me')).status()).toBe(401);
  await page.goto('/users');
  await expect(page).toHaveURL(/\/login$/);
});

test('when the session ends on the server, the next request returns to sign-in and back afterwards', async ({
  page,
}) => {
  await signInWithForm(page, 'admin', DEMO_PASSWORD);
  await expect(page.getByRole('tree')).toBeVisible();
  await page.request.post('/api/auth/logout', { headers: await csrfHeaders(page.context()) });

  await page.getByRole('navigation', { name: '主菜单' }).getByRole('menuitem', { name: '用户管理' }).click();
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole('alert')).toContainText('请先登录');

  await page.getByLabel('用户名').fill('admin');
  await page.getByLabel('密码').fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: '登录' }).click();
  await expect(page).toHaveURL(/\/users$/);
  await expect(page.getByRole('heading', { name: '用户管理' })).toBeVisible();
});
