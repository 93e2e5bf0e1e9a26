import { expect, type Page, test } from '@playwright/test';
import { csrfHeaders, DEMO_TOWNSHIP_ADMINS, expectNoHorizontalOverflow, signInWithApi } from './fixtures.ts';

/*
 * 项目化帮扶 (issue 14, item 1) on a phone: the demo village Party secretary `shuji` proposes a
 * demonstration project in their village and submits it; the township over that village approves
 * it on a phone too; the secretary's village leaves the 一村一示范 gap.
 */
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const TITLE = `日光温室蔬菜大棚 ${Date.now() % 10_000}`;
type TToday = { person: { id: number; name: string; villageCode: string; villageName: string } | null };

async function pick(page: Page, label: string, option: string | RegExp) {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByText(option).first().click();
}

async function typeDate(page: Page, label: string, date: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

test('a secretary proposes a project on a phone and the township approves it', async ({
  page,
  browser,
  baseURL,
}) => {
  test.slow(); // a long form on a phone, then the township's approval in a second context
  await signInWithApi(page, 'shuji', undefined, '/projects');
  const { person } = (await (await page.request.get('/api/duty/today')).json()) as TToday;
  expect(person, 'shuji is posted to a village').not.toBeNull();
  const me = person!;
  const gapUrl = `/api/projects/gaps/demonstration?village=${me.villageCode}`;
  const inGap = async (p: Page) =>
    ((await (await p.request.get(gapUrl)).json()) as { items: { personId: number }[] }).items.some(
      (i) => i.personId === me.id,
    );
  expect(await inGap(page), 'the secretary leads no demonstration project yet').toBe(true);

  // the menu has 帮扶项目; the list offers 申报项目
  await expect(page.getByRole('heading', { name: '帮扶项目' })).toBeVisible();
  await page.getByRole('button', { name: '申报项目' }).click();
  await expect(page.getByRole('heading', { name: '申报帮扶项目' })).toBeVisible();

  // the village is the secretary's own, the leader the secretary: both filled in already
  await expect(page.locator('.ant-select-selection-item', { hasText: me.villageName })).toBeVisible();
  await expect(page.getByLabel('领办人', { exact: true }).locator('..').locator('..')).toContainText(me.name);
  await page.getByLabel('项目名称').fill(TITLE);
  await pick(page, '项目类型', '产业发展');
  await page.getByRole('switch', { name: '一村一示范' }).click();
  await page.getByLabel('目标内容').fill('建成日光温室大棚');
  await page.getByLabel('数量').fill('20');
  await page.getByLabel('单位').fill('座');
  await typeDate(page, '开始日期', '2026-03-01');
  await typeDate(page, '计划结束日期', '2026-02-01');
  await typeDate(page, '目标完成时间', '2026-10-31');
  await page.getByLabel('项目预算（元）').fill('1200000');
  await page.getByRole('button', { name: '添加资金来源' }).click();
  await pick(page, '来源', '财政衔接资金');
  await page.getByLabel('金额（元）').fill('1000000');
  await page.getByLabel('受益户数').fill('35');
  await page.getByLabel('受益人数').fill('96');

  // a plan that ends before it starts is caught before anything is sent
  await page.getByRole('button', { name: '保存并提交乡镇审核' }).click();
  await expect(page.getByText('不能早于开始日期')).toBeVisible();
  await typeDate(page, '计划结束日期', '2026-11-30');
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: test.info().outputPath('project-propose-360.png'), fullPage: true });
  await page.getByRole('button', { name: '保存并提交乡镇审核' }).click();

  // the project's page: waiting for the township, nothing more for the village to press
  await expect(page.getByRole('heading', { name: TITLE })).toBeVisible();
  await expect(page.getByText('待乡镇审核').first()).toBeVisible();
  await expect(page.getByRole('button', { name: '审核通过' })).toHaveCount(0);
  const projectUrl = new URL(page.url()).pathname;
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: test.info().outputPath('project-submitted-360.png'), fullPage: true });

  // the township over the village opens it from its list and approves it, on a phone as well
  const township = DEMO_TOWNSHIP_ADMINS[me.villageCode.slice(0, 9)]!;
  const context = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const staff = await context.newPage();
  await signInWithApi(staff, township, undefined, '/projects?state=submitted');
  await staff.getByRole('link', { name: TITLE }).click();
  await expect(staff).toHaveURL(new RegExp(`${projectUrl}$`));
  await expect(staff.getByRole('button', { name: '退回修改' })).toBeVisible();
  await staff.getByRole('button', { name: '审核通过' }).click();
  await expect(staff.getByText('已审核通过')).toBeVisible();
  await expect(staff.getByText('待县级备案').first()).toBeVisible();
  // the plan as approved is now the baseline
  await expect(staff.getByText('审核时的计划完成日期（基线）')).toBeVisible();
  await expectNoHorizontalOverflow(staff);
  await staff.screenshot({ path: test.info().outputPath('project-approved-360.png'), fullPage: true });
  await context.close();

  // the secretary sees it approved, and the village is out of the 一村一示范 gap
  await page.reload();
  await expect(page.getByText('待县级备案').first()).toBeVisible();
  expect(await inGap(page)).toBe(false);
  await page.goto('/projects');
  await expect(page.getByRole('list', { name: '帮扶项目' }).getByText(TITLE)).toBeVisible();
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: test.info().outputPath('projects-list-360.png') });
});

test.describe('at 1366 px', () => {
  test.use({ viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false });

  test('the township finds a project by words and state, and reads both gaps by village and name', async ({
    page,
  }) => {
    await signInWithApi(page, 'jincheng', undefined, '/projects');
    const headers = await csrfHeaders(page.context());
    const village = '140622100200';
    const people = (await (await page.request.get(`/api/projects/people?villages=${village}`)).json()) as {
      items: { personId: number; name: string }[];
    };
    const leader = people.items[0]!;
    const title = `冷链物流仓储 ${Date.now() % 10_000}`;
    const created = await page.request.post('/api/projects', {
      headers,
      data: {
        title,
        kind: 'infrastructure',
        villageCodes: [village],
        leaderPersonId: leader.personId,
        targetWhat: '建成冷库',
        targetQuantity: 1,
        targetUnit: '座',
        targetDate: '2026-09-30',
        startDate: '2026-04-01',
        plannedEndDate: '2026-09-30',
      },
    });
    expect(created.status(), await created.text()).toBe(200);

    await page.getByLabel('项目名称或领办人').fill('冷链物流');
    await page.getByLabel('项目名称或领办人').press('Enter');
    const row = page.getByRole('row').filter({ hasText: title });
    await expect(row).toContainText(leader.name);
    await expect(row).toContainText('草稿');
    await expect(row).toContainText('¥0.00');
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: test.info().outputPath('projects-list-1366.png') });
    await page.getByLabel('状态', { exact: true }).click();
    await page.locator('.ant-select-dropdown:visible').getByText('待乡镇审核', { exact: true }).click();
    await expect(page.getByRole('row').filter({ hasText: title })).toHaveCount(0);

    for (const [tab, hint] of [
      ['一村一示范缺口', '还没有领办本村示范项目的村'],
      ['责任田缺口', '还没有领办或认领任何项目'],
    ] as const) {
      await page.getByRole('tab', { name: tab }).click();
      const panel = page.getByRole('tabpanel', { name: tab });
      await expect(panel.getByText(hint)).toBeVisible();
      await expect(panel.getByText(/^共 [1-9]\d* 人$/)).toBeVisible();
      await expect(panel.locator('tbody tr td:nth-child(2)').first()).not.toBeEmpty();
      await page.screenshot({ path: test.info().outputPath(`projects-gap-${tab}-1366.png`) });
    }
  });
});
