import { readFileSync } from 'node:fs';
import { expect, type Page, test } from '@playwright/test';
import JSZip from 'jszip';
import { csrfHeaders, expectNoHorizontalOverflow, signInWithApi } from './fixtures.ts';

/** 简报 at 1366 px: the county composes a bulletin from live figures, issues it and downloads it as Word. */
test.use({ viewport: { width: 1366, height: 900 } });

type TDetail = {
  bulletin: { id: number; issueNo: number; runningNo: number; state: string };
  figures: { values: Record<string, number>; frozenAt: string | null };
};

/** The body text of a downloaded .docx (word/document.xml without its tags). */
async function downloadedText(
  page: Page,
  role: 'link' | 'button',
  name: RegExp,
): Promise<{ text: string; fileName: string }> {
  const downloading = page.waitForEvent('download');
  await page.getByRole(role, { name }).first().click();
  const download = await downloading;
  const zip = await JSZip.loadAsync(readFileSync(await download.path()));
  const xml = (await zip.file('word/document.xml')?.async('string')) ?? '';
  return { text: xml.replace(/<[^>]+>/g, ''), fileName: download.suggestedFilename() };
}

test('the county composes a bulletin with live figures, issues it and downloads it with the same figures', async ({
  page,
}) => {
  test.slow(); // compose, issue, download, then the leader's account: four rounds of pages
  await signInWithApi(page, 'admin', undefined, '/bulletins');
  await expect(page.getByRole('heading', { name: '简报', exact: true })).toBeVisible();
  // the demo's draft: 第22期（总第45期）, in the seed bulletin's wording
  await expect(page.getByRole('link', { name: '第 22 期（总第 45 期）' })).toBeVisible();
  const proposal = page.getByText(/下一期建议：第 \d+ 期（总第 \d+ 期）/);
  await expect(proposal).toBeVisible();
  const [, issueNo, runningNo] =
    /第 (\d+) 期（总第 (\d+) 期）/.exec((await proposal.textContent()) ?? '') ?? [];

  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: test.info().outputPath('bulletin-list.png') });

  // a new issue takes the proposed numbers and the last issue's text, placeholders and all
  await page.getByRole('button', { name: '新建一期' }).click();
  await expect(
    page.getByRole('heading', { name: `简报 第 ${issueNo} 期（总第 ${runningNo} 期）` }),
  ).toBeVisible();
  const id = Number(/\/bulletins\/(\d+)/.exec(page.url())?.[1]);
  const live = (await (await page.request.get(`/api/bulletins/${id}`)).json()) as TDetail;
  expect(live.figures.frozenAt).toBeNull();
  const v = live.figures.values;
  const preview = page.getByRole('article', { name: 'preview' });
  await expect(preview).toContainText(`驻村工作队${v.teams}支${v.teamPeople}人`);
  await expect(preview).toContainText(`组织${v.labourers}名脱贫劳动力外出务工`);

  // the county edits the headline and inserts a figure from the picker; the preview follows
  await page.getByLabel('标题', { exact: true }).fill('应县“四化”机制做实驻村帮扶（十二月）');
  const closing = page.getByLabel('成效', { exact: true });
  await closing.click();
  await closing.press('Control+End');
  await closing.pressSequentially('截至目前，全县建成标准化公寓');
  await page.getByLabel('成效 插入数字').click();
  await page.locator('.ant-select-dropdown:visible').getByText('标准化公寓（个）', { exact: true }).click();
  await closing.press('Control+End');
  await closing.pressSequentially('个。');
  await expect(closing).toHaveValue(/外出务工.*截至目前，全县建成标准化公寓\{\{apartments\}\}个。$/s);
  await expect(preview).toContainText(`截至目前，全县建成标准化公寓${v.apartments}个。`);
  await expect(preview).toContainText('应县“四化”机制做实驻村帮扶（十二月）');

  // each figure shows where it came from, with the list behind it
  await preview.locator('[data-figure="labourers"]').first().hover();
  const source = page.getByTestId('source-labourers');
  await expect(source).toContainText('来源：帮扶成效');
  await expect(source).toContainText('最近一个审核通过月份');
  await expect(source.getByRole('link', { name: '查看明细' })).toHaveAttribute(
    'href',
    /\/outcomes\?tab=figures&month=\d{4}-\d{2}/,
  );
  await preview.locator('[data-figure="partySecretaries"]').first().hover();
  await expect(page.getByTestId('source-partySecretaries')).toContainText('按当前在册数据');
  await expectNoHorizontalOverflow(page);
  await page.screenshot({ path: test.info().outputPath('bulletin-compose.png'), fullPage: true });

  // a draft's download saves the page first: the Word file holds the edited text with the live figures
  const draftDoc = await downloadedText(page, 'button', /下载 Word/);
  expect(draftDoc.text).toContain(`截至目前，全县建成标准化公寓${v.apartments}个。`);
  expect(draftDoc.text).toContain('应县“四化”机制做实驻村帮扶（十二月）');

  // issue: the figures are frozen; the page says so and the text can no longer change
  await page.getByRole('button', { name: '印发（数字定稿）' }).click();
  await page.getByRole('button', { name: /确\s*定|OK/ }).click();
  await expect(page.getByText(/本期已于 .* 印发，数字为定稿数字/)).toBeVisible();
  await expect(page.getByLabel('标题', { exact: true })).toBeDisabled();
  const issued = (await (await page.request.get(`/api/bulletins/${id}`)).json()) as TDetail;
  expect(issued.bulletin.state).toBe('issued');
  expect(issued.figures.frozenAt).not.toBeNull();
  const f = issued.figures.values;

  // the download carries the title block, the edited text and every frozen figure
  const { text, fileName } = await downloadedText(page, 'link', /下载 Word/);
  expect(fileName).toBe(`驻村帮扶工作简报第${issueNo}期（总第${runningNo}期）.docx`);
  for (const phrase of [
    `第 ${issueNo} 期（总第 ${runningNo} 期）`,
    '中共应县县委组织部',
    '应县“四化”机制做实驻村帮扶（十二月）',
    `到村任党支部书记${f.partySecretaries}人`,
    `到村任职大学生${f.graduateOfficials}人`,
    `选调生到村任大学生村官${f.selectedGraduates}人`,
    `驻村工作队${f.teams}支${f.teamPeople}人`,
    `标准化公寓${f.apartments}个，租赁民居建设标准化农家小院${f.farmhouses}个`,
    `截至目前，全县建成标准化公寓${f.apartments}个。`,
    '发：',
    '送：',
    '印发',
  ])
    expect(text, phrase).toContain(phrase);
  expect(text).not.toContain('{{');

  // the county leader reads and downloads it, and composes nothing
  await page.request.post('/api/auth/logout', { headers: await csrfHeaders(page.context()) });
  await signInWithApi(page, 'viewer', undefined, `/bulletins/${id}`);
  await expect(page.getByText('只读：县领导账号可以查看和下载简报')).toBeVisible();
  await expect(page.getByRole('button', { name: '印发（数字定稿）' })).toHaveCount(0);
  const again = await downloadedText(page, 'link', /下载 Word/);
  expect(again.text).toBe(text);
});
