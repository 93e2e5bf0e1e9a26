import { expect, test } from '@playwright/test';
import {
  addDays,
  expectNoHorizontalOverflow,
  registerCadreWithAccount,
  signInFirstTime,
  signInWithApi,
} from './fixtures.ts';

/** 待办 on each role's home page (issue 17 item 2): what still waits, each a link to its filtered list. */

test.describe('at 1366 px', () => {
  test.use({ viewport: { width: 1366, height: 768 } });

  test('a township sees leave waiting on its home page and follows it to its approval queue', async ({
    browser,
    baseURL,
    page,
  }) => {
    // a cadre of 金城镇 of this test's own applies for two days' leave (the township decides it)
    const name = `待办${Date.now().toString(36).slice(-4)}`;
    const account = await registerCadreWithAccount(browser, baseURL, name);
    const cadre = await browser.newContext({ baseURL, locale: 'zh-CN' });
    const cadrePage = await cadre.newPage();
    const headers = await signInFirstTime(cadrePage, account);
    const today = ((await (await cadrePage.request.get('/api/todos')).json()) as { today: string }).today;
    const applied = await cadrePage.request.post('/api/absences', {
      headers,
      data: {
        kind: 'leave',
        startDate: addDays(today, 5),
        endDate: addDays(today, 6),
        reason: '家中老人住院',
      },
    });
    expect(applied.status(), await applied.text()).toBe(200);
    await cadre.close();

    await signInWithApi(page, 'jincheng');
    const panel = page.getByRole('region', { name: '待办事项' });
    await expect(panel).toBeVisible();
    const leave = panel.getByTestId('todo-leave_to_approve');
    await expect(leave).toContainText('待审批的请假');
    await expect(leave).toContainText(/\d+ 项/);
    await page.screenshot({ path: test.info().outputPath('township-todos.png') });

    await leave.click();
    await expect(page).toHaveURL(/\/duty\/absences\?tab=queue$/);
    await expect(page.getByRole('tab', { name: '待我审批', selected: true })).toBeVisible();
    await expect(page.getByText(name).first()).toBeVisible();
  });
});

test.describe('on a 360-px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('a cadre sees today’s record waiting above the day’s form, records the day, and the item goes away', async ({
    browser,
    baseURL,
    page,
  }) => {
    const account = await registerCadreWithAccount(
      browser,
      baseURL,
      `今天${Date.now().toString(36).slice(-4)}`,
    );
    await signInFirstTime(page, account);
    await page.goto('/');
    await expect(page).toHaveURL(/\/today$/);

    const panel = page.getByRole('region', { name: '待办事项' });
    const row = panel.getByTestId('todo-day_to_record');
    await expect(row).toContainText('今天的记录未填写');
    await expect(row).toContainText('今天');
    // compact: the day's form still starts on the first screen
    const work = page.getByLabel('工作内容');
    const box = await work.boundingBox();
    expect(box, 'the work field is laid out').not.toBeNull();
    expect((box?.y ?? 9999) + 20).toBeLessThan(740);
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: test.info().outputPath('cadre-todos.png') });

    const rest = (
      (await (await page.request.get('/api/duty/today')).json()) as { days: { rest: { day: boolean } }[] }
    ).days[0]!.rest;
    if (rest.day)
      await page.getByRole('radiogroup', { name: '白天' }).getByText('在村', { exact: true }).click();
    await work.fill('走访脱贫户 3 户，了解冬季取暖');
    await page.getByRole('button', { name: '政策宣传员' }).click();
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByText(/^已记录 \d\d:\d\d$/)).toBeVisible();
    await expect(row).toBeHidden();
  });
});
