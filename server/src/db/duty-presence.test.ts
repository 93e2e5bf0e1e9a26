import { addDays, daysBetween, isInVillage, mondaysOfYear, type TPlace } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TTestApp } from '../test/build-test-app.ts';
import { buildCadre } from '../test/cadre-factory.ts';
import { registerCadre } from '../test/factories.ts';
import { villagesOf } from '../test/task-factory.ts';
import { rowsOf, type TDb } from './client.ts';
import { WEEK_YEAR_DAYS } from './schema.ts';

type TDayRow = { village: string; date: string; day: TPlace; night: TPlace };

/** The ISO week-year of a date: the year whose Mondays (`mondaysOfYear`) include its week's Monday. */
function weekYearOf(date: string): number {
  for (const year of [Number(date.slice(0, 4)) - 1, Number(date.slice(0, 4)), Number(date.slice(0, 4)) + 1]) {
    const mondays = mondaysOfYear(year);
    if (date >= mondays[0]! && date <= addDays(mondays.at(-1)!, 6)) return year;
  }
  throw new Error(`no week-year for ${date}`);
}

/** What duty_presence should hold for one person's day records, written out from core's rules. */
function expected(rows: readonly TDayRow[]) {
  const out = new Map<string, { days: string[]; nights: string[] }>();
  for (const r of rows) {
    const year = weekYearOf(r.date);
    const key = `${year} ${r.village}`;
    const bits = out.get(key) ?? {
      days: Array(WEEK_YEAR_DAYS).fill('0'),
      nights: Array(WEEK_YEAR_DAYS).fill('0'),
    };
    const i = daysBetween(mondaysOfYear(year)[0]!, r.date);
    if (isInVillage(r.day)) bits.days[i] = '1';
    if (isInVillage(r.night)) bits.nights[i] = '1';
    out.set(key, bits);
  }
  return Object.fromEntries(
    [...out].map(([k, v]) => [k, { days: v.days.join(''), nights: v.nights.join('') }]),
  );
}

async function stored(db: TDb, personId: number) {
  const rows = await rowsOf<{ key: string; days: string; nights: string }>(
    db,
    sql`select week_year || ' ' || village_code as key, days::text as days, nights::text as nights
        from duty_presence where person_id = ${personId} and (days <> B'0'::bit(371) or nights <> B'0'::bit(371))`,
  );
  return Object.fromEntries(rows.map((r) => [r.key, { days: r.days, nights: r.nights }]));
}

async function recorded(db: TDb, personId: number): Promise<TDayRow[]> {
  return rowsOf<TDayRow>(
    db,
    sql`select village_code as village, to_char(date, 'YYYY-MM-DD') as date, day_place as day, night_place as night
        from duty_days where person_id = ${personId}`,
  );
}

/** The presence bitmaps the rating reads are kept by duty_days' triggers through every kind of write. */
describe('duty_presence follows the day records', () => {
  let t: TTestApp;

  beforeAll(async () => {
    t = await buildTestApp();
  });
  afterAll(() => t.close());

  it('sets, moves and clears the bits of each date as days are inserted, corrected and deleted', async () => {
    const db = t.database.db;
    const admin = await t.signIn('admin');
    const [village, other] = await villagesOf(db, '140622101', 2);
    const personId = (await registerCadre(admin, buildCadre({ posting: null }))).cadre.id;
    const check = async () =>
      expect(await stored(db, personId)).toEqual(expected(await recorded(db, personId)));

    // a bulk insert across two week-years (2020 has 53 weeks; 2021's first Monday is 2021-01-04)
    await db.execute(sql`
      insert into duty_days (person_id, village_code, date, day_place, night_place)
      select ${personId}, ${village}, d::date,
        (array['village','official_duty','leave','absent','village'])[1 + extract(doy from d)::int % 5],
        (array['absent','village','village','official_duty','leave','village','absent'])[1 + extract(doy from d)::int % 7]
      from generate_series(date '2020-12-20', date '2021-01-17', interval '1 day') d`);
    await check();
    expect(Object.keys(await stored(db, personId)).sort()).toEqual([`2020 ${village}`, `2021 ${village}`]);

    // corrections: a place, a date moved, a day moved to another village (one statement, several rows)
    await db.execute(sql`update duty_days set day_place = 'absent', night_place = 'absent'
      where person_id = ${personId} and date = '2020-12-28'`);
    await db.execute(
      sql`update duty_days set date = '2021-02-01' where person_id = ${personId} and date = '2021-01-17'`,
    );
    await db.execute(sql`update duty_days set village_code = ${other}
      where person_id = ${personId} and date between '2021-01-05' and '2021-01-08'`);
    await check();

    // the upsert a second save makes (insert … on conflict do update) and deletions
    await db.execute(sql`
      insert into duty_days (person_id, village_code, date, day_place, night_place)
      values (${personId}, ${village}, '2021-01-10', 'village', 'village'), (${personId}, ${village}, '2021-03-01', 'village', 'absent')
      on conflict (person_id, date) do update set day_place = excluded.day_place, night_place = excluded.night_place`);
    await check();
    await db.execute(sql`delete from duty_days where person_id = ${personId} and date < '2021-01-01'`);
    await check(); // 2021-01-01 … 03 are still week-year 2020's (its 53rd week)
    expect(Object.keys(await stored(db, personId))).toContain(`2020 ${village}`);
    await db.execute(sql`delete from duty_days where person_id = ${personId} and date < '2021-01-04'`);
    await check();
    expect(Object.keys(await stored(db, personId))).not.toContain(`2020 ${village}`);
  });

  it('keeps both of two writes to one person’s year made in overlapping transactions', async () => {
    const db = t.database.db;
    const admin = await t.signIn('admin');
    const [village] = await villagesOf(db, '140622101', 1);
    const personId = (await registerCadre(admin, buildCadre({ posting: null }))).cadre.id;
    const insertDay = (tx: TDb, date: string) =>
      tx.execute(sql`insert into duty_days (person_id, village_code, date, day_place, night_place)
        values (${personId}, ${village}, ${date}, 'village', 'village')`);
    let commitFirst = () => {};
    const held = new Promise<void>((resolve) => {
      commitFirst = resolve;
    });
    let inserted = () => {};
    const firstInserted = new Promise<void>((resolve) => {
      inserted = resolve;
    });
    const first = db.transaction(async (tx) => {
      await insertDay(tx, '2022-03-07');
      inserted();
      await held; // still open while the second writes
    });
    await firstInserted;
    const second = db.transaction((tx) => insertDay(tx, '2022-03-08'));
    // the second waits on the first's row of duty_presence before the first commits
    for (;;) {
      const [w] = await rowsOf<{ n: number }>(
        db,
        sql`select count(*)::int as n from pg_locks where not granted`,
      );
      if (w!.n > 0) break;
    }
    commitFirst();
    await Promise.all([first, second]);
    expect(await stored(db, personId)).toEqual(expected(await recorded(db, personId)));
    expect((await recorded(db, personId)).length).toBe(2);
  });
});
