import { describe, expect, it } from 'vitest';
import { isMentoringEligible } from './mentoring.ts';
import {
  addDays,
  addYears,
  daysBetween,
  firstSecretaryWarnings,
  fullYearsBetween,
  isTermEndingSoon,
  plannedEndOf,
  teamLeaderOf,
  teamWarnings,
  termEndingUntil,
  termOverdueDays,
} from './posting.ts';

describe('terms', () => {
  it('ends a default term two years after it starts', () => {
    expect(plannedEndOf('2022-08-25')).toBe('2024-08-25');
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });
  it('flags a term ending within 90 days, not one already past or further off', () => {
    expect(isTermEndingSoon('2026-12-31', '2026-11-29')).toBe(true);
    expect(isTermEndingSoon('2026-11-29', '2026-11-29')).toBe(true);
    expect(isTermEndingSoon('2027-02-27', '2026-11-29')).toBe(true); // day 90
    expect(isTermEndingSoon('2027-02-28', '2026-11-29')).toBe(false); // day 91
    expect(isTermEndingSoon('2026-11-28', '2026-11-29')).toBe(false);
    expect(isTermEndingSoon(null, '2026-11-29')).toBe(false);
  });
  it('counts the days a term has run past its planned end (任期已满 · 超期 N 天)', () => {
    expect(termOverdueDays('2026-11-28', '2026-11-29')).toBe(1);
    expect(termOverdueDays('2026-10-25', '2026-11-29')).toBe(35);
    expect(termOverdueDays('2024-02-28', '2024-03-01')).toBe(2); // across a leap day
    expect(termOverdueDays('2025-12-31', '2026-01-01')).toBe(1);
    expect(termOverdueDays('2026-11-29', '2026-11-29')).toBeNull(); // the last day is still within the term
    expect(termOverdueDays('2027-01-01', '2026-11-29')).toBeNull();
    expect(termOverdueDays(null, '2026-11-29')).toBeNull();
  });
  it('never calls a term both ending soon and overdue', () => {
    for (let d = -100; d <= 100; d++) {
      const end = addDays('2026-11-29', d);
      expect(isTermEndingSoon(end, '2026-11-29') && termOverdueDays(end, '2026-11-29') !== null).toBe(false);
    }
  });
});

describe('full years', () => {
  it('counts a birthday only once it has come', () => {
    expect(fullYearsBetween('1991-11-29', '2026-11-28')).toBe(34);
    expect(fullYearsBetween('1991-11-29', '2026-11-29')).toBe(35);
    expect(fullYearsBetween('2000-02-29', '2035-02-28')).toBe(34);
    expect(fullYearsBetween('2000-02-29', '2035-03-01')).toBe(35);
  });
});

describe('mentoring eligibility (docs/rules.md §4.5)', () => {
  const young = {
    category: 'graduate_official',
    birthDate: '1991-11-30',
    educationLevel: 'bachelor',
    fullTimeEducation: true,
  } as const;
  it('takes the three categories under 35 with a full-time bachelor’s degree', () => {
    expect(isMentoringEligible(young, '2026-11-29')).toBe(true);
  });
  it('stops on the 35th birthday', () => {
    expect(isMentoringEligible(young, '2026-11-30')).toBe(false);
  });
  it('needs full-time study, a bachelor’s or higher, and one of the categories', () => {
    expect(isMentoringEligible({ ...young, fullTimeEducation: false }, '2026-11-29')).toBe(false);
    expect(isMentoringEligible({ ...young, educationLevel: 'junior_college' }, '2026-11-29')).toBe(false);
    expect(isMentoringEligible({ ...young, educationLevel: 'master' }, '2026-11-29')).toBe(true);
    expect(isMentoringEligible({ ...young, category: 'first_secretary' }, '2026-11-29')).toBe(false);
  });
});

describe('work teams', () => {
  const m = (personId: number, category: 'first_secretary' | 'team_member', isTeamLeader = false) => ({
    personId,
    category,
    isTeamLeader,
  });
  it('warns when a team has fewer than 3 people or no first secretary', () => {
    expect(teamWarnings([m(1, 'first_secretary'), m(2, 'team_member'), m(3, 'team_member')])).toEqual([]);
    expect(teamWarnings([m(1, 'first_secretary'), m(2, 'team_member')])).toEqual(['team_too_small']);
    expect(teamWarnings([m(2, 'team_member'), m(3, 'team_member'), m(4, 'team_member')])).toEqual([
      'no_first_secretary',
    ]);
    expect(teamWarnings([])).toEqual([]);
  });
  it('leads with the marked leader, else the first secretary', () => {
    expect(teamLeaderOf([m(2, 'team_member'), m(1, 'first_secretary')])?.personId).toBe(1);
    expect(teamLeaderOf([m(2, 'team_member', true), m(1, 'first_secretary')])?.personId).toBe(2);
  });
  it('warns about a first secretary’s short Party membership or work experience', () => {
    expect(
      firstSecretaryWarnings({ partyJoinDate: '2020-07-01', workStartDate: '2015-08-01' }, '2022-08-25'),
    ).toEqual([]);
    expect(
      firstSecretaryWarnings({ partyJoinDate: '2022-01-01', workStartDate: '2021-08-01' }, '2022-08-25'),
    ).toEqual(['party_membership_under_1_year', 'work_experience_under_2_years']);
  });
});

describe('calendar days', () => {
  it('moves across month, year and leap-day boundaries', () => {
    expect(addDays('2026-11-29', 90)).toBe('2027-02-27');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
    expect(daysBetween('2025-12-31', '2026-01-01')).toBe(1);
    expect(daysBetween('2026-01-01', '2025-12-31')).toBe(-1);
    expect(termEndingUntil('2026-11-29')).toBe('2027-02-27');
  });
});
