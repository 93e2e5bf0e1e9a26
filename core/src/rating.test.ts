import { describe, expect, it } from 'vitest';
import {
  applyCaps,
  applyExcellentQuota,
  awardStars,
  baseStars,
  DEFAULT_RATING_SETTINGS,
  effectiveWeights,
  excellentQuota,
  gradeOf,
  needsAdmonishment,
  priorityExclusions,
  priorityListsOf,
  type TQuotaEntry,
  totalScore,
} from './rating.ts';

const { weights, thresholds } = DEFAULT_RATING_SETTINGS;

describe('the total and the pro-rata weight move', () => {
  it('adds the parts with the weights 70/10/20', () => {
    expect(totalScore({ quantitative: 90, organisation: 80, villagers: 100 }, weights)?.total).toBe(91);
  });

  it('moves a missing part’s weight onto the parts present, pro rata', () => {
    const noVillagers = { quantitative: true, organisation: true, villagers: false };
    expect(effectiveWeights(weights, noVillagers)).toEqual({
      quantitative: 87.5,
      organisation: 12.5,
      villagers: 0,
    });
    // 90 × 0.875 + 80 × 0.125 = 88.75
    expect(totalScore({ quantitative: 90, organisation: 80, villagers: null }, weights)?.total).toBe(88.75);
    expect(totalScore({ quantitative: 77, organisation: null, villagers: null }, weights)?.total).toBe(77);
  });

  it('has no total when no part is present', () => {
    expect(totalScore({ quantitative: null, organisation: null, villagers: null }, weights)).toBeNull();
  });
});

describe('grades by thresholds', () => {
  it.each([
    [100, 'excellent'],
    [90, 'excellent'],
    [89.99, 'competent'],
    [75, 'competent'],
    [74.99, 'basically_competent'],
    [60, 'basically_competent'],
    [59.99, 'incompetent'],
    [0, 'incompetent'],
  ] as const)('%s is %s', (total, grade) => {
    expect(gradeOf(total, thresholds)).toBe(grade);
  });
});

describe('caps', () => {
  it('lowers the grade to the strictest cap and names what lowered it', () => {
    expect(
      applyCaps('excellent', [
        { cause: 'spot_check', cap: 'competent' },
        { cause: 'veto', cap: null },
      ]),
    ).toEqual({ grade: 'competent', cappedBy: ['spot_check'] });
    expect(
      applyCaps('excellent', [
        { cause: 'spot_check', cap: 'competent' },
        { cause: 'veto', cap: 'incompetent' },
      ]),
    ).toEqual({ grade: 'incompetent', cappedBy: ['spot_check', 'veto'] });
  });

  it('names no cap that did not lower the grade', () => {
    expect(applyCaps('basically_competent', [{ cause: 'spot_check', cap: 'competent' }])).toEqual({
      grade: 'basically_competent',
      cappedBy: [],
    });
  });
});

const entry = (
  id: number,
  total: number,
  grade = gradeOf(total, thresholds),
  quantitative = total,
): TQuotaEntry => ({
  id,
  total,
  quantitative,
  villagers: null,
  grade,
});

describe('the quota of excellent', () => {
  it('rounds 20% down: 10 assessed → 2, 14 → 2, 15 → 3', () => {
    expect(excellentQuota(10, 0.2)).toBe(2);
    expect(excellentQuota(14, 0.2)).toBe(2);
    expect(excellentQuota(15, 0.2)).toBe(3);
  });

  it('adjusts the lowest-scoring excess of excellent', () => {
    const all = [
      entry(1, 95),
      entry(2, 92),
      entry(3, 90.5),
      ...[4, 5, 6, 7, 8, 9, 10].map((i) => entry(i, 80)),
    ];
    expect([...applyExcellentQuota(all, 0.2)]).toEqual([3]);
  });

  it('leaves everyone when the excellent fit', () => {
    const all = [entry(1, 95), entry(2, 92), ...[3, 4, 5, 6, 7, 8, 9, 10].map((i) => entry(i, 70))];
    expect(applyExcellentQuota(all, 0.2).size).toBe(0);
  });

  it('breaks a tie on the total by the quantitative part', () => {
    const all = [entry(1, 95), entry(2, 91, 'excellent', 88), entry(3, 91, 'excellent', 93)];
    const rest = [4, 5, 6, 7, 8, 9, 10].map((i) => entry(i, 70));
    expect([...applyExcellentQuota([...all, ...rest], 0.2)]).toEqual([2]);
  });

  it('adjusts a tie at the boundary whole, so the quota is never exceeded', () => {
    const all = [
      entry(1, 95),
      entry(2, 91),
      entry(3, 91),
      ...[4, 5, 6, 7, 8, 9, 10].map((i) => entry(i, 70)),
    ];
    expect([...applyExcellentQuota(all, 0.2)].sort()).toEqual([2, 3]);
  });

  it('counts a capped cadre as assessed but not as excellent (caps come first)', () => {
    // 10 assessed, quota 2; the 99 is capped to competent by a spot check, so two 9x stay excellent
    const all = [
      entry(1, 99, 'competent'),
      entry(2, 93),
      entry(3, 92),
      ...[4, 5, 6, 7, 8, 9, 10].map((i) => entry(i, 70)),
    ];
    expect(applyExcellentQuota(all, 0.2).size).toBe(0);
  });
});

describe('stars', () => {
  it('gives 2 / 1 / 0 / 0 by grade', () => {
    expect(
      ['excellent', 'competent', 'basically_competent', 'incompetent'].map((g) => baseStars(g as never)),
    ).toEqual([2, 1, 0, 0]);
  });

  it('adds award stars: national +2, provincial +1, each', () => {
    const values = DEFAULT_RATING_SETTINGS.awardStars;
    expect(awardStars([], values)).toBe(0);
    expect(awardStars([{ level: 'national' }, { level: 'provincial' }], values)).toBe(3);
  });
});

describe('what follows', () => {
  it('maps personnel status to its lists', () => {
    expect(priorityListsOf('civil_servant')).toEqual(['post_selection', 'rank_promotion']);
    expect(priorityListsOf('institution_staff')).toEqual(['civil_service_transfer']);
    expect(priorityListsOf('other')).toEqual([]);
  });

  it('excludes an admonishment in effect up to its last day, and a low grade last year', () => {
    const base = { date: '2026-12-31', admonishedUntil: [] as string[], lastYearGrade: null };
    expect(priorityExclusions(base)).toEqual([]);
    expect(priorityExclusions({ ...base, admonishedUntil: ['2026-12-31'] })).toEqual([
      'admonishment_in_effect',
    ]);
    expect(priorityExclusions({ ...base, admonishedUntil: ['2026-12-30'] })).toEqual([]);
    expect(priorityExclusions({ ...base, lastYearGrade: 'competent' })).toEqual([]);
    expect(priorityExclusions({ ...base, lastYearGrade: 'basically_competent' })).toEqual([
      'low_grade_last_year',
    ]);
  });

  it('admonishes 0 stars in the tenure, not a tenure with one star', () => {
    expect(needsAdmonishment([0])).toBe(true);
    expect(needsAdmonishment([0, 0])).toBe(true);
    expect(needsAdmonishment([0, 1])).toBe(false);
    expect(needsAdmonishment([])).toBe(false);
  });
});
