import { expect, type Page, test } from '@playwright/test';
import {
  addDays,
  csrfHeaders,
  expectNoHorizontalOverflow,
  signInWithApi,
  uniqueIdentity,
  uniquePhone,
} from './fixtures.ts';

const VILLAGE = '140622100201'; // a village of 金城镇, whose township administrator is `jincheng`

/** A young full-time graduate official of the spec's own, posted 60 days ago: eligible, no mentor yet. */
async function registerGraduate(page: Page, name: string): Promise<number> {
  const { idNumber, birthDate, gender } = uniqueIdentity([1996, 1996]);
  const res = await page.request.post('/api/cadres', {
    headers: await csrfHeaders(page.context()),
    data: {
      person: {
        name,
        gender,
        birthDate,
        idNumber,
        phone: uniquePhone(),
        politicalStatus: 'cpc_member',
        educationLevel: 'bachelor',
        fullTimeEducation: true,
        personnelStatus: 'civil_servant',
      },
      posting: {
        villageCode: VILLAGE,
        category: 'graduate_official',
        postTitle: '村委会主任助理',
        startDate: addDays(new Date().toISOString().slice(0, 10), -60),
      },
    },
  });
  expect(res.status(), await res.text()).toBe(200);
  return ((await res.json()) as { cadre: { id: number } }).cadre.id;
}

test('a township pairs a township mentor from the gap list, and the profile shows it (1366 px)', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 900 });
  await signInWithApi(page, 'admin');
  const name = `帮带${Date.now().toString(36).slice(-4)}`;
  const personId = await registerGraduate(page, name);
  await page.context().clearCookies();

  await signInWithApi(page, 'jincheng', undefined, `/mentoring?village=${VILLAGE}`);
  await expect(page.getByRole('heading', { name: '结对帮带' })).toBeVisible();
  await expect(page.getByRole('alert').filter({ hasText: '符合条件' })).toContainText('缺口');
  const row = page.getByRole('row').filter({ hasText: name });
  await expect(row).toContainText('到村任职大学生');
  // the county mentor is the county's to pair: a township sees the level missing, without a button
  await expect(row.getByRole('button', { name: `安排县级导师：${name}` })).toHaveCount(0);
  await row.getByRole('button', { name: `安排乡镇级导师：${name}` }).click();

  const dialog = page.getByRole('dialog', { name: `为${name}安排导师` });
  await expect(dialog.getByText('没有合适的导师账号？')).toBeVisible();
  const mentor = dialog.getByLabel('导师账号');
  await mentor.fill('赵永刚');
  await mentor.press('Enter');
  await expect(dialog).toContainText('赵永刚（daoshi-jincheng）');
  await page.screenshot({ path: test.info().outputPath('mentoring-assign-1366.png') });
  await dialog.getByRole('button', { name: '安排' }).click();
  await expect(page.getByText('已安排导师')).toBeVisible();
  await expect(row).toContainText('乡镇级：赵永刚');
  await expect(row.getByRole('button', { name: `安排乡镇级导师：${name}` })).toHaveCount(0);
  await expect(row.getByRole('button', { name: `安排村级导师：${name}` })).toBeVisible();
  await page.screenshot({ path: test.info().outputPath('mentoring-gaps-1366.png'), fullPage: true });

  await row.getByRole('link', { name }).click();
  await expect(page).toHaveURL(new RegExp(`/cadres/${personId}$`));
  const card = page.getByLabel('结对帮带');
  await expect(card).toContainText('乡镇级导师赵永刚');
  await expect(card).toContainText('安排人：金城镇管理员');
  await expect(card.getByRole('button', { name: '安排村级导师' })).toBeVisible();
  await card.scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('profile-mentors-1366.png') });
});

test('a mentor lands on their mentees on a phone and records a talk (360 px)', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 760 });
  await signInWithApi(page, 'daoshi');
  await expect(page).toHaveURL(/\/mentoring\/mine$/);
  await expect(page.getByRole('heading', { name: '我的帮带对象' })).toBeVisible();
  const mentees = page.getByRole('list', { name: '我的帮带对象' }).getByRole('listitem');
  await expect(mentees).toHaveCount(6);
  await expect(mentees.first()).toContainText('我是县级导师');
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: test.info().outputPath('mentees-360.png'), fullPage: true });

  await mentees.first().getByRole('link').click();
  await expect(page).toHaveURL(/\/mentoring\/mine\/\d+$/);
  await expect(page.getByText('基本情况')).toBeVisible();
  await expect(page.getByRole('heading', { name: '近 30 天工作日志' })).toBeVisible();
  const topic = `大棚项目推进 ${Date.now().toString(36).slice(-4)}`;
  await page.getByLabel('谈话主题').fill(topic);
  await page.getByLabel('谈话内容').fill('先算清投入产出，再与合作社签收购意向。');
  await page.getByRole('button', { name: '保存谈话记录' }).click();
  await expect(page.getByText('已记录谈心谈话')).toBeVisible();
  const talks = page.getByRole('list', { name: '谈心谈话记录' });
  await expect(talks.getByRole('listitem').first()).toContainText(topic);
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: test.info().outputPath('mentee-talk-360.png') });
  // the mentee's recent log, read-only, each entry with a comment box a tap away
  const logs = page.getByRole('list', { name: '近 30 天工作日志' }).getByRole('listitem');
  await expect(logs.first()).toBeVisible();
  await logs.first().getByRole('button', { name: '写批注' }).click();
  await logs.first().getByRole('textbox').fill('销路可以对接县里的冷链物流项目');
  await logs.first().getByRole('button', { name: '发送批注' }).click();
  await expect(logs.first()).toContainText('王建军：销路可以对接县里的冷链物流项目');
  await logs.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: test.info().outputPath('mentee-logs-360.png') });
});
