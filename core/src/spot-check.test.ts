import { describe, expect, it } from 'vitest';
import { DEFAULT_COUNTY_RULES, type TCountyRules } from './county-rules.ts';
import type { TAbsence } from './leave.ts';
import type { TPlace } from './place.ts';
import { addDays } from './posting.ts';
import { datesBetween, type TDayRecord } from './presence.ts';
import {
  answerRefusal,
  countedAbsences,
  drawSample,
  effectiveFinding,
  excusingAbsence,
  gradeCapFromAbsences,
  isDiscrepancy,
  isNightTime,
  mulberry32,
  restExcuse,
  SPOT_CHECK_FINDINGS,
  SPOT_CHECK_METHODS,
  spotCheckSlot,
  ZSpotCheckMethod,
} from './spot-check.ts';

describe('enums', () => {
  it('lists methods and findings', () => {
    expect(SPOT_CHECK_METHODS).toEqual(['on_site', 'video', 'phone']);
    expect(SPOT_CHECK_FINDINGS).toEqual(['present', 'absent', 'excused']);
    expect(ZSpotCheckMethod.safeParse('gps').success).toBe(false);
  });
});

describe('night time', () => {
  it('runs from 18:00 to 05:59', () => {
    expect(isNightTime('17:59')).toBe(false);
    expect(isNightTime('18:00')).toBe(true);
    expect(isNightTime('23:59')).toBe(true);
    expect(isNightTime('00:00')).toBe(true);
    expect(isNightTime('05:59')).toBe(true);
    expect(isNightTime('06:00')).toBe(false);
    expect(isNightTime('12:00')).toBe(false);
  });
  it('accepts a local minute with its date', () => {
    expect(isNightTime('2026-12-01 21:30')).toBe(true);
    expect(isNightTime('2026-12-01 09:30')).toBe(false);
  });
  it('gives the record a check is compared with: a night belongs to the date it starts on', () => {
    expect(spotCheckSlot('2026-12-01 09:30')).toEqual({ date: '2026-12-01', part: 'day' });
    expect(spotCheckSlot('2026-12-01 21:30')).toEqual({ date: '2026-12-01', part: 'night' });
    expect(spotCheckSlot('2026-12-02 02:00')).toEqual({ date: '2026-12-01', part: 'night' });
    expect(spotCheckSlot('2027-01-01 00:30')).toEqual({ date: '2026-12-31', part: 'night' });
    expect(spotCheckSlot('2026-12-02 06:00')).toEqual({ date: '2026-12-02', part: 'day' });
  });
});

describe('discrepancy', () => {
  const dayOnly: TDayRecord = { date: '2026-12-01', day: 'village', night: 'leave' };
  const nightOnly: TDayRecord = { date: '2026-12-01', day: 'absent', night: 'village' };
  it('is an absence found by day when the day is recorded in the village', () => {
    expect(isDiscrepancy('absent', '10:00', dayOnly)).toBe(true);
    expect(isDiscrepancy('absent', '10:00', nightOnly)).toBe(false);
    expect(isDiscrepancy('absent', '10:00', { ...dayOnly, day: 'official_duty' })).toBe(true);
  });
  it('is an absence found at night when the night is recorded in the village', () => {
    expect(isDiscrepancy('absent', '22:00', nightOnly)).toBe(true);
    expect(isDiscrepancy('absent', '2026-12-02 03:00', nightOnly)).toBe(true);
    expect(isDiscrepancy('absent', '22:00', dayOnly)).toBe(false);
  });
  it('is never a discrepancy when found present or excused, or without a record', () => {
    expect(isDiscrepancy('present', '10:00', dayOnly)).toBe(false);
    expect(isDiscrepancy('excused', '22:00', nightOnly)).toBe(false);
    expect(isDiscrepancy('absent', '10:00', null)).toBe(false);
  });
});

describe('grade caps from spot-check absences', () => {
  it('caps 0 → none, 1 → competent, 2 → basically competent, 3 or more → incompetent', () => {
    expect(gradeCapFromAbsences(0)).toBeNull();
    expect(gradeCapFromAbsences(1)).toBe('competent');
    expect(gradeCapFromAbsences(2)).toBe('basically_competent');
    expect(gradeCapFromAbsences(3)).toBe('incompetent');
    expect(gradeCapFromAbsences(4)).toBe('incompetent');
  });
  it('follows the county’s thresholds for the year', () => {
    const lenient = { competent: 2, basically_competent: 4, incompetent: 6 };
    expect(gradeCapFromAbsences(1, lenient)).toBeNull();
    expect(gradeCapFromAbsences(3, lenient)).toBe('competent');
    expect(gradeCapFromAbsences(5, lenient)).toBe('basically_competent');
    expect(gradeCapFromAbsences(6, lenient)).toBe('incompetent');
  });
});

describe('random sample', () => {
  const ids = Array.from({ length: 50 }, (_, i) => i + 1);
  it('gives numbers in [0, 1), the same for the same seed', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const xs = Array.from({ length: 100 }, () => a());
    expect(Array.from({ length: 100 }, () => b())).toEqual(xs);
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  });
  it('is the same draw for the same seed and differs for another', () => {
    expect(drawSample(ids, 10, 20261201)).toEqual(drawSample(ids, 10, 20261201));
    expect(drawSample(ids, 10, 20261201)).not.toEqual(drawSample(ids, 10, 20261202));
  });
  it('draws without repetition, only from the given ids', () => {
    for (let seed = 0; seed < 50; seed++) {
      const s = drawSample(ids, 20, seed);
      expect(s).toHaveLength(20);
      expect(new Set(s).size).toBe(20);
      expect(s.every((x) => ids.includes(x))).toBe(true);
    }
  });
  it('returns everything (shuffled) when asked for more, and nothing for zero', () => {
    const all = drawSample(ids, 80, 7);
    expect([...all].sort((a, b) => a - b)).toEqual(ids);
    expect(drawSample(ids, 0, 7)).toEqual([]);
    expect(drawSample(ids, -3, 7)).toEqual([]);
    expect(drawSample([], 5, 7)).toEqual([]);
  });
  it('does not change the input and spreads over the ids', () => {
    const copy = [...ids];
    const seen = new Set<number>();
    for (let seed = 0; seed < 200; seed++) for (const x of drawSample(ids, 5, seed)) seen.add(x);
    expect(ids).toEqual(copy);
    expect(seen.size).toBe(50);
  });
});

describe('a check on a day of approved leave or official duty', () => {
  const leave: TAbsence = {
    kind: 'leave',
    startDate: '2026-12-14',
    endDate: '2026-12-16',
    state: 'approved',
  };
  const duty: TAbsence = {
    kind: 'official_duty',
    startDate: '2026-12-02',
    endDate: '2026-12-02',
    state: 'approved',
  };
  const waiting: TAbsence = {
    ...leave,
    startDate: '2026-12-20',
    endDate: '2026-12-21',
    state: 'pending_township',
  };
  const refused: TAbsence = { ...leave, startDate: '2026-12-22', endDate: '2026-12-22', state: 'rejected' };
  const all = [leave, duty, waiting, refused];

  it('is excused by approved leave or official duty covering its date, ends included', () => {
    expect(excusingAbsence(all, '2026-12-14')).toBe(leave);
    expect(excusingAbsence(all, '2026-12-16')).toBe(leave);
    expect(excusingAbsence(all, '2026-12-02')).toBe(duty);
    expect(excusingAbsence(all, '2026-12-17')).toBeNull();
  });
  it('is not excused by leave still pending, rejected or withdrawn', () => {
    expect(excusingAbsence(all, '2026-12-20')).toBeNull();
    expect(excusingAbsence(all, '2026-12-22')).toBeNull();
  });
  it('turns "absent" into excused, and leaves other findings alone', () => {
    expect(effectiveFinding('absent', true)).toBe('excused');
    expect(effectiveFinding('absent', false)).toBe('absent');
    expect(effectiveFinding('present', true)).toBe('present');
  });
  it('never counts towards the grade cap', () => {
    const checks = [
      { finding: 'absent' as const, slotDate: '2026-12-15' }, // on leave
      { finding: 'absent' as const, slotDate: '2026-12-02' }, // on official duty
      { finding: 'absent' as const, slotDate: '2026-12-20' }, // leave not yet approved: counts
      { finding: 'present' as const, slotDate: '2026-12-03' },
    ];
    expect(countedAbsences(checks, all)).toBe(1);
    expect(gradeCapFromAbsences(countedAbsences(checks, all))).toBe('competent');
    expect(gradeCapFromAbsences(countedAbsences(checks.slice(0, 2), all))).toBeNull();
    expect(countedAbsences(checks, [])).toBe(3);
  });
});

describe('a check on the cadre’s rest', () => {
  // Monday 30 November 2026 to Sunday 6 December 2026
  const MON = '2026-11-30';
  const place = (c: string): TPlace => (c === 'v' ? 'village' : c === 'r' ? 'rest' : 'absent');
  /** One record a date from Monday: day and night letters (v village, r rest, a absent). */
  const week = (days: string, nights: string): TDayRecord[] =>
    [...days].map((d, i) => ({ date: addDays(MON, i), day: place(d), night: place(nights[i]!) }));
  const rules: TCountyRules = DEFAULT_COUNTY_RULES;
  // National Day 2026: 1–7 October rest, Saturday 10 October moved to work (调休)
  const holidays: TCountyRules = {
    ...rules,
    holidays: datesBetween('2026-10-01', '2026-10-07'),
    workdays: ['2026-09-20', '2026-10-10'],
  };
  const excuse = (
    date: string,
    part: 'day' | 'night',
    records: TDayRecord[],
    r = rules,
    excusedDates: string[] = [],
  ) => restExcuse({ date, part }, { records, excusedDates, rules: r });

  it('excuses the day part on a day the county rests, whatever was recorded', () => {
    const worked = week('vvvvvvv', 'vvvvvvv');
    expect(excuse('2026-12-05', 'day', worked)).toBe('rest_day'); // a Saturday
    expect(excuse('2026-12-06', 'day', [])).toBe('rest_day'); // a Sunday, nothing recorded
    expect(excuse('2026-12-04', 'day', week('vvvvrrr', 'vvvvrrr'))).toBeNull(); // a Friday: a working day
    expect(excuse('2026-10-02', 'day', [], holidays)).toBe('rest_day'); // a holiday on a Friday
    expect(excuse('2026-10-10', 'day', [], holidays)).toBeNull(); // a Saturday moved to work
  });
  it('excuses the night part on a night recorded as rest once the week has its four nights', () => {
    const four = week('vvvvvrr', 'vvvvrrr');
    expect(excuse('2026-12-04', 'night', four)).toBe('rest_night');
    expect(excuse('2026-12-05', 'night', four)).toBe('rest_night');
    // recorded 不在岗 on a night beyond the four: reports read it as rest, and so does the check
    expect(excuse('2026-12-04', 'night', week('vvvvvrr', 'vvvvarr'))).toBe('rest_night');
  });
  it('does not excuse a night the week still needs, a night not recorded as rest, or a night not yet recorded', () => {
    const three = week('vvvvvrr', 'vvvrrrr');
    expect(excuse('2026-12-03', 'night', three)).toBeNull(); // only three other nights in the village
    expect(excuse('2026-12-03', 'night', week('vvvvvrr', 'vvvvvrr'))).toBeNull(); // recorded in the village
    expect(excuse('2026-12-06', 'night', week('vvvvv', 'vvvvv'))).toBeNull(); // Sunday not recorded
    // an approved leave day lowers the week's nights: three are enough
    expect(excuse('2026-12-03', 'night', three, rules, ['2026-12-07'])).toBeNull(); // leave outside the week
    expect(excuse('2026-12-04', 'night', three, rules, ['2026-11-30'])).toBe('rest_night');
  });
  it('never counts towards the grade cap', () => {
    const checks = [
      { finding: 'absent' as const, slotDate: '2026-12-05', rest: true },
      { finding: 'absent' as const, slotDate: '2026-12-04', rest: true },
      { finding: 'absent' as const, slotDate: '2026-12-03', rest: false },
    ];
    expect(countedAbsences(checks, [])).toBe(1);
    expect(gradeCapFromAbsences(countedAbsences(checks.slice(0, 2), []))).toBeNull();
  });
});

describe('the cadre’s answer to a check', () => {
  it('is allowed once, on a check that found them absent', () => {
    expect(answerRefusal({ finding: 'absent', answer: null })).toBeNull();
    expect(answerRefusal({ finding: 'absent', answer: '当天在乡镇开会，已报备' })).toBe('answered');
    expect(answerRefusal({ finding: 'present', answer: null })).toBe('not_absent');
    expect(answerRefusal({ finding: 'excused', answer: null })).toBe('not_absent');
  });
});
