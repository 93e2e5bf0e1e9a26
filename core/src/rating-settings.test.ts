import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ORG_CRITERIA,
  DEFAULT_RATING_CYCLE_SETTINGS,
  organisationPart,
  orgFormScore,
  recordsFromOf,
  recordsFromOutsideYear,
  ZRatingCycleSettings,
} from './rating-settings.ts';

describe('rating cycle settings', () => {
  it('accepts the defaults and refuses weights that do not sum to 100', () => {
    expect(ZRatingCycleSettings.safeParse(DEFAULT_RATING_CYCLE_SETTINGS).success).toBe(true);
    const bad = {
      ...DEFAULT_RATING_CYCLE_SETTINGS,
      weights: { quantitative: 70, organisation: 10, villagers: 19 },
    };
    expect(ZRatingCycleSettings.safeParse(bad).success).toBe(false);
    const order = {
      ...DEFAULT_RATING_CYCLE_SETTINGS,
      thresholds: { excellent: 75, competent: 75, basicallyCompetent: 60 },
    };
    expect(ZRatingCycleSettings.safeParse(order).success).toBe(false);
  });

  it('takes a records-from date, null by default and absent in an older cycle', () => {
    expect(DEFAULT_RATING_CYCLE_SETTINGS.recordsFrom).toBeNull();
    const { recordsFrom: _, ...older } = DEFAULT_RATING_CYCLE_SETTINGS;
    expect(ZRatingCycleSettings.safeParse(older).success).toBe(true);
    const set = { ...DEFAULT_RATING_CYCLE_SETTINGS, recordsFrom: '2026-07-01' };
    expect(ZRatingCycleSettings.parse(set).recordsFrom).toBe('2026-07-01');
    for (const bad of ['2026-7-1', '2026-02-30', '', 20260701])
      expect(ZRatingCycleSettings.safeParse({ ...set, recordsFrom: bad }).success).toBe(false);
  });

  it('counts the records from 1 January unless a date is set', () => {
    expect(recordsFromOf(DEFAULT_RATING_CYCLE_SETTINGS, 2026)).toBe('2026-01-01');
    expect(recordsFromOf({}, 2026)).toBe('2026-01-01');
    expect(recordsFromOf({ recordsFrom: '2026-07-01' }, 2026)).toBe('2026-07-01');
  });

  it('takes a records-from date within the cycle’s year only, both ends included', () => {
    for (const fits of [null, undefined, '2026-01-01', '2026-12-31'])
      expect(recordsFromOutsideYear(2026, fits)).toBeNull();
    for (const outside of ['2025-12-31', '2027-01-01'])
      expect(recordsFromOutsideYear(2026, outside)).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });
});

describe('organisation evaluation', () => {
  it('weighs a form by the criteria: 德能勤绩廉 at 20 each is the mean', () => {
    expect(
      orgFormScore(DEFAULT_ORG_CRITERIA, {
        integrity: 90,
        ability: 80,
        diligence: 70,
        results: 60,
        honesty: 100,
      }),
    ).toBe(80);
    expect(
      orgFormScore(
        [
          { code: 'a', label: 'A', weight: 75 },
          { code: 'b', label: 'B', weight: 25 },
        ],
        { a: 100, b: 0 },
      ),
    ).toBe(75);
  });

  it('is the mean of the forms present, or null with none', () => {
    expect(organisationPart([])).toBeNull();
    expect(
      organisationPart([
        { evaluator: 'township', score: 90 },
        { evaluator: 'county', score: 81 },
      ]),
    ).toBe(85.5);
  });
});
