import { describe, expect, it } from 'vitest';
import { isWorkingDay } from './calendar.ts';

describe('isWorkingDay', () => {
  it('rests on weekends and holidays and works on adjusted working days', () => {
    const calendar = { holidays: ['2026-10-01'], workdays: ['2026-10-10'] };
    expect(isWorkingDay('2026-09-30', calendar)).toBe(true); // Wednesday
    expect(isWorkingDay('2026-10-01', calendar)).toBe(false); // National Day, a Thursday
    expect(isWorkingDay('2026-10-04', calendar)).toBe(false); // Sunday
    expect(isWorkingDay('2026-10-10', calendar)).toBe(true); // Saturday moved to work (调休)
  });
});
