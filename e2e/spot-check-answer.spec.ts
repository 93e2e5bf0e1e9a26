import { expect, test } from '@playwright/test';
import {
  addDays,
  csrfHeaders,
  expectNoHorizontalOverflow,
  registerCadreWithAccount,
  signInFirstTime,
  signInWithRequest,
} from './fixtures.ts';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const NOTE = '视频点名未接通，电话联系称在县城办事';
const STATEMENT = '当晚在村委会值班，手机没电未接通视频，村支书可以作证';
const shot = (name: string) => `/tmp/z/spot-check-answer-${name}.png`;

test('a cadre told of a spot check that contradicts their record answers it once, on the phone', async ({
  page,
  browser,
  baseURL,
}) => {
  const name = '抽查说明测试';
  const account = await registerCadreWithAccount(browser, baseURL, name);

  // the cadre signs in, sets a password, and records yesterday as in the village by day and night
  const headers = await signInFirstTime(page, account);
  const today = (await (await page.request.get('/api/duty/today')).json()) as {
    today: string;
    person: { id: number };
  };
  const yesterday = addDays(today.today, -1);
  const saved = await page.request.put(`/api/duty/my/days/${yesterday}`, {
    headers,
    data: { day: 'village', night: 'village', work: '入户走访脱贫户，了解冬季取暖情况' },
  });
  expect(saved.status(), await saved.text()).toBe(200);

  // the township's video roll call that evening finds nobody: a discrepancy
  const township = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce',
    viewport: { width: 1366, height: 800 },
  });
  await signInWithRequest(township, 'jincheng');
  const checked = await township.request.post('/api/spot-checks', {
    headers: await csrfHeaders(township),
    data: {
      personId: today.person.id,
      checkedAt: `${yesterday}T20:30`,
      method: 'video',
      finding: 'absent',
      note: NOTE,
    },
  });
  expect(checked.status(), await checked.text()).toBe(200);
  const check = (await checked.json()) as { id: number; discrepancy: boolean };
  expect(check.discrepancy).toBe(true);

  // the bell names the check and carries the checker's note; it leads to 今天
  await page.goto('/leave');
  await page.getByRole('button', { name: /^消息（1 条未读）$/ }).click();
  const message = page.getByRole('dialog').getByRole('listitem').filter({ hasText: '抽查与记录不符' });
  await expect(message).toContainText(new RegExp(`\\d+月\\d+日的抽查与记录不符：${NOTE}`));
  await page.screenshot({ path: shot('bell') });
  await message.click();
  await expect(page).toHaveURL(/\/today$/);

  // the check waits for an answer at the top of 今天
  const toAnswer = page.getByRole('region', { name: '待说明的抽查' });
  await expect(toAnswer).toContainText('的抽查与记录不符');
  await expect(toAnswer).toContainText(`抽查人记录：${NOTE}`);
  await expect(toAnswer).toContainText('视频点名');
  await toAnswer.getByRole('button', { name: '提交说明' }).click();
  await expect(toAnswer.getByRole('alert')).toContainText('请写下情况说明');
  await toAnswer.getByRole('textbox', { name: '情况说明' }).fill(STATEMENT);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: shot('form') });
  await toAnswer.getByRole('button', { name: '提交说明' }).click();
  await expect(page.getByText('说明已提交')).toBeVisible();
  await expect(toAnswer).toBeHidden();
  // this check, yesterday at 20:30: other roll calls (a meeting to come, their attendance checks) are 视频点名 items too
  const mine = page
    .getByRole('listitem')
    .filter({ hasText: `${yesterday} 20:30` })
    .filter({ hasText: '视频点名' });
  await expect(mine).toContainText('不一致');
  await expect(mine).toContainText(`我的说明：${STATEMENT}`);
  await mine.scrollIntoViewIfNeeded();
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: shot('answered'), fullPage: true });

  // once only: a second answer is refused, in Chinese
  const again = await page.request.post(`/api/duty/my/spot-checks/${check.id}/answer`, {
    headers: await csrfHeaders(page.context()),
    data: { answer: '再补充一句' },
  });
  expect(again.status()).toBe(409);
  expect(((await again.json()) as { error: { message: string } }).error.message).toBe(
    '您已对这次抽查作出说明，说明只能提交一次',
  );

  // the township reads the statement beside its check
  const checker = await township.newPage();
  await checker.goto('/duty/spot-checks');
  const row = checker.getByRole('row').filter({ hasText: NOTE });
  await expect(row).toContainText(name);
  await expect(row).toContainText(`干部说明：${STATEMENT}`);
  await row.scrollIntoViewIfNeeded();
  await checker.screenshot({ path: shot('township') });
  await township.close();
});
