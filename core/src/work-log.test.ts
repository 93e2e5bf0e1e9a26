import { describe, expect, it } from 'vitest';
import { DEFAULT_COUNTY_RULES } from './county-rules.ts';
import type { TDayRecord } from './presence.ts';
import { editWindow, FOUR_ROLES, isWritable, logCompleteness, ZFourRole } from './work-log.ts';

const rules = DEFAULT_COUNTY_RULES;
const today = '2026-12-02';

describe('four roles', () => {
  it('lists the four roles and rejects others', () => {
    expect(FOUR_ROLES).toHaveLength(4);
    expect(ZFourRole.safeParse('dispute_mediator').success).toBe(true);
    expect(ZFourRole.safeParse('cheerleader').success).toBe(false);
  });
});

describe('edit window', () => {
  it('is today for today', () => {
    expect(editWindow(today, today, rules)).toBe('today');
  });
  it('is backfill (补记) from yesterday up to 3 days ago', () => {
    expect(editWindow('2026-12-01', today, rules)).toBe('backfill');
    expect(editWindow('2026-11-30', today, rules)).toBe('backfill');
    expect(editWindow('2026-11-29', today, rules)).toBe('backfill'); // 3 days ago
  });
  it('is locked from 4 days ago', () => {
    expect(editWindow('2026-11-28', today, rules)).toBe('locked');
    expect(editWindow('2025-12-02', today, rules)).toBe('locked');
  });
  it('is future from tomorrow', () => {
    expect(editWindow('2026-12-03', today, rules)).toBe('future');
  });
  it('crosses month and year ends', () => {
    expect(editWindow('2026-12-29', '2027-01-01', rules)).toBe('backfill');
    expect(editWindow('2026-12-28', '2027-01-01', rules)).toBe('locked');
  });
  it('follows the county backfill days', () => {
    expect(editWindow('2026-12-01', today, { backfillDays: 0 })).toBe('locked');
    expect(editWindow('2026-11-25', today, { backfillDays: 7 })).toBe('backfill');
    expect(editWindow('2026-11-24', today, { backfillDays: 7 })).toBe('locked');
  });
  it('allows writing today and backfill only', () => {
    expect(isWritable('today')).toBe(true);
    expect(isWritable('backfill')).toBe(true);
    expect(isWritable('locked')).toBe(false);
    expect(isWritable('future')).toBe(false);
  });
});

describe('log completeness', () => {
  const records: TDayRecord[] = [
    { date: '2026-11-30', day: 'village', night: 'village' },
    { date: '2026-12-01', day: 'official_duty', night: 'absent' },
    { date: '2026-12-02', day: 'leave', night: 'leave' },
    { date: '2026-12-03', day: 'absent', night: 'absent' },
    { date: '2026-12-04', day: 'village', night: 'village' },
    { date: '2026-12-05', day: 'village', night: 'village' },
  ];
  it('is days with an entry over duty days (in the village or on official duty)', () => {
    expect(
      logCompleteness(records, ['2026-11-30', '2026-12-01', '2026-12-04'], '2026-11-30', '2026-12-06'),
    ).toEqual({
      entries: 3,
      dutyDays: 4,
      rate: 0.75,
    });
  });
  it('does not count entries on leave or absent days, nor outside the range', () => {
    expect(
      logCompleteness(records, ['2026-12-02', '2026-12-03', '2026-11-29'], '2026-11-30', '2026-12-06'),
    ).toEqual({
      entries: 0,
      dutyDays: 4,
      rate: 0,
    });
    expect(
      logCompleteness(records, new Set(['2026-12-04', '2026-12-05']), '2026-12-04', '2026-12-05').rate,
    ).toBe(1);
  });
  it('counts a day recorded twice once', () => {
    const twice = [...records, { date: '2026-12-04', day: 'village' as const, night: 'absent' as const }];
    expect(logCompleteness(twice, ['2026-12-04', '2026-12-04'], '2026-12-04', '2026-12-04')).toEqual({
      entries: 1,
      dutyDays: 1,
      rate: 1,
    });
  });
  it('is null without duty days', () => {
    expect(logCompleteness(records, [], '2026-12-02', '2026-12-03')).toEqual({
      entries: 0,
      dutyDays: 0,
      rate: null,
    });
    expect(logCompleteness([], ['2026-12-02'], '2026-12-01', '2026-12-31').rate).toBeNull();
  });
});
