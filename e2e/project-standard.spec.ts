import { expect, type Page, test } from '@playwright/test';
import { csrfHeaders, expectNoHorizontalOverflow, signInWithApi } from './fixtures.ts';

/*
 * 一项目一标准 (issue 14, item 4): the village sets a project's acceptance criteria on a phone; at
 * 1366 px the township assesses a quarter against them and the county records the acceptance, the
 * score explained criterion by criterion on the project's page.
 */
const VILLAGE = '140622100200';
const RUN = Date.now() % 10_000;

/** The first day of the quarter `back` quarters before today's. */
function quarterStart(back: number): string {
  const now = new Date();
  const q = Math.floor(now.getMonth() / 3) - back;
  const d = new Date(Date.UTC(now.getFullYear(), q * 3, 1));
  return d.toISOString().slice(0, 10);
}
const addMonths = (date: string, months: number) => {
  const d = new Date(`${date}T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() + months);
  return d.toISOString().slice(0, 10);
};

/** A draft project in the village, proposed through the registry's API by the signed-in page. */
async function draftProject(
  page: Page,
  title: string,
  leaderPersonId: number,
  start: string,
): Promise<number> {
  const res = await page.request.post('/api/projects', {
    headers: await csrfHeaders(page.context()),
    data: {
      title,
      kind: 'industry',
      villageCodes: [VILLAGE],
      leaderPersonId,
      targetWhat: '建成日光温室',
      targetQuantity: 20,
      targetUnit: '座',
      targetDate: addMonths(start, 12),
      startDate: start,
      plannedEndDate: addMonths(start, 12),
    },
  });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { id: number }).id;
}

async function step(page: Page, id: number, path: string) {
  const res = await page.request.post(`/api/projects/${id}/${path}`, {
    headers: await csrfHeaders(page.context()),
    data: {},
  });
  expect(res.status(), `${path}: ${await res.text()}`).toBe(200);
}

test.describe('on a phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the village secretary sets the acceptance criteria of their draft project', async ({ page }) => {
    await signInWithApi(page, 'shuji', undefined, '/');
    const today = (await (await page.request.get('/api/duty/today')).json()) as {
      person: { id: number; villageCode: string };
    };
    const title = `标准 ${RUN} 大棚`;
    const res = await page.request.post('/api/projects', {
      headers: await csrfHeaders(page.context()),
      data: {
        title,
        kind: 'industry',
        villageCodes: [today.person.villageCode],
        leaderPersonId: today.person.id,
        targetWhat: '建成日光温室',
        targetQuantity: 20,
        targetUnit: '座',
        targetDate: '2027-10-31',
        startDate: '2027-03-01',
        plannedEndDate: '2027-10-31',
      },
    });
    expect(res.status(), await res.text()).toBe(200);
    const { id } = (await res.json()) as { id: number };
    await page.goto(`/projects/${id}`);
    await expect(page.getByText('还没有验收标准')).toBeVisible();
    await page.getByRole('button', { name: '设定验收标准' }).click();
    const dialog = page.getByRole('dialog', { name: '设定验收标准' });
    await dialog.getByLabel('考核指标').fill('建成日光温室');
    await dialog.getByLabel('目标值').fill('20');
    await dialog.getByLabel('单位').fill('座');
    await dialog.getByLabel('权重').fill('60');
    await dialog.getByLabel('佐证材料要求').fill('竣工验收单');
    await dialog.getByRole('button', { name: '增加一项标准' }).click();
    await dialog.getByLabel('考核指标').nth(1).fill('带动农户增收');
    await dialog.getByLabel('权重').nth(1).fill('30');
    await expect(dialog.getByTestId('criteria-weight-total')).toHaveText('权重合计：90 / 100');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog.getByText('各项权重合计须为 100，现为 90')).toBeVisible();
    await dialog.getByLabel('权重').nth(1).fill('40');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    const card = page.locator('.ant-card', { hasText: '验收标准与评估' });
    await expect(card.getByRole('row').filter({ hasText: '建成日光温室' })).toContainText('20座');
    await expect(card.getByRole('row').filter({ hasText: '带动农户增收' })).toContainText('40');
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: test.info().outputPath('project-criteria-360.png'), fullPage: true });
  });
});

test.describe('at 1366 px', () => {
  test.use({ viewport: { width: 1366, height: 900 } });

  test('the township assesses a quarter and the county records the acceptance, the score explained', async ({
    page,
    browser,
    baseURL,
  }) => {
    test.setTimeout(90_000);
    await signInWithApi(page, 'jincheng', undefined, '/');
    const people = (await (await page.request.get(`/api/projects/people?villages=${VILLAGE}`)).json()) as {
      items: { personId: number }[];
    };
    const title = `冷链仓储 ${RUN}`;
    const start = quarterStart(2);
    const id = await draftProject(page, title, people.items[0]!.personId, start);
    const criteria = await page.request.put(`/api/projects/${id}/criteria`, {
      headers: await csrfHeaders(page.context()),
      data: {
        criteria: [
          {
            measure: '建成冷库容量',
            targetValue: 500,
            targetUnit: '吨',
            weight: 60,
            evidenceRequired: '验收报告',
          },
          {
            measure: '带动农户',
            targetValue: 35,
            targetUnit: '户',
            weight: 40,
            evidenceRequired: '分红名单',
          },
        ],
      },
    });
    expect(criteria.status(), await criteria.text()).toBe(200);
    const county = await (
      await browser.newContext({ baseURL, locale: 'zh-CN', viewport: { width: 1366, height: 900 } })
    ).newPage();
    await signInWithApi(county, 'admin', undefined, '/');
    await step(page, id, 'submit');
    await step(page, id, 'approve');
    await step(county, id, 'file');
    await step(page, id, 'start');

    // the township assesses the quarter: a score per criterion, explained on the project's page
    await page.goto(`/projects/${id}`);
    const card = page.locator('.ant-card', { hasText: '验收标准与评估' });
    await expect(card.getByText('乡镇审核通过后验收标准已冻结')).toBeVisible();
    await expect(card.getByTestId('standard-quarters')).toContainText('本季度进行中');
    await card.getByRole('button', { name: '季度评估' }).click();
    const dialog = page.getByRole('dialog', { name: '季度评估' });
    await dialog.getByLabel('“建成冷库容量”得分').fill('80');
    await dialog.getByLabel('“带动农户”得分').fill('50');
    await dialog.getByLabel('总体评语').fill('冷库主体完工，带动户数不足');
    await dialog.getByRole('button', { name: '保存' }).click();
    await expect(dialog).toBeHidden();
    const score = card.getByTestId('project-score');
    await expect(score).toContainText('项目得分：68.0 分');
    await expect(score.getByRole('row').filter({ hasText: '建成冷库容量' })).toContainText('48.00');
    await expect(score.getByRole('row').filter({ hasText: '带动农户' })).toContainText('20.00');
    await expectNoHorizontalOverflow(page);
    await page.screenshot({ path: test.info().outputPath('project-assessed-1366.png'), fullPage: true });

    // the county accepts it: the project is done and scored on the acceptance
    await step(page, id, 'request-acceptance');
    await county.goto(`/projects/${id}`);
    const countyCard = county.locator('.ant-card', { hasText: '验收标准与评估' });
    await countyCard.getByRole('button', { name: '登记验收' }).click();
    const accept = county.getByRole('dialog', { name: '县级验收' });
    await accept.getByLabel('“建成冷库容量”得分').fill('100');
    await accept.getByLabel('“带动农户”得分').fill('85');
    await accept.getByLabel('验收意见').fill('通过，附带动户数整改要求');
    await accept.getByRole('button', { name: '保存' }).click();
    await expect(accept).toBeHidden();
    await expect(countyCard.getByTestId('project-score')).toContainText('项目得分：94.0 分（依据县级验收）');
    await expect(county.getByText('已完成').first()).toBeVisible();
    await county.screenshot({ path: test.info().outputPath('project-accepted-1366.png'), fullPage: true });
    await county.context().close();
  });
});
