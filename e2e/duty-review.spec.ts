import { expect, type Page, test } from '@playwright/test';
import { addDays, csrfHeaders, DEMO_TOWNSHIP_ADMINS, signInWithApi, solidPng } from './fixtures.ts';

/** Demo township administrators, named by their township (server/src/seed/demo-accounts.ts). */
type TToday = {
  today: string;
  person: { id: number; name: string; villageCode: string; villageName: string } | null;
};

const shot = (name: string) => `/tmp/z/review-${name}.png`;

/** The cadre the flow is about: diyishuji, their village, and the township admin over it. */
const cadre = { name: '', personId: 0, villageName: '', today: '', township: '', leaveYear: '' };

async function asCadre(page: Page): Promise<Record<string, string>> {
  await signInWithApi(page, 'diyishuji', undefined, '/');
  const headers = await csrfHeaders(page.context());
  const res = await page.request.get('/api/duty/today');
  expect(res.status(), await res.text()).toBe(200);
  const today = (await res.json()) as TToday;
  expect(today.person, 'diyishuji is posted to a village').not.toBeNull();
  if (!today.person) return headers;
  Object.assign(cadre, {
    name: today.person.name,
    personId: today.person.id,
    villageName: today.person.villageName,
    today: today.today,
    township: DEMO_TOWNSHIP_ADMINS[today.person.villageCode.slice(0, 9)] ?? '',
  });
  expect(cadre.township, `a demo admin over ${today.person.villageCode}`).not.toBe('');
  return headers;
}

test.describe
  .serial('the township and the county review the cadre’s day', () => {
    test('diyishuji records yesterday and today, and asks for 5 days of leave', async ({ page }) => {
      const headers = await asCadre(page);
      for (const date of [addDays(cadre.today, -1), cadre.today]) {
        const saved = await page.request.put(`/api/duty/my/days/${date}`, {
          headers,
          data: {
            day: 'village',
            night: 'village',
            work: `走访脱贫户三户，了解春耕用工需求（${date}）`,
            roles: ['policy_advocate', 'prosperity_helper'],
          },
        });
        expect(saved.status(), await saved.text()).toBe(200);
      }
      // far enough ahead not to clash with other specs' leave, inside this year where possible
      const ahead = addDays(cadre.today, 20);
      const startDate = ahead.slice(0, 4) === cadre.today.slice(0, 4) ? ahead : addDays(cadre.today, 1);
      cadre.leaveYear = startDate.slice(0, 4);
      const applied = await page.request.post('/api/absences', {
        headers,
        data: { kind: 'leave', startDate, endDate: addDays(startDate, 4), reason: '家中老人住院，需陪护' },
      });
      expect(applied.status(), await applied.text()).toBe(200);
      expect(await applied.json()).toMatchObject({ state: 'pending_township', days: 5, level: 'county' });
    });

    test('the township approves it, and it goes on to the county', async ({ page }) => {
      await signInWithApi(page, cadre.township, undefined, '/duty/absences');
      await expect(page.getByRole('heading', { name: '请假审批' })).toBeVisible();
      await expect(page.getByRole('tab', { name: '待我审批', selected: true })).toBeVisible();
      const row = page.getByRole('row').filter({ hasText: cadre.name }).filter({ hasText: '家中老人住院' });
      await expect(row).toContainText('待乡镇审批');
      await expect(row).toContainText('乡镇 → 县委组织部');
      await page.screenshot({ path: shot('absences-queue'), fullPage: true });
      await row.getByRole('button', { name: '批准', exact: true }).click();
      const dialog = page.getByRole('dialog');
      await expect(dialog).toContainText('报县委组织部审批');
      await dialog.getByRole('textbox', { name: '审批意见' }).fill('同意，报县委组织部');
      await dialog.getByRole('button', { name: '批准', exact: true }).click();
      await expect(page.getByText('已同意，转县委组织部审批')).toBeVisible();
      await expect(row).toHaveCount(0);

      // the township cannot decide it for the county: the server says why, in Chinese
      await page.goto(`/duty/absences?tab=all&year=${cadre.leaveYear}`);
      const all = page.getByRole('row').filter({ hasText: cadre.name }).filter({ hasText: '家中老人住院' });
      await expect(all).toContainText('待县委组织部审批');
      await all.getByRole('button', { name: '批准', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: '批准', exact: true }).click();
      await expect(page.getByRole('dialog').getByRole('alert')).toContainText(/[\u4e00-\u9fa5]/);
      await page.getByRole('dialog').getByRole('button', { name: '取消' }).click();
    });

    test('the county approves it', async ({ page }) => {
      await signInWithApi(page, 'admin', undefined, '/duty/absences');
      const row = page.getByRole('row').filter({ hasText: cadre.name }).filter({ hasText: '家中老人住院' });
      await expect(row).toContainText('待县委组织部审批');
      await row.getByRole('button', { name: '批准', exact: true }).click();
      await page.getByRole('dialog').getByRole('button', { name: '批准', exact: true }).click();
      await expect(row).toHaveCount(0);
      await page.goto(`/duty/absences?tab=all&year=${cadre.leaveYear}`);
      const done = page.getByRole('row').filter({ hasText: cadre.name }).filter({ hasText: '家中老人住院' });
      await expect(done).toContainText('已批准');
      await expect(done).toContainText('同意，报县委组织部');
      await page.getByRole('tab', { name: '召回预警' }).click();
      await expect(page.getByText(/累计请假超过 \d+ 天的干部/)).toBeVisible();
    });

    test('the township reads the logs and returns one for completion', async ({ page }) => {
      await signInWithApi(page, cadre.township, undefined, '/');
      await page.getByRole('navigation', { name: '主菜单' }).getByRole('link', { name: '工作日志' }).click();
      await expect(page.getByRole('heading', { name: '工作日志' })).toBeVisible();
      const row = page.getByRole('row').filter({ hasText: `（${cadre.today}）` });
      await expect(row).toContainText(cadre.name);
      await expect(row).toContainText('政策宣传员');
      await page.screenshot({ path: shot('logs') });

      await row.getByRole('button', { name: cadre.name }).click();
      const drawer = page.getByRole('dialog');
      await expect(drawer).toContainText(`${cadre.name} · ${cadre.today}`);
      await expect(drawer.getByRole('link', { name: '导出日志册' })).toHaveAttribute(
        'href',
        `/api/duty/people/${cadre.personId}/book.docx?year=${cadre.today.slice(0, 4)}`,
      );
      await drawer.getByRole('textbox', { name: '批注' }).fill('请补充走访户的具体诉求和下一步打算');
      await drawer.getByRole('button', { name: '退回补充' }).click();
      await expect(page.getByText('已退回，干部将收到补充提醒')).toBeVisible();
      await expect(drawer.getByRole('list', { name: '批注' })).toContainText('请补充走访户的具体诉求');
      await page.screenshot({ path: shot('log-drawer') });

      await drawer.getByRole('button', { name: '更正考勤' }).click();
      const modal = page.getByRole('dialog', { name: /更正考勤/ });
      await modal.getByLabel('夜间').click();
      await page.locator('.ant-select-dropdown:visible').getByTitle('公务外出').click();
      await modal.getByLabel('更正原因').fill('当晚在乡镇参加防汛调度会，补登公务外出');
      await modal.getByRole('button', { name: '保存' }).click();
      await expect(page.getByText('考勤已更正')).toBeVisible();
      await page.keyboard.press('Escape');
      await expect(drawer).toBeHidden();

      await page.getByRole('switch').click();
      await expect(page).toHaveURL(/returned=true/);
      await expect(page.getByRole('row').filter({ hasText: `（${cadre.today}）` })).toContainText('已退回');
    });

    test('the township records a spot check that contradicts the log', async ({ page }) => {
      await signInWithApi(page, cadre.township, undefined, '/duty/spot-checks');
      await expect(page.getByRole('heading', { name: '抽查', exact: true })).toBeVisible();
      const picker = page.getByLabel('抽查对象');
      await picker.fill(cadre.name);
      await page
        .locator('.ant-select-dropdown:visible')
        .getByTitle(new RegExp(`^${cadre.name}`))
        .first()
        .click();
      // yesterday evening, a night recorded in the village (a check on a rest day would be 休息, not a mismatch)
      const time = page.getByLabel('抽查时间');
      await time.click();
      await time.fill(`${addDays(cadre.today, -1)} 21:00`);
      await page.locator('.ant-picker-dropdown:visible .ant-picker-ok button').click();
      await expect(time).toHaveValue(`${addDays(cadre.today, -1)} 21:00`);
      const form = page.locator('form#spot-check');
      await form.getByText('视频点名', { exact: true }).click();
      await form.getByText('缺岗', { exact: true }).click();
      await expect(form.getByRole('radio', { name: '缺岗' })).toBeChecked();
      await page.getByLabel('备注').fill('视频点名未接通，电话联系称在县城');
      await page.getByTestId('spot-check-evidence-input').setInputFiles({
        name: '点名截图.png',
        mimeType: 'image/png',
        buffer: solidPng(64, 48, [30, 90, 160]),
      });
      await expect(page.getByText('已附：点名截图.png')).toBeVisible();
      await page.getByRole('button', { name: '保存抽查记录' }).click();
      await expect(page.getByText('抽查已登记')).toBeVisible();
      const row = page.getByRole('row').filter({ hasText: '视频点名未接通' });
      await expect(row).toContainText(cadre.name);
      await expect(row).toContainText('缺岗');
      // recorded in the village (or on official duty) that day and night, found absent: a mismatch
      await expect(row).toContainText('不一致');
      const evidence = row.getByRole('link', { name: /查看凭证/ });
      const res = await page.request.get((await evidence.getAttribute('href')) ?? '');
      expect(res.headers()['content-type']).toBe('image/jpeg');
      await page.screenshot({ path: shot('spot-checks'), fullPage: true });
    });

    test('the cadre sees the same mismatch on their own page, and can download their log book', async ({
      page,
    }) => {
      await signInWithApi(page, 'diyishuji', undefined, '/today');
      // the check the township recorded above, yesterday at 21:00: the demo roll calls (a meeting to come, their
      // attendance checks) are 视频点名 list items on 今天 too
      const check = page
        .getByRole('listitem')
        .filter({ hasText: `${addDays(cadre.today, -1)} 21:00` })
        .filter({ hasText: '视频点名' });
      await expect(check).toContainText('缺岗');
      await expect(check).toContainText('不一致');
      const book = page.getByRole('link', { name: /工作日志（Word）/ });
      const href = (await book.getAttribute('href')) ?? '';
      expect(href).toMatch(/^\/api\/duty\/my\/book\.docx\?year=\d{4}$/);
      const res = await page.request.get(href);
      expect(res.status()).toBe(200);
      expect(res.headers()['content-type']).toContain('officedocument.wordprocessingml');
    });

    test('the county reads 五天四夜 by week, by year, and who did not record the last working day', async ({
      page,
    }) => {
      await signInWithApi(page, 'admin', undefined, '/duty/compliance');
      await expect(page.getByRole('heading', { name: '五天四夜' })).toBeVisible();
      const groups = page.getByRole('table').first();
      await expect(groups).toContainText('合计');
      await expect(page.getByText('不参与评估').first()).toBeVisible();
      await page.screenshot({ path: shot('compliance-week') });
      await page.getByRole('tab', { name: '年度' }).click();
      await expect(page.getByRole('columnheader', { name: '落实率' })).toBeVisible();
      await page.getByRole('tab', { name: '未记录' }).click();
      await expect(page.getByText(/没有记录的干部|所有干部均已记录/)).toBeVisible();
      await page.screenshot({ path: shot('compliance-missing') });
      // a rest day (the latest Saturday or Sunday the county did not move to work) lists nobody
      const year = new Date().getFullYear();
      const workdays = new Set<string>();
      for (const y of [year - 1, year]) {
        const rules = (await (await page.request.get(`/api/rules?year=${y}`)).json()) as {
          workdays: string[];
        };
        for (const d of rules.workdays) workdays.add(d);
      }
      let rest = addDays(new Date().toISOString().slice(0, 10), -1);
      while (![0, 6].includes(new Date(`${rest}T00:00:00Z`).getUTCDay()) || workdays.has(rest))
        rest = addDays(rest, -1);
      await page.goto(`/duty/compliance?tab=missing&date=${rest}`);
      await expect(page.getByText(`${rest} 是休息日（周末或节假日），不要求记录`)).toBeVisible();
      await page.screenshot({ path: shot('compliance-missing-rest-day') });
    });

    test('a township exports its attendance sheet from 五天四夜', async ({ page }) => {
      await signInWithApi(page, cadre.township, undefined, '/duty/compliance');
      const link = page.getByRole('link', { name: '导出考勤表' });
      await expect(link).toHaveAttribute(
        'href',
        /\/api\/duty\/attendance\.xlsx\?township=\d{9}&month=\d{4}-\d{2}/,
      );
    });

    test('on a phone the logs are cards', async ({ page }) => {
      await page.setViewportSize({ width: 360, height: 760 });
      await signInWithApi(page, cadre.township, undefined, '/duty/logs');
      const list = page.getByRole('list', { name: '工作日志' });
      await expect(list).toContainText(cadre.name);
      await page.screenshot({ path: shot('logs-360') });
      await page.goto('/duty/absences?tab=all');
      await expect(page.getByRole('list', { name: '请假审批' })).toContainText(cadre.name);
      await page.screenshot({ path: shot('absences-360'), fullPage: true });
    });
  });
