import {
  localDate,
  RECTIFICATION_STATES,
  type TRectificationList,
  type TRectificationView,
} from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemoRectification } from '../../seed/demo-rectification.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';

describe('the demo county’s 整改台账', () => {
  let t: TTestApp;
  let admin: TClient;
  beforeAll(async () => {
    t = await buildTestApp();
    await seedDemoRectification(t.database.db, localDate(t.clock.now()), '140622');
    await seedDemoRectification(t.database.db, localDate(t.clock.now()), '140622'); // once only
    admin = await t.signIn('admin');
  });
  afterAll(() => t.close());

  const list = async (c: TClient, q = '') =>
    (
      await c.request({ method: 'GET', url: `/api/rectifications?pageSize=200${q}` })
    ).json<TRectificationList>();

  it('starts with about twenty problems in every state, the bulletin’s own among them, some overdue', async () => {
    const all = await list(admin);
    expect(all.total).toBe(20);
    for (const s of RECTIFICATION_STATES) expect(all.counts[s], s).toBeGreaterThan(0);
    expect(all.overdue).toBe(2);
    const own = all.items.find((i) => i.problem === '驻村帮扶责任没有完全压实')!;
    expect(own).toMatchObject({ source: 'national_assessment', level: 'county', state: 'open' });
    const escalated = (await list(admin, '&overdue=true')).items;
    expect(escalated.map((i) => i.superviseLevel).sort()).toEqual(['county', 'township']);
  });

  it('tells each item’s story in its timeline, and a demo cadre holds items of their own village', async () => {
    const closed = (await list(admin, '&state=closed')).items.find((i) => i.returnCount === 1)!;
    const view = (
      await admin.request({ method: 'GET', url: `/api/rectifications/${closed.id}` })
    ).json<TRectificationView>();
    expect(view.events.map((e) => e.action)).toContain('close');
    expect(view.events.some((e) => e.action.endsWith('return') && e.note)).toBe(true);
    const cadre = await t.signIn('shuji');
    const mine = await list(cadre);
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((i) => i.level === 'village')).toBe(true);
  });
});
