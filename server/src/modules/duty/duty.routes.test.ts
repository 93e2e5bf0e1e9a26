import {
  addDays,
  isoWeekday,
  localDate,
  type TDayView,
  type TPresenceSummary,
  type TTodayView,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import type { TClient, TTestApp } from '../../test/build-test-app.ts';
import { buildCadre, buildPosting } from '../../test/cadre-factory.ts';
import { dutyContext, type TDutyContext } from '../../test/duty-context.ts';
import { errorOf, signInNewCadre } from '../../test/factories.ts';

const DAY = {
  day: 'village',
  night: 'village',
  work: '走访脱贫户 5 户，核实帮扶措施',
  roles: ['prosperity_helper'],
};

describe('the cadre’s day (一日一记)', () => {
  let t: TTestApp;
  let cadre: TClient;
  let township: TClient;
  let otherTownship: TClient;
  let viewer: TClient;
  let today: string;
  let village: string;
  let signInTownship: () => Promise<TClient>;
  let newCadre: TDutyContext['newCadre'];
  beforeAll(async () => {
    ({
      t,
      cadre,
      township,
      otherTownship,
      viewer,
      today,
      villageCode: village,
      signInTownship,
      newCadre,
    } = await dutyContext());
  });
  afterAll(() => t.close());

  const save = (date: string, payload: Record<string, unknown>, client = cadre) =>
    client.request({ method: 'PUT', url: `/api/duty/my/days/${date}`, payload });
  const countDays = async () =>
    Number((await rowsOf<{ n: number }>(t.database.db, sql`select count(*) as n from duty_days`))[0]!.n);

  it('shows today (the server’s, in Shanghai) and the three days that may still be backfilled', async () => {
    const view = (await cadre.request({ method: 'GET', url: '/api/duty/today' })).json<TTodayView>();
    expect(view.today).toBe(localDate(t.clock.now()));
    expect(view.days.map((d) => [d.date, d.window])).toEqual([
      [today, 'today'],
      [addDays(today, -1), 'backfill'],
      [addDays(today, -2), 'backfill'],
      [addDays(today, -3), 'backfill'],
    ]);
  });

  it('saves a day once; a second save edits it and keeps the earlier version', async () => {
    const { client } = await newCadre();
    const before = await countDays();
    const first = await save(today, DAY, client);
    expect(first.statusCode).toBe(200);
    expect(first.json<TDayView>()).toMatchObject({
      date: today,
      day: 'village',
      version: 1,
      backfilled: false,
    });
    const again = await save(today, DAY, client); // the same entry sent twice (a phone coming back online)
    expect(again.json<TDayView>().version).toBe(1);
    const edited = await save(today, { ...DAY, night: 'official_duty', activities: '组织党员学习' }, client);
    expect(edited.json<TDayView>()).toMatchObject({ version: 2, night: 'official_duty' });
    const history = await rowsOf<{ version: number }>(
      t.database.db,
      sql`select version from duty_day_versions where duty_day_id = ${edited.json<TDayView>().id}`,
    );
    expect(history.map((h) => h.version)).toEqual([1]);
    expect(await countDays()).toBe(before + 1);
  });

  it('marks a backfilled day 补记, refuses older and future days with a Chinese message, and saves nothing', async () => {
    const { client } = await newCadre();
    const back = await save(addDays(today, -3), DAY, client);
    expect(back.statusCode).toBe(200);
    expect(back.json<TDayView>().backfilled).toBe(true);
    const before = await countDays();
    const locked = await save(addDays(today, -4), DAY, client);
    expect(locked.statusCode).toBe(409);
    expect(errorOf(locked).details?.[0]?.message).toBe(
      `日期：${addDays(today, -4)} 已超过补记期限（只能补记前 3 天），不能再修改`,
    );
    const future = await save(addDays(today, 1), DAY, client);
    expect(future.statusCode).toBe(400);
    expect(errorOf(future).details?.[0]?.message).toContain('还没到');
    const empty = await save(addDays(today, -1), { day: 'village', night: 'village' }, client);
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty).details?.[0]?.message).toMatch(/^工作内容不能为空/);
    const bad = await save(addDays(today, -1), { ...DAY, day: 'beach' }, client);
    expect(bad.statusCode).toBe(400);
    expect(await countDays()).toBe(before);
  });

  it('lets the township read, comment and return a log; the cadre then completes it even when locked', async () => {
    const own = await newCadre('回退测试');
    const saved = await save(addDays(today, -3), DAY, own.client);
    expect(saved.statusCode, saved.body).toBe(200);
    const list = await township.request({ method: 'GET', url: `/api/duty/days?village=${village}` });
    expect(list.statusCode).toBe(200);
    const day = list.json<{ items: TDayView[] }>().items.find((d) => d.id === saved.json<TDayView>().id)!;
    expect(day).toMatchObject({ date: addDays(today, -3), personName: '回退测试' });
    expect((await otherTownship.request({ method: 'GET', url: `/api/duty/days/${day.id}` })).statusCode).toBe(
      404,
    );
    const outside = await otherTownship.request({
      method: 'POST',
      url: `/api/duty/days/${day.id}/comments`,
      payload: { text: '请补充', returnForCompletion: true },
    });
    expect(outside.statusCode).toBe(404);
    expect(
      (
        await viewer.request({
          method: 'POST',
          url: `/api/duty/days/${day.id}/comments`,
          payload: { text: 'x' },
        })
      ).statusCode,
    ).toBe(403);

    const returned = await township.request({
      method: 'POST',
      url: `/api/duty/days/${day.id}/comments`,
      payload: { text: '请补充走访的户名', returnForCompletion: true },
    });
    expect(returned.json<TDayView>()).toMatchObject({
      returned: true,
      comments: [{ text: '请补充走访的户名', returned: true }],
    });
    const notes = (await own.client.request({ method: 'GET', url: '/api/notifications' })).json<{
      items: { kind: string }[];
    }>();
    expect(notes.items.map((n) => n.kind)).toContain('log_returned');

    // a day later the returned day is beyond the backfill window; the clock goes back afterwards,
    // and the township administrator (idle past their limit by then) signs in again
    t.clock.advanceMinutes(24 * 60);
    onTestFinished(async () => {
      t.clock.advanceMinutes(-24 * 60);
      township = await signInTownship();
    });
    const later = await own.signIn();
    const completed = await save(day.date, { ...DAY, work: `${DAY.work}：张三、李四、王五` }, later);
    expect(completed.statusCode).toBe(200);
    expect(completed.json<TDayView>().returned).toBe(false);
  });

  it('lets the township correct attendance (audited with the reason), not another township', async () => {
    const date = addDays(today, -2);
    const own = await newCadre();
    const url = `/api/duty/people/${own.cadre.id}/days/${date}/attendance`;
    const payload = { day: 'leave', night: 'leave', reason: '经核实当天请病假' };
    expect((await otherTownship.request({ method: 'PUT', url, payload })).statusCode).toBe(404);
    const res = await township.request({ method: 'PUT', url, payload });
    expect(res.statusCode).toBe(200);
    expect(res.json<TDayView>()).toMatchObject({ date, day: 'leave', night: 'leave', work: '' });
    const audit = await rowsOf<{ details: { reason: string; personId: number } }>(
      t.database.db,
      sql`select details from audit_log where action = 'duty.attendance_correct'
          and object_id = ${String(res.json<TDayView>().id)}`,
    );
    expect(audit.map((a) => a.details)).toEqual([
      expect.objectContaining({ personId: own.cadre.id, reason: '经核实当天请病假' }),
    ]);
  });

  it('sums the cadre’s week, month and year against 5/4, 20 and 200', async () => {
    const { client } = await newCadre();
    expect((await save(today, DAY, client)).statusCode).toBe(200);
    const res = await client.request({ method: 'GET', url: '/api/duty/my/presence' });
    expect(res.statusCode).toBe(200);
    const p = res.json<TPresenceSummary>();
    expect(p.week.requiredDays).toBe(5);
    expect(p.month.target).toBe(20);
    expect(p.year.target).toBe(200);
    expect(p.year.days).toBe(1);
  });
});

describe('rest (休息) on 今天: two days and three nights a week are not absences', () => {
  let ctx: TDutyContext;
  let friday: string;
  beforeAll(async () => {
    ctx = await dutyContext();
    // the test's today is a Friday: Monday to Thursday lie before it in the same week
    const ahead = (5 - isoWeekday(ctx.today) + 7) % 7;
    ctx.t.clock.advanceMinutes(ahead * 24 * 60);
    friday = localDate(ctx.t.clock.now());
  });
  afterAll(() => ctx.t.close());

  /** A new cadre of the demo cadre's village, signed in after the clock moved (sessions before it ran out). */
  const freshCadre = async () => {
    const admin = await ctx.t.signIn('admin');
    const cadre = await signInNewCadre(
      ctx.t,
      admin,
      buildCadre({ posting: buildPosting({ villageCode: ctx.villageCode }) }),
    );
    return { admin, cadre };
  };
  const todayOf = async (client: TClient) => {
    const res = await client.request({ method: 'GET', url: '/api/duty/today' });
    expect(res.statusCode).toBe(200);
    return new Map(res.json<TTodayView>().days.map((d) => [d.date, d]));
  };

  it('offers rest on the night beyond the week’s four and on a holiday; rest needs no log and counts neither way', async () => {
    const { admin, cadre } = await freshCadre();
    const township = await ctx.signInTownship();
    const [wednesday, thursday] = [addDays(friday, -2), addDays(friday, -1)];
    // a week without holidays to begin with (the county's own list kept and given back afterwards)
    const kept = (await admin.request({ method: 'GET', url: '/api/rules' })).json<{ holidays: string[] }>();
    const others = kept.holidays.filter((d) => d < addDays(friday, -4) || d > friday);
    const setHolidays = async (holidays: string[]) => {
      const res = await admin.request({ method: 'PATCH', url: '/api/rules', payload: { holidays } });
      expect(res.statusCode, res.body).toBe(200);
    };
    onTestFinished(() => setHolidays(kept.holidays));
    await setHolidays(others);
    for (const date of [addDays(friday, -4), addDays(friday, -3), wednesday, thursday]) {
      const res = await township.request({
        method: 'PUT',
        url: `/api/duty/people/${cadre.cadre.id}/days/${date}/attendance`,
        payload: { day: 'village', night: 'village', reason: '按驻村台账补录' },
      });
      expect(res.statusCode).toBe(200);
    }

    let days = await todayOf(cadre.client);
    expect(days.get(friday)?.rest).toEqual({ day: false, night: true }); // four nights done: Friday night is rest
    expect(days.get(thursday)?.rest).toEqual({ day: false, night: false }); // three others: a duty night
    expect(days.get(wednesday)?.rest).toEqual({ day: false, night: false });

    // a county holiday on Wednesday: its day is rest, and the week asks one night less (three)
    await setHolidays([...others, wednesday]);
    days = await todayOf(cadre.client);
    expect(days.get(wednesday)?.rest).toEqual({ day: true, night: true });
    expect(days.get(thursday)?.rest).toEqual({ day: false, night: true });

    // 休息 saves without a word of work, and is neither a day in the village nor an absence
    const saved = await cadre.client.request({
      method: 'PUT',
      url: `/api/duty/my/days/${friday}`,
      payload: { day: 'rest', night: 'rest' },
    });
    expect(saved.statusCode).toBe(200);
    expect(saved.json<TDayView>()).toMatchObject({ date: friday, day: 'rest', night: 'rest', work: '' });
    const presence = (
      await cadre.client.request({ method: 'GET', url: '/api/duty/my/presence' })
    ).json<TPresenceSummary>();
    expect(presence.week).toMatchObject({ days: 4, nights: 4 });
    const bad = await cadre.client.request({
      method: 'PUT',
      url: `/api/duty/my/days/${friday}`,
      payload: { day: 'home', night: 'rest' },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('says whether a leave request covers a day, so 请假 can offer to file one', async () => {
    const { cadre } = await freshCadre();
    const thursday = addDays(friday, -1);
    let days = await todayOf(cadre.client);
    expect([...days.values()].every((d) => !d.leaveRequested)).toBe(true);
    expect(days.size).toBe(4);

    const apply = (kind: string, date: string) =>
      cadre.client.request({
        method: 'POST',
        url: '/api/absences',
        payload: { kind, startDate: date, endDate: date, reason: '家中老人住院陪护' },
      });
    const leave = await apply('leave', thursday);
    expect(leave.statusCode, leave.body).toBe(200);
    expect((await apply('official_duty', friday)).statusCode).toBe(200);
    days = await todayOf(cadre.client);
    expect(days.get(thursday)?.leaveRequested).toBe(true); // waiting for the township is enough
    expect(days.get(friday)?.leaveRequested).toBe(false); // official duty is no leave request

    const withdrawn = await cadre.client.request({
      method: 'POST',
      url: `/api/absences/${leave.json<{ id: number }>().id}/withdraw`,
    });
    expect(withdrawn.statusCode).toBe(200);
    expect((await todayOf(cadre.client)).get(thursday)?.leaveRequested).toBe(false);
  });
});
