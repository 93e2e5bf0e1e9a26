import { expect, test } from '@playwright/test';
import { DEMO_TOWNSHIP_ADMINS, signInWithApi } from './fixtures.ts';

type TItem = { id: number; description: string; ownerLevel: string; state: string; townshipCode: string };

test('overdue requests are highlighted, and the ones that fell due moved up a level on their own', async ({
  page,
}) => {
  // the demo county starts with requests handed up to the county long ago and still open there
  await signInWithApi(page, 'admin', undefined, '/requests?overdue=true');
  await expect(page.getByRole('heading', { name: '群众诉求' })).toBeVisible();
  const overdue = page.getByRole('row').filter({ hasText: /已超期 \d+ 天/ });
  await expect(overdue.first()).toBeVisible();
  expect(await overdue.count()).toBeGreaterThanOrEqual(1);

  // the county may see the household's full phone, for a stated reason (audited)
  await overdue.first().click();
  await page.getByRole('button', { name: '查看完整联系方式' }).click();
  const dialog = page.getByRole('dialog', { name: '查看完整联系方式' });
  await dialog.getByLabel('查看原因').fill('电话核实办理进度');
  await dialog.getByRole('button', { name: '查看' }).click();
  await expect(page.getByRole('alert').filter({ hasText: /农户：/ })).toBeVisible();

  // the escalation job ran at start: village requests past their accept or resolve date went to their township
  const res = await page.request.get('/api/requests?state=registered&pageSize=100');
  const escalated = ((await res.json()) as { items: TItem[] }).items.find((r) => r.ownerLevel === 'township');
  expect(escalated, 'a request escalated to its township at start').toBeDefined();
  if (!escalated) return;
  await page.request.post('/api/auth/logout', {
    headers: {
      'x-csrf-token': (await page.context().cookies()).find((c) => c.name === 'zc_csrf')?.value ?? '',
    },
  });
  await signInWithApi(
    page,
    DEMO_TOWNSHIP_ADMINS[escalated.townshipCode]!,
    undefined,
    `/requests/${escalated.id}`,
  );
  await expect(page.getByText(escalated.description).first()).toBeVisible();
  const step = page.getByText('超期自动升级');
  await expect(step).toBeVisible();
  await expect(page.getByText(/· 系统/).first()).toBeVisible();
  // the township, now the owner, may accept it
  await expect(page.getByRole('button', { name: '受理' })).toBeVisible();
});
