import { type Browser, expect, type Page, test } from '@playwright/test';
import {
  expectNoHorizontalOverflow,
  registerCadreWithAccount,
  signInFirstTime,
  signInWithRequest,
} from './fixtures.ts';

/*
 * 履职行为负面清单 (issue 15, item 3): the county records a violation of a veto item against a cadre at
 * 1366 px; the cadre hears of it in the bell and answers in writing on a 360-px phone; only then may the
 * county decide (docs/rules.md §4.10), and it upholds the record with a reason; the veto caps the cadre's
 * year at 不合格, on the registry's cadre page and on the cadre's own page.
 */

const run = Date.now() % 100_000;
const VETO_ITEM = '违纪违法受到党纪政务处分'; // a veto item of the demo catalogue (server/src/seed/demo-violations.ts)
const CIRCUMSTANCES = `县纪委通报该同志受到党内警告处分（${run}）`;
const ANSWER = '对处分没有异议，已深刻检讨，请组织从轻考虑';
const REASON = '处分决定已生效，事实清楚，按负面清单一票否决';
const CAP = `年度等次上限：不合格（一票否决：${VETO_ITEM}）`;

const contextOptions = {
  locale: 'zh-CN',
  timezoneId: 'Asia/Shanghai',
  reducedMotion: 'reduce',
} as const;

/** The county's administrator at 1366 px. */
async function countyPage(browser: Browser, baseURL: string | undefined): Promise<Page> {
  const context = await browser.newContext({
    ...contextOptions,
    baseURL,
    viewport: { width: 1366, height: 900 },
  });
  await signInWithRequest(context, 'admin');
  return context.newPage();
}

test('a violation of a veto item is notified, answered and upheld; the veto caps the cadre’s year', async ({
  browser,
  baseURL,
}) => {
  test.slow(); // two people, two screens: the county at 1366 px and the cadre's phone
  const name = `违纪${run % 1000}`;
  const account = await registerCadreWithAccount(browser, baseURL, name);

  // the county records the violation at 1366 px, citing the veto item
  const county = await countyPage(browser, baseURL);
  await county.goto('/violations');
  // the page's code loads on first use: allow a loaded machine its time
  await expect(county.getByRole('heading', { name: '违规记录' })).toBeVisible({ timeout: 30_000 });
  await county.getByRole('button', { name: '登记违规记录' }).click();
  const dialog = county.getByRole('dialog', { name: '登记违规记录' });
  await dialog.getByLabel('干部', { exact: true }).fill(name);
  await county
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: name })
    .first()
    .click();
  await dialog.getByLabel('负面清单事项').fill(VETO_ITEM);
  await county
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: `${VETO_ITEM}（一票否决）` })
    .click();
  await dialog.getByLabel('违规情形').fill(CIRCUMSTANCES);
  await county.screenshot({ path: test.info().outputPath('violation-record-1366.png') });
  await dialog.getByRole('button', { name: '登记并告知本人' }).click();
  await expect(county.getByText(/已登记，已告知本人，申辩期至 \d{4}-\d{2}-\d{2}/)).toBeVisible();
  await expect(dialog).toBeHidden();
  const row = county.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText(VETO_ITEM);
  await expect(row).toContainText('一票否决');
  await expect(row).toContainText('已告知，待申辩');
  await row.getByRole('link', { name }).click();
  await expect(county).toHaveURL(/\/violations\/\d+$/);
  const id = Number(county.url().split('/').pop());

  // before the cadre answers, and within the answer period, the county may not decide yet
  await expect(
    county.getByText(/申辩期至 \d{4}-\d{2}-\d{2} 结束；干部申辩后或申辩期结束后方可作出决定/),
  ).toBeVisible();
  await expect(county.getByRole('button', { name: /确\s?定/ })).toHaveCount(0);
  await expectNoHorizontalOverflow(county);
  await county.screenshot({ path: test.info().outputPath('violation-notified-1366.png'), fullPage: true });

  // the cadre hears of it in the bell on a phone, and answers in writing
  const phoneContext = await browser.newContext({
    ...contextOptions,
    baseURL,
    viewport: { width: 360, height: 740 },
    isMobile: true,
    hasTouch: true,
  });
  const phone = await phoneContext.newPage();
  await signInFirstTime(phone, account);
  await phone.goto('/');
  const bell = phone.getByRole('button', { name: /^消息（\d+ 条未读）$/ });
  await expect(bell).toBeVisible({ timeout: 30_000 });
  await bell.click();
  const notice = phone
    .getByRole('dialog', { name: '消息' })
    .getByRole('listitem')
    .filter({ hasText: `您有一条违规记录待申辩：${VETO_ITEM}` });
  await expect(notice).toBeVisible();
  await expectNoHorizontalOverflow(phone);
  await phone.screenshot({ path: test.info().outputPath('violation-bell-360.png') });
  await notice.click();
  await expect(phone).toHaveURL(/\/my-violations$/);
  const card = phone.getByTestId(`my-violation-${id}`);
  await expect(card).toContainText(CIRCUMSTANCES);
  await expect(card).toContainText('已告知，待申辩');
  await card.getByLabel('书面申辩').fill(ANSWER);
  await expectNoHorizontalOverflow(phone);
  await phone.screenshot({ path: test.info().outputPath('violation-answer-360.png'), fullPage: true });
  await card.getByRole('button', { name: '书面申辩' }).click();
  await expect(phone.getByText('已提交')).toBeVisible();
  await expect(card).toContainText('已申辩，待决定');
  await expect(card.getByTestId('violation-event-answer')).toContainText(ANSWER);

  // the county, heard the answer, upholds the record with its reason
  await county.reload();
  await expect(county.getByText(ANSWER).first()).toBeVisible();
  const decision = county.locator('form#violation-decision');
  await expect(decision.getByRole('radio', { name: '认定（维持扣分）' })).toBeChecked();
  await decision.getByLabel('理由').fill(REASON);
  await decision.getByRole('button', { name: /确\s?定/ }).click();
  await expect(county.getByText('已作出决定，已告知本人')).toBeVisible();
  await expect(county.getByTestId('violation-event-decide')).toContainText(REASON);
  await expect(county.getByTestId('violation-event-decide')).toContainText('认定（维持扣分）');
  await expect(county.getByText('已决定').first()).toBeVisible();
  await expectNoHorizontalOverflow(county);
  await county.screenshot({ path: test.info().outputPath('violation-decided-1366.png'), fullPage: true });

  // the veto shows on the cadre's record in the registry: the year's grade is capped at 不合格
  const { personId } = (await (await county.request.get(`/api/violations/${id}`)).json()) as {
    personId: number;
  };
  await county.goto(`/cadres/${personId}`);
  await expect(county.getByTestId('violation-cap')).toContainText(CAP);
  await county.screenshot({ path: test.info().outputPath('violation-cadre-cap-1366.png') });
  // the card leads to that cadre's records of the year
  await county.getByTestId('violation-year-card').getByRole('link', { name: '违规记录' }).click();
  await expect(county.getByText(`干部：${name}`)).toBeVisible();
  await expect(county.getByRole('row').filter({ hasText: VETO_ITEM })).toHaveCount(1);
  await expect(county.getByRole('row').filter({ hasText: name })).toContainText('已决定');
  await expectNoHorizontalOverflow(county);
  await county.screenshot({ path: test.info().outputPath('violation-list-1366.png') });

  // and on the cadre's own page, and beside their records, on the phone
  await phone.goto('/me');
  await expect(phone.getByTestId('violation-cap')).toContainText(CAP);
  await expectNoHorizontalOverflow(phone);
  await phone.screenshot({ path: test.info().outputPath('violation-me-360.png'), fullPage: true });
  await phone.goto('/my-violations');
  await expect(phone.getByTestId('violation-cap')).toContainText(CAP);
  await expect(card).toContainText('已决定');
  await expect(card.getByRole('button', { name: /^申\s?诉$/ })).toBeVisible();
  await expectNoHorizontalOverflow(phone);
  await phone.screenshot({ path: test.info().outputPath('violation-decided-360.png'), fullPage: true });
  // the list the cadre is held to, read on the phone
  await phone.getByRole('link', { name: '查看负面清单' }).click();
  await expect(phone.getByRole('heading', { name: '履职行为负面清单' })).toBeVisible();
  await expect(phone.getByRole('listitem').filter({ hasText: VETO_ITEM })).toContainText('一票否决');
  await expectNoHorizontalOverflow(phone);
  await phone.screenshot({ path: test.info().outputPath('conduct-catalogue-360.png'), fullPage: true });

  await phoneContext.close();
  await county.context().close();
});
