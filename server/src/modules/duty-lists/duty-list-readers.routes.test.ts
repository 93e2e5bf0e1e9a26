import { addDays, localDate, type TMyDutyLists, type TPublicDutyLists, type TPublicLink } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre, neighbourVillage } from '../../test/cadre-account.ts';
import { buildCadre, buildPerson, buildPosting } from '../../test/cadre-factory.ts';
import { duties, publishList } from '../../test/duty-list-factory.ts';
import { errorOf, registerCadre } from '../../test/factories.ts';

/** The keys a public answer may hold: the village, the day, each post, the holders' names and the list. */
const PUBLIC_KEYS = new Set([
  'village',
  'name',
  'townshipName',
  'on',
  'posts',
  'category',
  'names',
  'list',
  'versionNo',
  'effectiveFrom',
  'items',
  'kind',
  'wording',
]);

function keysOf(value: unknown, into = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) keysOf(v, into);
  else if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      into.add(k);
      keysOf(v, into);
    }
  return into;
}

/** A cadre reads their post's list on their own page; the village's public page shows its lists. */
describe('duty lists where they are read', () => {
  let t: TTestApp;
  let admin: TClient;
  let today: string;

  beforeAll(async () => {
    t = await buildTestApp();
    admin = await t.signIn('admin');
    today = localDate(t.clock.now());
  });
  afterAll(() => t.close());

  it('shows a cadre the list of their post in force today, with its number and date, not the one dated later', async () => {
    const cadre = await createSignedInCadre(t, admin, { category: 'graduate_official' });
    const before = await cadre.client.request({ method: 'GET', url: '/api/me/duty-lists' });
    expect(before.statusCode).toBe(200);
    const v = await publishList(admin, 'graduate_official', duties('协助村党组织书记做好党务村务'), today);
    await publishList(admin, 'graduate_official', duties('下个月起的新职责'), addDays(today, 30));
    // another post's list is not theirs
    await publishList(admin, 'team_member', duties('参加工作队例会'), today);

    const res = await cadre.client.request({ method: 'GET', url: '/api/me/duty-lists' });
    expect(res.statusCode).toBe(200);
    const mine = res.json<TMyDutyLists>();
    expect(mine.on).toBe(today);
    expect(mine.posts).toHaveLength(1);
    expect(mine.posts[0]).toMatchObject({
      category: 'graduate_official',
      villageName: '东关村委会',
      list: { versionNo: v.versionNo, effectiveFrom: today, items: duties('协助村党组织书记做好党务村务') },
    });
  });

  it('refuses a township administrator, who has no page of their own (403)', async () => {
    const township = await t.signIn('jincheng');
    const refused = await township.request({ method: 'GET', url: '/api/me/duty-lists' });
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused).code).toBe('forbidden');
  });

  it('publishes the village’s lists by post with the holders’ names only: no phone, ID number or other personal field', async () => {
    const village = await neighbourVillage(t, '140622100200');
    const person = buildPerson({ name: '公示测试员', birthDate: '1996-03-04' });
    const { cadre } = await registerCadre(
      admin,
      buildCadre({ person, posting: buildPosting({ villageCode: village, category: 'selected_graduate' }) }),
    );
    expect(cadre.name).toBe('公示测试员');
    const v = await publishList(
      admin,
      'selected_graduate',
      duties('每年形成一篇调研报告', '夜访收集群众诉求'),
      today,
    );
    const link = await admin.request({ method: 'GET', url: `/api/villages/${village}/public-link` });
    const { token } = link.json<TPublicLink>();

    const res = await t.app.inject({ method: 'GET', url: `/api/public/v/${token}/duty-lists` });
    expect(res.statusCode).toBe(200);
    const page = res.json<TPublicDutyLists>();
    expect(page.on).toBe(today);
    const post = page.posts.find((p) => p.category === 'selected_graduate');
    expect(post?.names).toContain('公示测试员');
    expect(post?.list).toEqual({
      versionNo: v.versionNo,
      effectiveFrom: today,
      items: duties('每年形成一篇调研报告', '夜访收集群众诉求'),
    });
    // posts nobody holds in the village are not listed; each listed post has a holder
    expect(page.posts.length).toBeGreaterThan(0);
    expect(page.posts.every((p) => p.names.length > 0)).toBe(true);
    // nothing personal beyond name and post
    expect([...keysOf(page)].filter((k) => !PUBLIC_KEYS.has(k))).toEqual([]);
    for (const secret of [person.phone, person.idNumber, person.birthDate, person.homeUnit])
      expect(res.body).not.toContain(secret);
    expect(res.body).not.toMatch(/1[3-9]\d{9}/);
  });

  it('answers an unknown or malformed token 404, like the public card', async () => {
    for (const token of ['AAAAAAAAAAAAAAAAAAAAAA', 'x', `${'a'.repeat(64)}`]) {
      const res = await t.app.inject({ method: 'GET', url: `/api/public/v/${token}/duty-lists` });
      expect(res.statusCode).toBe(404);
    }
  });
});
