import { expect, test } from '@playwright/test';
import { csrfHeaders, signInWithApi, uniqueIdentity, uniquePhone } from './fixtures.ts';

test('a work team without a first secretary shows on the home page and links to its village', async ({
  page,
  context,
}) => {
  await signInWithApi(page, 'admin');
  const { idNumber, birthDate, gender } = uniqueIdentity([1999, 1999]);
  const res = await page.request.post('/api/cadres', {
    headers: await csrfHeaders(context),
    data: {
      person: {
        name: '缺口测试',
        gender,
        birthDate,
        idNumber,
        phone: uniquePhone(),
        politicalStatus: 'masses',
        educationLevel: 'bachelor',
        fullTimeEducation: true,
        personnelStatus: 'other',
      },
      posting: {
        villageCode: '140622100002',
        category: 'team_member',
        postTitle: '驻村工作队员',
        startDate: '2026-03-01',
      },
    },
  });
  expect(res.status(), await res.text()).toBe(200);
  await page.goto('/');
  const alert = page.getByRole('alert').filter({ hasText: '缺第一书记' });
  await expect(alert).toContainText('东南角社区居委会（金城镇）');
  await alert.getByRole('link', { name: '东南角社区居委会' }).click();
  await expect(page).toHaveURL(/\/villages\/140622100002$/);
  await expect(page.getByText('缺口测试')).toBeVisible();
});
