import { describe, expect, it } from 'vitest';
import { DEFAULT_COUNTY_RULES } from './county-rules.ts';
import { publicHolidaysOf } from './holidays-cn.ts';
import {
  datesOutside,
  rowsForChange,
  rulesForComputing,
  rulesOfYear,
  type TStoredRules,
} from './rules-by-year.ts';

describe('the rules of a year', () => {
  it('are the defaults and the year’s published holidays while the county changed nothing', () => {
    const r = rulesOfYear([], 2026);
    expect(r).toMatchObject({ weekDays: 5, monthNightVisits: 4 });
    expect(r.holidays).toEqual(publicHolidaysOf(2026).holidays);
    expect(r.workdays).toEqual(publicHolidaysOf(2026).workdays);
    expect(rulesOfYear([], 2027).holidays).toEqual([]);
  });

  it('carry on from the nearest earlier year, with each year’s own holidays', () => {
    const stored: TStoredRules[] = [
      { year: 2026, rules: { ...DEFAULT_COUNTY_RULES, weekDays: 6, holidays: [] } },
    ];
    expect(rulesOfYear(stored, 2026)).toMatchObject({ weekDays: 6, holidays: [] });
    expect(rulesOfYear(stored, 2027)).toMatchObject({ weekDays: 6, holidays: [] }); // 2027: none published
    expect(rulesOfYear(stored, 2025).weekDays).toBe(5); // a change never reaches back
    expect(rulesOfYear(stored, 2025).holidays).toEqual(publicHolidaysOf(2025).holidays);
  });

  it('read the rules kept before years (row 0) for every year before the first of its own', () => {
    const stored: TStoredRules[] = [
      { year: 0, rules: { weekNights: 3, holidays: ['2024-10-01', '2025-10-01'], workdays: [] } },
      { year: 2026, rules: { weekNights: 3, holidays: [], workdays: [] } },
    ];
    expect(rulesOfYear(stored, 2024)).toMatchObject({
      weekNights: 3,
      holidays: ['2024-10-01'],
      workdays: [],
    });
    expect(rulesOfYear(stored, 2025).holidays).toEqual(['2025-10-01']);
    expect(rulesOfYear(stored, 2027).weekNights).toBe(3);
  });

  it('join the calendars of the years on either side for computing', () => {
    const r = rulesForComputing([], 2026);
    expect(r.holidays).toContain('2025-10-01');
    expect(r.holidays).toContain('2026-10-01');
    expect(r.workdays).toContain('2026-10-10');
    expect(new Set(r.holidays).size).toBe(r.holidays.length);
  });
});

describe('a change to a year', () => {
  const base = { ...DEFAULT_COUNTY_RULES, holidays: [], workdays: [] };
  it('writes the year and the later years that followed it, not those set apart', () => {
    const stored: TStoredRules[] = [
      { year: 2026, rules: base },
      { year: 2027, rules: { ...base, weekDays: 5, weekNights: 2, holidays: ['2027-01-01'] } },
    ];
    const before = rulesOfYear(stored, 2026);
    const next = { ...before, weekDays: 4, weekNights: 3, holidays: ['2026-10-01'] };
    const rows = rowsForChange(stored, 2026, before, next);
    expect(rows[0]).toEqual({ year: 2026, rules: next });
    // 2027 followed 2026 on weekDays (5), not on weekNights (2); its holidays stay its own
    expect(rows[1]?.rules).toMatchObject({ weekDays: 4, weekNights: 2, holidays: ['2027-01-01'] });
    expect(rows).toHaveLength(2);
  });
  it('refuses dates outside the year and a month either side', () => {
    expect(
      datesOutside(['2022-12-31', '2023-06-01', '2024-02-01'], { from: '2022-12-01', to: '2024-01-31' }),
    ).toEqual(['2024-02-01']);
  });
});
