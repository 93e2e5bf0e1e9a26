import {
  addDays,
  assessWeek,
  datesBetween,
  isWorkingDay,
  localDate,
  mondaysOfYear,
  publicHolidaysOf,
  type TComplianceWeek,
  type TComplianceYear,
  type TCountyRules,
  type TCountyRulesOfYear,
  type TMissingDays,
  type TTodayView,
  weekStart,
  workingCalendarOf,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { buildCadre, buildPosting } from '../../test/cadre-factory.ts';
import { createUser, errorOf, ROOMY_LOGIN, registerCadre, signInReady } from '../../test/factories.ts';

type TItem = TComplianceWeek['items'][number];

/** A week whose Monday to Friday work and whose weekend rests, by the published calendar of its year. */
function isOrdinaryWeek(monday: string): boolean {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i)).every(
    (d, i) => isWorkingDay(d, workingCalendarOf(publicHolidaysOf(Number(d.slice(0, 4))))) === i < 5,
  );
}

describe('五天四夜 compliance, the year per cadre, and missing days', () => {
  let t: TTestApp;
  let township: TClient;
  let viewer: TClient;
  let own: string;
  let other: string;
  let monday: string;
  let shuji: number;
  let second: TItem;
  let third: TItem;
  const week = () => Array.from({ length: 7 }, (_, i) => addDays(monday, i));

  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    const cadre = await t.signIn('shuji');
    const admin = await t.signIn('admin');
    viewer = await t.signIn('viewer');
    const view = (await cadre.request({ method: 'GET', url: '/api/duty/today' })).json<TTodayView>();
    shuji = view.person!.id;
    own = view.person!.villageCode.slice(0, 9);
    other = own === '140622100' ? '140622101' : '140622100';
    township = await signInReady(
      t,
      await createUser(admin, { roles: [{ role: 'township_admin', divisionCode: own }] }),
    );
    // a finished ordinary week (five working days, no holiday, no adjusted working day), at least two
    // weeks back, written by the township's attendance keeper: the figures below hold on any day
    monday = addDays(weekStart(view.today), -14);
    while (!isOrdinaryWeek(monday)) monday = addDays(monday, -7);
    const list = (
      await township.request({ method: 'GET', url: `/api/duty/compliance?week=${monday}&division=${own}` })
    ).json<TComplianceWeek>();
    const others = list.items.filter((i) => i.personId !== shuji);
    second = others[0]!;
    third = others[1]!;
    const mark = (personId: number, date: string, day: string, night: string) =>
      township.request({
        method: 'PUT',
        url: `/api/duty/people/${personId}/days/${date}/attendance`,
        payload: { day, night, reason: '考勤登记' },
      });
    for (const [i, date] of week().entries()) {
      // shuji: 5 days and 4 nights in the village → complying
      await mark(shuji, date, i < 5 ? 'village' : 'absent', i < 4 ? 'village' : 'absent');
      // the second: 4 days only → not complying
      if (i < 4) await mark(second.personId, date, 'village', 'village');
      // the third: 4 days and 3 nights plus a day of approved leave → complying
      if (i < 4) await mark(third.personId, date, 'village', i < 3 ? 'village' : 'official_duty');
    }
    await t.database.db.execute(sql`
      insert into absences (person_id, village_code, kind, start_date, end_date, reason, state)
      values (${third.personId}, ${third.villageCode}, 'leave', ${addDays(monday, 4)}, ${addDays(monday, 4)}, '事假', 'approved')`);
  });
  afterAll(() => t.close());

  it('assesses a constructed week per cadre, counts per village, lists by village and name', async () => {
    const res = await township.request({
      method: 'GET',
      url: `/api/duty/compliance?week=${addDays(monday, 2)}&division=${own}`,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<TComplianceWeek>();
    expect(body.monday).toBe(monday);
    expect(body.sunday).toBe(addDays(monday, 6));
    const of = (id: number) => body.items.find((i) => i.personId === id)!;
    expect(of(shuji)).toMatchObject({ days: 5, nights: 4, excused: 0, status: 'complying' });
    expect(of(second.personId)).toMatchObject({ days: 4, nights: 4, status: 'not_complying' });
    expect(of(third.personId)).toMatchObject({
      days: 4,
      nights: 4,
      excused: 1,
      requiredDays: 4,
      requiredNights: 3,
      status: 'complying',
    });
    expect(body.items.every((i) => i.category !== 'village_committee')).toBe(true);
    const order = body.items.map((i) => i.villageCode);
    expect(order).toEqual([...order].sort());
    // groups are the township's villages; totals add up
    expect(body.groups.every((g) => g.code.startsWith(own) && g.code.length === 12)).toBe(true);
    const sum = body.groups.reduce((n, g) => n + g.complying + g.notComplying + g.notAssessed, 0);
    expect(sum).toBe(body.items.length);
    expect(body.totals.complying).toBe(body.items.filter((i) => i.status === 'complying').length);
    expect(body.totals.complying).toBeGreaterThanOrEqual(2);
    // the county sees townships as groups
    const county = (
      await viewer.request({ method: 'GET', url: `/api/duty/compliance?week=${monday}` })
    ).json<TComplianceWeek>();
    expect(county.division.code).toBe('140622');
    expect(county.groups.find((g) => g.code === own)?.complying).toBe(body.totals.complying);
  });

  it('defaults to the last finished week, and refuses bad input or divisions out of scope', async () => {
    const res = await township.request({ method: 'GET', url: '/api/duty/compliance' });
    expect(res.statusCode).toBe(200);
    expect(res.json<TComplianceWeek>().division.code).toBe(own);
    expect(res.json<TComplianceWeek>().monday).toBe(addDays(weekStart(localDate(t.clock.now())), -7));
    const bad = await township.request({ method: 'GET', url: '/api/duty/compliance?week=2026-W05' });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).details?.[0]?.message).toMatch(/^周/);
    for (const division of ['140622', other, '140622999'])
      expect(
        (await township.request({ method: 'GET', url: `/api/duty/compliance?division=${division}` }))
          .statusCode,
      ).toBe(404);
    const year = await township.request({ method: 'GET', url: '/api/duty/compliance/year?year=26' });
    expect(year.statusCode).toBe(400);
    expect(errorOf(year).details?.[0]?.message).toMatch(/^年度/);
  });

  it('gives the year per cadre: assessed and complying weeks, the rate, days in the village, log completeness', async () => {
    const year = monday.slice(0, 4);
    // one of shuji's five days in the village has its log written: completeness 1 / 5
    await t.database.db.execute(
      sql`update duty_days set work = '入户走访' where person_id = ${shuji} and date = ${monday}`,
    );
    const res = await township.request({
      method: 'GET',
      url: `/api/duty/compliance/year?year=${year}&division=${own}`,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<TComplianceYear>();
    expect(body.yearTarget).toBe(200);
    const mine = body.items.find((i) => i.personId === shuji)!;
    // besides the constructed week, the weeks a public holiday leaves nothing to do in (the Spring
    // Festival's) comply with no record at all
    const rules = (
      await township.request({ method: 'GET', url: `/api/rules?year=${year}` })
    ).json<TCountyRules>();
    const today = localDate(t.clock.now());
    const free = mondaysOfYear(+year).filter(
      (m) => assessWeek({ monday: m, records: [], excusedDates: [], today, rules }).status === 'complying',
    );
    let freeComplying = 0;
    for (const m of free) {
      const w = await township.request({
        method: 'GET',
        url: `/api/duty/compliance?week=${m}&division=${own}`,
      });
      const item = w.json<TComplianceWeek>().items.find((i) => i.personId === shuji);
      if (item?.status === 'complying') freeComplying++;
    }
    expect(mine.complyingWeeks).toBe(1 + freeComplying);
    expect(mine.assessedWeeks).toBeGreaterThanOrEqual(1);
    expect(mine.rate).toBeCloseTo((1 + freeComplying) / mine.assessedWeeks);
    expect(mine.daysInVillage).toBe(5);
    expect(mine.logRate).toBeCloseTo(0.2);
    expect(body.items.find((i) => i.personId === third.personId)!.daysInVillage).toBe(4);
  });

  it('lists who has not recorded a day, leaving out approved leave', async () => {
    const friday = addDays(monday, 4);
    const res = await township.request({
      method: 'GET',
      url: `/api/duty/missing?date=${friday}&division=${own}`,
    });
    expect(res.statusCode).toBe(200);
    const body = res.json<TMissingDays>();
    const ids = body.items.map((i) => i.personId);
    expect(ids).not.toContain(shuji); // recorded
    expect(ids).not.toContain(third.personId); // on approved leave
    expect(ids).toContain(second.personId); // nothing recorded on Friday
    const order = body.items.map((i) => i.villageCode);
    expect(order).toEqual([...order].sort());
    expect(body.restDay).toBe(false);
    const bad = await township.request({ method: 'GET', url: '/api/duty/missing?date=yesterday' });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).details?.[0]?.message).toMatch(/^日期/);
  });
  it('leaves out rest days, when nobody is expected to record, by the county’s calendar of that year', async () => {
    // fixed dates of 2025: Saturday 27 September rests, Sunday 28 September works (调休), Friday 3 October is National Day
    const admin = await t.signIn('admin');
    const village = '140622100200';
    const { cadre } = await registerCadre(
      admin,
      buildCadre({ posting: buildPosting({ villageCode: village, startDate: '2025-09-01' }) }),
    );
    const missingOn = async (date: string) => {
      const res = await viewer.request({
        method: 'GET',
        url: `/api/duty/missing?date=${date}&division=${village}`,
      });
      expect(res.statusCode).toBe(200);
      const body = res.json<TMissingDays>();
      return { restDay: body.restDay, listed: body.items.some((i) => i.personId === cadre.id) };
    };
    expect(await missingOn('2025-09-26')).toEqual({ restDay: false, listed: true }); // a Friday
    expect(await missingOn('2025-09-27')).toEqual({ restDay: true, listed: false }); // a Saturday
    expect(await missingOn('2025-09-28')).toEqual({ restDay: false, listed: true }); // a Sunday moved to work
    expect(await missingOn('2025-10-03')).toEqual({ restDay: true, listed: false }); // a holiday on a Friday
    const county = await viewer.request({ method: 'GET', url: '/api/duty/missing?date=2025-10-04' });
    expect(county.json<TMissingDays>()).toEqual({ date: '2025-10-04', restDay: true, items: [] });

    // by default, the last working day before today: the clock is moved back to a day after a rest day,
    // so the rest days before it are skipped whatever today is
    const today = localDate(t.clock.now());
    const year = Number(today.slice(0, 4));
    const rules = await Promise.all(
      [year - 1, year].map(async (y) =>
        (await admin.request({ method: 'GET', url: `/api/rules?year=${y}` })).json<TCountyRulesOfYear>(),
      ),
    );
    const calendar = workingCalendarOf({
      holidays: rules.flatMap((r) => r.holidays),
      workdays: rules.flatMap((r) => r.workdays),
    });
    let day = today;
    while (isWorkingDay(addDays(day, -1), calendar)) day = addDays(day, -1);
    const back = datesBetween(day, today).length - 1;
    t.clock.advanceMinutes(-back * 24 * 60);
    onTestFinished(() => t.clock.advanceMinutes(back * 24 * 60));
    expect(localDate(t.clock.now())).toBe(day);
    const byDefault = (
      await viewer.request({ method: 'GET', url: '/api/duty/missing' })
    ).json<TMissingDays>();
    expect(byDefault.restDay).toBe(false);
    expect(byDefault.date < addDays(day, -1)).toBe(true);
    expect(isWorkingDay(byDefault.date, calendar)).toBe(true);
    expect(
      datesBetween(addDays(byDefault.date, 1), addDays(day, -1)).every((d) => !isWorkingDay(d, calendar)),
    ).toBe(true);
  });
});
