import { dayNumber, dayNumberOf } from './posting.ts';
import { roundScore } from './rating.ts';

/**
 * 量化考核 (docs/rules.md §4.6): the quantitative part, computed from the year's records. Each indicator
 * is a result of the work scored 0–100, never an activity count (no log counts, time online or photos).
 */
export const QUANTITATIVE_INDICATORS = [
  'presence', // 五天四夜: complying weeks / assessed weeks
  'requests_on_time', // 群众诉求: resolved within their deadline / resolved or fallen due
  'request_satisfaction', // 群众满意度 of followed-up requests: satisfied 100, basically 60, dissatisfied 0
  'tasks_on_time', // 任务清单: done by the deadline / fallen due
  'projects', // 项目化帮扶: the assessed score of the projects led or claimed
  'rectification', // 整改: items closed by the deadline / fallen due
  'night_visits', // 夜访: night visits / the monthly target × months on duty, at most 100
] as const;
export type TQuantitativeIndicator = (typeof QUANTITATIVE_INDICATORS)[number];

/** Default weights of the indicators, summing to 100 (the cycle may set its own). */
export const DEFAULT_INDICATOR_WEIGHTS: Readonly<Record<TQuantitativeIndicator, number>> = {
  presence: 25,
  requests_on_time: 15,
  request_satisfaction: 10,
  tasks_on_time: 15,
  projects: 15,
  rectification: 10,
  night_visits: 10,
};

/** A share as counted from the records: `done` of `due`. */
export type TShare = { done: number; due: number };

/** The year's figures of one cadre, as read from the records (the snapshot a result is recomputed from). */
export type TQuantitativeInputs = {
  presence: TShare; // complying weeks of assessed weeks
  requestsOnTime: TShare;
  /** Satisfaction scores (100 / 60 / 0) of the followed-up requests. */
  satisfaction: readonly number[];
  tasksOnTime: TShare;
  /** The assessed scores (0–100) of the projects led or claimed. */
  projectScores: readonly number[];
  rectification: TShare;
  nightVisits: { visits: number; target: number };
  /** Upheld negative-list deductions, in points off the quantitative part. */
  deductions: number;
};

/** One indicator's line of the explanation: its score, or null when it had nothing to count. */
export type TIndicatorResult = {
  indicator: TQuantitativeIndicator;
  score: number | null;
  weight: number;
};

const share = (s: TShare) => (s.due > 0 ? (Math.min(s.done, s.due) * 100) / s.due : null);
const mean = (xs: readonly number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

/** Each indicator's score from the inputs; null when there was nothing to count (no request, no task due …). */
export function indicatorScores(inputs: TQuantitativeInputs): Record<TQuantitativeIndicator, number | null> {
  const { visits, target } = inputs.nightVisits;
  return {
    presence: share(inputs.presence),
    requests_on_time: share(inputs.requestsOnTime),
    request_satisfaction: mean(inputs.satisfaction),
    tasks_on_time: share(inputs.tasksOnTime),
    projects: mean(inputs.projectScores),
    rectification: share(inputs.rectification),
    night_visits: target > 0 ? Math.min(100, (visits * 100) / target) : null,
  };
}

/**
 * The quantitative part: Σ weight × indicator over the indicators that had something to count (an
 * empty indicator's weight moves pro rata onto the others, as a missing part's does), minus the upheld
 * deductions, never below 0. Null when no indicator had anything to count.
 */
export function quantitativeScore(
  inputs: TQuantitativeInputs,
  weights: Readonly<Record<TQuantitativeIndicator, number>> = DEFAULT_INDICATOR_WEIGHTS,
): { score: number; beforeDeductions: number; indicators: TIndicatorResult[] } | null {
  const scores = indicatorScores(inputs);
  const indicators = QUANTITATIVE_INDICATORS.map((indicator) => ({
    indicator,
    score: scores[indicator] === null ? null : roundScore(scores[indicator]),
    weight: weights[indicator],
  }));
  const counted = indicators.filter((i) => i.score !== null && i.weight > 0);
  const weightSum = counted.reduce((s, i) => s + i.weight, 0);
  if (weightSum <= 0) return null;
  const before = counted.reduce((s, i) => s + (i.weight * (i.score ?? 0)) / weightSum, 0);
  return {
    score: roundScore(Math.max(0, before - inputs.deductions)),
    beforeDeductions: roundScore(before),
    indicators,
  };
}

/** Days of a month a cadre must be posted for the month to carry 夜访's monthly target. */
export const MONTH_ON_DUTY_DAYS = 15;

/**
 * 夜访's months on duty (docs/rules.md §4.4): of the months from `from`'s to `to`'s that ended before
 * `asOf`, those the cadre was posted on at least MONTH_ON_DUTY_DAYS days, not counting days before
 * `from` (the cycle's `recordsFrom`). Given the window, it returns the count for a cadre's postings
 * (`end` null while one runs); the months are worked out once for all the cadres of a cycle.
 */
export function monthsOnDuty(w: {
  from: string;
  to: string;
  asOf: string;
}): (ranges: readonly { start: string; end: string | null }[]) => number {
  const from = dayNumber(w.from);
  const months: { counted: number; last: number; length: number }[] = [];
  for (let y = +w.from.slice(0, 4), m = +w.from.slice(5, 7) - 1; ; m++) {
    const first = dayNumberOf(y, m, 1);
    const last = dayNumberOf(y, m + 1, 0);
    if (first > dayNumber(w.to) || last >= dayNumber(w.asOf)) break;
    months.push({ counted: Math.max(first, from), last, length: last - first + 1 });
  }
  return (ranges) => {
    const spans = ranges.map((r) => [dayNumber(r.start), r.end ? dayNumber(r.end) : Infinity] as const);
    let count = 0;
    for (const { counted, last, length } of months) {
      let days = 0;
      for (const [start, end] of spans)
        if (start <= last && end >= counted) days += Math.min(end, last) - Math.max(start, counted) + 1;
      if (Math.min(days, length) >= MONTH_ON_DUTY_DAYS) count++;
    }
    return count;
  };
}
