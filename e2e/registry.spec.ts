import { expect, type Page, test } from '@playwright/test';
import { idCheckChar } from '../core/src/id-number.ts';
import { csrfHeaders, expectNoHorizontalOverflow, signInWithApi, uniquePhone } from './fixtures.ts';

/** A valid ID number born on `birth` (YYYYMMDD) with an unused-looking sequence; odd sequence = male. */
function validIdNumber(birth: string): string {
  const sequence = String(100 + (Date.now() % 800) + (Math.random() < 0.5 ? 0 : 1)).padStart(3, '0');
  const first17 = `140622${birth}${sequence}`;
  return `${first17}${idCheckChar(first17)}`;
}

/** The same number with a wrong check character. */
function withWrongCheck(id: string): string {
  return `${id.slice(0, 17)}${id[17] === '0' ? '1' : '0'}`;
}

const masked = (id: string) => `${id.slice(0, 6)}********${id.slice(14)}`;

/** Picks an option of the antd select labelled `label`. */
async function pick(page: Page, label: string, option: string): Promise<void> {
  await page.getByLabel(label, { exact: true }).click();
  await page.locator('.ant-select-dropdown:visible').getByTitle(option, { exact: true }).click();
}

async function typeDate(page: Page, label: string, date: string): Promise<void> {
  const input = page.getByLabel(label, { exact: true });
  await input.click();
  await input.fill(date);
  await input.press('Enter');
}

test('the county admin registers a cadre: a wrong check digit is refused beside the field, then unmasked with a reason', async ({
  page,
}) => {
  await signInWithApi(page, 'admin', undefined, '/cadres');
  await page.getByRole('button', { name: '登记干部' }).click();
  await expect(page).toHaveURL(/\/cadres\/new$/);

  const id = validIdNumber('19960412');
  await page.getByLabel('姓名', { exact: true }).fill('台账测试');
  await page.getByLabel('身份证号', { exact: true }).fill(withWrongCheck(id));
  await page.getByLabel('手机号', { exact: true }).fill(uniquePhone());
  await page.getByRole('radio', { name: id[16] && Number(id[16]) % 2 === 1 ? '男' : '女' }).check();
  await typeDate(page, '出生日期', '1996-04-12');
  await pick(page, '政治面貌', '中共党员');
  await pick(page, '学历', '大学本科');
  await pick(page, '人员身份', '公务员');
  await page.getByLabel('驻村（社区）', { exact: true }).fill('西堡村');
  await page.locator('.ant-select-dropdown:visible').getByTitle('西堡村委会').click();
  await pick(page, '类别', '到村任职大学生');
  await page.getByLabel('职务', { exact: true }).fill('村主任助理');
  await typeDate(page, '任职开始', '2026-01-05');
  await page.getByRole('button', { name: '保存' }).click();

  // the server's message, beside the field it names
  await expect(page.locator('#create-cadre_person_idNumber_help')).toHaveText('身份证号第18位校验码不正确');
  await expect(page).toHaveURL(/\/cadres\/new$/);

  await page.getByLabel('身份证号', { exact: true }).fill(id);
  await page.getByRole('button', { name: '保存' }).click();
  await expect(page).toHaveURL(/\/cadres\/\d+$/);
  await expect(page.getByRole('heading', { name: '台账测试' })).toBeVisible();
  await expect(page.getByTestId('cadre-id-number')).toHaveText(masked(id));
  await expect(page.getByRole('link', { name: '西堡村委会' })).toBeVisible();

  await page.getByRole('button', { name: '查看完整信息' }).click();
  const dialog = page.getByRole('dialog', { name: '查看完整身份证号和手机号' });
  await dialog.getByLabel('查看原因').fill('核对任职材料');
  await dialog.getByRole('button', { name: '查看' }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByTestId('cadre-id-number')).toHaveText(id);

  // the village page lists the new cadre, linking back to the profile
  await page.getByRole('link', { name: '西堡村委会' }).click();
  await expect(page.getByRole('heading', { name: '西堡村委会' })).toBeVisible();
  const graduates = page.getByRole('region', { name: '到村任职大学生' });
  await graduates.getByRole('link', { name: '台账测试' }).first().click();
  await expect(page.getByRole('heading', { name: '台账测试' })).toBeVisible();
});

test('a filtered ledger survives a reload', async ({ page }) => {
  await signInWithApi(page, 'admin', undefined, '/cadres?category=graduate_official');
  const category = page
    .getByLabel('类别', { exact: true })
    .locator('xpath=ancestor::div[contains(@class,"ant-select")][1]');
  await expect(category).toContainText('到村任职大学生');
  await expect(page.getByRole('row').nth(1)).toContainText('到村任职大学生');
  await page.reload();
  await expect(category).toContainText('到村任职大学生');
  await expect(page.getByRole('row').nth(1)).toContainText('到村任职大学生');
  await expect(page).toHaveURL(/category=graduate_official/);
});

test('a township admin sees only their township and cannot find a cadre of another', async ({ page }) => {
  await signInWithApi(page, 'admin', undefined, '/cadres');
  const name = `南河${Date.now().toString().slice(-4)}`.replace(
    /\d/g,
    (d) => '零一二三四五六七八九'[Number(d)] ?? '',
  );
  const id = validIdNumber('19900101');
  const response = await page.request.post('/api/cadres', {
    headers: await csrfHeaders(page.context()),
    data: {
      person: {
        name,
        gender: Number(id[16]) % 2 === 1 ? 'male' : 'female',
        birthDate: '1990-01-01',
        idNumber: id,
        phone: uniquePhone(),
        politicalStatus: 'cpc_member',
        educationLevel: 'bachelor',
        fullTimeEducation: true,
        personnelStatus: 'civil_servant',
      },
      posting: {
        villageCode: '140622101200',
        category: 'team_member',
        postTitle: '队员',
        startDate: '2026-01-05',
      },
      createAccount: false,
    },
  });
  expect([200, 201], await response.text()).toContain(response.status());
  const search = page.getByRole('searchbox', { name: '搜索姓名、手机号或身份证号' });
  await search.fill(name);
  await search.press('Enter');
  await expect(page.getByRole('row', { name: new RegExp(name) })).toContainText('南河种镇');

  await page.context().clearCookies();
  await signInWithApi(page, 'jincheng', undefined, '/cadres');
  await page.getByLabel('乡镇', { exact: true }).click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expect(options).toHaveCount(1);
  await expect(options).toHaveText('金城镇');
  await page.keyboard.press('Escape');

  await search.fill(name);
  await search.press('Enter');
  await expect(page).toHaveURL(/q=/);
  await expect(page.getByText('没有符合条件的干部')).toBeVisible();
});

test.describe('on a 360-px phone', () => {
  test.use({ viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true });

  test('the ledger shows cards and nothing overflows sideways', async ({ page }) => {
    await signInWithApi(page, 'admin', undefined, '/cadres');
    await expect(page.getByRole('list', { name: '干部台账' })).toBeVisible();
    await expectNoHorizontalOverflow(page);
  });
});
