import { type Browser, expect, type Page, test } from '@playwright/test';
import {
  addDays,
  csrfHeaders,
  DEMO_PASSWORD,
  expectNoHorizontalOverflow,
  registerCadreWithAccount,
  signInFirstTime,
  signInWithRequest,
  solidPng,
} from './fixtures.ts';

/*
 * 挂图作战 (issue 14, item 3). On a phone a cadre ties the day's log to their project on 今天 and marks
 * its milestone met: the log shows in the project's progress without being typed again. At 1366 px
 * the county opens the Gantt chart (overdue milestone in red) and prints a village's battle map on
 * one A3 landscape page.
 */

const VILLAGE = '140622100200'; // 东关村委会, 金城镇
const run = Date.now() % 100_000;
type TMe = { today: string; person: { id: number } };

/** A fresh cadre of 东关村委会 with an approved project they lead and its milestones (made through the API). */
async function cadreWithProject(
  browser: Browser,
  baseURL: string | undefined,
  page: Page,
  plan: { title: string; milestones: { title: string; dueIn: number }[] },
) {
  const account = await registerCadreWithAccount(browser, baseURL, `挂图${run % 1000}`, VILLAGE);
  const headers = await signInFirstTime(page, account);
  const me = (await (await page.request.get('/api/duty/today')).json()) as TMe;
  const created = await page.request.post('/api/projects', {
    headers,
    data: {
      title: plan.title,
      kind: 'industry',
      villageCodes: [VILLAGE],
      leaderPersonId: me.person.id,
      targetWhat: '建成日光温室大棚',
      targetQuantity: 20,
      targetUnit: '座',
      targetDate: addDays(me.today, 150),
      startDate: addDays(me.today, -40),
      plannedEndDate: addDays(me.today, 150),
    },
  });
  expect(created.status(), await created.text()).toBe(200);
  const { id } = (await created.json()) as { id: number };
  for (const m of plan.milestones) {
    const res = await page.request.post(`/api/projects/${id}/milestones`, {
      headers,
      data: {
        title: m.title,
        deliverable: `${m.title}，附照片`,
        ownerPersonId: me.person.id,
        dueDate: addDays(me.today, m.dueIn),
      },
    });
    expect(res.status(), await res.text()).toBe(200);
  }
  expect((await page.request.post(`/api/projects/${id}/submit`, { headers, data: {} })).status()).toBe(200);
  const township = await browser.newContext({ baseURL, locale: 'zh-CN' });
  const login = await township.request.post('/api/auth/login', {
    data: { username: 'jincheng', password: DEMO_PASSWORD },
  });
  expect(login.status()).toBe(200);
  const approved = await township.request.post(`/api/projects/${id}/approve`, {
    headers: await csrfHeaders(township),
    data: {},
  });
  expect(approved.status(), await approved.text()).toBe(200);
  await township.close();
  return { id, today: me.today };
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('a cadre reports a milestone from 今天 and it shows in the project’s progress', async ({
    page,
    browser,
    baseURL,
  }) => {
    const title = `日光温室大棚 ${run}`;
    const { id, today } = await cadreWithProject(browser, baseURL, page, {
      title,
      milestones: [
        { title: '完成大棚钢架', dueIn: 5 },
        { title: '首批蔬菜上市', dueIn: 90 },
      ],
    });
    await page.goto('/today');
    const work = '和施工队验收 20 座大棚的钢架，全部合格';
    await page.getByLabel('工作内容').fill(work);
    // 记入项目: the project, then its milestone, then met today
    await page.getByLabel('记入项目（可选）').selectOption({ label: title });
    await page.getByLabel('项目节点').selectOption({ label: `完成大棚钢架（${addDays(today, 5)}）` });
    await page.getByRole('checkbox', { name: '今天完成' }).check();
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: test.info().outputPath('today-tie-360.png'), fullPage: true });
    await page.getByRole('button', { name: '保存', exact: true }).click();
    await expect(page.getByText('已保存').first()).toBeVisible();

    // the project's page: the log is in its progress, the milestone met on time
    await page.goto(`/projects/${id}`);
    const item = page.getByTestId('progress-item').filter({ hasText: work });
    await expect(item).toBeVisible();
    await expect(item.getByText('工作日志')).toBeVisible();
    await expect(item.getByText('节点：完成大棚钢架')).toBeVisible();
    await expect(page.getByTestId('plan-summary')).toContainText('完成 1/2 个节点（50%）');
    await expect(page.getByText('按期完成').first()).toBeVisible();

    // a progress report with a photo, from the project's page: a thumbnail before it is sent, kept after
    const report = '钢架验收合格，开始覆膜';
    await page.getByLabel('进展情况').fill(report);
    await page.getByTestId('progress-photo-input').setInputFiles({
      name: 'greenhouse.png',
      mimeType: 'image/png',
      buffer: solidPng(40, 30, [90, 140, 200]),
    });
    await expect(page.getByRole('button', { name: '删除照片' })).toHaveCount(1);
    await page.getByRole('button', { name: '报告进展' }).click();
    await expect(page.getByText('已报告进展').first()).toBeVisible();
    await expect(page.getByRole('button', { name: '删除照片' })).toHaveCount(0);
    const reported = page.getByTestId('progress-item').filter({ hasText: report });
    await expect(reported.getByRole('img', { name: '进展照片' })).toBeVisible();
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: test.info().outputPath('project-progress-360.png'), fullPage: true });
  });

  test('without signal, a progress report and a task report each with a photo wait on the phone and reach the server once', async ({
    page,
    context,
    browser,
    baseURL,
  }) => {
    test.slow(); // a project, a task from the township, two reports offline and back
    const title = `蔬菜大棚 ${run}`;
    const { id, today } = await cadreWithProject(browser, baseURL, page, {
      title,
      milestones: [{ title: '完成育苗', dueIn: 20 }],
    });
    const me = (await (await page.request.get('/api/duty/today')).json()) as TMe;
    const township = await browser.newContext({ baseURL, locale: 'zh-CN' });
    await signInWithRequest(township, 'jincheng');
    const assigned = await township.request.post('/api/tasks', {
      headers: await csrfHeaders(township),
      data: {
        title: `大棚防寒 ${run}`,
        deadline: addDays(today, 7),
        evidenceRequired: '加固后的照片',
        target: { kind: 'person', personIds: [me.person.id] },
      },
    });
    expect(assigned.status(), await assigned.text()).toBe(200);
    const task = (await assigned.json()) as { id: number };
    await township.close();

    const banner = page.getByRole('region', { name: /项保存在手机上，尚未发送/ });
    /** Offline, the app opens from the phone with the report and its photo waiting; back online they go. */
    const waitingThenSent = async (kind: string) => {
      await page.goto('/today');
      await expect(banner).toContainText('有 2 项保存在手机上，尚未发送');
      await banner.getByRole('button', { name: '查看' }).click();
      await expect(banner.getByRole('listitem').filter({ hasText: /^照片 · / })).toContainText('等待发送');
      await expect(banner.getByRole('listitem').filter({ hasText: new RegExp(`^${kind} · `) })).toContainText(
        '等待发送',
      );
      await context.setOffline(false);
      await expect(banner).toBeHidden({ timeout: 20_000 });
    };

    await page.goto(`/projects/${id}`);
    await expect(page.getByLabel('进展情况')).toBeVisible();
    await page.waitForFunction(() => navigator.serviceWorker?.controller !== null);
    await context.setOffline(true);
    const report = '育苗完成八成，下周移栽';
    await page.getByLabel('进展情况').fill(report);
    await page.getByTestId('progress-photo-input').setInputFiles({
      name: 'seedlings.png',
      mimeType: 'image/png',
      buffer: solidPng(40, 30, [60, 160, 80]),
    });
    await expect(page.getByText('待上传')).toHaveCount(1);
    await page.screenshot({
      path: test.info().outputPath('progress-report-offline-360.png'),
      fullPage: true,
    });
    await page.getByRole('button', { name: '报告进展' }).click();
    await expect(page.getByText('没有网络，已保存在手机上，有网络后自动发送').first()).toBeVisible();
    await expect(page.getByText('待上传')).toHaveCount(0);
    await waitingThenSent('项目进展');

    // the task's page read with signal, the report written without
    await page.goto(`/tasks/${task.id}`);
    await expect(page.getByRole('checkbox', { name: '已完成' })).toBeVisible();
    await context.setOffline(true);
    await page.getByRole('checkbox', { name: '已完成' }).check();
    await page.getByTestId(/^task-photo-/).setInputFiles({
      name: 'shed.png',
      mimeType: 'image/png',
      buffer: solidPng(40, 30, [200, 120, 60]),
    });
    await expect(page.getByText('待上传')).toHaveCount(1);
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: test.info().outputPath('task-report-offline-360.png'), fullPage: true });
    await page.getByRole('button', { name: '提交' }).click();
    await expect(page.getByText('没有网络，已保存在手机上，有网络后自动发送').first()).toBeVisible();
    await waitingThenSent('任务进展');

    // each report reached the server once, with its photo
    const progress = (await (await page.request.get(`/api/projects/${id}/progress`)).json()) as {
      items: { text: string; photoIds: number[] }[];
    };
    const reported = progress.items.filter((i) => i.text === report);
    expect(reported).toHaveLength(1);
    expect(reported[0]?.photoIds).toHaveLength(1);
    const view = (await (await page.request.get(`/api/tasks/${task.id}`)).json()) as {
      reports: { done: boolean; photoIds: number[] }[];
    };
    expect(view.reports).toHaveLength(1);
    expect(view.reports[0]).toMatchObject({ done: true });
    expect(view.reports[0]?.photoIds).toHaveLength(1);
    await page.goto(`/projects/${id}`);
    const item = page.getByTestId('progress-item').filter({ hasText: report });
    await expect(item.getByRole('img', { name: '进展照片' })).toBeVisible();
  });
});

test.describe('at 1366 px', () => {
  test.use({ viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false });

  test('the county opens the Gantt chart and prints a village’s battle map on one A3 page', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.slow(); // a project set up through the API, the Gantt chart, then the printed page
    const title = `冷链物流仓储 ${run}`;
    const { id, today } = await cadreWithProject(browser, baseURL, page, {
      title,
      milestones: [
        { title: '冷库选址与设计', dueIn: -5 },
        { title: '冷库主体完工', dueIn: 60 },
      ],
    });
    const reported = await page.request.post(`/api/projects/${id}/progress`, {
      headers: await csrfHeaders(page.context()),
      data: { date: today, text: '冷库设计方案已完成初稿，待专家论证' },
    });
    expect(reported.status(), await reported.text()).toBe(200);
    await page.context().clearCookies();
    const login = await page.request.post('/api/auth/login', {
      data: { username: 'admin', password: DEMO_PASSWORD },
    });
    expect(login.status()).toBe(200);
    // the county reads the project's progress and comments on it
    await page.goto(`/projects/${id}`);
    const item = page.getByTestId('progress-item').filter({ hasText: '冷库设计方案已完成初稿' });
    await item.getByRole('button', { name: '点评' }).click();
    await item.getByLabel('点评').fill('请在月底前完成专家论证');
    await item.getByRole('button', { name: '发送点评' }).click();
    await expect(item.getByText('请在月底前完成专家论证')).toBeVisible();
    await expect(page.getByText('已逾期 5 天')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('project-plan-1366.png'), fullPage: true });

    await page.getByRole('menuitem', { name: '挂图作战' }).click();
    await expect(page.getByRole('heading', { name: '挂图作战' })).toBeVisible();
    await expect(page.getByText(/^应县 · \d+ 个项目$/)).toBeVisible();
    const row = page.getByRole('link', { name: title });
    await expect(row).toBeVisible();
    // the overdue milestone is marked red; today's line is drawn
    await expect(
      page.locator('.zc-gantt-mark[data-status="overdue"][title^="冷库选址与设计"]'),
    ).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('battle-map-county-1366.png'), fullPage: true });

    // narrowed to the village, then its wall chart
    await page.getByLabel('乡镇').click();
    await page.locator('.ant-select-dropdown:visible').getByText('金城镇', { exact: true }).click();
    await page.getByLabel('村（社区）').click();
    await page.locator('.ant-select-dropdown:visible').getByText('东关村委会').click();
    await expect(page.getByText(/^东关村委会 · \d+ 个项目$/)).toBeVisible();
    const print = page.getByRole('link', { name: /打印本村挂图/ });
    const href = await print.getAttribute('href');
    expect(href).toContain(`village=${VILLAGE}`);
    await page.goto(href!);
    const sheet = page.getByTestId('plan-print-sheet');
    await expect(sheet.getByText('东关村委会 项目化帮扶挂图作战图')).toBeVisible();
    await expect(sheet.getByText(title)).toBeVisible();
    await expect(sheet.getByText('冷库选址与设计')).toBeVisible();
    await page.screenshot({ path: test.info().outputPath('plan-print-1366.png'), fullPage: true });

    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
    const text = pdf.toString('latin1');
    expect(text.match(/\/Type\s*\/Page[^s]/g)?.length, 'the battle map prints on one page').toBe(1);
    // A3 landscape: 420 × 297 mm is 1190.55 × 841.89 points
    const box = text.match(/\/MediaBox\s*\[\s*0\s+0\s+([\d.]+)\s+([\d.]+)\s*\]/);
    expect(Math.round(Number(box?.[1]))).toBe(1191);
    expect(Math.round(Number(box?.[2]))).toBe(842);
    await page.emulateMedia({ media: 'screen' });
  });
});
