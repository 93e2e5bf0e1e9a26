import { expect, type Page, test } from '@playwright/test';
import { addDays, signInWithApi } from './fixtures.ts';

/*
 * Typed once (issue 13, item 9), on a cadre's phone: a night visit's request starts as what was heard,
 * and the same save records that night 在村 (a tap, off until ticked). The village of `daxuesheng`
 * has no household yet, so the picker first says how to add one. The visit goes on 前天 (backfill):
 * the server has no clock to set and refuses a visit in the future, and e2e/today.spec.ts uses 昨天.
 */
test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

const CADRE = 'daxuesheng';
const HEARD = '老人想办高龄补贴，不知道要带什么材料';

/** Counts the requests the page sends that `match` (method and path). */
function countRequests(page: Page, method: string, path: RegExp): { count: number } {
  const seen = { count: 0 };
  page.on('request', (r) => {
    if (r.method() === method && path.test(new URL(r.url()).pathname)) seen.count++;
  });
  return seen;
}

test('a night visit is typed once: the request starts as what was heard, and the night is recorded in the same save', async ({
  page,
}) => {
  await signInWithApi(page, CADRE, undefined, '/today');
  const view = (await (await page.request.get('/api/duty/today')).json()) as { today: string };
  const date = addDays(view.today, -2);
  const visitPosts = countRequests(page, 'POST', /^\/api\/visits$/);
  const daySaves = countRequests(page, 'PUT', /^\/api\/duty\/my\/days\//);

  await page.getByRole('radiogroup', { name: '选择日期' }).getByText('前天').click();
  await expect(page.getByLabel('工作内容')).toHaveValue('');
  const section = page.getByRole('region', { name: '夜访 / 走访' });
  await section.getByRole('button', { name: '记录走访' }).click();
  const drawer = page.getByRole('dialog').filter({ hasText: '记录走访' });
  await expect(drawer.getByLabel('走访时间')).toHaveValue(`${date}T20:00`);

  // no household in the village yet: the picker says how to add one, and who can
  const hint = drawer.getByText(/^本村还没有登记农户：点“新增农户”写上户主姓名/);
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('本村的驻村干部和乡镇、县的管理员都可以登记农户');
  await page.screenshot({ path: test.info().outputPath('visit-no-households-360.png') });
  await drawer.getByRole('button', { name: '新增农户' }).click();
  await drawer.getByLabel('户主姓名').fill('李桂兰');

  // what was heard is typed once: the request starts with it, and stays editable
  await drawer.getByLabel('听到了什么').fill(HEARD);
  await drawer.getByRole('button', { name: '添加诉求' }).click();
  const request = drawer.getByRole('group', { name: '诉求 1' });
  await expect(request.getByLabel('诉求内容')).toHaveValue(HEARD);
  await request.getByLabel('诉求内容').fill(`${HEARD}，请村里代办`);
  await request.getByLabel('类别').selectOption({ label: '社会保障' });

  // the night: offered for a night visit only, off until ticked, saying what it will write
  const night = drawer.getByRole('checkbox', { name: `同时记 ${date} 当晚在村` });
  await expect(night).not.toBeChecked();
  await expect(drawer.getByText(/^这一天还没有记录：将记为夜间在村/)).toBeVisible();
  await drawer.getByLabel('走访时间').fill(`${date}T15:00`);
  await expect(night).toBeHidden();
  await drawer.getByLabel('走访时间').fill(`${date}T20:30`);
  await night.check();
  await night.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('visit-once-form-360.png') });

  await drawer.getByRole('button', { name: '保存' }).click();
  await expect(page.getByText('走访已记录')).toBeVisible();
  await expect(drawer).toBeHidden();

  // the day now holds that night in the village and the visit as its work, with no second save
  await expect(page.getByLabel('工作内容')).toHaveValue(`夜访：${HEARD}`);
  await expect(
    page.getByRole('radiogroup', { name: '夜间' }).getByRole('radio', { name: '在村' }),
  ).toBeChecked();
  await expect(page.getByText(/^已记录 /)).toBeVisible();
  expect(visitPosts.count).toBe(1);
  expect(daySaves.count).toBe(0);
  await expect(section.getByRole('link', { name: new RegExp(`${HEARD}，请村里代办`) })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('visit-once-today-360.png'), fullPage: true });

  const days = (await (await page.request.get(`/api/duty/my/days?from=${date}&to=${date}`)).json()) as {
    items: { night: string; work: string; backfilled: boolean }[];
  };
  expect(days.items).toEqual([expect.objectContaining({ night: 'village', backfilled: true })]);
});
