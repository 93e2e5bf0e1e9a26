import { describe, expect, it } from 'vitest';
import {
  DEFAULT_ORG_CRITERIA,
  DEFAULT_RATING_CYCLE_SETTINGS,
  organisationPart,
  orgFormScore,
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
