import { deflateSync } from 'node:zlib';
import {
  type APIRequestContext,
  type Browser,
  type BrowserContext,
  expect,
  type Locator,
  type Page,
} from '@playwright/test';
import { idCheckChar } from '../core/src/id-number.ts';
import { LIGHT_PAGE_PATHS } from '../core/src/light-pages.ts';

export const DEMO_PASSWORD = 'Zhucun@2026';

/** Picks an option of a select labelled `label` inside `scope` (a form group, a drawer). */
export async function pickIn(page: Page, scope: Locator, label: string, option: string): Promise<void> {
  const field = scope.getByLabel(label);
  // the light pages' choices are the phone's own <select>; the full app's are antd's
  if (await field.evaluate((e) => e.tagName === 'SELECT')) {
    await field.selectOption({ label: option });
    return;
  }
  await field.click();
  await page.locator('.ant-select-dropdown:visible').getByText(option, { exact: true }).click();
}

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
  await settled(page);
}

/**
 * Waits until a light page (今天, 请假: docs/web.md §Size) shows its frame. The full app sends a cadre
 * there by a new page load, so a cadre's test opens `/today` itself rather than `/` (which redirects).
 */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(
    (light) => !light.includes(location.pathname) || document.querySelector('.zl-app') !== null,
    [...LIGHT_PAGE_PATHS] as string[],
  );
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
  return `139${String(Math.floor(Math.random() * 1e8)).padStart(8, '0')}`;
}

/**
 * A valid ID number of 应县 nobody has registered yet in this run, with the birth date and gender it encodes:
 * born on a random day of one of `years` (default 1985–1998), with a random sequence (odd = male).
 * A clock-based sequence gave only 800 numbers for one birth date, and a full run registers enough cadres to draw
 * the same one twice.
 */
export function uniqueIdentity(years: [number, number] = [1985, 1998]): {
  idNumber: string;
  birthDate: string;
  gender: 'male' | 'female';
} {
  const [from, to] = years;
  const start = Date.UTC(from, 0, 1);
  const days = Math.round((Date.UTC(to + 1, 0, 1) - start) / 86_400_000);
  const birthDate = new Date(start + Math.floor(Math.random() * days) * 86_400_000)
    .toISOString()
    .slice(0, 10);
  const first17 = `140622${birthDate.replaceAll('-', '')}${String(Math.floor(Math.random() * 1000)).padStart(3, '0')}`;
  return {
    idNumber: `${first17}${idCheckChar(first17)}`,
    birthDate,
    gender: Number(first17[16]) % 2 === 1 ? 'male' : 'female',
  };
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

/** CRC-32 as PNG chunks need it. */
function crc32(bytes: Buffer): number {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

/** A small solid-colour PNG (RGB, 8 bits), made by hand so the test needs no image file. */
export function solidPng(width: number, height: number, rgb: [number, number, number]): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 2, 0, 0, 0], 8); // 8 bits, RGB, deflate, no filter method, no interlace
  const row = Buffer.concat([Buffer.from([0]), Buffer.alloc(width * 3).map((_, i) => rgb[i % 3]!)]);
  const pixels = Buffer.concat(Array.from({ length: height }, () => row));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(pixels)),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

/** The demo township administrators by township code (server/src/seed/demo-accounts.ts). */
export const DEMO_TOWNSHIP_ADMINS: Record<string, string> = {
  '140622100': 'jincheng',
  '140622101': 'nanhezhong',
  '140622102': 'xiashe',
  '140622200': 'zhenziliang',
  '140622201': 'yijing',
  '140622202': 'zangzhai',
  '140622203': 'dahuangwei',
  '140622204': 'xingzhai',
  '140622205': 'xiamayu',
  '140622206': 'nanquan',
  '140622207': 'dalinhe',
  '140622208': 'baimashi',
};

/** The password a spec's own accounts get after their first sign-in (it satisfies the default policy). */
export const NEW_PASSWORD = 'Qingshan#2026river';

/**
 * A dispatched cadre of the calling spec's own, with a sign-in account, posted 60 days ago to `villageCode`
 * (default 东关村委会 of 金城镇, whose township administrator is `jincheng`), registered through the API by
 * `admin` in a context of its own. Returns the account's name and one-time password.
 */
export async function registerCadreWithAccount(
  browser: Browser,
  baseURL: string | undefined,
  name: string,
  villageCode = '140622100200',
): Promise<{ username: string; oneTimePassword: string }> {
  const context = await browser.newContext({ baseURL, locale: 'zh-CN' });
  const login = await context.request.post('/api/auth/login', {
    data: { username: 'admin', password: DEMO_PASSWORD },
  });
  expect(login.status(), await login.text()).toBe(200);
  const { idNumber, birthDate, gender } = uniqueIdentity();
  const postedOn = new Date(Date.now() - 60 * 86_400_000).toISOString().slice(0, 10);
  const created = await context.request.post('/api/cadres', {
    headers: await csrfHeaders(context),
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
      posting: { villageCode, category: 'team_member', postTitle: '队员', startDate: postedOn },
      createAccount: true,
    },
  });
  expect(created.status(), await created.text()).toBe(200);
  const { account } = (await created.json()) as { account: { username: string; oneTimePassword: string } };
  await context.close();
  return account;
}

/** Signs a new account in on the page's context with its one-time password and sets `NEW_PASSWORD`. */
export async function signInFirstTime(
  page: Page,
  account: { username: string; oneTimePassword: string },
): Promise<Record<string, string>> {
  const login = await page.request.post('/api/auth/login', {
    data: { username: account.username, password: account.oneTimePassword },
  });
  expect(login.status(), await login.text()).toBe(200);
  const changed = await page.request.post('/api/auth/password', {
    headers: await csrfHeaders(page.context()),
    data: { currentPassword: account.oneTimePassword, newPassword: NEW_PASSWORD },
  });
  expect(changed.status(), await changed.text()).toBe(200);
  return csrfHeaders(page.context());
}

/** The date `n` days after a `YYYY-MM-DD` date (negative: before): core's own rule. */
export { addDays } from '../core/src/posting.ts';

/** The page is no wider than the screen: nothing to scroll sideways on a phone. */
export async function expectNoHorizontalOverflow(page: Page): Promise<void> {
  const widths = await page.evaluate(() => ({
    scroll: document.documentElement.scrollWidth,
    client: document.documentElement.clientWidth,
  }));
  expect(widths.scroll, 'page is wider than the screen').toBeLessThanOrEqual(widths.client);
}

/** Signs in through the API alone (no page is opened): for the accounts the phone never shows. */
export async function signInWithRequest(context: BrowserContext, username: string): Promise<void> {
  const res = await context.request.post('/api/auth/login', { data: { username, password: DEMO_PASSWORD } });
  expect(res.status(), await res.text()).toBe(200);
}
