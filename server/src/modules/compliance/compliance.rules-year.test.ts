import {
  addDays,
  CN_PUBLIC_HOLIDAYS,
  datesBetween,
  isoWeekday,
  localDate,
  mondaysOfYear,
  type TComplianceWeek,
  type TComplianceYear,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { errorOf } from '../../test/factories.ts';

/** A closed year keeps its rules and its figures: a change to this year's rules never rewrites last year. */
describe('compliance is computed with the rules of the year it belongs to', () => {
  let t: TTestApp;
  let admin: TClient;
  let viewer: TClient;
  let village: string;
  let personId: number;
  const current = Number(localDate(new Date()).slice(0, 4));
  const last = current - 1;

  beforeAll(async () => {
    t = await buildTestApp();
    admin = await t.signIn('admin');
    viewer = await t.signIn('viewer');
    const db = t.database.db;
    const [v] = await rowsOf<{ code: string }>(
      db,
      sql`select code from divisions where level = 'village' order by code desc limit 1 offset 1`,
    );
    village = v!.code;
    const [person] = await rowsOf<{ id: number }>(
      db,
      sql`insert into persons (filed_under, name, gender, ethnicity, birth_date, id_number, phone, political_status,
        education_level, full_time_education, personnel_status)
      values (${village}, '年度规则', 'male', '汉族', '1988-01-01', 'R00000000000000001', '17900000099',
        'cpc_member', 'bachelor', true, 'civil_servant') returning id`,
    );
    personId = person!.id;
    await db.execute(sql`insert into postings (person_id, village_code, category, post_title, start_date)
      values (${personId}, ${village}, 'team_member', '队员', ${`${last - 1}-12-01`})`);
    // every week of last year and this one: Monday to Thursday, days and nights, in the village — four
    // days and four nights, short of five days
    const days = datesBetween(mondaysOfYear(last)[0]!, localDate(new Date()))
      .filter((d) => isoWeekday(d) <= 4)
      .map((d) => sql`(${personId}, ${village}, ${d}, 'village', 'village', '入户走访')`);
    await db.execute(
      sql`insert into duty_days (person_id, village_code, date, day_place, night_place, work) values ${sql.join(days, sql`, `)}`,
    );
  });
  afterAll(() => t.close());

  const yearOf = async (year: number) => {
    const res = await viewer.request({
      method: 'GET',
      url: `/api/duty/compliance/year?year=${year}&division=${village}`,
    });
    expect(res.statusCode).toBe(200);
    return res.json<TComplianceYear>().items.find((i) => i.personId === personId)!;
  };
  const weekOf = async (date: string) => {
    const res = await viewer.request({
      method: 'GET',
      url: `/api/duty/compliance?week=${date}&division=${village}`,
    });
    expect(res.statusCode).toBe(200);
    return res.json<TComplianceWeek>().items.find((i) => i.personId === personId)!;
  };

  it('leaves last year’s yearly and weekly compliance as it was when this year’s weekDays change', async () => {
    const lastYear = await yearOf(last);
    const thisYear = await yearOf(current);
    // a plain week of last year (no holiday) and of this year: four days do not make five
    const lastJune = await weekOf(`${last}-06-11`);
    const thisMarch = await weekOf(`${current}-03-11`);
    expect(lastYear.assessedWeeks).toBe(mondaysOfYear(last).length);
    expect(lastYear.complyingWeeks).toBeLessThan(lastYear.assessedWeeks);
    expect(lastJune).toMatchObject({ days: 4, requiredDays: 5, status: 'not_complying' });
    expect(thisMarch).toMatchObject({ days: 4, requiredDays: 5, status: 'not_complying' });

    const res = await admin.request({ method: 'PATCH', url: '/api/rules', payload: { weekDays: 4 } });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ year: current, weekDays: 4, closed: false });

    // last year: the same rules, the same figures
    expect(await yearOf(last)).toEqual(lastYear);
    expect(await weekOf(`${last}-06-11`)).toEqual(lastJune);
    // this year: every assessed week now complies
    const now = await yearOf(current);
    expect(now.complyingWeeks).toBe(now.assessedWeeks);
    expect(now.complyingWeeks).toBeGreaterThan(thisYear.complyingWeeks);
    expect(await weekOf(`${current}-03-11`)).toMatchObject({ requiredDays: 4, status: 'complying' });
    // the first week of this ISO year began in December of last year: it follows this year's rules
    const first = mondaysOfYear(current)[0]!;
    if (first < `${current}-01-01`) expect((await weekOf(first)).requiredDays).toBeLessThanOrEqual(4);

    // last year's rules are read-only
    const closed = await admin.request({
      method: 'PATCH',
      url: `/api/rules?year=${last}`,
      payload: { weekDays: 3 },
    });
    expect(closed.statusCode).toBe(409);
    expect(errorOf(closed).message).toBe(
      `${last} 年已经结束，当年的规则和按规则算出的结果保持不变，不能再修改`,
    );
    expect((await admin.request({ method: 'GET', url: `/api/rules?year=${last}` })).json()).toMatchObject({
      year: last,
      weekDays: 5,
      closed: true,
    });

    const back = await admin.request({ method: 'PATCH', url: '/api/rules', payload: { weekDays: 5 } });
    expect(back.statusCode).toBe(200);
  });

  it.runIf(CN_PUBLIC_HOLIDAYS[last])(
    'excuses the public holidays the State Council published for the year',
    async () => {
      // last year's National Day (published for 2022–2026) lowers its week's requirement
      const week = mondaysOfYear(last).find((m) => m <= `${last}-10-01` && addDays(m, 6) >= `${last}-10-01`)!;
      const w = await weekOf(week);
      expect(w.excused).toBeGreaterThan(0);
      expect(w.requiredDays).toBe(Math.max(0, 5 - w.excused));
    },
  );
});
