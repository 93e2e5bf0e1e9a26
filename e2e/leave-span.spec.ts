import { expect, test } from '@playwright/test';
import { addDays, registerCadreWithAccount, signInFirstTime, signInWithRequest } from './fixtures.ts';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const shot = (name: string) => `/tmp/z/leave-span-${name}.png`;
const REASON = '回老家照顾住院的父亲';

/** The first Monday at least `ahead` days after `date`. */
function mondayAfter(date: string, ahead: number): string {
  let d = addDays(date, ahead);
  while (new Date(`${d}T00:00:00Z`).getUTCDay() !== 1) d = addDays(d, 1);
  return d;
}

test('leave split into short requests is counted as one and goes to the county; both sides are told why', async ({
  page,
  browser,
  baseURL,
}) => {
  const name = '连休测试';
  const headers = await signInFirstTime(page, await registerCadreWithAccount(browser, baseURL, name));
  const { today } = (await (await page.request.get('/api/duty/today')).json()) as { today: string };
  const monday = mondayAfter(today, 21);
  // Monday–Wednesday and Thursday–Saturday, three days each: each alone within the township's limit
  for (const [start, end] of [
    [monday, addDays(monday, 2)],
    [addDays(monday, 3), addDays(monday, 5)],
  ] as const) {
    const applied = await page.request.post('/api/absences', {
      headers,
      data: { kind: 'leave', startDate: start, endDate: end, reason: REASON },
    });
    expect(applied.status(), await applied.text()).toBe(200);
  }

  // the cadre asks for the Sunday too: before sending, the page says it goes to the county, and why
  await page.goto(`/leave?date=${addDays(monday, 6)}`);
  const note = page.getByRole('status').filter({ hasText: '县委组织部' });
  await expect(note).toContainText(
    `将报县委组织部审批：连同前后请假共 7 天（${monday} 至 ${addDays(monday, 6)}），超过乡镇可批的 3 天`,
  );
  await page.getByLabel('事由').fill(REASON);
  await page.screenshot({ path: shot('apply'), fullPage: true });
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(page.getByText('已提交，等待审批')).toBeVisible();
  const sunday = page.getByRole('list', { name: '我的申请' }).getByRole('listitem').first();
  await expect(sunday).toContainText(`${addDays(monday, 6)} 至 ${addDays(monday, 6)}`);
  await expect(sunday).toContainText('连同前后请假共 7 天');
  await expect(sunday).toContainText('乡镇同意后报县委组织部审批');
  const widths = await page.evaluate(() => [
    document.documentElement.scrollWidth,
    document.documentElement.clientWidth,
  ]);
  expect(widths[0], 'page is wider than the screen').toBeLessThanOrEqual(widths[1]!);

  // the township sees the whole leave on each request, and its approval only forwards it
  const township = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    reducedMotion: 'reduce',
    viewport: { width: 1366, height: 800 },
  });
  await signInWithRequest(township, 'jincheng');
  const approver = await township.newPage();
  await approver.goto('/duty/absences');
  const rows = approver.getByRole('row').filter({ hasText: name });
  await expect(rows).toHaveCount(3);
  for (const row of await rows.all()) {
    await expect(row).toContainText(`连同前后请假共 7 天（${monday} 至 ${addDays(monday, 6)}，3 次申请）`);
    await expect(row).toContainText('乡镇 → 县委组织部');
  }
  const first = rows.filter({ hasText: `${monday} ~` });
  await first.getByRole('button', { name: '批准', exact: true }).click();
  const dialog = approver.getByRole('dialog');
  await expect(dialog).toContainText('连同前后请假共 7 天');
  await expect(dialog).toContainText('前后相连的请假（中间只隔周末或节假日）合并计算天数');
  await expect(dialog).toContainText('乡镇同意后报县委组织部审批');
  await approver.screenshot({ path: shot('decision') });
  await dialog.getByRole('button', { name: '批准', exact: true }).click();
  await expect(approver.getByText('已同意，转县委组织部审批')).toBeVisible();
  await expect(rows).toHaveCount(2);
  await township.close();
});
