import { describe, expect, it } from 'vitest';
import {
  addMonths,
  admonishmentDates,
  admonishmentInEffect,
  priorityPlacement,
  type TPriorityCandidate,
  tenureStars,
} from './rating-follow.ts';

describe('months and the admonishment’s dates', () => {
  it('adds months, falling back to the month’s last day', () => {
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2026-11-15', 3)).toBe('2027-02-15');
    expect(addMonths('2026-03-01', -3)).toBe('2025-12-01');
  });

  it('keeps an admonishment in effect for its months, its last day included, and gives three months to rectify', () => {
    const dates = admonishmentDates('2026-03-01', 6);
    expect(dates).toEqual({ effectiveUntil: '2026-08-31', deadline: '2026-06-01' });
    const a = { issuedOn: '2026-03-01', ...dates };
    expect(admonishmentInEffect(a, '2026-02-28')).toBe(false);
    expect(admonishmentInEffect(a, '2026-03-01')).toBe(true);
    expect(admonishmentInEffect(a, '2026-08-31')).toBe(true);
    expect(admonishmentInEffect(a, '2026-09-01')).toBe(false);
  });

  it('lasts the day of issue alone when the county sets no months', () => {
    expect(admonishmentDates('2026-03-01', 0).effectiveUntil).toBe('2026-03-01');
  });
});

describe('stars over the tenure', () => {
  const years = [
    { year: 2023, grade: 'excellent' as const, stars: 2, awardStars: 0 },
    { year: 2024, grade: 'basically_competent' as const, stars: 0, awardStars: 0 },
    { year: 2025, grade: 'incompetent' as const, stars: 0, awardStars: 0 },
  ];

  it('counts the years from the tenure’s first year on', () => {
    expect(tenureStars(years, '2022-09-01').stars).toBe(2);
    expect(tenureStars(years, '2024-03-15')).toMatchObject({ stars: 0, needsAdmonishment: true });
    expect(tenureStars(years, '2024-03-15').years.map((y) => y.year)).toEqual([2024, 2025]);
  });

  it('stops at the year asked (a cycle being confirmed looks no further)', () => {
    expect(tenureStars(years, '2023-01-01', 2024)).toMatchObject({ stars: 2, needsAdmonishment: false });
  });

  it('needs a confirmed year before anyone is admonished', () => {
    expect(tenureStars(years, '2026-01-01')).toMatchObject({ stars: 0, needsAdmonishment: false });
  });

  it('counts every year of someone never posted', () => {
    expect(tenureStars(years, null).stars).toBe(2);
  });
});

describe('priority placement', () => {
  const civil: TPriorityCandidate = {
    personId: 1,
    personnelStatus: 'civil_servant',
    stars: 2,
    admonishedUntil: [],
    lastYearGrade: 'competent',
  };

  it('puts two stars or more on the lists of the personnel status', () => {
    expect(priorityPlacement(civil, '2026-03-01')).toEqual({
      on: ['post_selection', 'rank_promotion'],
      excluded: null,
    });
    expect(priorityPlacement({ ...civil, personnelStatus: 'institution_staff' }, '2026-03-01')?.on).toEqual([
      'civil_service_transfer',
    ]);
  });

  it('leaves off one star, and a status that leads to no list', () => {
    expect(priorityPlacement({ ...civil, stars: 1 }, '2026-03-01')).toBeNull();
    expect(priorityPlacement({ ...civil, personnelStatus: 'other' }, '2026-03-01')).toBeNull();
    expect(priorityPlacement({ ...civil, personnelStatus: null }, '2026-03-01')).toBeNull();
  });

  it('names the exclusions: an admonishment in effect on the list’s date, a low grade last year', () => {
    const admonished = { ...civil, admonishedUntil: ['2026-03-01'] };
    expect(priorityPlacement(admonished, '2026-03-01')).toEqual({
      on: [],
      excluded: { lists: ['post_selection', 'rank_promotion'], because: ['admonishment_in_effect'] },
    });
    expect(priorityPlacement(admonished, '2026-03-02')?.excluded).toBeNull();
    const low = { ...admonished, lastYearGrade: 'basically_competent' as const };
    expect(priorityPlacement(low, '2026-03-01')?.excluded?.because).toEqual([
      'admonishment_in_effect',
      'low_grade_last_year',
    ]);
  });
});
