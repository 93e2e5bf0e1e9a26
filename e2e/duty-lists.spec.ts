import { expect, test } from '@playwright/test';
import { expectNoHorizontalOverflow, signInWithApi } from './fixtures.ts';

/*
 * 岗位职责清单 (issue 15, item 1): at 1366 px the county edits the draft of a post's duty list (a new
 * duty, moved up) and publishes it from today; the cadre of that post reads the new version on their
 * own page at 360 px, and the village's public page (the QR code's) shows it with the holder's name.
 */
const DESKTOP = { viewport: { width: 1366, height: 900 } };
const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true };
const POST_NAMES: Record<string, string> = {
  party_secretary: '村党组织书记（机关干部）',
  graduate_official: '到村任职大学生',
  selected_graduate: '选调生（大学生村官）',
  first_secretary: '驻村第一书记',
  team_member: '驻村工作队员',
};

type TMine = { posts: { category: string; list: { versionNo: number } | null }[] };

test('the county publishes a new version; the cadre reads it on a phone and the village’s public page shows it', async ({
  browser,
}) => {
  // three pages and two roles in one story: on a shared 2-core machine the first load can take a while
  test.setTimeout(120_000);
  // the demo cadre 'shuji': their post and the version in force now
  const cadre = await browser.newPage(PHONE);
  await signInWithApi(cadre, 'shuji', undefined, '/me');
  const before = (await (await cadre.request.get('/api/me/duty-lists')).json()) as TMine;
  const mine = before.posts[0];
  expect(mine, 'shuji holds a post').toBeDefined();
  const post = mine?.category ?? '';
  const postName = POST_NAMES[post] ?? '';
  const nextNo = (mine?.list?.versionNo ?? 0) + 1;
  const duty = `每月向村民代表会议报告一次驻村工作 ${Date.now() % 100000}`;

  // the county, at 1366 px: the five posts, then the post's draft
  const county = await browser.newPage(DESKTOP);
  await signInWithApi(county, 'admin', undefined, '/duty-lists');
  await expect(county.getByRole('heading', { name: '岗位职责清单', level: 3 })).toBeVisible({
    timeout: 30_000,
  });
  const table = county.locator('.ant-table');
  for (const name of Object.values(POST_NAMES)) await expect(table).toContainText(name);
  await county.screenshot({ path: test.info().outputPath('duty-lists-1366.png') });
  await county.getByRole('link', { name: `编辑 ${postName}` }).click();
  await expect(county.getByRole('heading', { name: `编辑职责清单 · ${postName}` })).toBeVisible();

  // a new duty at the end, moved up one line, then published from today (the default date)
  const lines = county.getByRole('textbox', { name: /^第 \d+ 行文字$/ });
  const count = await lines.count();
  expect(count).toBeGreaterThan(0);
  await county.getByRole('button', { name: '添加职责' }).click();
  await county.getByRole('textbox', { name: `第 ${count + 1} 行文字` }).fill(duty);
  await county.getByRole('button', { name: `上移第 ${count + 1} 行` }).click();
  await expect(county.getByRole('textbox', { name: `第 ${count} 行文字` })).toHaveValue(duty);
  await county.getByLabel('修订说明').fill('增加向村民代表会议报告工作的职责');
  await county.screenshot({ path: test.info().outputPath('duty-list-edit-1366.png'), fullPage: true });
  await county.getByRole('button', { name: '发布', exact: true }).click();
  const dialog = county.getByRole('dialog', { name: '发布为新版本' });
  await dialog.getByRole('button', { name: '发布' }).click();
  await expect(county.getByText(new RegExp(`已发布第 ${nextNo} 版`))).toBeVisible();
  await expect(county).toHaveURL(/\/duty-lists$/);
  const row = county.locator('tr', { hasText: postName });
  await expect(row).toContainText(`第 ${nextNo} 版`);

  // the history keeps the earlier version beside the new one
  await row.getByRole('button', { name: `历次版本 ${postName}` }).click();
  const drawer = county.getByRole('dialog', { name: `${postName} · 历次版本` });
  await expect(drawer).toContainText(`第 ${nextNo} 版`);
  await expect(drawer).toContainText(duty);
  if (nextNo > 1) await expect(drawer).toContainText('已替代');
  await county.close();

  // the cadre, on a phone: their own page shows the new version, its date and the new duty
  await cadre.reload();
  const card = cadre.locator('.ant-card', { hasText: '我的岗位职责' });
  await expect(card).toContainText(`第 ${nextNo} 版`);
  await expect(card).toContainText(duty);
  await expectNoHorizontalOverflow(cadre);
  await cadre.screenshot({ path: test.info().outputPath('my-duty-list-360.png'), fullPage: true });

  // the village's public page (what a villager scans): the post, the holder's name, the duty
  const { person } = (await (await cadre.request.get('/api/duty/today')).json()) as {
    person: { villageCode: string; name: string };
  };
  const { url } = (await (
    await cadre.request.get(`/api/villages/${person.villageCode}/public-link`)
  ).json()) as {
    url: string;
  };
  await cadre.close();
  const villager = await browser.newPage(PHONE);
  await villager.goto(new URL(url).pathname);
  const section = villager.locator('section', { hasText: '岗位职责清单（公示）' });
  await expect(section).toBeVisible();
  const entry = section.locator('details', { hasText: postName });
  await entry.locator('summary').click();
  await expect(entry).toContainText(person.name);
  await expect(entry).toContainText(`第 ${nextNo} 版`);
  await expect(entry).toContainText(duty);
  await expectNoHorizontalOverflow(villager);
  await villager.screenshot({ path: test.info().outputPath('public-duty-lists-360.png'), fullPage: true });
  await villager.close();
});
