import {
  addDays,
  assessWeek,
  complianceRate,
  countDaysInVillage,
  DEFAULT_COUNTY_RULES,
  datesBetween,
  datesCovered,
  localDate,
  logCompleteness,
  mondaysOfYear,
  mondaysWithin,
  PLACES,
  type TAbsence,
  type TComplianceYear,
  type TCountyRules,
  weekDates,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TTestApp } from '../../test/build-test-app.ts';
import { findApprovedLeaveOf, findStatusesOf } from './compliance.repository.ts';
import { groupByPerson, postedOn, toRecord } from './compliance.rules.ts';
import { findYearCounts, type TYearCountsInput } from './compliance.year.repository.ts';

/** A small seeded generator, so a failure can be replayed. */
function random(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type TRange = { start: string; end: string | null };

describe('the county-year compliance counted in SQL keeps the core rules (五天四夜)', () => {
  let t: TTestApp;
  const year = String(new Date().getFullYear() - 1);
  // the year's weeks, each in the year of its Thursday: the range may reach into the years beside it
  const from = mondaysOfYear(Number(year))[0]!;
  const to = addDays(mondaysOfYear(Number(year)).at(-1)!, 6);
  let village: string;
  const people: { personId: number; ranges: TRange[] }[] = [];
  // postings: whole year; from a Wednesday; touching; a one-day gap; overlapping; ended mid-year; none in the year
  const rangeSets: TRange[][] = [
    [{ start: addDays(from, -40), end: null }],
    [{ start: `${year}-03-12`, end: null }],
    [
      { start: addDays(from, -3), end: `${year}-05-14` },
      { start: `${year}-05-15`, end: null },
    ],
    [
      { start: `${year}-02-01`, end: `${year}-06-17` },
      { start: `${year}-06-19`, end: null },
    ],
    [
      { start: `${year}-01-20`, end: `${year}-09-30` },
      { start: `${year}-04-01`, end: `${year}-04-30` },
      { start: `${year}-09-01`, end: null },
    ],
    [{ start: `${year}-01-08`, end: `${year}-08-20` }],
    [
      { start: `${year}-01-01`, end: `${year}-01-01` },
      { start: `${year}-01-02`, end: `${year}-01-02` },
      { start: `${year}-01-03`, end: `${year}-12-31` },
    ],
    [{ start: addDays(from, -400), end: addDays(from, -10) }],
  ];

  beforeAll(async () => {
    t = await buildTestApp();
    const db = t.database.db;
    const [v] = await rowsOf<{ code: string }>(
      db,
      sql`select code from divisions where level = 'village' order by code desc limit 1`,
    );
    village = v!.code;
    const next = random(20260406);
    const pick = <T>(list: readonly T[]) => list[Math.floor(next() * list.length)]!;
    for (const [i, ranges] of rangeSets.entries()) {
      const [person] = await rowsOf<{ id: number }>(
        db,
        sql`insert into persons (filed_under, name, gender, ethnicity, birth_date, id_number, phone, political_status,
          education_level, full_time_education, personnel_status)
        values (${village}, ${`核对${i}`}, 'female', '汉族', '1990-01-01', ${`Y${String(i).padStart(17, '0')}`},
          ${`1790000000${i}`}, 'cpc_member', 'bachelor', true, 'civil_servant') returning id`,
      );
      const personId = person!.id;
      people.push({ personId, ranges });
      for (const r of ranges)
        await db.execute(sql`insert into postings (person_id, village_code, category, post_title, start_date, actual_end_date)
          values (${personId}, ${village}, 'team_member', '队员', ${r.start}, ${r.end})`);
      // mostly in the village, every place by day and night, days missing, logs written or not, a few outside the year
      const days = datesBetween(addDays(from, -6), addDays(to, 6))
        .filter(() => next() < 0.88)
        .map((date) => {
          const place = () => (next() < 0.6 ? 'village' : pick(PLACES));
          return sql`(${personId}, ${village}, ${date}, ${place()}, ${place()}, ${next() < 0.5 ? '入户走访' : ''})`;
        });
      await db.execute(
        sql`insert into duty_days (person_id, village_code, date, day_place, night_place, work) values ${sql.join(days, sql`, `)}`,
      );
      // leave of every state and kind, overlapping, across the year's ends
      for (let n = 0; n < 14; n++) {
        const start = addDays(from, Math.floor(next() * 380) - 10);
        const state = next() < 0.7 ? 'approved' : pick(['pending_township', 'rejected', 'withdrawn']);
        await db.execute(sql`insert into absences (person_id, village_code, kind, start_date, end_date, reason, state)
          values (${personId}, ${village}, ${next() < 0.85 ? 'leave' : 'official_duty'}, ${start},
            ${addDays(start, Math.floor(next() * 9))}, '事假', ${state})`);
      }
    }
  });
  afterAll(() => t.close());

  /** The core rules on the rows as the old report read them (one row per day, folded and unfolded). */
  async function reference(rules: TCountyRules, today: string) {
    const ids = people.map((p) => p.personId);
    const records = groupByPerson(await findStatusesOf(t.database.db, ids, from, to));
    const leave = groupByPerson(await findApprovedLeaveOf(t.database.db, ids, from, to));
    return people.map((p) => {
      const rows = records.get(p.personId) ?? [];
      const own = rows.map(toRecord);
      const absences = (leave.get(p.personId) ?? []) as TAbsence[];
      const weeks = mondaysWithin(from, to).map((monday) =>
        assessWeek({
          monday,
          records: own,
          excusedDates: datesCovered(absences, monday, addDays(monday, 6)),
          postedDates: weekDates(monday).filter((d) => postedOn(p, d)),
          today,
          rules,
        }),
      );
      const log = logCompleteness(
        own,
        rows.filter((r) => r.logged).map((r) => r.date),
        from,
        to,
      );
      return {
        personId: p.personId,
        assessedWeeks: weeks.filter((w) => w.status !== 'not_assessed').length,
        complyingWeeks: weeks.filter((w) => w.status === 'complying').length,
        rate: complianceRate(weeks),
        daysInVillage: countDaysInVillage(own, from, to),
        logRate: log.rate,
        loggedDays: log.entries,
      };
    });
  }

  it('gives the same weeks, days and logged days as the core rules, for any rules and today', async () => {
    const next = random(7);
    const holidays = [
      ...datesBetween(from, to).filter(() => next() < 0.05),
      `${year}-10-01`,
      `${year}-10-01`,
      addDays(from, -1),
    ];
    const cases: { rules: Partial<TCountyRules>; today: string }[] = [
      { rules: {}, today: addDays(to, 30) },
      { rules: { holidays }, today: addDays(to, 30) },
      { rules: { holidays }, today: `${year}-07-16` },
      { rules: { holidays, weekDays: 7, weekNights: 7 }, today: `${year}-11-02` },
      { rules: { holidays, weekDays: 3, weekNights: 6 }, today: addDays(to, 1) },
      { rules: { weekDays: 0, weekNights: 0 }, today: addDays(to, 30) },
      { rules: { holidays }, today: from },
      // an adjusted working day (调休) listed as a holiday too is not excused
      { rules: { holidays, workdays: [`${year}-10-01`, addDays(from, -1)] }, today: addDays(to, 30) },
    ];
    let complying = 0;
    let notComplying = 0;
    for (const c of cases) {
      const rules = { ...DEFAULT_COUNTY_RULES, ...c.rules };
      const input: TYearCountsInput = {
        ranges: people.flatMap((p) => p.ranges.map((r) => ({ personId: p.personId, ...r }))),
        from,
        to,
        mondays: mondaysWithin(from, to),
        today: c.today,
        holidays: rules.holidays,
        workdays: rules.workdays,
        weekDays: rules.weekDays,
        weekNights: rules.weekNights,
      };
      const counted = await findYearCounts(t.database.db, input);
      const expected = (await reference(rules, c.today)).map(({ rate: _, logRate: __, ...n }) => n);
      expect(
        counted.sort((a, b) => a.personId - b.personId),
        JSON.stringify(c),
      ).toEqual(expected);
      for (const n of expected) {
        complying += n.complyingWeeks;
        notComplying += n.assessedWeeks - n.complyingWeeks;
      }
    }
    // the data reach both outcomes, and some people have weeks not assessed
    expect(complying).toBeGreaterThan(50);
    expect(notComplying).toBeGreaterThan(50);
  });

  it('reports the year per cadre through the API as the core rules do', async () => {
    const viewer = await t.signIn('viewer');
    const res = await viewer.request({
      method: 'GET',
      url: `/api/duty/compliance/year?year=${year}&division=${village}`,
    });
    expect(res.statusCode).toBe(200);
    const items = res.json<TComplianceYear>().items;
    // the year's rules, with the calendars of the years beside it (its first and last weeks reach into them)
    const ofYear = async (y: number) =>
      (await viewer.request({ method: 'GET', url: `/api/rules?year=${y}` })).json<TCountyRules>();
    const [before, own, after] = await Promise.all([+year - 1, +year, +year + 1].map(ofYear));
    const rules = {
      ...own!,
      holidays: [...before!.holidays, ...own!.holidays, ...after!.holidays],
      workdays: [...before!.workdays, ...own!.workdays, ...after!.workdays],
    };
    expect(own!.holidays.length).toBeGreaterThan(0);
    const expected = await reference(rules, localDate(t.clock.now()));
    for (const e of expected) {
      const item = items.find((i) => i.personId === e.personId);
      const inYear = people
        .find((p) => p.personId === e.personId)!
        .ranges.some((r) => r.start <= to && (r.end ?? to) >= from);
      if (!inYear) {
        expect(item).toBeUndefined();
        continue;
      }
      expect(item).toMatchObject({
        assessedWeeks: e.assessedWeeks,
        complyingWeeks: e.complyingWeeks,
        rate: e.rate,
        daysInVillage: e.daysInVillage,
        logRate: e.logRate,
      });
    }
  });
});
