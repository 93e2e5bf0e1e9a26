import { addDays, type TAbsenceView } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import type { TClient, TTestApp } from '../../test/build-test-app.ts';
import { dutyContext } from '../../test/duty-context.ts';
import { errorOf } from '../../test/factories.ts';

describe('leave and official duty (请假 · 公务外出报备)', () => {
  let t: TTestApp;
  let cadre: TClient;
  let county: TClient;
  let township: TClient;
  let otherTownship: TClient;
  let today: string;
  beforeAll(async () => {
    ({ t, cadre, admin: county, township, otherTownship, today } = await dutyContext());
  });
  afterAll(() => t.close());

  const apply = (startOffset: number, days: number, kind = 'leave') =>
    cadre.request({
      method: 'POST',
      url: '/api/absences',
      payload: {
        kind,
        startDate: addDays(today, startOffset),
        endDate: addDays(today, startOffset + days - 1),
        reason: '家中老人住院',
      },
    });
  const act = (c: TClient, id: number, type: string, note?: string) =>
    c.request({ method: 'POST', url: `/api/absences/${id}/${type}`, payload: note ? { note } : {} });
  const count = async () =>
    Number((await rowsOf<{ n: number }>(t.database.db, sql`select count(*) as n from absences`))[0]!.n);
  const stateOf = async (id: number) =>
    (await rowsOf<{ state: string }>(t.database.db, sql`select state from absences where id = ${id}`))[0]!
      .state;

  it('lets the township approve short leave, and puts it in the township’s queue only', async () => {
    const res = await apply(10, 2);
    expect(res.statusCode).toBe(200);
    const a = res.json<TAbsenceView>();
    expect(a).toMatchObject({ state: 'pending_township', level: 'township', days: 2 });
    const queue = (await township.request({ method: 'GET', url: '/api/absences?queue=true' })).json<{
      items: TAbsenceView[];
    }>();
    expect(queue.items.map((i) => i.id)).toContain(a.id);
    const otherQueue = (
      await otherTownship.request({ method: 'GET', url: '/api/absences?queue=true' })
    ).json<{
      items: TAbsenceView[];
    }>();
    expect(otherQueue.items.map((i) => i.id)).not.toContain(a.id);
    const waiting = (await township.request({ method: 'GET', url: '/api/notifications' })).json<{
      items: { kind: string }[];
    }>();
    expect(waiting.items.map((n) => n.kind)).toContain('absence_waiting');
    const approved = await act(township, a.id, 'approve', '同意');
    expect(approved.json<TAbsenceView>().state).toBe('approved');
  });

  it('sends leave longer than 3 days on to the county; the township cannot approve it twice', async () => {
    const a = (await apply(20, 5)).json<TAbsenceView>();
    expect(a.level).toBe('county');
    expect((await act(township, a.id, 'approve')).json<TAbsenceView>().state).toBe('pending_county');
    const beyond = await act(township, a.id, 'approve');
    expect(beyond.statusCode).toBe(403);
    expect(errorOf(beyond).message).toBe('超过 3 天的请假须由县委组织部审批，乡镇不能批准');
    expect(await stateOf(a.id)).toBe('pending_county');
    expect((await act(county, a.id, 'approve')).json<TAbsenceView>().state).toBe('approved');
    const settled = await act(county, a.id, 'reject');
    expect(settled.statusCode).toBe(409);
    expect(errorOf(settled).message).toBe('该申请已处理完毕（已批准），不能再审批或撤回');
    const inEnglish = await county.request({
      method: 'POST',
      url: `/api/absences/${a.id}/reject`,
      payload: {},
      headers: { 'accept-language': 'en-US' },
    });
    expect(errorOf(inEnglish).message).toBe('This request is already settled (Approved)');
    expect(await stateOf(a.id)).toBe('approved');
  });

  it('refuses overlapping leave, a start before the backfill window and bad dates, naming the field; nothing stored', async () => {
    expect((await apply(70, 2)).statusCode).toBe(200);
    const before = await count();
    const overlap = await apply(71, 3);
    expect(overlap.statusCode).toBe(409);
    expect(errorOf(overlap).details?.[0]?.message).toBe(
      `开始日期：与已有的请假（${addDays(today, 70)} 至 ${addDays(today, 71)}）时间重叠`,
    );
    const old = await apply(-10, 1);
    expect(old.statusCode).toBe(409);
    const backwards = await cadre.request({
      method: 'POST',
      url: '/api/absences',
      payload: { kind: 'leave', startDate: addDays(today, 5), endDate: addDays(today, 4), reason: '事假' },
    });
    expect(backwards.statusCode).toBe(400);
    expect(errorOf(backwards).details?.[0]?.field).toBe('endDate');
    const noReason = await cadre.request({
      method: 'POST',
      url: '/api/absences',
      payload: { kind: 'leave', startDate: addDays(today, 40), endDate: addDays(today, 40), reason: '' },
    });
    expect(noReason.statusCode).toBe(400);
    expect(await count()).toBe(before);
  });

  it('keeps another township out: its admin can neither see nor decide (404), nothing changes', async () => {
    const a = (await apply(30, 1, 'official_duty')).json<TAbsenceView>();
    expect(a.level).toBe('township');
    expect((await act(otherTownship, a.id, 'approve')).statusCode).toBe(404);
    expect((await act(otherTownship, a.id, 'reject')).statusCode).toBe(404);
    expect(await stateOf(a.id)).toBe('pending_township');
    const viewer = await t.signIn('viewer');
    expect((await act(viewer, a.id, 'approve')).statusCode).toBe(403);
    // the cadre withdraws it; a withdrawn request cannot be approved afterwards
    expect((await act(cadre, a.id, 'withdraw')).json<TAbsenceView>().state).toBe('withdrawn');
    expect((await act(township, a.id, 'approve')).statusCode).toBe(409);
    const mine = (await cadre.request({ method: 'GET', url: '/api/absences/mine' })).json<{
      items: TAbsenceView[];
    }>();
    expect(mine.items.find((i) => i.id === a.id)?.state).toBe('withdrawn');
  });

  it('raises a recall alert once approved leave in the year passes the county’s limit (default 30 days)', async () => {
    const rules = (await county.request({ method: 'GET', url: '/api/rules' })).json<{
      recallLeaveDays: number;
    }>();
    const lowered = await county.request({
      method: 'PATCH',
      url: '/api/rules',
      payload: { recallLeaveDays: 2 },
    });
    expect(lowered.statusCode, lowered.body).toBe(200);
    onTestFinished(async () => {
      await county.request({
        method: 'PATCH',
        url: '/api/rules',
        payload: { recallLeaveDays: rules.recallLeaveDays },
      });
    });
    const long = (await apply(50, 5)).json<TAbsenceView>();
    await act(county, long.id, 'approve');
    const year = addDays(today, 52).slice(0, 4); // the middle day: at least 3 of the 5 days fall in its year
    const alerts = await county.request({ method: 'GET', url: `/api/absences/recall-alerts?year=${year}` });
    const body = alerts.json<{ limit: number; items: { personName: string; days: number }[] }>();
    expect(body.limit).toBe(2);
    expect(body.items).toHaveLength(1);
    expect(body.items[0]!.days).toBeGreaterThanOrEqual(3);
    const audit = await rowsOf<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where action = 'absence.recall_alert'`,
    );
    expect(audit.length).toBeGreaterThan(0);
    const outside = await otherTownship.request({
      method: 'GET',
      url: `/api/absences/recall-alerts?year=${year}`,
    });
    expect(outside.json<{ items: unknown[] }>().items).toHaveLength(0);
  });
});
