import {
  admonishmentDates,
  localDate,
  type TAdmonishmentList,
  type TRectificationView,
  type TStarHistory,
} from '@zhucun/core';
import { and, count, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admonishments, auditLog, users } from '../../db/schema.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre } from '../../test/cadre-account.ts';
import { insertRatingCycle, insertRatingResult } from '../../test/rating-follow-factory.ts';
import { actOn } from '../../test/rectification-factory.ts';
import type { TActorContext } from '../audit/audit.service.ts';
import { ADMONISHMENT_MEASURES, afterConfirm } from './after-confirm.ts';

type TNotices = { items: { kind: string; payload: Record<string, unknown> }[] };

describe('诫勉: no star over the tenure brings an admonishment and a rectification, tracked to closure', () => {
  let t: TTestApp;
  let admin: TClient;
  let township: TClient;
  let otherTownship: TClient;
  let actor: TActorContext;
  beforeAll(async () => {
    t = await buildTestApp();
    [admin, township, otherTownship] = await Promise.all([
      t.signIn('admin'),
      t.signIn('jincheng'),
      t.signIn('nanhezhong'),
    ]);
    const [me] = await t.database.db.select({ id: users.id }).from(users).where(eq(users.username, 'admin'));
    actor = { userId: me!.id, username: 'admin', roles: ['county_admin'], ip: null, requestId: null };
  });
  afterAll(() => t.close());

  const listed = async (client: TClient, query = 'year=2011') => {
    const res = await client.request({ method: 'GET', url: `/api/rating/admonishments?${query}` });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<TAdmonishmentList>();
  };
  const notices = async (client: TClient) =>
    (await client.request({ method: 'GET', url: '/api/notifications' })).json<TNotices>().items;

  it('admonishes zero stars over the tenure once, with its rectification, notices and audit; the rectification is tracked to closure', async () => {
    const db = t.database.db;
    const zero = await createSignedInCadre(t, admin, { startDate: '2010-02-01' });
    const earlier = await createSignedInCadre(t, admin, { startDate: '2010-02-01' });
    const c2010 = await insertRatingCycle(db, 2010);
    // the cycle being confirmed: its stage is still 'appeals' inside the confirming transaction
    const c2011 = await insertRatingCycle(db, 2011, { stage: 'appeals' });
    await insertRatingResult(db, c2010, { personId: zero.personId, grade: 'basically_competent' });
    await insertRatingResult(db, c2011, { personId: zero.personId, grade: 'incompetent' });
    await insertRatingResult(db, c2010, { personId: earlier.personId, grade: 'excellent' });
    await insertRatingResult(db, c2011, { personId: earlier.personId, grade: 'basically_competent' });

    const now = t.clock.now();
    const first = await db.transaction((tx) => afterConfirm(tx, c2011, actor, now));
    expect(first).toEqual({ admonished: 1 });
    const again = await db.transaction((tx) => afterConfirm(tx, c2011, actor, now));
    expect(again).toEqual({ admonished: 0 });

    const { items } = await listed(admin);
    expect(items).toHaveLength(1);
    const a = items[0]!;
    const { effectiveUntil, deadline } = admonishmentDates(localDate(now), 6);
    expect(a).toMatchObject({
      personId: zero.personId,
      villageName: '东关村委会',
      townshipName: '金城镇',
      year: 2011,
      issuedOn: localDate(now),
      effectiveUntil,
      inEffect: true,
      rectification: { state: 'open', deadline, overdue: false, closedOn: null },
    });
    expect(a.reason).toContain('2010—2011 年度');

    const item = (
      await admin.request({ method: 'GET', url: `/api/rectifications/${a.rectification!.id}` })
    ).json<TRectificationView>();
    expect(item).toMatchObject({ source: 'admonishment', level: 'village', state: 'open', deadline });
    expect(item.problem).toContain('诫勉');
    expect(item.measures.map((m) => m.text)).toEqual([...ADMONISHMENT_MEASURES]);
    expect(item.ownerList).toEqual([expect.objectContaining({ role: 'person', name: a.personName })]);

    // told once each: the cadre, and the township's administrators (not another township's)
    const mine = (await notices(zero.client)).filter((n) => n.kind === 'admonishment_issued');
    expect(mine).toHaveLength(1);
    expect(mine[0]?.payload).toMatchObject({ rectificationId: item.id, year: 2011, deadline });
    const theirs = (await notices(township)).filter(
      (n) => n.kind === 'cadre_admonished' && n.payload.admonishmentId === a.id,
    );
    expect(theirs).toHaveLength(1);
    expect(
      (await notices(otherTownship)).some(
        (n) => n.kind === 'cadre_admonished' && n.payload.admonishmentId === a.id,
      ),
    ).toBe(false);
    const [audited] = await db
      .select({ n: count() })
      .from(auditLog)
      .where(and(eq(auditLog.action, 'admonishment.issue'), eq(auditLog.objectId, String(a.id))));
    expect(audited?.n).toBe(1);
    const [rows] = await db
      .select({ n: count() })
      .from(admonishments)
      .where(eq(admonishments.cycleId, c2011.id));
    expect(rows?.n).toBe(1);

    // scope: the township lists it, another township does not, a cadre may not list
    expect((await listed(township)).items.map((i) => i.id)).toContain(a.id);
    expect((await listed(otherTownship)).items.map((i) => i.id)).not.toContain(a.id);
    expect((await zero.client.request({ method: 'GET', url: '/api/rating/admonishments' })).statusCode).toBe(
      403,
    );
    const history = (await zero.client.request({ method: 'GET', url: '/api/me/stars' })).json<TStarHistory>();
    expect(history.admonishments.map((h) => h.id)).toEqual([a.id]);

    // tracked to closure through the ledger: the cadre reports, the township approves, the county closes
    expect(
      (await actOn(zero.client, item.id, 'report', { statement: '已制定整改方案并落实' })).statusCode,
    ).toBe(200);
    expect((await actOn(township, item.id, 'township-approve')).statusCode).toBe(200);
    expect((await actOn(admin, item.id, 'close')).statusCode).toBe(200);
    const closed = (await listed(admin, 'year=2011&state=closed')).items;
    expect(closed).toHaveLength(1);
    expect(closed[0]?.rectification).toMatchObject({ state: 'closed', closedOn: localDate(t.clock.now()) });
    expect((await listed(admin, 'year=2011&state=open')).items).toEqual([]);
  });

  it('refuses a malformed filter by name', async () => {
    const res = await admin.request({ method: 'GET', url: '/api/rating/admonishments?state=finished' });
    expect(res.statusCode).toBe(400);
  });
});
