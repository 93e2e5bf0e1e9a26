import { addDays, type TAbsenceView } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import type { TClient } from '../../test/build-test-app.ts';
import { buildCadre, buildPerson, buildPosting } from '../../test/cadre-factory.ts';
import { dutyContext, type TDutyContext } from '../../test/duty-context.ts';
import { signInNewCadre } from '../../test/factories.ts';
import { createRequest } from '../../test/request-factory.ts';

type TBellItem = { kind: string; payload: Record<string, unknown> };

/**
 * Issue 13 (8c): every notification carries what its message names (the bell renders it in the
 * reader's language): whose leave and which days, how it was decided, the village, category and words
 * of a request. Stored as a kind and its parameters, never as Chinese text.
 */
describe('every notification carries the object it is about', () => {
  let ctx: TDutyContext;
  let villageName: string;
  const bellOf = async (c: TClient, kind: string) =>
    (await c.request({ method: 'GET', url: '/api/notifications' }))
      .json<{ items: TBellItem[] }>()
      .items.filter((n) => n.kind === kind);
  const leave = (c: TClient, from: number, days: number) =>
    c.request({
      method: 'POST',
      url: '/api/absences',
      payload: {
        kind: 'leave',
        startDate: addDays(ctx.today, from),
        endDate: addDays(ctx.today, from + days - 1),
        reason: '家中老人住院',
      },
    });

  beforeAll(async () => {
    ctx = await dutyContext();
    const [v] = await rowsOf<{ name: string }>(
      ctx.t.database.db,
      sql`select name from divisions where code = ${ctx.villageCode}`,
    );
    villageName = v!.name;
  });
  afterAll(() => ctx.t.close());

  it('a leave request: the township hears whose and which days, the cadre hears which days and the outcome', async () => {
    const own = await ctx.newCadre('钱晓雨');
    const res = await leave(own.client, 12, 2);
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json<TAbsenceView>();
    const days = { kind: 'leave', startDate: a.startDate, endDate: a.endDate };
    const waiting = (await bellOf(ctx.township, 'absence_waiting')).filter(
      (n) => n.payload.absenceId === a.id,
    );
    expect(waiting).toHaveLength(1);
    expect(waiting[0]!.payload).toEqual({ absenceId: a.id, ...days, personName: '钱晓雨', villageName });

    const approved = await ctx.township.request({
      method: 'POST',
      url: `/api/absences/${a.id}/approve`,
      payload: { note: '同意' },
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const decided = await bellOf(own.client, 'absence_decided');
    expect(decided).toHaveLength(1);
    expect(decided[0]!.payload).toMatchObject({ absenceId: a.id, ...days, state: 'approved' });
  });

  it('a recall alert names the cadre, the year and the days', async () => {
    const [unit] = await rowsOf<{ unit_id: number }>(
      ctx.t.database.db,
      sql`select r.unit_id from role_assignments r join users u on u.id = r.user_id where u.username = 'danwei'`,
    );
    const own = await signInNewCadre(
      ctx.t,
      ctx.admin,
      buildCadre({
        person: buildPerson({ name: '孙立新' }),
        posting: buildPosting({ villageCode: ctx.villageCode, unitId: unit!.unit_id }),
      }),
    );
    const rules = (await ctx.admin.request({ method: 'GET', url: '/api/rules' })).json<{
      recallLeaveDays: number;
    }>();
    const lowered = await ctx.admin.request({
      method: 'PATCH',
      url: '/api/rules',
      payload: { recallLeaveDays: 1 },
    });
    expect(lowered.statusCode, lowered.body).toBe(200);
    onTestFinished(async () => {
      await ctx.admin.request({
        method: 'PATCH',
        url: '/api/rules',
        payload: { recallLeaveDays: rules.recallLeaveDays },
      });
    });
    const a = (await leave(own.client, 60, 2)).json<TAbsenceView>();
    const approved = await ctx.township.request({
      method: 'POST',
      url: `/api/absences/${a.id}/approve`,
      payload: {},
    });
    expect(approved.statusCode, approved.body).toBe(200);
    const danwei = await ctx.t.signIn('danwei');
    const alerts = (await bellOf(danwei, 'recall_alert')).filter((n) => n.payload.personName === '孙立新');
    expect(alerts.length).toBeGreaterThan(0);
    expect(alerts[0]!.payload).toMatchObject({
      personName: '孙立新',
      year: a.startDate.slice(0, 4),
      limit: 1,
    });
    expect(Number(alerts[0]!.payload.days)).toBeGreaterThan(1);
  });

  it('a request handed up names its village, category and first words', async () => {
    const r = await createRequest(ctx.cadre, {
      villageCode: ctx.villageCode,
      category: 'employment',
      urgency: 'normal',
      description: '返乡青年想学电商直播，希望镇里组织培训',
    });
    const up = await ctx.cadre.request({
      method: 'POST',
      url: `/api/requests/${r.id}/hand-up`,
      payload: { reason: '需镇里统筹' },
    });
    expect(up.statusCode, up.body).toBe(200);
    const heard = (await bellOf(ctx.township, 'request_handed_up')).filter(
      (n) => n.payload.requestId === r.id,
    );
    expect(heard).toHaveLength(1);
    expect(heard[0]!.payload).toEqual({
      requestId: r.id,
      villageCode: ctx.villageCode,
      villageName,
      category: 'employment',
      text: '返乡青年想学电商直播，希望镇里组织培训',
      level: 'township',
    });
  });

  it('stores a kind and its parameters, never sentences in one language', async () => {
    const rows = await rowsOf<{ kind: string; payload: Record<string, unknown> }>(
      ctx.t.database.db,
      sql`select kind, payload from notifications`,
    );
    expect(rows.length).toBeGreaterThan(0);
    // a parameter may be a name or a villager's words, but no key holds a ready-made message
    for (const r of rows) expect(Object.keys(r.payload)).not.toContain('message');
  });
});
