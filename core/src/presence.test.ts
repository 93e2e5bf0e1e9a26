import { describe, expect, it } from 'vitest';
import type { TCountyRules } from './county-rules.ts';
import { DEFAULT_COUNTY_RULES } from './county-rules.ts';
import { datesCovered } from './leave.ts';
import { isInVillage, PLACES, type TPlace } from './place.ts';
import { addDays } from './posting.ts';
import type { TDayRecord } from './presence.ts';
import {
  assessWeek,
  assessWeeks,
  complianceRate,
  countDaysInVillage,
  datesBetween,
  isoWeekday,
  latestPerDate,
  mondaysOfYear,
  mondaysWithin,
  monthSummary,
  weekDates,
  weekStart,
  yearSummary,
  ZDayRecord,
} from './presence.ts';

const rules: TCountyRules = DEFAULT_COUNTY_RULES;
const rec = (date: string, day: TPlace, night: TPlace = day, updatedAt?: string): TDayRecord =>
  updatedAt ? { date, day, night, updatedAt } : { date, day, night };
/** Records for consecutive dates from `monday`, one per pattern letter: v village, o official duty, l leave, r rest, a absent. */
const week = (monday: string, days: string, nights = days): TDayRecord[] => {
  const place = (c: string): TPlace =>
    c === 'v' ? 'village' : c === 'o' ? 'official_duty' : c === 'l' ? 'leave' : c === 'r' ? 'rest' : 'absent';
  return [...days].map((c, i) => rec(addDays(monday, i), place(c), place(nights[i] ?? 'a')));
};
const AFTER = '2030-01-01';

describe('places', () => {
  it('counts the village and reported official duty as in the village, not leave, rest or absence', () => {
    expect(isInVillage('village')).toBe(true);
    expect(isInVillage('official_duty')).toBe(true);
    expect(isInVillage('leave')).toBe(false);
    expect(isInVillage('rest')).toBe(false);
    expect(isInVillage('absent')).toBe(false);
  });
  it('knows rest (休息) as a place of its own, apart from absence', () => {
    expect(PLACES).toContain('rest');
    expect(ZDayRecord.safeParse({ date: '2026-12-04', day: 'village', night: 'rest' }).success).toBe(true);
  });
  it('validates a day record', () => {
    expect(ZDayRecord.safeParse({ date: '2026-11-30', day: 'village', night: 'leave' }).success).toBe(true);
    expect(ZDayRecord.safeParse({ date: '2026-11-31', day: 'village', night: 'leave' }).success).toBe(false);
    expect(ZDayRecord.safeParse({ date: '2026-11-30', day: 'home', night: 'leave' }).success).toBe(false);
  });
});

describe('weeks run Monday to Sunday', () => {
  it('finds the Monday of a date', () => {
    expect(isoWeekday('2026-11-30')).toBe(1);
    expect(isoWeekday('2026-12-06')).toBe(7);
    expect(weekStart('2026-11-30')).toBe('2026-11-30'); // a Monday is its own week start
    expect(weekStart('2026-12-06')).toBe('2026-11-30'); // Sunday belongs to the week before it
    expect(weekStart('2026-12-07')).toBe('2026-12-07');
    expect(weekStart('2027-01-03')).toBe('2026-12-28'); // across the year end
    expect(weekStart('2027-01-01')).toBe('2026-12-28');
    expect(weekStart('2028-03-01')).toBe('2028-02-28'); // leap year
  });
  it('lists the seven dates of a week, across a month and a year end', () => {
    expect(weekDates('2026-12-28')).toEqual([
      '2026-12-28',
      '2026-12-29',
      '2026-12-30',
      '2026-12-31',
      '2027-01-01',
      '2027-01-02',
      '2027-01-03',
    ]);
    expect(weekDates('2028-02-28')).toContain('2028-02-29');
    expect(datesBetween('2026-11-30', '2026-11-29')).toEqual([]);
    expect(datesBetween('2026-11-30', '2026-11-30')).toEqual(['2026-11-30']);
  });
  it('lists the Mondays of whole weeks within a range only', () => {
    expect(mondaysWithin('2026-11-30', '2026-12-13')).toEqual(['2026-11-30', '2026-12-07']);
    expect(mondaysWithin('2026-12-01', '2026-12-13')).toEqual(['2026-12-07']); // starts on a Tuesday
    expect(mondaysWithin('2026-11-30', '2026-12-12')).toEqual(['2026-11-30']); // ends on a Saturday
    expect(mondaysWithin('2026-11-29', '2026-12-06')).toEqual(['2026-11-30']); // starts on a Sunday
    expect(mondaysWithin('2026-12-01', '2026-12-06')).toEqual([]);
  });
});

describe('a day recorded twice counts once', () => {
  it('keeps the record with the later updatedAt, wherever it stands in the list', () => {
    const out = latestPerDate([
      rec('2026-12-01', 'village', 'village', '2026-12-01T20:00:00Z'),
      rec('2026-11-30', 'village'),
      rec('2026-12-01', 'absent', 'absent', '2026-12-01T10:00:00Z'),
    ]);
    expect(out.map((r) => r.date)).toEqual(['2026-11-30', '2026-12-01']);
    expect(out[1]?.day).toBe('village');
  });
  it('keeps the later in the list when there is no updatedAt or they are equal', () => {
    expect(latestPerDate([rec('2026-12-01', 'absent'), rec('2026-12-01', 'leave')])).toEqual([
      rec('2026-12-01', 'leave'),
    ]);
    const t = '2026-12-01T10:00:00Z';
    expect(
      latestPerDate([rec('2026-12-01', 'absent', 'absent', t), rec('2026-12-01', 'village', 'village', t)])[0]
        ?.day,
    ).toBe('village');
  });
  it('does not count a duplicated day twice towards the week', () => {
    const records = [...week('2026-11-30', 'vvvvaaa'), rec('2026-12-03', 'village')];
    const w = assessWeek({ monday: '2026-11-30', records, excusedDates: [], today: AFTER, rules });
    expect(w.days).toBe(4);
    expect(w.status).toBe('not_complying');
    expect(countDaysInVillage(records, '2026-11-30', '2026-12-06')).toBe(4);
  });
  it('lets a correction turn a day into an absence', () => {
    const records = [
      ...week('2026-11-30', 'vvvvvaa', 'vvvvaaa'),
      rec('2026-12-04', 'absent', 'absent', '2026-12-05T09:00:00Z'),
    ];
    const w = assessWeek({ monday: '2026-11-30', records, excusedDates: [], today: AFTER, rules });
    expect(w).toMatchObject({ days: 4, nights: 4, status: 'not_complying' });
  });
});

describe('五天四夜 for one week', () => {
  const monday = '2026-11-30';
  const assess = (records: TDayRecord[], more: Partial<Parameters<typeof assessWeek>[0]> = {}) =>
    assessWeek({ monday, records, excusedDates: [], today: AFTER, rules, ...more });

  it('complies with five days and four nights', () => {
    expect(assess(week(monday, 'vvvvvaa', 'vvvvaaa'))).toEqual({
      monday,
      status: 'complying',
      days: 5,
      nights: 4,
      excused: 0,
      requiredDays: 5,
      requiredNights: 4,
    });
  });
  it('complies with two days and three nights of rest, which count neither way', () => {
    expect(assess(week(monday, 'vvvvvrr', 'vvvvrrr'))).toMatchObject({
      status: 'complying',
      days: 5,
      nights: 4,
      excused: 0,
    });
    expect(assess(week(monday, 'vvvvrrr', 'vvvrrrr'))).toMatchObject({
      status: 'not_complying',
      days: 4,
      nights: 3,
    });
  });
  it('counts official duty as in the village', () => {
    expect(assess(week(monday, 'vvoovaa', 'vvooaaa')).status).toBe('complying');
  });
  it('does not comply with four days, or with three nights', () => {
    expect(assess(week(monday, 'vvvvaaa', 'vvvvaaa')).status).toBe('not_complying');
    expect(assess(week(monday, 'vvvvvvv', 'vvvaaaa')).status).toBe('not_complying');
  });
  it('counts days without a record as not in the village', () => {
    const w = assess(week(monday, 'vvvv', 'vvvv'));
    expect(w).toMatchObject({ days: 4, nights: 4, status: 'not_complying' });
    expect(assess([]).days).toBe(0);
  });
  it('lowers both requirements by one for each approved leave day', () => {
    const w = assess(week(monday, 'vvvvlll', 'vvvllll'), { excusedDates: ['2026-12-04', '2026-12-05'] });
    expect(w).toMatchObject({ excused: 2, requiredDays: 3, requiredNights: 2, status: 'complying' });
    expect(
      assess(week(monday, 'vvlllll', 'vllllll'), { excusedDates: new Set(weekDates(monday)) }),
    ).toMatchObject({
      excused: 7,
      requiredDays: 0,
      requiredNights: 0,
      status: 'complying',
    });
  });
  it('ignores excused dates outside the week', () => {
    const w = assess(week(monday, 'vvvvaaa'), { excusedDates: ['2026-11-29', '2026-12-07'] });
    expect(w).toMatchObject({ excused: 0, requiredDays: 5 });
  });
  it('uses the county rules, not fixed numbers', () => {
    const easy: TCountyRules = { ...rules, weekDays: 4, weekNights: 3 };
    expect(assess(week(monday, 'vvvvaaa', 'vvvaaaa')).status).toBe('not_complying');
    expect(assess(week(monday, 'vvvvaaa', 'vvvaaaa'), { rules: easy })).toMatchObject({
      status: 'complying',
      requiredDays: 4,
      requiredNights: 3,
    });
  });
});

describe('county holidays', () => {
  // National Day 2026: 1–7 October; the week of 28 September holds four of its days.
  const nationalDay = datesBetween('2026-10-01', '2026-10-07');
  const holidayRules: TCountyRules = { ...rules, holidays: nationalDay };

  it('excuse the days of a holiday week', () => {
    const w = assessWeek({
      monday: '2026-09-28',
      records: week('2026-09-28', 'vaaaaaa', 'aaaaaaa'),
      excusedDates: [],
      today: AFTER,
      rules: holidayRules,
    });
    expect(w).toMatchObject({ excused: 4, requiredDays: 1, requiredNights: 0, status: 'complying' });
    const next = assessWeek({
      monday: '2026-10-05',
      records: week('2026-10-05', 'aaavvvv', 'aaavvva'),
      excusedDates: [],
      today: AFTER,
      rules: holidayRules,
    });
    expect(next).toMatchObject({ excused: 3, requiredDays: 2, requiredNights: 1, status: 'complying' });
  });
  it('excuse nothing when the county has not configured them', () => {
    const w = assessWeek({
      monday: '2026-09-28',
      records: week('2026-09-28', 'vaaaaaa', 'aaaaaaa'),
      excusedDates: [],
      today: AFTER,
      rules,
    });
    expect(w).toMatchObject({ excused: 0, status: 'not_complying' });
  });
  it('count a date that is both leave and a holiday once', () => {
    const w = assessWeek({
      monday: '2026-09-28',
      records: [],
      excusedDates: ['2026-09-30', '2026-10-01', '2026-10-02'],
      today: AFTER,
      rules: holidayRules,
    });
    expect(w.excused).toBe(5); // 30 Sep (leave) + 1–4 Oct (holiday, 1–2 Oct also leave)
    expect(w).toMatchObject({ requiredDays: 0, requiredNights: 0 });
  });
});

describe('weeks not assessed', () => {
  const monday = '2026-11-30';
  const full = week(monday, 'vvvvvvv');
  it('until the week is over: its Sunday must lie before today', () => {
    const base = { monday, records: full, excusedDates: [], rules };
    expect(assessWeek({ ...base, today: '2026-12-03' }).status).toBe('not_assessed');
    expect(assessWeek({ ...base, today: '2026-12-06' }).status).toBe('not_assessed'); // Sunday itself
    expect(assessWeek({ ...base, today: '2026-12-07' }).status).toBe('complying'); // the Monday after
  });
  it('still reports the counts of an unfinished week', () => {
    expect(assessWeek({ monday, records: full, excusedDates: [], rules, today: '2026-12-03' })).toMatchObject(
      {
        days: 7,
        nights: 7,
      },
    );
  });
  it('when the cadre was not posted for all seven days', () => {
    const base = { monday, records: full, excusedDates: [], rules, today: AFTER };
    // posted from Wednesday
    expect(assessWeek({ ...base, postedDates: datesBetween('2026-12-02', '2027-12-01') }).status).toBe(
      'not_assessed',
    );
    // posting ended on Saturday
    expect(
      assessWeek({ ...base, postedDates: new Set(datesBetween('2025-12-01', '2026-12-05')) }).status,
    ).toBe('not_assessed');
    expect(assessWeek({ ...base, postedDates: weekDates(monday) }).status).toBe('complying');
    expect(assessWeek({ ...base, postedDates: [] }).status).toBe('not_assessed');
  });
});

describe('weeks over a range', () => {
  it('splits leave from Friday to Tuesday: 3 days in one week, 2 in the next', () => {
    const leave = [
      { kind: 'leave' as const, startDate: '2026-11-27', endDate: '2026-12-01', state: 'approved' as const },
    ];
    const excusedDates = datesCovered(leave, '2026-11-23', '2026-12-06');
    const records = [
      ...week('2026-11-23', 'vvvvlll', 'vvvllll'),
      ...week('2026-11-30', 'llvvvva', 'llvvvaa'),
    ];
    const weeks = assessWeeks({
      from: '2026-11-23',
      to: '2026-12-06',
      records,
      excusedDates,
      today: AFTER,
      rules,
    });
    expect(weeks).toEqual([
      {
        monday: '2026-11-23',
        status: 'complying',
        days: 4,
        nights: 3,
        excused: 3,
        requiredDays: 2,
        requiredNights: 1,
      },
      {
        monday: '2026-11-30',
        status: 'complying',
        days: 4,
        nights: 3,
        excused: 2,
        requiredDays: 3,
        requiredNights: 2,
      },
    ]);
  });
  it('assesses the week across the year end (2026-12-28 … 2027-01-03) as one week', () => {
    const records = week('2026-12-28', 'vvvvvaa', 'vvvvaaa');
    const weeks = assessWeeks({
      from: '2026-12-21',
      to: '2027-01-10',
      records,
      excusedDates: [],
      today: '2027-01-05',
      rules: { ...rules, holidays: ['2027-01-01'] },
    });
    expect(weeks.map((w) => [w.monday, w.status])).toEqual([
      ['2026-12-21', 'not_complying'],
      ['2026-12-28', 'complying'],
      ['2027-01-04', 'not_assessed'],
    ]);
    expect(weeks[1]).toMatchObject({ days: 5, nights: 4, excused: 1, requiredDays: 4, requiredNights: 3 });
  });
  it('leaves out partial weeks at either end of the range', () => {
    const weeks = assessWeeks({
      from: '2026-12-01',
      to: '2026-12-19',
      records: [],
      excusedDates: [],
      today: AFTER,
      rules,
    });
    expect(weeks.map((w) => w.monday)).toEqual(['2026-12-07']);
  });
  it('applies the posting to every week', () => {
    const weeks = assessWeeks({
      from: '2026-11-30',
      to: '2026-12-13',
      records: [...week('2026-11-30', 'vvvvvvv'), ...week('2026-12-07', 'vvvvvvv')],
      excusedDates: [],
      postedDates: datesBetween('2026-12-03', '2027-12-31'),
      today: AFTER,
      rules,
    });
    expect(weeks.map((w) => w.status)).toEqual(['not_assessed', 'complying']);
  });
});

describe('compliance rate', () => {
  it('is complying weeks over assessed weeks', () => {
    expect(
      complianceRate([
        { status: 'complying' },
        { status: 'not_complying' },
        { status: 'not_assessed' },
        { status: 'complying' },
      ]),
    ).toBeCloseTo(2 / 3);
    expect(complianceRate([{ status: 'complying' }])).toBe(1);
    expect(complianceRate([{ status: 'not_complying' }])).toBe(0);
  });
  it('is null when no week was assessed', () => {
    expect(complianceRate([])).toBeNull();
    expect(complianceRate([{ status: 'not_assessed' }])).toBeNull();
  });
});

describe('month and year targets', () => {
  const monthOf = (month: string, n: number, place: TPlace = 'village') =>
    Array.from({ length: n }, (_, i) => rec(addDays(`${month}-01`, i), place, 'absent'));

  it('counts days in the village or on official duty within the range, both ends included', () => {
    const records = [
      rec('2026-11-30', 'village'),
      rec('2026-12-01', 'official_duty'),
      rec('2026-12-02', 'leave'),
    ];
    expect(countDaysInVillage(records, '2026-11-30', '2026-12-02')).toBe(2);
    expect(countDaysInVillage(records, '2026-12-01', '2026-12-01')).toBe(1);
    expect(countDaysInVillage(records, '2026-12-02', '2026-12-31')).toBe(0);
  });
  it('meets the month target at 20 days, not at 19', () => {
    expect(monthSummary(monthOf('2026-02', 20), '2026-02', rules)).toEqual({
      days: 20,
      target: 20,
      met: true,
    });
    expect(monthSummary(monthOf('2026-02', 19), '2026-02', rules)).toEqual({
      days: 19,
      target: 20,
      met: false,
    });
  });
  it('counts only the days of that month (the last day included, the next month not)', () => {
    const records = [
      rec('2026-01-31', 'village'),
      rec('2026-02-28', 'village'),
      rec('2026-03-01', 'village'),
    ];
    expect(monthSummary(records, '2026-02', rules).days).toBe(1);
    expect(monthSummary(records, '2026-01', rules).days).toBe(1);
    expect(monthSummary(monthOf('2026-12', 31, 'official_duty'), '2026-12', rules).days).toBe(31);
  });
  it('takes the month target from the county rules', () => {
    expect(monthSummary(monthOf('2026-02', 18), '2026-02', { ...rules, monthDays: 18 })).toEqual({
      days: 18,
      target: 18,
      met: true,
    });
  });
  it('meets the year target at 200 days, not at 199, and counts only that year', () => {
    const days = (from: string, n: number) =>
      Array.from({ length: n }, (_, i) => rec(addDays(from, i), 'village'));
    expect(yearSummary(days('2026-01-01', 200), '2026', rules)).toEqual({
      days: 200,
      target: 200,
      met: true,
    });
    expect(yearSummary(days('2026-01-01', 199), '2026', rules)).toEqual({
      days: 199,
      target: 200,
      met: false,
    });
    // 200 days ending on 2027-01-10: ten of them fall in 2027
    expect(yearSummary(days('2026-06-25', 200), '2026', rules).days).toBe(190);
    expect(yearSummary(days('2026-06-25', 200), '2027', { ...rules, yearDays: 10 })).toEqual({
      days: 10,
      target: 10,
      met: true,
    });
  });
});

describe('mondaysOfYear: every week in exactly one year, the year of its Thursday', () => {
  it('counts each Monday from 2019-12-30 to 2027-12-27 in one year of 2020–2027, and in the year of its Thursday', () => {
    const seen = new Map<string, number>();
    for (let year = 2020; year <= 2027; year++)
      for (const monday of mondaysOfYear(year)) {
        expect(seen.has(monday), monday).toBe(false);
        seen.set(monday, year);
        expect(addDays(monday, 3).slice(0, 4)).toBe(String(year));
      }
    // no week left out between the first and the last
    const mondays = [...seen.keys()].sort();
    expect(mondays[0]).toBe('2019-12-30');
    expect(mondays.at(-1)).toBe('2027-12-27');
    for (let i = 1; i < mondays.length; i++) expect(mondays[i]).toBe(addDays(mondays[i - 1]!, 7));
  });

  it('gives 2026 its 53 weeks, the week of 2026-12-28 among them, and 2020 its 53', () => {
    const weeks = (year: number) => mondaysOfYear(year).length;
    expect([2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027].map(weeks)).toEqual([
      53, 52, 52, 52, 52, 52, 53, 52,
    ]);
    expect(mondaysOfYear(2026)[0]).toBe('2025-12-29');
    expect(mondaysOfYear(2026).at(-1)).toBe('2026-12-28');
    expect(mondaysOfYear(2027)[0]).toBe('2027-01-04');
  });
});
