import { describe, expect, it } from 'vitest';
import { indicatorScores, quantitativeScore, type TQuantitativeInputs } from './rating-quantitative.ts';

const none = { done: 0, due: 0 };
const empty: TQuantitativeInputs = {
  presence: none,
  requestsOnTime: none,
  satisfaction: [],
  tasksOnTime: none,
  projectScores: [],
  rectification: none,
  nightVisits: { visits: 0, target: 0 },
  deductions: 0,
};

describe('the quantitative part', () => {
  it('scores each indicator from its records', () => {
    const scores = indicatorScores({
      ...empty,
      presence: { done: 40, due: 50 },
      satisfaction: [100, 60, 100, 0],
      nightVisits: { visits: 30, target: 48 },
      projectScores: [80, 90],
    });
    expect(scores.presence).toBe(80);
    expect(scores.request_satisfaction).toBe(65);
    expect(scores.night_visits).toBe(62.5);
    expect(scores.projects).toBe(85);
    expect(scores.tasks_on_time).toBeNull();
  });

  it('counts night visits beyond the target as the target, never above 100', () => {
    expect(indicatorScores({ ...empty, nightVisits: { visits: 60, target: 48 } }).night_visits).toBe(100);
  });

  it('moves an empty indicator’s weight onto the others pro rata', () => {
    // presence 80 (weight 25) and night visits 100 (weight 10): (25 × 80 + 10 × 100) / 35 = 85.71
    const result = quantitativeScore({
      ...empty,
      presence: { done: 40, due: 50 },
      nightVisits: { visits: 50, target: 48 },
    });
    expect(result?.score).toBe(85.71);
    expect(result?.indicators.find((i) => i.indicator === 'tasks_on_time')?.score).toBeNull();
  });

  it('subtracts upheld deductions, never below 0', () => {
    const full = { ...empty, presence: { done: 50, due: 50 } };
    expect(quantitativeScore({ ...full, deductions: 5 })).toMatchObject({ score: 95, beforeDeductions: 100 });
    expect(quantitativeScore({ ...full, deductions: 150 })?.score).toBe(0);
  });

  it('has no score when nothing could be counted', () => {
    expect(quantitativeScore(empty)).toBeNull();
  });
});
