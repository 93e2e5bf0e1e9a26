import { type APIRequestContext, type BrowserContext, expect, type Page } from '@playwright/test';

export const DEMO_PASSWORD = 'Zhucun@2026';

/** Signs in through the form, as a person would. */
export async function signInWithForm(page: Page, username: string, password: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码').fill(password);
  await page.getByRole('button', { name: '登录' }).click();
}

/** Signs in through the API (cookies land in the page's context), then opens `path`. */
export async function signInWithApi(
  page: Page,
  username: string,
  password = DEMO_PASSWORD,
  path = '/',
): Promise<void> {
  const response = await page.request.post('/api/auth/login', { data: { username, password } });
  expect(response.status(), await response.text()).toBe(200);
  await page.goto(path);
}

/** The x-csrf-token header from the zc_csrf cookie the server set at sign-in. */
export async function csrfHeaders(context: BrowserContext): Promise<Record<string, string>> {
  const cookie = (await context.cookies()).find((c) => c.name === 'zc_csrf');
  expect(cookie, 'zc_csrf cookie after sign-in').toBeDefined();
  return { 'x-csrf-token': cookie?.value ?? '' };
}

/** Creates an account as the signed-in admin; returns the one-time password. */
export async function createUser(
  request: APIRequestContext,
  headers: Record<string, string>,
  body: { username: string; displayName: string; roles: { role: string; divisionCode: string | null }[] },
): Promise<string> {
  const response = await request.post('/api/users', { headers, data: { phone: null, ...body } });
  expect([200, 201], await response.text()).toContain(response.status());
  const json = (await response.json()) as { oneTimePassword: string };
  return json.oneTimePassword;
}

/** A mobile number nobody has used yet in this run (phones are unique per account). */
export function uniquePhone(): string {
  return `139${String(Date.now() % 1e8).padStart(8, '0')}`;
}

/** Narrows the users page to one account through its search box. */
export async function searchUsers(page: Page, text: string): Promise<void> {
  const search = page.getByRole('searchbox', { name: '搜索用户名、姓名或手机号' });
  await search.fill(text);
  await search.press('Enter');
}

/** A username nobody has used yet in this run. */
export function uniqueUsername(prefix: string): string {
  return `${prefix}${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
}
