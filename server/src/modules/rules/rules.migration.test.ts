import { readFileSync } from 'node:fs';
import { localDate, publicHolidaysOf, type TCountyRulesOfYear } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';

/** The statements of migration 0013 that move the rules kept so far into the rules kept by year. */
const moves = readFileSync(new URL('../../../drizzle/0013_county_rules_by_year.sql', import.meta.url), 'utf8')
  .split('--> statement-breakpoint')
  .filter((s) => !s.includes('CREATE TABLE'));

describe('the rules kept before years become those of the current year and every year before it', () => {
  let t: TTestApp;
  let admin: TClient;
  const current = Number(localDate(new Date()).slice(0, 4));
  beforeAll(async () => {
    t = await buildTestApp();
    admin = await t.signIn('admin');
  });
  afterAll(() => t.close());

  /** Stores `legacy` as the old settings document, runs the migration's moves, and lets the cache go. */
  async function migrate(legacy: Record<string, unknown>) {
    const db = t.database.db;
    await db.execute(sql`delete from county_rules`);
    await db.execute(sql`insert into app_settings (key, value) values ('county_rules', ${JSON.stringify(legacy)}::jsonb)
      on conflict (key) do update set value = excluded.value`);
    for (const statement of moves) await db.execute(sql.raw(statement));
    t.clock.advanceMinutes(1);
  }
  const rules = async (year: number) =>
    (await admin.request({ method: 'GET', url: `/api/rules?year=${year}` })).json<TCountyRulesOfYear>();

  it('keeps every old figure: the old values and holidays for this year and all before it', async () => {
    await migrate({ weekDays: 6, holidays: ['2024-10-01', `${current}-10-01`] });
    expect(await rules(2024)).toMatchObject({ weekDays: 6, holidays: ['2024-10-01'], workdays: [] });
    expect(await rules(current - 1)).toMatchObject({ weekDays: 6, workdays: [] });
    expect(await rules(current)).toMatchObject({ weekDays: 6, holidays: [`${current}-10-01`], workdays: [] });
    // the years after carry the values on, with their own published holidays
    expect(await rules(current + 1)).toMatchObject({ weekDays: 6, ...publicHolidaysOf(current + 1) });
    const left = await rowsOf(t.database.db, sql`select key from app_settings where key = 'county_rules'`);
    expect(left).toEqual([]);
  });

  it('keeps a county that never listed holidays without them until next year', async () => {
    await migrate({ termYears: 3 });
    expect(await rules(current)).toMatchObject({ termYears: 3, holidays: [], workdays: [] });
    expect(await rules(2022)).toMatchObject({ termYears: 3, holidays: [] });
    expect(await rules(current + 1)).toMatchObject({ termYears: 3, ...publicHolidaysOf(current + 1) });
  });
});
