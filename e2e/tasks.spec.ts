import { expect, test } from '@playwright/test';
import {
  addDays,
  expectNoHorizontalOverflow,
  registerCadreWithAccount,
  signInFirstTime,
  signInWithRequest,
} from './fixtures.ts';

const VILLAGE = '140622100200'; // 东关村委会, 金城镇
const run = Date.now() % 100_000;
type TAssignable = { villages: { code: string; name: string }[] };

test.describe('任务清单', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('a township assigns a task to five villages; a cadre completes it from 今天 on a 360-px phone', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.slow(); // two people, two screens: the township at 1366 px and the cadre's phone
    const account = await registerCadreWithAccount(browser, baseURL, `任务${run % 1000}`, VILLAGE);
    const title = `人居环境整治 ${run}`;

    // 金城镇 at 1366 px: 下达任务 to five villages in one step
    const staff = await browser.newContext({
      baseURL,
      locale: 'zh-CN',
      viewport: { width: 1366, height: 900 },
    });
    await signInWithRequest(staff, 'jincheng');
    const township = await staff.newPage();
    const assignable = (await (await township.request.get('/api/tasks/assignable')).json()) as TAssignable;
    const villages = [
      assignable.villages.find((v) => v.code === VILLAGE)!,
      ...assignable.villages.filter((v) => v.code !== VILLAGE).slice(0, 4),
    ];
    const today = ((await (await township.request.get('/api/tasks/completion')).json()) as { today: string })
      .today;
    await township.goto('/tasks');
    await township.getByRole('button', { name: '下达任务' }).click();
    const dialog = township.getByRole('dialog');
    await dialog.getByLabel('任务名称').fill(title);
    await dialog.getByLabel('任务内容').fill('清理村内道路和房前屋后的垃圾');
    await dialog.getByLabel('完成时限').fill(addDays(today, 7));
    await dialog.getByLabel('完成时限').press('Tab');
    await dialog.getByLabel('佐证要求').fill('整治前后照片或文字说明');
    const picker = dialog.getByLabel('村', { exact: true });
    for (const v of villages) {
      await picker.fill(v.name);
      await township
        .locator('.ant-select-dropdown:visible .ant-select-item-option')
        .filter({ hasText: v.name })
        .first()
        .click();
    }
    await township.screenshot({ path: test.info().outputPath('task-assign-1366.png') });
    await dialog.getByRole('button', { name: '下达任务' }).click();
    await expect(township.getByText('已下达，共 5 个承办')).toBeVisible();
    await township.getByRole('link', { name: title }).click();
    await expect(township.getByText('0/5 已完成').first()).toBeVisible();

    // the cadre of 东关村委会 on a phone: 今天 shows the task; one save writes the day and the report
    await signInFirstTime(page, account);
    await page.goto('/today');
    const card = page.locator('[data-testid^="today-task-"]').filter({ hasText: title });
    await expect(card).toBeVisible();
    await page.getByLabel('工作内容').fill('带领村民清理村道和房前屋后垃圾');
    await card.getByRole('checkbox', { name: '已完成' }).check();
    await card.getByRole('textbox').fill('村道垃圾已清理完毕，共清运 3 车');
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: test.info().outputPath('today-task-360.png'), fullPage: true });
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByText('已保存').first()).toBeVisible();
    await expect(card).toHaveCount(0);

    // the township sees it done on time, from the day's log
    await township.reload();
    await expect(township.getByText('1/5 已完成').first()).toBeVisible();
    const row = township.getByRole('row').filter({ hasText: '东关村委会' }).first();
    await expect(row.getByText('按期完成')).toBeVisible();
    await expect(township.getByText('来自工作日志')).toBeVisible();
    await township.screenshot({ path: test.info().outputPath('task-detail-1366.png'), fullPage: true });
    await staff.close();
  });
});
