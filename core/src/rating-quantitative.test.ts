import { describe, expect, it } from 'vitest';
import {
  indicatorScores,
  monthsOnDuty,
  quantitativeScore,
  type TQuantitativeInputs,
} from './rating-quantitative.ts';

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

describe('monthsOnDuty (夜访: the months the monthly target counts for)', () => {
  const year = { from: '2025-01-01', to: '2025-12-31', asOf: '2026-01-01' };
  const posted = (start: string, end: string | null = null) => ({ start, end });
  const onDuty = (ranges: { start: string; end: string | null }[], w: typeof year) => monthsOnDuty(w)(ranges);

  it('counts the year’s twelve months for a cadre posted all year, once the year is over', () => {
    expect(onDuty([posted('2024-12-01')], year)).toBe(12);
  });

  it('counts only the months ended before the day the records are read to', () => {
    expect(onDuty([posted('2024-12-01')], { ...year, asOf: '2025-07-20' })).toBe(6);
    expect(onDuty([posted('2024-12-01')], { ...year, asOf: '2025-07-31' })).toBe(6);
    expect(onDuty([posted('2024-12-01')], { ...year, asOf: '2025-08-01' })).toBe(7);
  });

  it('counts a month from 15 days posted in it, not from 14', () => {
    // June has 30 days: from the 16th, 15 days; from the 17th, 14
    expect(onDuty([posted('2025-06-16')], year)).toBe(7);
    expect(onDuty([posted('2025-06-17')], year)).toBe(6);
    // ended on 15 April: April counts; on 14 April it does not
    expect(onDuty([posted('2024-01-01', '2025-04-15')], year)).toBe(4);
    expect(onDuty([posted('2024-01-01', '2025-04-14')], year)).toBe(3);
  });

  it('adds the days of two postings in one month (a transfer)', () => {
    const moved = [posted('2024-01-01', '2025-03-08'), posted('2025-03-24')];
    // March: 8 + 8 days = 16 → counts
    expect(onDuty(moved, year)).toBe(12);
    const gap = [posted('2024-01-01', '2025-03-07'), posted('2025-03-25')];
    // 7 + 7 = 14 → March does not count
    expect(onDuty(gap, year)).toBe(11);
  });

  it('starts with the month of recordsFrom, counting none of its days before it', () => {
    expect(onDuty([posted('2024-12-01')], { ...year, from: '2025-03-10' })).toBe(10);
    expect(onDuty([posted('2024-12-01')], { ...year, from: '2025-03-18' })).toBe(9);
  });

  it('counts nothing for a year not yet begun or a posting that ended before it', () => {
    expect(onDuty([posted('2024-12-01')], { ...year, asOf: '2025-01-20' })).toBe(0);
    expect(onDuty([posted('2023-01-01', '2024-12-31')], year)).toBe(0);
  });
});
