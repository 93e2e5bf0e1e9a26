import { addDays, isoWeekday, type TAbsenceLevelPreview, type TAbsenceView } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import type { TClient, TTestApp } from '../../test/build-test-app.ts';
import { dutyContext, type TDutyContext } from '../../test/duty-context.ts';
import { errorOf } from '../../test/factories.ts';

describe('leave and official duty (请假 · 公务外出报备)', () => {
  let t: TTestApp;
  let cadre: TClient;
  let county: TClient;
  let township: TClient;
  let otherTownship: TClient;
  let today: string;
  let newCadre: TDutyContext['newCadre'];
  beforeAll(async () => {
    ({ t, cadre, admin: county, township, otherTownship, today, newCadre } = await dutyContext());
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

  describe('unbroken leave: requests that touch, or lie apart by rest days only, count as one', () => {
    /** The first Monday at least `ahead` days from today. */
    const mondayAfter = (ahead: number) => {
      let d = addDays(today, ahead);
      while (isoWeekday(d) !== 1) d = addDays(d, 1);
      return d;
    };
    const applyAs = (c: TClient, startDate: string, endDate: string) =>
      c.request({
        method: 'POST',
        url: '/api/absences',
        payload: { kind: 'leave', startDate, endDate, reason: '回家照顾病中的母亲' },
      });
    const queueOf = async (c: TClient) =>
      (await c.request({ method: 'GET', url: '/api/absences?queue=true' })).json<{ items: TAbsenceView[] }>()
        .items;

    it('sends three adjacent 3-day requests (9 days) to the county, not the township alone', async () => {
      const { client } = await newCadre('连休干部');
      const monday = mondayAfter(14);
      // Monday–Wednesday, Thursday–Saturday, Sunday–Tuesday: 9 days away
      const a = (await applyAs(client, monday, addDays(monday, 2))).json<TAbsenceView>();
      expect(a).toMatchObject({ level: 'township', days: 3, span: { days: 3, requests: 1 } });
      expect((await act(township, a.id, 'approve')).json<TAbsenceView>().state).toBe('approved');

      const b = (await applyAs(client, addDays(monday, 3), addDays(monday, 5))).json<TAbsenceView>();
      expect(b).toMatchObject({ level: 'county', days: 3, span: { days: 6, requests: 2 } });
      const c = (await applyAs(client, addDays(monday, 6), addDays(monday, 8))).json<TAbsenceView>();
      expect(c).toMatchObject({
        level: 'county',
        days: 3,
        span: { startDate: monday, endDate: addDays(monday, 8), days: 9, requests: 3 },
      });
      // the approver sees the whole leave on every request of it
      const queued = (await queueOf(township)).filter((i) => [b.id, c.id].includes(i.id));
      expect(queued).toHaveLength(2);
      expect(queued.every((i) => i.level === 'county' && i.span.days === 9)).toBe(true);
      // the township's approval only forwards them; the county decides
      for (const id of [b.id, c.id]) {
        expect((await act(township, id, 'approve')).json<TAbsenceView>().state).toBe('pending_county');
        expect(await stateOf(id)).toBe('pending_county');
      }
      expect((await queueOf(county)).map((i) => i.id)).toEqual(expect.arrayContaining([b.id, c.id]));
      const forwarded = await rowsOf<{ details: { span?: { days: number } } }>(
        t.database.db,
        sql`select details from audit_log where action = 'absence.approve' and object_id = ${String(c.id)}`,
      );
      expect(forwarded[0]?.details.span?.days).toBe(9);
      expect((await act(county, b.id, 'approve')).json<TAbsenceView>().state).toBe('approved');
    });

    it('moves a request still pending at the township up to the county once the span passes the limit', async () => {
      const { client } = await newCadre('补假干部');
      const monday = mondayAfter(35);
      const first = (await applyAs(client, monday, addDays(monday, 1))).json<TAbsenceView>();
      expect(first.level).toBe('township');
      // the Friday before, then the weekend: five days away, Friday to Tuesday
      const friday = (await applyAs(client, addDays(monday, -3), addDays(monday, -3))).json<TAbsenceView>();
      expect(friday).toMatchObject({
        level: 'county',
        span: { startDate: addDays(monday, -3), endDate: addDays(monday, 1), days: 5, requests: 2 },
      });
      const moved = (await queueOf(township)).find((i) => i.id === first.id);
      expect(moved).toMatchObject({ level: 'county', span: { days: 5 } });
      expect((await act(township, first.id, 'approve')).json<TAbsenceView>().state).toBe('pending_county');
    });

    it('tells the cadre before applying who will decide, and why', async () => {
      const { client } = await newCadre('预览干部');
      const monday = mondayAfter(56);
      await applyAs(client, monday, addDays(monday, 2));
      const preview = (startDate: string, endDate: string, kind = 'leave') =>
        client.request({
          method: 'GET',
          url: `/api/absences/level?kind=${kind}&startDate=${startDate}&endDate=${endDate}`,
        });
      const joined = await preview(addDays(monday, 3), addDays(monday, 3));
      expect(joined.statusCode, joined.body).toBe(200);
      expect(joined.json<TAbsenceLevelPreview>()).toEqual({
        level: 'county',
        span: { startDate: monday, endDate: addDays(monday, 3), days: 4, requests: 2 },
        townshipLeaveMaxDays: 3,
      });
      const apart = (await preview(addDays(monday, 5), addDays(monday, 5))).json<TAbsenceLevelPreview>();
      expect(apart).toMatchObject({ level: 'township', span: { days: 1, requests: 1 } }); // Saturday alone
      const duty = (
        await preview(addDays(monday, 3), addDays(monday, 9), 'official_duty')
      ).json<TAbsenceLevelPreview>();
      expect(duty.level).toBe('township');
      const backwards = await preview(addDays(monday, 3), addDays(monday, 2));
      expect(backwards.statusCode).toBe(400);
      expect(errorOf(backwards).details?.[0]?.field).toBe('endDate');
      expect(
        (
          await township.request({
            method: 'GET',
            url: `/api/absences/level?kind=leave&startDate=${monday}&endDate=${monday}`,
          })
        ).statusCode,
      ).toBe(403);
    });
  });
});
