import { describe, expect, it } from 'vitest';
import { checkDayEntry } from './day-entry-check.ts';
import { dayWithNightInVillage, workFromVisit } from './night-visit.ts';

describe('marking a night visit’s night 在村', () => {
  it('sets only the night of a recorded day', () => {
    expect(
      dayWithNightInVillage({ day: 'official_duty', night: 'absent', work: '县里开会' }, '问收成'),
    ).toEqual({
      day: 'official_duty',
      night: 'village',
      work: '县里开会',
    });
    expect(dayWithNightInVillage({ day: 'rest', night: 'rest', work: '' }, '问收成')).toEqual({
      day: 'rest',
      night: 'village',
      work: '',
    });
  });

  it('changes nothing when the night is already 在村', () => {
    expect(dayWithNightInVillage({ day: 'village', night: 'village', work: '入户' }, '问收成')).toBeNull();
  });

  it('starts an unrecorded day as a new day, its work taken from the visit, so the day’s rules hold', () => {
    const day = dayWithNightInVillage(null, '  老人想办高龄补贴  ')!;
    expect(day).toEqual({ day: 'village', night: 'village', work: '夜访：老人想办高龄补贴' });
    const entry = { ...day, activities: '', rolePlayed: '', roles: [], photoIds: [] };
    expect(checkDayEntry(entry)).toEqual([]);
  });

  it('starts an unrecorded day the county rests as 休息 by day, 在村 by night', () => {
    const day = dayWithNightInVillage(null, '问收成', true)!;
    expect(day).toEqual({ day: 'rest', night: 'village', work: '夜访：问收成' });
    const entry = { ...day, activities: '', rolePlayed: '', roles: [], photoIds: [] };
    expect(checkDayEntry(entry)).toEqual([]);
  });

  it('keeps the work within the day’s limit', () => {
    expect(workFromVisit('听'.repeat(3000))).toHaveLength(2000);
  });
});
