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

/** A local minute in Asia/Shanghai some minutes from now, as a datetime-local field takes it. */
const localMinute = (minutes: number) =>
  new Intl.DateTimeFormat('sv-SE', {
    timeZone: 'Asia/Shanghai',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  })
    .format(new Date(Date.now() + minutes * 60_000))
    .replace(' ', 'T');

test.describe('会议和视频点名', () => {
  test('a roll call’s attendance is marked (a spot check), and its decision becomes a task; the cadre sees the link at 360 px', async ({
    browser,
    baseURL,
  }) => {
    test.slow(); // the township at 1366 px and the cadre's phone
    const name = `点名${run % 1000}`;
    const account = await registerCadreWithAccount(browser, baseURL, name, VILLAGE);
    const title = `视频点名 ${run}`;

    // 金城镇 at 1366 px schedules a roll call that started ten minutes ago, with the new cadre by name
    const staff = await browser.newContext({
      baseURL,
      locale: 'zh-CN',
      viewport: { width: 1366, height: 900 },
    });
    await signInWithRequest(staff, 'jincheng');
    const township = await staff.newPage();
    await township.goto('/meetings');
    await township.getByRole('button', { name: '安排会议' }).click();
    await township.getByLabel('名称').fill(title);
    await township.getByLabel('开始时间').fill(localMinute(-10));
    await township.getByLabel('视频会议链接（三晋先锋）').fill('https://sjxf.example.cn/room/e2e');
    const persons = township.getByLabel('指定人员');
    await persons.fill(name);
    await township
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: name })
      .first()
      .click();
    await township.getByRole('button', { name: '安排', exact: true }).click();
    await expect(township.getByRole('heading', { name: title })).toBeVisible();

    // one click marks the cadre absent: recorded as a spot check
    const row = township.getByRole('row').filter({ hasText: name });
    await row.getByText('缺席', { exact: true }).first().click();
    await expect(row.getByText('已计入抽查')).toBeVisible();
    await expect(township.getByText('出席 0，缺席 1，请假/公务 0，未登记 0')).toBeVisible();

    // minutes, then a decision made a task for 东关村委会 in one step
    await township.getByLabel('会议纪要').fill('一、点名缺席人员须书面说明。');
    await township.getByRole('button', { name: '保存纪要' }).click();
    await expect(township.getByText('纪要已保存')).toBeVisible();
    const decision = `东关村补报本周工作日志 ${run}`;
    await township.getByLabel('决定事项').fill(decision);
    const today = localMinute(0).slice(0, 10);
    await township.getByLabel('完成时限').fill(addDays(today, 3));
    await township.getByLabel('完成时限').press('Tab');
    await township.getByRole('combobox', { name: '下达到村' }).fill('东关');
    await township
      .locator('.ant-select-dropdown:visible .ant-select-item-option')
      .filter({ hasText: '东关' })
      .first()
      .click();
    await township.getByRole('button', { name: '生成任务' }).click();
    const taskLink = township.getByRole('link', { name: /^任务 #\d+$/ });
    await expect(taskLink).toBeVisible();
    await township.screenshot({ path: test.info().outputPath('meeting-1366.png'), fullPage: true });
    await taskLink.click();
    await expect(township.getByText(decision).first()).toBeVisible();

    // the spot-check list has the roll call's check
    const checks = await (await township.request.get('/api/spot-checks')).json();
    expect(
      (checks as { items: { personName: string; method: string; finding: string }[] }).items.filter(
        (c) => c.personName === name && c.method === 'video',
      ),
    ).toHaveLength(1);
    await staff.close();

    // the cadre on a phone sees the roll call with its link on 今天
    const phone = await browser.newContext({
      baseURL,
      locale: 'zh-CN',
      viewport: { width: 360, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    const page = await phone.newPage();
    await signInFirstTime(page, account);
    await page.goto('/today');
    // the roll call's own title in 我的会议 (the check it recorded quotes it as 抽查人记录：…)
    await expect(page.getByText(title, { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: `进入视频会议 ${title}` })).toHaveAttribute(
      'href',
      'https://sjxf.example.cn/room/e2e',
    );
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: test.info().outputPath('today-meetings-360.png'), fullPage: true });
    await phone.close();
  });
});
