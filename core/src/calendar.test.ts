import { describe, expect, it } from 'vitest';
import { isWorkingDay, lastWorkingDayBefore } from './calendar.ts';

describe('isWorkingDay', () => {
  it('rests on weekends and holidays and works on adjusted working days', () => {
    const calendar = { holidays: ['2026-10-01'], workdays: ['2026-10-10'] };
    expect(isWorkingDay('2026-09-30', calendar)).toBe(true); // Wednesday
    expect(isWorkingDay('2026-10-01', calendar)).toBe(false); // National Day, a Thursday
    expect(isWorkingDay('2026-10-04', calendar)).toBe(false); // Sunday
    expect(isWorkingDay('2026-10-10', calendar)).toBe(true); // Saturday moved to work (调休)
  });
});

describe('lastWorkingDayBefore', () => {
  const calendar = {
    holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
    workdays: ['2026-09-20', '2026-10-10'],
  };
  it('is yesterday when yesterday works', () => {
    expect(lastWorkingDayBefore('2026-12-02', calendar)).toBe('2026-12-01');
  });
  it('goes back over weekends and holidays, and stops on an adjusted working day', () => {
    expect(lastWorkingDayBefore('2026-11-30', calendar)).toBe('2026-11-27'); // Monday → Friday
    expect(lastWorkingDayBefore('2026-10-08', calendar)).toBe('2026-09-30'); // after National Day
    expect(lastWorkingDayBefore('2026-09-21', calendar)).toBe('2026-09-20'); // a Sunday moved to work
  });
});
