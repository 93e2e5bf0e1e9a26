import type { TAuditEntry, TDivisionNode, TDivisionTree } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { errorOf } from '../../test/factories.ts';

const leavesOf = (nodes: TDivisionNode[]): TDivisionNode[] =>
  nodes.flatMap((n) => (n.children.length ? leavesOf(n.children) : [n]));

describe('divisions: tree, scope and map points', () => {
  let t: TTestApp;
  let admin: TClient;
  beforeAll(async () => {
    t = await buildTestApp();
    admin = await t.signIn('admin');
  });
  afterAll(() => t.close());

  const getDivision = (client: TClient, code: string) =>
    client.request({ method: 'GET', url: `/api/divisions/${code}` });
  const setPoint = (client: TClient, code: string, point: { lng: number; lat: number } | null) =>
    client.request({ method: 'PUT', url: `/api/divisions/${code}/point`, payload: { point } });
  const pointOf = async (code: string) => (await getDivision(admin, code)).json<TDivisionNode>().point;

  it('gives a county administrator the whole of Ying County', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/divisions/tree' });
    expect(res.statusCode).toBe(200);
    const tree = res.json<TDivisionTree>();
    expect(tree.totals).toEqual({ townships: 12, villages: 214, communities: 9 });
    expect(tree.roots.map((r) => [r.code, r.name])).toEqual([['140622', '应县']]);
    expect(tree.roots[0]!.children).toHaveLength(12);
    expect(leavesOf(tree.roots)).toHaveLength(223);
  });

  it('gives a township administrator exactly their own township', async () => {
    const jincheng = await t.signIn('jincheng');
    const tree = (
      await jincheng.request({ method: 'GET', url: '/api/divisions/tree' })
    ).json<TDivisionTree>();
    expect(tree.roots.map((r) => r.name)).toEqual(['金城镇']);
    expect(tree.roots[0]!.children).toHaveLength(31);
    expect(tree.totals.townships).toBe(1);
  });

  it('answers 404 for another township, without a trace of it', async () => {
    const jincheng = await t.signIn('jincheng');
    for (const code of ['140622101', '140622101200', '140622']) {
      const res = await getDivision(jincheng, code);
      expect(res.statusCode).toBe(404);
      expect(errorOf(res).code).toBe('not_found');
      expect(res.body).not.toContain('南河种');
      expect(res.body).not.toContain('应县');
      expect(res.body).not.toContain(code);
    }
    expect((await getDivision(jincheng, '140622100001')).statusCode).toBe(200);
  });

  it('lets a county administrator set and clear a village’s map point, recorded in the audit log', async () => {
    const village = '140622100200';
    const set = await setPoint(admin, village, { lng: 113.1912, lat: 39.5597 });
    expect(set.statusCode).toBe(200);
    expect(set.json<TDivisionNode>()).toMatchObject({
      code: village,
      point: { lng: 113.1912, lat: 39.5597 },
    });
    expect(await pointOf(village)).toEqual({ lng: 113.1912, lat: 39.5597 });

    const cleared = await setPoint(admin, village, null);
    expect(cleared.statusCode).toBe(200);
    expect(await pointOf(village)).toBeNull();

    const auditor = await t.signIn('auditor');
    const log = await auditor.request({ method: 'GET', url: '/api/audit?action=division.set_point' });
    const rows = log.json<{ items: TAuditEntry[] }>().items.filter((r) => r.objectId === village);
    expect(rows.map((r) => [r.actorName, r.details])).toEqual([
      ['admin', { point: null }],
      ['admin', { point: { lng: 113.1912, lat: 39.5597 } }],
    ]);
  });

  it('refuses a latitude out of range, naming 纬度, and keeps the point', async () => {
    const village = '140622100201';
    await setPoint(admin, village, { lng: 113.2, lat: 39.6 });
    const res = await setPoint(admin, village, { lng: 113.2, lat: 91 });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).details).toEqual([{ field: 'point.lat', message: '地图位置的纬度不能大于 54' }]);
    expect(await pointOf(village)).toEqual({ lng: 113.2, lat: 39.6 });
  });

  it('refuses a viewer a map point (403) and keeps it unset', async () => {
    const viewer = await t.signIn('viewer');
    const res = await setPoint(viewer, '140622100202', { lng: 113.2, lat: 39.6 });
    expect(res.statusCode).toBe(403);
    expect(errorOf(res).code).toBe('forbidden');
    expect(await pointOf('140622100202')).toBeNull();
  });
});
