import { describe, expect, it } from 'vitest';
import { DEFAULT_COUNTY_RULES, type TCountyRules } from './county-rules.ts';
import type { TPlace } from './place.ts';
import { addDays } from './posting.ts';
import { datesBetween, type TDayRecord } from './presence.ts';
import { asReported, restOf } from './rest.ts';

const rules: TCountyRules = DEFAULT_COUNTY_RULES;
const LETTERS: Record<string, TPlace> = {
  v: 'village',
  o: 'official_duty',
  l: 'leave',
  r: 'rest',
  a: 'absent',
};
/** Records for consecutive dates from `from`, one per letter: v village, o official duty, l leave, r rest, a absent, - none. */
const days = (from: string, day: string, night = day): TDayRecord[] =>
  [...day].flatMap((c, i) =>
    c === '-' ? [] : [{ date: addDays(from, i), day: LETTERS[c]!, night: LETTERS[night[i] ?? 'a']! }],
  );

// Monday 30 November 2026 to Sunday 6 December 2026.
const MON = '2026-11-30';
const THU = '2026-12-03';
const FRI = '2026-12-04';
const SAT = '2026-12-05';
const SUN = '2026-12-06';

// National Day 2026: 1–7 October, Sunday 20 September and Saturday 10 October moved to work (调休).
const nationalDay = datesBetween('2026-10-01', '2026-10-07');
const holidayRules: TCountyRules = {
  ...rules,
  holidays: nationalDay,
  workdays: ['2026-09-20', '2026-10-10'],
};

describe('rest days', () => {
  const rest = (date: string, r: TCountyRules = rules) =>
    restOf({ date, records: [], excusedDates: [], rules: r }).day;

  it('rest on Saturdays and Sundays, work on the other days', () => {
    expect([MON, THU, FRI].map((d) => rest(d))).toEqual([false, false, false]);
    expect(rest(SAT)).toBe(true);
    expect(rest(SUN)).toBe(true);
  });
  it('rest on the county holidays and work on the weekend days moved to work (调休)', () => {
    expect(rest('2026-10-01', holidayRules)).toBe(true); // a Thursday
    expect(rest('2026-10-07', holidayRules)).toBe(true); // a Wednesday
    expect(rest('2026-09-30', holidayRules)).toBe(false);
    expect(rest('2026-10-10', holidayRules)).toBe(false); // a Saturday, moved to work
    expect(rest('2026-09-20', holidayRules)).toBe(false); // a Sunday, moved to work
    expect(rest('2026-10-11', holidayRules)).toBe(true);
  });
});

describe('rest nights: the nights beyond the week’s four', () => {
  const night = (date: string, records: TDayRecord[], more: Partial<Parameters<typeof restOf>[0]> = {}) =>
    restOf({ date, records, excusedDates: [], rules, ...more }).night;

  it('make Friday night rest after four nights in the village, and not before', () => {
    expect(night(FRI, days(MON, 'vvvv'))).toBe(true);
    expect(night(FRI, days(MON, 'vvva', 'vvva'))).toBe(false); // only three: Friday is a duty night
    expect(night(THU, days(MON, 'vvv'))).toBe(false);
    expect(night(MON, [])).toBe(false);
  });
  it('do not count the date’s own night towards the four', () => {
    expect(night(THU, days(MON, 'vvvv'))).toBe(false);
    expect(night(FRI, days(MON, 'vvvvv'))).toBe(true);
  });
  it('read only the date’s own week', () => {
    expect(night(MON, days('2026-11-23', 'vvvvvvv'))).toBe(false);
  });
  it('come sooner when approved leave lowers the requirement', () => {
    const records = days(MON, 'vvvl', 'vvvl');
    expect(night(FRI, records)).toBe(false);
    expect(night(FRI, records, { excusedDates: [THU] })).toBe(true);
  });
  it('follow the county’s number of nights', () => {
    expect(night(THU, days(MON, 'vvv'), { rules: { ...rules, weekNights: 3 } })).toBe(true);
  });
  it('are every night of a week the holidays excuse from nights', () => {
    // the week of 28 September holds four holiday dates: no night is required
    expect(night('2026-09-28', [], { rules: holidayRules })).toBe(true);
    expect(restOf({ date: '2026-09-28', records: [], excusedDates: [], rules: holidayRules })).toEqual({
      day: false,
      night: true,
    });
  });
});

describe('reports print rest, never 不在岗, for an absence on a rest day or night', () => {
  it('reads a normal week recorded with 不在岗 at the weekend and on Friday night as rest', () => {
    const out = asReported(days(MON, 'vvvvvaa', 'vvvvaaa'), { excusedDates: [], rules });
    expect(out.map((r) => `${r.day}/${r.night}`)).toEqual([
      'village/village',
      'village/village',
      'village/village',
      'village/village',
      'village/rest',
      'rest/rest',
      'rest/rest',
    ]);
  });
  it('keeps 不在岗 on a duty day, and on the nights a week short of four', () => {
    const out = asReported(days(MON, 'vaavvaa', 'vaavvaa'), { excusedDates: [], rules });
    expect(out.map((r) => r.day)).toEqual([
      'village',
      'absent',
      'absent',
      'village',
      'village',
      'rest',
      'rest',
    ]);
    expect(out.map((r) => r.night)).toEqual([
      'village',
      'absent',
      'absent',
      'village',
      'village',
      'absent',
      'absent',
    ]);
  });
  it('prints no 不在岗 in the National Day weeks recorded before rest existed', () => {
    const records = [
      ...days('2026-09-28', 'vvvaaaa', 'vvaaaaa'),
      ...days('2026-10-05', 'aaavvva', 'aaavvaa'),
    ];
    const out = asReported(records, { excusedDates: [], rules: holidayRules });
    expect(out).toHaveLength(14);
    expect(out.filter((r) => r.day === 'absent' || r.night === 'absent')).toEqual([]);
  });
  it('leaves rest, leave and the village as they were, one record per date', () => {
    const records = [
      ...days(MON, 'vlrvv', 'vlrvv'),
      { date: MON, day: 'absent' as const, night: 'absent' as const },
    ];
    const out = asReported(records, { excusedDates: [], rules });
    expect(out.map((r) => r.date)).toEqual(datesBetween(MON, FRI));
    expect(out[0]).toMatchObject({ day: 'absent', night: 'absent' });
    expect(out.slice(1).map((r) => r.day)).toEqual(['leave', 'rest', 'village', 'village']);
  });
});
