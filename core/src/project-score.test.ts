import { describe, expect, it } from 'vitest';
import {
  assessmentQuarters,
  projectScore,
  QUARTER_STATUS_LABELS,
  QUARTER_STATUSES,
  quarterDates,
  quarterOf,
  quartersBetween,
  roundHalfUp,
  scoreProblems,
  ZCriterionScore,
  ZCriterionWeight,
} from './project-score.ts';

const greenhouse = [
  { id: 1, measure: '新建蔬菜大棚', weight: 40 },
  { id: 2, measure: '带动脱贫户增收', weight: 35 },
  { id: 3, measure: '村集体经济收入', weight: 25 },
];

describe('roundHalfUp', () => {
  it('rounds a half up, on the decimal people read, not the binary one', () => {
    expect(roundHalfUp(72.25)).toBe(72.3);
    expect(roundHalfUp(80.15)).toBe(80.2); // 80.15 is 80.1499… in binary
    expect(roundHalfUp(80.14)).toBe(80.1);
    expect(roundHalfUp(1.005, 2)).toBe(1.01);
    expect(roundHalfUp(-2.25)).toBe(-2.3);
    expect(roundHalfUp(0)).toBe(0);
    expect(Object.is(roundHalfUp(-0.01), 0)).toBe(true);
  });
});

describe('criterion weights and scores', () => {
  it('takes weights above 0 up to 100 with two decimals, and scores 0–100 with one', () => {
    expect(ZCriterionWeight.safeParse(33.33).success).toBe(true);
    expect(ZCriterionWeight.safeParse(0.5).success).toBe(true);
    expect(ZCriterionWeight.safeParse(0).success).toBe(false);
    expect(ZCriterionWeight.safeParse(33.333).success).toBe(false);
    expect(ZCriterionWeight.safeParse(101).success).toBe(false);
    expect(ZCriterionScore.safeParse(0).success).toBe(true);
    expect(ZCriterionScore.safeParse(87.5).success).toBe(true);
    expect(ZCriterionScore.safeParse(100).success).toBe(true);
    expect(ZCriterionScore.safeParse(87.55).success).toBe(false);
    expect(ZCriterionScore.safeParse(-1).success).toBe(false);
    expect(ZCriterionScore.safeParse(100.1).success).toBe(false);
  });

  it('names every problem with the criterion it concerns', () => {
    expect(scoreProblems(greenhouse, [{ criterionId: 1, score: 80 }])).toEqual([]);
    expect(scoreProblems([])).toEqual([{ code: 'no_criteria' }]);
    expect(
      scoreProblems(
        [
          { id: 1, weight: 50 },
          { id: 1, weight: 0 },
        ],
        [
          { criterionId: 9, score: 50 },
          { criterionId: 1, score: 101 },
          { criterionId: 1, score: 50 },
        ],
      ),
    ).toEqual([
      { code: 'duplicate_criterion', criterionId: 1 },
      { code: 'bad_weight', criterionId: 1 },
      { code: 'unknown_criterion', criterionId: 9 },
      { code: 'bad_score', criterionId: 1 },
      { code: 'duplicate_score', criterionId: 1 },
    ]);
  });
});

describe('projectScore', () => {
  it('is the weighted mean, explained criterion by criterion', () => {
    const result = projectScore(greenhouse, [
      { criterionId: 1, score: 90, comment: '建成 12 座，目标 12 座' },
      { criterionId: 2, score: 80 },
      { criterionId: 3, score: 70 },
    ]);
    expect(result).toEqual({
      score: 81.5, // 36 + 28 + 17.5
      complete: true,
      partialScore: 81.5,
      scoredShare: 100,
      weightTotal: 100,
      normalised: false,
      parts: [
        { criterionId: 1, measure: '新建蔬菜大棚', weight: 40, share: 40, score: 90, contribution: 36 },
        { criterionId: 2, measure: '带动脱贫户增收', weight: 35, share: 35, score: 80, contribution: 28 },
        { criterionId: 3, measure: '村集体经济收入', weight: 25, share: 25, score: 70, contribution: 17.5 },
      ],
      missing: [],
    });
  });

  it('rounds the score once, to one decimal half up, from the exact sum', () => {
    const thirds = [
      { id: 1, measure: 'a', weight: 33.33 },
      { id: 2, measure: 'b', weight: 33.33 },
      { id: 3, measure: 'c', weight: 33.34 },
    ];
    const r = projectScore(thirds, [
      { criterionId: 1, score: 85 },
      { criterionId: 2, score: 85 },
      { criterionId: 3, score: 85.5 },
    ]);
    expect(r.weightTotal).toBe(100); // 33.33 + 33.33 + 33.34, not 99.99999…
    expect(r.normalised).toBe(false);
    expect(r.score).toBe(85.2); // 85.16670 → 85.2
    expect(r.parts.map((p) => p.contribution)).toEqual([28.33, 28.33, 28.51]);
    const half = projectScore(
      [
        { id: 1, measure: 'a', weight: 50 },
        { id: 2, measure: 'b', weight: 50 },
      ],
      [
        { criterionId: 1, score: 80.1 },
        { criterionId: 2, score: 80.2 },
      ],
    );
    expect(half.score).toBe(80.2); // 80.15 exactly → half up
  });

  it('scales weights that do not sum to 100 to shares of 100, and says so', () => {
    const r = projectScore(
      [
        { id: 1, measure: 'a', weight: 30 },
        { id: 2, measure: 'b', weight: 50 },
      ],
      [
        { criterionId: 1, score: 100 },
        { criterionId: 2, score: 60 },
      ],
    );
    expect(r.normalised).toBe(true);
    expect(r.weightTotal).toBe(80);
    expect(r.parts.map((p) => [p.share, p.contribution])).toEqual([
      [37.5, 37.5],
      [62.5, 37.5],
    ]);
    expect(r.score).toBe(75);
  });

  it('leaves the score out while a criterion is unscored, never counting it as 0', () => {
    const r = projectScore(greenhouse, [
      { criterionId: 1, score: 90 },
      { criterionId: 2, score: null },
    ]);
    expect(r.score).toBeNull();
    expect(r.complete).toBe(false);
    expect(r.missing).toEqual([2, 3]);
    expect(r.partialScore).toBe(90);
    expect(r.scoredShare).toBe(40);
    expect(r.parts[1]).toMatchObject({ criterionId: 2, share: 35, score: null, contribution: null });
    const none = projectScore(greenhouse, []);
    expect(none).toMatchObject({ score: null, partialScore: null, scoredShare: 0, missing: [1, 2, 3] });
  });

  it('counts a score of 0 as a score', () => {
    const r = projectScore(greenhouse, [
      { criterionId: 1, score: 0 },
      { criterionId: 2, score: 0 },
      { criterionId: 3, score: 100 },
    ]);
    expect(r).toMatchObject({ score: 25, complete: true, missing: [] });
  });

  it('refuses what scoreProblems refuses rather than compute a wrong number', () => {
    expect(() => projectScore(greenhouse, [{ criterionId: 4, score: 50 }])).toThrow(RangeError);
    expect(() => projectScore([], [])).toThrow(RangeError);
  });
});

describe('quarters', () => {
  it('knows the quarter of a date and its first and last day', () => {
    expect(quarterOf('2026-01-01')).toBe('2026-Q1');
    expect(quarterOf('2026-03-31')).toBe('2026-Q1');
    expect(quarterOf('2026-04-01')).toBe('2026-Q2');
    expect(quarterOf('2026-12-31')).toBe('2026-Q4');
    expect(quarterDates('2026-Q1')).toEqual({ from: '2026-01-01', to: '2026-03-31' });
    expect(quarterDates('2024-Q1')).toEqual({ from: '2024-01-01', to: '2024-03-31' });
    expect(quarterDates('2026-Q2')).toEqual({ from: '2026-04-01', to: '2026-06-30' });
    expect(quarterDates('2026-Q4')).toEqual({ from: '2026-10-01', to: '2026-12-31' });
  });

  it('lists the quarters between two dates across New Year', () => {
    expect(quartersBetween('2025-11-20', '2026-04-02')).toEqual(['2025-Q4', '2026-Q1', '2026-Q2']);
    expect(quartersBetween('2026-05-01', '2026-05-02')).toEqual(['2026-Q2']);
    expect(quartersBetween('2026-05-02', '2026-05-01')).toEqual([]);
  });

  it('says which quarters are assessed, running, due and missing', () => {
    const quarters = assessmentQuarters({
      start: '2025-08-15',
      today: '2026-04-10',
      assessed: ['2025-Q3'],
    });
    expect(quarters.map((q) => [q.quarter, q.status])).toEqual([
      ['2025-Q3', 'assessed'],
      ['2025-Q4', 'missing'], // ended 31 Dec, 15 days' grace long past
      ['2026-Q1', 'due'], // ended 31 Mar, 10 days ago
      ['2026-Q2', 'running'],
    ]);
    expect(quarters[2]).toMatchObject({ from: '2026-01-01', to: '2026-03-31' });
  });

  it('turns due into missing after the 15th day past the quarter, or the grace the county sets', () => {
    const at = (today: string, graceDays?: number) =>
      assessmentQuarters({ start: '2026-01-05', today, assessed: [], graceDays })[0]?.status;
    expect(at('2026-03-31')).toBe('running');
    expect(at('2026-04-15')).toBe('due');
    expect(at('2026-04-16')).toBe('missing');
    expect(at('2026-04-01', 0)).toBe('missing');
  });

  it('asks nothing after the project ended, and nothing before it starts', () => {
    const ended = assessmentQuarters({
      start: '2026-02-01',
      end: '2026-05-10',
      today: '2026-12-01',
      assessed: ['2026-Q1', '2026-Q2', '2026-Q3'],
    });
    expect(ended.map((q) => [q.quarter, q.status])).toEqual([
      ['2026-Q1', 'assessed'],
      ['2026-Q2', 'assessed'],
    ]);
    expect(assessmentQuarters({ start: '2027-01-01', today: '2026-12-01', assessed: [] })).toEqual([]);
  });

  it('names every quarter status in Chinese and English', () => {
    for (const s of QUARTER_STATUSES) expect(QUARTER_STATUS_LABELS[s].every((l) => l.length > 0)).toBe(true);
  });
});
