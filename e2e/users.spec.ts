import { expect, type Page, test } from '@playwright/test';
import { searchUsers, signInWithApi, signInWithForm, uniquePhone, uniqueUsername } from './fixtures.ts';

/** Chooses a role in the new-user dialog's role select. */
async function pickRole(page: Page, roleName: string): Promise<void> {
  await page.getByRole('dialog').getByLabel('角色').click();
  await page.locator('.ant-select-dropdown').getByTitle(roleName, { exact: true }).click();
}

test('the system admin creates a township admin by division code and sees the one-time password once', async ({
  page,
}) => {
  await signInWithApi(page, 'sysadmin', undefined, '/users');
  await expect(page.getByRole('heading', { name: '用户管理' })).toBeVisible();
  const username = uniqueUsername('ui');

  await page.getByRole('button', { name: '新建用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新建用户' });
  await dialog.getByLabel('用户名').fill(username);
  await dialog.getByLabel('姓名').fill('界面测试');
  await pickRole(page, '乡镇管理员');
  // system_admin has no divisions:read, so the scope is typed as a code.
  await dialog.getByLabel('乡镇区划代码').fill('140622101');
  await dialog.getByRole('button', { name: '保存' }).click();

  const otp = page.getByRole('dialog', { name: '一次性密码' });
  await expect(otp).toContainText('此密码只显示这一次');
  await expect(otp.getByRole('button', { name: '复制密码' })).toBeVisible();
  const password = (await otp.getByTestId('one-time-password').textContent())?.trim() ?? '';
  expect(password.length).toBeGreaterThanOrEqual(8);
  await otp.getByRole('button', { name: '我已记下' }).click();
  await expect(otp).toBeHidden();

  await searchUsers(page, username);
  const row = page.getByRole('row', { name: new RegExp(username) });
  await expect(row).toContainText('乡镇管理员 · 南河种镇');
  await expect(row).toContainText('待改密');

  await row.getByRole('button', { name: '停用' }).click();
  await page.getByRole('dialog').getByRole('button', { name: '停用' }).click();
  await expect(row).toContainText('已停用');

  await page.context().clearCookies();
  await signInWithForm(page, username, password);
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page).toHaveURL(/\/login$/);
});

test('the county admin picks a village from the division tree for a cadre', async ({ page }) => {
  await signInWithApi(page, 'admin', undefined, '/users');
  const username = uniqueUsername('cadre');

  await page.getByRole('button', { name: '新建用户' }).click();
  const dialog = page.getByRole('dialog', { name: '新建用户' });
  await dialog.getByLabel('用户名').fill(username);
  await dialog.getByLabel('姓名').fill('驻村测试');
  const phone = uniquePhone();
  await dialog.getByLabel('手机号').fill(phone);
  await pickRole(page, '驻村干部');
  await dialog.getByLabel('所属区划').click();
  await dialog.getByLabel('所属区划').fill('东关社区');
  await page.locator('.ant-select-dropdown').getByTitle('东关社区居委会').click();
  await dialog.getByRole('button', { name: '保存' }).click();

  await page.getByRole('dialog', { name: '一次性密码' }).getByRole('button', { name: '我已记下' }).click();
  await searchUsers(page, username);
  await expect(page.getByRole('row', { name: new RegExp(username) })).toContainText(
    '驻村干部 · 东关社区居委会',
  );

  // renaming keeps the phone, which the form only knows masked
  const masked = `${phone.slice(0, 3)}****${phone.slice(7)}`;
  await page
    .getByRole('row', { name: new RegExp(username) })
    .getByRole('button', { name: '编辑' })
    .click();
  const edit = page.getByRole('dialog', { name: '编辑用户' });
  await expect(edit.getByText(`当前为 ${masked}，留空则不修改`)).toBeVisible();
  await edit.getByLabel('姓名').fill('驻村测试改名');
  await edit.getByRole('button', { name: '保存' }).click();
  await expect(edit).toBeHidden();
  const row = page.getByRole('row', { name: new RegExp(username) });
  await expect(row).toContainText('驻村测试改名');
  await expect(row).toContainText(masked);
});
