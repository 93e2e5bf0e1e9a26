import { type APIRequestContext, expect, type Locator, test } from '@playwright/test';
import {
  addDays,
  csrfHeaders,
  DEMO_PASSWORD,
  expectNoHorizontalOverflow,
  signInWithApi,
} from './fixtures.ts';

test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

/** A cadre no other spec writes days for. */
const CADRE = 'duiyuan';

/** 1 = Monday … 7 = Sunday. */
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay() || 7;

type TToday = {
  today: string;
  person: { id: number; name: string; villageCode: string };
  days: { date: string; rest: { day: boolean; night: boolean } }[];
};

/** The county administrator's API session (they record attendance and decide leave county-wide). */
async function countyAdmin(request: APIRequestContext): Promise<Record<string, string>> {
  const login = await request.post('/api/auth/login', {
    data: { username: 'admin', password: DEMO_PASSWORD },
  });
  expect(login.status(), await login.text()).toBe(200);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  return { 'x-csrf-token': csrfToken };
}

test('on a rest night 休息 comes first yet any choice stays open; 请假 without a request links to /leave with the date', async ({
  page,
  request,
}) => {
  await signInWithApi(page, CADRE, undefined, '/today');
  await expect(page).toHaveURL(/\/today$/);
  const view = (await (await page.request.get('/api/duty/today')).json()) as TToday;
  // the writable day latest in its week: from Friday on, four days of the week lie before it
  const dates = view.days.map((d) => d.date);
  const target = dates.reduce((best, d) => (weekday(d) > weekday(best) ? d : best));
  const before = Array.from({ length: weekday(target) - 1 }, (_, i) =>
    addDays(target, i + 1 - weekday(target)),
  );

  // the week's nights before it were in the village (recorded by the attendance keeper)
  const admin = await countyAdmin(request);
  for (const date of before) {
    const res = await request.put(`/api/duty/people/${view.person.id}/days/${date}/attendance`, {
      headers: admin,
      data: { day: 'village', night: 'village', reason: '按驻村台账补录' },
    });
    expect(res.status(), await res.text()).toBe(200);
  }
  if (before.length < 4) {
    // today is a Thursday: approved leave on Friday lowers the week's nights to three
    const friday = addDays(target, 1);
    const applied = await page.request.post('/api/absences', {
      headers: await csrfHeaders(page.context()),
      data: { kind: 'leave', startDate: friday, endDate: friday, reason: '家中老人住院陪护' },
    });
    expect(applied.status(), await applied.text()).toBe(200);
    const { id } = (await applied.json()) as { id: number };
    const approved = await request.post(`/api/absences/${id}/approve`, { headers: admin, data: {} });
    expect(approved.status(), await approved.text()).toBe(200);
  }
  // whether the county rests that day: a weekend or a holiday, unless moved to work (调休)
  const rules = (await (await request.get(`/api/rules?year=${target.slice(0, 4)}`)).json()) as {
    holidays: string[];
    workdays?: string[];
  };
  const restDay =
    !(rules.workdays ?? []).includes(target) && (rules.holidays.includes(target) || weekday(target) >= 6);

  await page.reload();
  const index = dates.indexOf(target);
  const name = ['今天', '昨天', '前天'][index] ?? `${index} 天前`;
  await page.getByRole('radiogroup', { name: '选择日期' }).getByText(name, { exact: true }).click();

  // the night beyond the week's four: 休息 is the first choice and the one chosen
  const night = page.getByRole('radiogroup', { name: '夜间' });
  await expect(night.getByRole('radio').first()).toHaveAccessibleName('休息');
  await expect(night.getByRole('radio', { name: '休息' })).toBeChecked();
  // the day: 休息 first on a day the county rests, else 在村
  const day = page.getByRole('radiogroup', { name: '白天' });
  await expect(day.getByRole('radio').first()).toHaveAccessibleName(restDay ? '休息' : '在村');
  await expect(day.getByRole('radio', { name: restDay ? '休息' : '在村' })).toBeChecked();
  await expect(night.getByRole('radio')).toHaveCount(5);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: test.info().outputPath('rest-night-360.png'), fullPage: true });

  // never forced: the cadre may still say the night was in the village
  await night.getByText('在村', { exact: true }).click();
  await expect(night.getByRole('radio', { name: '在村' })).toBeChecked();
  await expect(night.getByRole('radio', { name: '休息' })).not.toBeChecked();

  // 请假 with no leave request for the day: one tap to file it, the date filled in
  await day.getByText('请假', { exact: true }).click();
  const notice = page.getByRole('alert').filter({ hasText: '这天还没有请假申请' });
  await expect(notice).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('leave-link-360.png'), fullPage: true });
  await notice.getByRole('link', { name: '去申请' }).click();
  await expect(page).toHaveURL(new RegExp(`/leave\\?date=${target}$`));
  await expect(page.getByLabel('开始日期')).toHaveValue(target);
  await expect(page.getByLabel('结束日期')).toHaveValue(target);
  await expect(
    page.getByRole('radiogroup', { name: '类型' }).getByRole('radio', { name: '请假' }),
  ).toBeChecked();
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: test.info().outputPath('leave-prefilled-360.png'), fullPage: true });

  // filed: back on 今天 the day keeps its draft and no longer asks for a request
  await page.getByLabel('事由').fill('家中老人住院陪护');
  await page.getByRole('button', { name: '提交申请' }).click();
  await expect(
    page
      .getByRole('list', { name: '我的申请' })
      .getByRole('listitem')
      .filter({ hasText: `${target} 至 ${target}` }),
  ).toBeVisible();
  await page.goto('/today');
  await page.getByRole('radiogroup', { name: '选择日期' }).getByText(name, { exact: true }).click();
  await expect(day.getByRole('radio', { name: '请假' })).toBeChecked();
  await expect(page.getByText('这天还没有请假申请')).toHaveCount(0);
});

/** The text colour of an element as [r, g, b]. */
async function colourOf(locator: Locator): Promise<number[]> {
  const rgb = await locator.evaluate((el) => getComputedStyle(el).color);
  expect(rgb, 'a computed colour').toMatch(/^rgba?\(/);
  return (rgb.match(/\d+/g) ?? []).slice(0, 3).map(Number);
}

test.describe('at the township’s desk', () => {
  test.use({ viewport: { width: 1366, height: 900 }, isMobile: false, hasTouch: false });

  test('the log list and the log drawer show 休息 in grey, 不在岗 in red', async ({ page, request }) => {
    await signInWithApi(page, CADRE, undefined, '/today');
    const view = (await (await page.request.get('/api/duty/today')).json()) as TToday;
    // two past weekdays a week apart from the writable ones: a Friday night at rest, a Tuesday away
    const friday = addDays(view.today, -14 - ((weekday(view.today) + 2) % 7));
    const tuesday = addDays(friday, -3);
    const admin = await countyAdmin(request);
    for (const [date, day, night] of [
      [friday, 'village', 'rest'],
      [tuesday, 'absent', 'absent'],
    ] as const) {
      const res = await request.put(`/api/duty/people/${view.person.id}/days/${date}/attendance`, {
        headers: admin,
        data: { day, night, reason: '按驻村台账补录' },
      });
      expect(res.status(), await res.text()).toBe(200);
    }

    await signInWithApi(
      page,
      'admin',
      undefined,
      `/duty/logs?village=${view.person.villageCode}&from=${tuesday}&to=${friday}`,
    );
    await expect(page.getByRole('heading', { name: '工作日志' })).toBeVisible();
    const own = page.getByRole('row').filter({ hasText: view.person.name });
    const restRow = own.filter({ hasText: '休息' });
    const awayRow = own.filter({ hasText: '不在岗' });
    await expect(restRow).toHaveCount(1);
    await expect(awayRow).toBeVisible();
    const [r, g, b] = await colourOf(restRow.getByText('休息', { exact: true }));
    expect(
      Math.max(r!, g!, b!) - Math.min(r!, g!, b!),
      `休息 is grey, not rgb(${r}, ${g}, ${b})`,
    ).toBeLessThan(24);
    const [ar, ag] = await colourOf(awayRow.getByText('不在岗', { exact: true }).first());
    expect(ar! - ag!, '不在岗 stays red').toBeGreaterThan(80);
    await page.screenshot({ path: test.info().outputPath('log-list-1366.png') });

    await restRow.getByRole('button').first().click();
    const drawer = page.getByRole('dialog');
    await expect(drawer).toContainText(friday);
    const [dr, dg, db] = await colourOf(drawer.getByText('休息', { exact: true }));
    expect(Math.max(dr!, dg!, db!) - Math.min(dr!, dg!, db!)).toBeLessThan(24);
    await page.screenshot({ path: test.info().outputPath('log-drawer-1366.png') });
  });
});
