import { type APIRequestContext, type Browser, expect, type Page, test } from '@playwright/test';
import { csrfHeaders, expectNoHorizontalOverflow, signInWithApi, solidPng } from './fixtures.ts';

/*
 * 优秀创新项目评选 (issue 14, item 5) at 1366 px, from nomination to award: the county opens the
 * year's selection with quotas, 金城镇 nominates two of its projects, the county seats a panel of
 * three other townships' administrators and opens the scoring, each scores alone, the county
 * publishes the notice (put up a month ago, so its 5 working days are over), confirms the award,
 * and the case page is written, given a photo and exported to Word.
 */
test.use({ viewport: { width: 1366, height: 900 } });

const RUN = Date.now() % 10_000;
const YEAR = 2019;
const VILLAGE = '140622100200';
const PANEL = ['xiashe', 'yijing', 'zangzhai'] as const;
const TITLES: [string, string] = [`蔬菜大棚提质增效 ${RUN}`, `羊肚菌林下种植 ${RUN}`];

/** A project of 金城镇 carried to 实施中 through the registry's API (the township and the county). */
async function startedProject(township: Page, county: Page, title: string): Promise<number> {
  const headers = await csrfHeaders(township.context());
  const people = (await (await township.request.get(`/api/projects/people?villages=${VILLAGE}`)).json()) as {
    items: { personId: number }[];
  };
  const created = await township.request.post('/api/projects', {
    headers,
    data: {
      title,
      kind: 'industry',
      villageCodes: [VILLAGE],
      leaderPersonId: people.items[0]!.personId,
      summary: '村党支部领办，合作社统一种植、统一销售',
      targetWhat: '建成示范基地',
      targetQuantity: 50,
      targetUnit: '亩',
      targetDate: '2019-10-31',
      startDate: '2019-03-01',
      plannedEndDate: '2019-11-30',
      beneficiaryHouseholds: 40,
      beneficiaryPeople: 120,
    },
  });
  expect(created.status(), await created.text()).toBe(200);
  const { id } = (await created.json()) as { id: number };
  const step = async (page: Page, path: string) => {
    const res = await page.request.post(`/api/projects/${id}/${path}`, {
      headers: await csrfHeaders(page.context()),
      data: {},
    });
    expect(res.status(), `${path}: ${await res.text()}`).toBe(200);
  };
  await step(township, 'submit');
  await step(township, 'approve');
  await step(county, 'file');
  await step(township, 'start');
  return id;
}

async function staffPage(browser: Browser, baseURL: string | undefined, username: string, path: string) {
  const context = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    viewport: { width: 1366, height: 900 },
  });
  const page = await context.newPage();
  await signInWithApi(page, username, undefined, path);
  return page;
}

/** Types a date and leaves the field (Enter would send the dialog's form at once). */
async function typeDate(page: Page, label: string, date: string) {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Tab');
}

const daysAgo = (days: number) => new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
const shot = (page: Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`${name}-1366.png`), fullPage: true });

async function selectionOf(request: APIRequestContext, id: number) {
  return (await (await request.get(`/api/project-selections/${id}`)).json()) as {
    stage: string;
    nominations: { title: string; combined: { score: number } | null }[];
  };
}

test('the selection runs from the township’s nomination to the county’s award and its case page', async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(180_000);
  await signInWithApi(page, 'admin', undefined, '/project-selections');
  const township = await staffPage(browser, baseURL, 'jincheng', '/');
  for (const title of TITLES) await startedProject(township, page, title);

  // the county opens the year's selection, 金城镇 with a quota of two
  await expect(page.getByRole('heading', { name: '优秀创新项目评选' })).toBeVisible();
  await page.getByRole('button', { name: '发起评选' }).click();
  const dialog = page.getByRole('dialog', { name: '发起年度优秀创新项目评选' });
  await dialog.getByLabel('评选年度').fill(String(YEAR));
  await dialog.getByLabel('拟评选数量').fill('1');
  await dialog.getByLabel('金城镇推荐名额').fill('2');
  await dialog.getByRole('button', { name: '发起' }).click();
  await expect(page.getByRole('heading', { name: `${YEAR} 年度优秀创新项目评选` })).toBeVisible();
  await expect(page.getByText('推荐中').first()).toBeVisible();
  const selectionUrl = new URL(page.url()).pathname;
  const selectionId = Number(selectionUrl.split('/').at(-1));

  // 金城镇 nominates both projects within its quota
  await township.goto(selectionUrl);
  for (const title of TITLES) {
    await township.getByRole('button', { name: '推荐项目' }).click();
    const form = township.getByRole('dialog', { name: '推荐项目' });
    await form.getByLabel('本乡镇项目（县级备案后）').click();
    await township.locator('.ant-select-dropdown:visible').getByText(title).click();
    await form.getByLabel('推荐理由').fill('合作社带动农户增收，做法可复制');
    await form.getByRole('button', { name: '推荐' }).click();
    await expect(township.getByRole('row').filter({ hasText: title })).toBeVisible();
  }
  await expect(township.getByTestId('selection-quotas')).toContainText('金城镇 已推荐 2 / 名额 2');
  await expectNoHorizontalOverflow(township);
  await shot(township, 'selection-nominated');

  // the county seats three administrators of other townships on the panel, then opens the scoring
  await page.reload();
  for (const username of PANEL) {
    await page.getByRole('button', { name: '增加评委' }).click();
    const form = page.getByRole('dialog', { name: '增加评委' });
    await form.getByLabel('评委账号').fill(username);
    await page.locator('.ant-select-dropdown:visible').getByText(`（${username}）`).click();
    await form.getByRole('button', { name: '保存' }).click();
    await expect(form).toBeHidden();
  }
  await expect(page.getByText('评审组（3 人）')).toBeVisible();
  await page.getByRole('button', { name: '开始评审' }).click();
  await page.getByRole('button', { name: '确定' }).click();
  await expect(page.getByText('评审打分中').first()).toBeVisible();
  await expect(page.getByText('0 份 / 可评 3 人').first()).toBeVisible();
  await shot(page, 'selection-scoring-county');

  // each member scores alone, on their own sheet
  const scores: Record<(typeof PANEL)[number], [number, number]> = {
    xiashe: [92, 80],
    yijing: [85, 78],
    zangzhai: [70, 88],
  };
  for (const username of PANEL) {
    const member = await staffPage(browser, baseURL, username, '/project-selections');
    await member.getByRole('link', { name: '去评分' }).click();
    await expect(member.getByRole('heading', { name: `${YEAR} 年度评审打分` })).toBeVisible();
    await expect(member.getByText('还有 2 个项目待您评分')).toBeVisible();
    for (const [i, title] of TITLES.entries()) {
      await member.getByLabel(`“${title}”评分`).fill(String(scores[username][i]));
      await member
        .locator('form', { has: member.getByLabel(`“${title}”评分`) })
        .getByRole('button', { name: '保存评分' })
        .click();
      await expect(member.getByText(`我的评分 ${scores[username][i]}`)).toBeVisible();
    }
    if (username === 'xiashe') {
      await expectNoHorizontalOverflow(member);
      await shot(member, 'selection-panel-sheet');
    }
    await member.context().close();
  }

  // the county publishes the notice as put up a month ago: its 5 working days are over
  await page.reload();
  await expect(page.getByText('3 份 / 可评 3 人')).toHaveCount(2);
  await page.getByRole('button', { name: '发布公示' }).click();
  const publish = page.getByRole('dialog', { name: '发布公示' });
  await typeDate(page, '公示发布日期', daysAgo(30));
  await expect(publish.getByLabel('公示发布日期')).toHaveValue(daysAgo(30));
  await publish.getByRole('button', { name: '发布公示' }).click();
  await expect(page.getByText('公示中').first()).toBeVisible();
  await expect(page.getByText(/公示期：\d{4}-\d{2}-\d{2} 至 \d{4}-\d{2}-\d{2}（5 个工作日）/)).toBeVisible();
  // 蔬菜大棚: 92, 85, 70 → 85; 羊肚菌: 80, 78, 88 → 80 (the highest and the lowest dropped)
  const first = page.getByRole('row').filter({ hasText: TITLES[0] });
  await expect(first).toContainText('85.0');
  await expect(first).toContainText('去掉最高 92、最低 70');
  await expect(first).toContainText('拟评选');
  await expect(page.getByRole('row').filter({ hasText: TITLES[1] })).toContainText('80.0');
  await expectNoHorizontalOverflow(page);
  await shot(page, 'selection-notice');

  // the notice is over with no objection: the county confirms the proposed award
  await page.getByRole('button', { name: '确认结果' }).click();
  const confirm = page.getByRole('dialog', { name: '确认结果' });
  await expect(confirm.getByRole('checkbox', { name: new RegExp(TITLES[0]) })).toBeChecked();
  await confirm.getByRole('button', { name: '确认结果' }).click();
  await expect(page.getByText('评选结果已确认')).toBeVisible();
  expect((await selectionOf(page.request, selectionId)).stage).toBe('confirmed');
  await shot(page, 'selection-confirmed');

  // the case page (典型案例): written by the township, with a photo, exported to Word
  await township.goto(selectionUrl);
  await township.getByRole('link', { name: TITLES[0] }).click();
  await expect(township.getByRole('heading', { name: TITLES[0] })).toBeVisible();
  await expect(township.getByText(`${YEAR} 年度优秀创新项目`)).toBeVisible();
  await township.getByRole('button', { name: '编写案例' }).click();
  const caseForm = township.getByRole('dialog', { name: '编写案例' });
  await caseForm
    .getByLabel('主要做法')
    .fill('村党支部领办合作社，统一育苗、统一技术、统一销售。\n引进企业订单收购，降低市场风险。');
  await caseForm.getByLabel('取得成效').fill('带动 40 户 120 人，户均年增收 6000 元。');
  await caseForm.getByRole('button', { name: '保存' }).click();
  await expect(township.getByText('引进企业订单收购，降低市场风险。')).toBeVisible();
  await township.getByTestId('case-photo').setInputFiles({
    name: 'greenhouse.png',
    mimeType: 'image/png',
    buffer: solidPng(400, 300, [60, 140, 70]),
  });
  await expect(township.getByRole('img', { name: TITLES[0] })).toBeVisible();
  await expectNoHorizontalOverflow(township);
  await shot(township, 'selection-case');
  const download = township.waitForEvent('download');
  await township.getByRole('link', { name: '导出 Word' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe(`典型案例-${YEAR}-${TITLES[0]}.docx`);
  const bytes = await (await file.createReadStream()).toArray();
  expect(Buffer.concat(bytes).subarray(0, 2).toString()).toBe('PK');

  // every reader of projects finds it among the case studies, a cadre on a phone too
  await page.goto('/project-selections?tab=cases');
  await expect(page.getByRole('link', { name: TITLES[0] })).toBeVisible();
  await township.context().close();
  const phone = await browser.newContext({
    baseURL,
    locale: 'zh-CN',
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const cadre = await phone.newPage();
  await signInWithApi(cadre, 'daxuesheng', undefined, '/project-selections?tab=cases');
  await cadre.getByRole('link', { name: TITLES[0] }).click();
  await expect(cadre.getByText('引进企业订单收购，降低市场风险。')).toBeVisible();
  await expectNoHorizontalOverflow(cadre);
  await cadre.screenshot({ path: test.info().outputPath('selection-case-360.png'), fullPage: true });
  await phone.close();
});
