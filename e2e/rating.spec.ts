import { type Browser, expect, type Locator, type Page, test } from '@playwright/test';
import { addDays, csrfHeaders, expectNoHorizontalOverflow, signInWithRequest } from './fixtures.ts';

/*
 * 星级化管理 (issue 16), its three flows in the demo county, whose last year is confirmed and this year's
 * cycle surveying:
 * 1. the county opens the cycle of the year before last at 1366 px and computes its quantitative part;
 *    金城镇 signs a form of this year's organisation evaluation; a villager answers the survey on a phone;
 * 2. this year's survey is ended, the totals (caps, quota) computed and reviewed (one amended with its
 *    reason, the rest confirmed), the notice published; the demo cadre shuji appeals on a phone and the
 *    county decides; the notice cannot close before its last day;
 * 3. the earlier cycle is carried to confirmation (a notice put up a month ago, so its 5 working days are
 *    over): stars appear with a commendation's, and the cadre is on a priority list.
 */
test.describe.configure({ mode: 'serial' });

const RUN = Date.now() % 100_000;
const contextOptions = { locale: 'zh-CN', timezoneId: 'Asia/Shanghai', reducedMotion: 'reduce' } as const;
type TCycleList = {
  items: { id: number; year: number; stage: string }[];
  today: string;
  currentYear: number;
};
type TResults = {
  items: {
    id: number;
    personId: number;
    personName: string;
    grade: string | null;
    personnelStatus: string | null;
  }[];
};

async function pageAs(
  browser: Browser,
  baseURL: string | undefined,
  user: string,
  width: number,
  height = 900,
) {
  const context = await browser.newContext({ ...contextOptions, baseURL, viewport: { width, height } });
  await signInWithRequest(context, user);
  return context.newPage();
}
const shot = (page: Page, name: string) =>
  page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
/** Confirms a step in its dialog (the dialog's button says what it does). */
async function confirmStep(page: Page, step: string) {
  await page.getByRole('button', { name: step, exact: true }).click();
  await page.locator('.ant-modal-confirm').getByRole('button', { name: step, exact: true }).click();
  await expect(page.getByText(`已${step}`)).toBeVisible({ timeout: 60_000 });
}
/** Confirms the rest of the results as computed, in one step (the button counts them). */
async function confirmRest(page: Page) {
  await page.getByRole('button', { name: /^按计算结果确认其余 \d+ 条$/ }).click();
  await page
    .locator('.ant-modal-confirm')
    .getByRole('button', { name: /^按计算结果确认其余/ })
    .click();
}
async function typeDate(scope: Locator, label: string, date: string) {
  const input = scope.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Tab');
}
/** Picks an option of the open antd Select's dropdown by its text. */
async function pick(page: Page, text: string | RegExp) {
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: text })
    .first()
    .click();
}
const stage = (page: Page) =>
  page.getByTestId('rating-cycle').locator('.ant-descriptions-item-content').first();

let today = '';
let year = 0; // this year's cycle (the demo's, surveying)
let earlier = 0; // the cycle the county opens here: the year before last

/** The county's today and the years each test works on, read from the server (no test depends on another for them). */
async function readYears(page: Page): Promise<TCycleList> {
  const list = (await (await page.request.get('/api/rating/cycles')).json()) as TCycleList;
  ({ today } = list);
  year = list.currentYear;
  earlier = year - 2;
  return list;
}

/**
 * The year before last in 组织评价中, as the first test leaves it; a test run alone opens it through the
 * API (opened, computed, evaluation opened), so it needs no other test before it.
 */
async function earlierInEvaluation(page: Page, headers: Record<string, string>) {
  const list = await readYears(page);
  if (list.items.some((c) => c.year === earlier)) return;
  const opened = await page.request.post('/api/rating/cycles', { headers, data: { year: earlier } });
  expect(opened.status(), await opened.text()).toBe(200);
  const { id } = (await opened.json()) as { id: number };
  for (const step of ['compute', 'open-evaluation']) {
    const res = await page.request.post(`/api/rating/cycles/${id}/${step}`, { headers, data: {} });
    expect(res.status(), await res.text()).toBe(200);
  }
}

test('the county opens a cycle and computes it; 金城镇 signs a form; a villager answers on a phone', async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const county = await pageAs(browser, baseURL, 'admin', 1366);
  const list = await readYears(county);
  expect(list.items.find((c) => c.year === year)?.stage).toBe('surveying');

  await county.goto('/rating');
  await expect(county.getByRole('heading', { name: '星级评定', exact: true })).toBeVisible({
    timeout: 30_000,
  });
  await county.getByRole('button', { name: '开启年度评定' }).click();
  const dialog = county.getByRole('dialog', { name: '开启年度评定' });
  await dialog.getByLabel('年度').fill(String(earlier));
  await dialog.getByRole('button', { name: '开启年度评定' }).click();
  await expect(county.getByText(`${earlier} 年度星级评定`, { exact: true })).toBeVisible();
  await expect(stage(county)).toHaveText('已开启');
  await expect(county.getByText('汇总评定等次前可以修改')).toBeVisible(); // the settings form
  await confirmStep(county, '计算量化考核');
  await expect(stage(county)).toHaveText('量化已计算');
  await confirmStep(county, '开始组织评价');
  await expect(stage(county)).toHaveText('组织评价中');
  await shot(county, 'rating-opened-1366');

  // 金城镇 signs a form of this year's evaluation (the survey is running: forms may still be filled)
  const township = await pageAs(browser, baseURL, 'jincheng', 1366);
  await township.goto('/rating/forms');
  await township.getByLabel('年度').click();
  await pick(township, new RegExp(`^${year} 年度`));
  const first = township.getByRole('button', { name: /^(评分|修改) / }).first();
  await first.click();
  const form = township.getByRole('dialog');
  for (const label of ['德', '能', '勤', '绩', '廉'])
    await form.getByLabel(`${label}（权重 20）`).fill(String(85 + (RUN % 10)));
  await form.getByRole('button', { name: '提交评价表' }).click();
  await expect(township.getByText('评价表已提交')).toBeVisible();

  // a household of shuji's village, registered by its cadre at a visit, answers on the QR page at 360 px
  const cadre = await pageAs(browser, baseURL, 'shuji', 360, 740);
  const { person } = (await (await cadre.request.get('/api/duty/today')).json()) as {
    person: { villageCode: string };
  };
  const headName = `评议户${RUN}`;
  const phone = `137${String(RUN).padStart(8, '0')}`;
  const household = await cadre.request.post('/api/households', {
    headers: await csrfHeaders(cadre.context()),
    data: { villageCode: person.villageCode, headName, phone },
  });
  expect(household.status(), await household.text()).toBe(200);
  const link = (await (
    await cadre.request.get(`/api/villages/${person.villageCode}/public-link`)
  ).json()) as {
    url: string;
  };
  const villager = await browser.newPage({
    ...contextOptions,
    baseURL,
    viewport: { width: 360, height: 740 },
  });
  await villager.goto(new URL(link.url).pathname);
  const survey = villager.getByRole('region', { name: /^群众评议驻村干部/ });
  const satisfied = survey.getByRole('radio', { name: '满意', exact: true });
  await expect(satisfied.first()).toBeVisible();
  for (const radio of await satisfied.all()) await radio.check();
  await survey.getByLabel('户主姓名').fill(headName);
  await survey.getByLabel('手机号后四位').fill(phone.slice(-4));
  await survey.getByRole('button', { name: '提交评议' }).click();
  await expect(villager.getByRole('heading', { name: '感谢您的评议' })).toBeVisible();
  await expectNoHorizontalOverflow(villager);
  await shot(villager, 'rating-survey-360');
});

test('totals with caps and quota, reviewed; the notice runs; a cadre appeals on a phone and it is decided', async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const county = await pageAs(browser, baseURL, 'admin', 1366);
  const cadre = await pageAs(browser, baseURL, 'shuji', 360, 740);
  await readYears(county);
  await county.goto(`/rating?year=${year}`);
  await expect(stage(county)).toHaveText('群众评议中', { timeout: 30_000 });
  // the totals wait for the survey's end: the county ends it yesterday
  await expect(county.getByTestId('refusal-total')).toContainText('评议结束后才能汇总评定等次');
  await county.getByRole('button', { name: '调整评议时间' }).click();
  const window = county.getByRole('dialog', { name: '调整评议时间' });
  await typeDate(window, '评议结束日期', addDays(today, -1));
  await window.getByRole('button', { name: '调整评议时间' }).click();
  await confirmStep(county, '汇总评定等次');
  await expect(stage(county)).toHaveText('审核中');
  await expect(county.getByTestId('rating-distribution')).toContainText('合计');
  await expect(county.getByText('已在汇总时冻结：本年度按此设置评定')).toBeVisible();

  // the results go by village and name, filtered here by a grade someone holds
  const GRADE_NAMES: Record<string, string> = {
    excellent: '优秀',
    competent: '合格',
    basically_competent: '基本合格',
    incompetent: '不合格',
  };
  const cycleId = ((await (await county.request.get('/api/rating/cycles')).json()) as TCycleList).items.find(
    (c) => c.year === year,
  )!.id;
  const spread = (await (await county.request.get(`/api/rating/cycles/${cycleId}/distribution`)).json()) as {
    counts: Record<string, number>;
  };
  const held = Object.keys(GRADE_NAMES).find((g) => (spread.counts[g] ?? 0) > 0)!;
  const results = county.getByTestId('rating-results');
  await results.getByLabel('等次').click();
  await pick(county, new RegExp(`^${GRADE_NAMES[held]}$`));
  await expect(results.locator('.ant-table-row').first().locator('.ant-tag').first()).toHaveText(
    GRADE_NAMES[held]!,
  );
  await shot(county, 'rating-review-1366');

  // one result amended with its reason, the rest confirmed as computed
  const shujiName = (
    (await (await cadre.request.get('/api/duty/today')).json()) as { person: { name: string } }
  ).person.name;
  const all = (await (
    await county.request.get(`/api/rating/cycles/${cycleId}/results?pageSize=200`)
  ).json()) as TResults;
  const other = all.items.find((r) => r.personName !== shujiName && r.grade !== null)!;
  const amendTo = other.grade === 'basically_competent' ? '合格' : '基本合格';
  await county.goto(`/rating/results/${other.id}`);
  const review = county.getByTestId('rating-review');
  await review.getByLabel('调整等次').check();
  await review.getByLabel('调整后的等次').click();
  await pick(county, new RegExp(`^${amendTo}$`));
  await review.getByLabel('理由').fill('抽查发现驻村期间多次未按要求夜访，组织评价偏高，按实际调整');
  await review.getByRole('button', { name: '提交审核' }).click();
  await expect(county.getByText('审核已保存')).toBeVisible();
  await expect(county.getByTestId('rating-explanation')).toContainText('审核调整评定等次');
  await expect(county.getByTestId('rating-explanation')).toContainText(
    /优秀比例：参评 \d+ 人，优秀不超过 20%/,
  );
  await shot(county, 'rating-result-1366');

  await county.goto(`/rating?year=${year}`);
  await confirmRest(county);
  await expect(county.getByTestId('refusal-publish_notice')).toHaveCount(0);
  await county.getByRole('button', { name: '发布公示', exact: true }).click();
  const publish = county.getByRole('dialog', { name: '发布公示' });
  await publish.getByRole('button', { name: '发布公示' }).click();
  await expect(stage(county)).toHaveText('公示中');
  await expect(county.getByTestId('refusal-close_notice')).toContainText('公示期满后才能结束公示');
  // the notice and the result table as files, from the page's head
  const noticeFile = county.waitForEvent('download');
  await county.getByRole('link', { name: /导出公示（Word）/ }).click();
  expect((await noticeFile).suggestedFilename()).toBe(`星级评定结果公示（${year}年度）.docx`);
  const resultsFile = county.waitForEvent('download');
  await county.getByRole('link', { name: /导出结果表（Excel）/ }).click();
  expect((await resultsFile).suggestedFilename()).toBe(`星级评定结果（${year}年度）.xlsx`);

  // shuji, on a phone: told of the notice, reads the result and appeals once
  await cadre.goto('/my-rating');
  const card = cadre.getByTestId(`my-rating-${year}`);
  await expect(card).toBeVisible({ timeout: 30_000 });
  await card.getByLabel('申诉理由').fill('本人全年驻村天数达标，群众评议户数偏少，请复核组织评价');
  await card.getByRole('button', { name: '提交申诉' }).click();
  await expect(card.getByText('申诉已提交，等待县委组织部处理')).toBeVisible();
  await expect(card.getByRole('button', { name: '提交申诉' })).toHaveCount(0);
  await card.getByText('查看得分说明').click();
  await expect(card.getByTestId('rating-explanation')).toContainText('量化考核');
  await expectNoHorizontalOverflow(cadre);
  await shot(cadre, 'rating-appeal-360');

  // the county decides: the grade kept, with the reason the cadre reads
  const mine = all.items.find((r) => r.personName === shujiName)!;
  await county.goto(`/rating/results/${mine.id}`);
  const decision = county.getByTestId('rating-appeal-decision');
  await decision.getByLabel('理由（告知本人）').fill('经复核，组织评价和群众评议均按规定计分，维持原等次');
  await decision.getByRole('button', { name: '提交处理结果' }).click();
  await expect(county.getByText('申诉已处理，已告知本人')).toBeVisible();
  await cadre.reload();
  await expect(cadre.getByTestId(`my-rating-${year}`)).toContainText('申诉已处理：维持原等次');
});

test('the cycle is confirmed: two stars with a commendation’s, and the cadre on a priority list', async ({
  browser,
  baseURL,
}) => {
  test.slow();
  const county = await pageAs(browser, baseURL, 'admin', 1366);
  const headers = await csrfHeaders(county.context());
  await earlierInEvaluation(county, headers);
  await county.goto(`/rating?year=${earlier}`);
  await expect(stage(county)).toHaveText('组织评价中', { timeout: 30_000 });
  await county.getByRole('button', { name: '开始群众评议', exact: true }).click();
  const window = county.getByRole('dialog', { name: '开始群众评议' });
  await typeDate(window, '评议开始日期', `${earlier}-12-01`);
  await typeDate(window, '评议结束日期', `${earlier}-12-20`);
  await window.getByRole('button', { name: '开始群众评议' }).click();
  await expect(stage(county)).toHaveText('群众评议中');
  await confirmStep(county, '汇总评定等次');

  // a cadre of that year, amended to 合格 on review, with a provincial commendation of that year: 1 + 1 stars
  const cycleId = ((await (await county.request.get('/api/rating/cycles')).json()) as TCycleList).items.find(
    (c) => c.year === earlier,
  )!.id;
  const all = (await (
    await county.request.get(`/api/rating/cycles/${cycleId}/results?pageSize=200`)
  ).json()) as TResults;
  expect(all.items.length).toBeGreaterThan(0);
  const LISTED = ['civil_servant', 'institution_manager', 'professional_technical', 'institution_staff'];
  const chosen = all.items.find((r) => LISTED.includes(r.personnelStatus ?? '')) ?? all.items[0]!;
  const amend = await county.request.post(`/api/rating/results/${chosen.id}/review`, {
    headers,
    data: {
      decision: 'amend',
      grade: 'competent',
      reason: '量化记录不全，按乡镇考察的实绩评为合格',
    },
  });
  expect(amend.status(), await amend.text()).toBe(200);
  const award = await county.request.post('/api/awards', {
    headers,
    data: {
      personId: chosen.personId,
      level: 'provincial',
      title: `全省优秀驻村干部${RUN}`,
      issuer: '中共山西省委组织部',
      awardedOn: `${earlier}-11-20`,
    },
  });
  expect(award.status(), await award.text()).toBe(200);

  await county.reload();
  await expect(stage(county)).toHaveText('审核中', { timeout: 30_000 });
  if (all.items.length > 1) await confirmRest(county);
  await expect(county.getByTestId('refusal-publish_notice')).toHaveCount(0);
  // the notice as put up a month ago: its 5 working days are over
  await county.getByRole('button', { name: '发布公示', exact: true }).click();
  const publish = county.getByRole('dialog', { name: '发布公示' });
  await typeDate(publish, '公示发布日期', addDays(today, -30));
  await publish.getByRole('button', { name: '发布公示' }).click();
  await expect(stage(county)).toHaveText('公示中');
  await confirmStep(county, '结束公示');
  await confirmStep(county, '确认结果');
  await expect(stage(county)).toHaveText('已确认');

  await county.goto(`/rating/results/${chosen.id}`);
  const explanation = county.getByTestId('rating-explanation');
  await expect(explanation).toContainText('等次星级加表彰加星 1 颗');
  await expect(county.getByRole('img', { name: '2 星' }).first()).toBeVisible();
  await shot(county, 'rating-confirmed-1366');

  await county.goto(`/rating/priority?year=${earlier}`);
  await expect(county.getByText(chosen.personName).first()).toBeVisible({ timeout: 30_000 });
  await shot(county, 'rating-priority-1366');
});
