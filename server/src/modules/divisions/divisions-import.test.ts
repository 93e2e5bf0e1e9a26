import { readFileSync } from 'node:fs';
import { type TDivisionFile, type TDivisionNode, type TDivisionTree, ZDivisionFile } from '@zhucun/core';
import { count, like } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../../config.ts';
import { divisions } from '../../db/schema.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import type { TActorContext } from '../audit/audit.service.ts';
import { createDivisionsService } from './divisions.service.ts';

const CTX: TActorContext = { userId: null, username: 'test-import', roles: [], ip: null, requestId: null };

/** A tiny county that is not Ying County. */
const OTHER_COUNTY: TDivisionFile = {
  source: 'test',
  county: { code: '140623', name: '测试县' },
  townships: [
    {
      code: '140623100',
      name: '测试镇',
      villages: [
        { code: '140623100200', name: '甲村村委会', kind: 'village' },
        { code: '140623100001', name: '乙社区居委会', kind: 'community' },
      ],
    },
  ],
};

describe('importing a division file', () => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  const importFile = (file: TDivisionFile) =>
    createDivisionsService({ db: t.database.db }).importFile(file, CTX);
  /** Divisions stored, all of them or those under a code (a county's). */
  const divisionCount = async (under?: string) =>
    Number(
      (
        await t.database.db
          .select({ n: count() })
          .from(divisions)
          .where(under ? like(divisions.code, `${under}%`) : undefined)
      )[0]!.n,
    );
  const treeOf = async (client: TClient) =>
    (await client.request({ method: 'GET', url: '/api/divisions/tree' })).json<TDivisionTree>();

  it('re-importing the same file changes nothing and keeps a map point already set', async () => {
    const admin = await t.signIn('admin');
    const village = '140622102200';
    const point = { lng: 113.3, lat: 39.4 };
    const set = await admin.request({
      method: 'PUT',
      url: `/api/divisions/${village}/point`,
      payload: { point },
    });
    expect(set.statusCode).toBe(200);
    const before = await divisionCount();
    const treeBefore = await treeOf(admin);

    const file = ZDivisionFile.parse(JSON.parse(readFileSync(testConfig().divisionsFile, 'utf8')));
    const result = await importFile(file);

    expect(result).toEqual({
      county: { code: '140622', name: '应县' },
      count: await divisionCount('140622'),
    });
    expect(await divisionCount()).toBe(before);
    expect(await treeOf(admin)).toEqual(treeBefore);
    const after = await admin.request({ method: 'GET', url: `/api/divisions/${village}` });
    expect(after.json<TDivisionNode>().point).toEqual(point);
  });

  it('adds another county that Ying County’s administrators do not see', async () => {
    const before = await divisionCount();
    const result = await importFile(OTHER_COUNTY);
    expect(result.count).toBe(4);
    expect(await divisionCount()).toBe(before + 4);

    const jincheng = await t.signIn('jincheng');
    const admin = await t.signIn('admin');
    const townshipTree = await treeOf(jincheng);
    expect(townshipTree.roots.map((r) => r.code)).toEqual(['140622100']);
    expect(JSON.stringify(townshipTree)).not.toContain('140623');
    const countyTree = await treeOf(admin);
    expect(countyTree.totals).toEqual({ townships: 12, villages: 214, communities: 9 });
    expect(JSON.stringify(countyTree)).not.toContain('测试');
    for (const client of [jincheng, admin]) {
      const res = await client.request({ method: 'GET', url: '/api/divisions/140623100' });
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('测试镇');
    }
  });
});
