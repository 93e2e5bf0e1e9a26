import { z } from 'zod';
import type { TCodeLabels } from './code-labels.ts';
import { addDays } from './posting.ts';

/**
 * 一项目一标准 (docs/rules.md §4.7): a project's acceptance criteria, the score an assessment gives
 * each (0–100) and the project's score, the weighted mean of them, explained criterion by criterion.
 * Also the quarters a project must be assessed in (dynamic assessment, 每季度动态评估).
 */

const hasDecimals = (x: number, decimals: number): boolean => {
  const scaled = x * 10 ** decimals;
  return Math.abs(scaled - Math.round(scaled)) < 1e-9 * Math.max(1, Math.abs(scaled));
};

/** Rounds half up (away from zero) on the decimal value people read: 72.25 → 72.3, 80.15 → 80.2. */
export function roundHalfUp(value: number, decimals = 1): number {
  const f = 10 ** decimals;
  const scaled = Number((Math.abs(value) * f).toPrecision(12));
  return (Math.sign(value) * Math.round(scaled)) / f + 0;
}

/** A criterion's weight: above 0, at most 100, two decimals at most (33.33). Weights are meant to sum to 100. */
export const ZCriterionWeight = z
  .number()
  .positive()
  .max(100)
  .refine((w) => hasDecimals(w, 2), 'at most two decimals');
/** A criterion's score in an assessment: 0–100, one decimal at most. */
export const ZCriterionScore = z
  .number()
  .min(0)
  .max(100)
  .refine((s) => hasDecimals(s, 1), 'at most one decimal');

/** One acceptance criterion (验收标准): what is measured, the value to reach, its weight, the evidence asked for. */
export type TAcceptanceCriterion = {
  id: number;
  measure: string;
  target: string;
  weight: number;
  evidence: string;
};
/** An assessment's score of one criterion; `null` (or no entry) while it is not scored. */
export type TCriterionScore = { criterionId: number; score: number | null; comment?: string | null };

type TScoreProblemCode = 'no_criteria' | 'duplicate_criterion' | 'bad_weight' | 'unknown_criterion';
export type TScoreProblem = {
  code: TScoreProblemCode | 'duplicate_score' | 'bad_score';
  criterionId?: number;
};

/** What is wrong with a standard and an assessment of it (empty when the score can be computed). */
export function scoreProblems(
  criteria: readonly Pick<TAcceptanceCriterion, 'id' | 'weight'>[],
  scores: readonly TCriterionScore[] = [],
): TScoreProblem[] {
  const problems: TScoreProblem[] = [];
  if (criteria.length === 0) problems.push({ code: 'no_criteria' });
  const ids = new Set<number>();
  for (const c of criteria) {
    if (ids.has(c.id)) problems.push({ code: 'duplicate_criterion', criterionId: c.id });
    ids.add(c.id);
    if (!ZCriterionWeight.safeParse(c.weight).success)
      problems.push({ code: 'bad_weight', criterionId: c.id });
  }
  const scored = new Set<number>();
  for (const s of scores) {
    const id = s.criterionId;
    if (!ids.has(id)) problems.push({ code: 'unknown_criterion', criterionId: id });
    else if (scored.has(id)) problems.push({ code: 'duplicate_score', criterionId: id });
    scored.add(id);
    if (s.score !== null && !ZCriterionScore.safeParse(s.score).success)
      problems.push({ code: 'bad_score', criterionId: id });
  }
  return problems;
}

/** One line of the explanation: the criterion's weight, its share of 100, its score and what it adds. */
export type TScorePart = {
  criterionId: number;
  measure: string;
  weight: number;
  /** The weight as a share of the total, in percent (two decimals). */
  share: number;
  score: number | null;
  /** share × score / 100 (two decimals); null while not scored. */
  contribution: number | null;
};

export type TProjectScore = {
  /** Σ share × score / 100, one decimal half up; null while any criterion is unscored (never counted as 0). */
  score: number | null;
  complete: boolean;
  /** The weighted mean over the criteria scored so far (their weights alone), one decimal; null if none. */
  partialScore: number | null;
  /** The share of the total weight scored so far, in percent (two decimals). */
  scoredShare: number;
  weightTotal: number;
  /** True when the weights did not sum to 100 and were scaled to shares of 100. */
  normalised: boolean;
  parts: TScorePart[];
  /** The criteria without a score, in the standard's order. */
  missing: number[];
};

/** The project's score (docs/rules.md §4.7). Throws RangeError on input `scoreProblems` refuses. */
export function projectScore(
  criteria: readonly Pick<TAcceptanceCriterion, 'id' | 'measure' | 'weight'>[],
  scores: readonly TCriterionScore[],
): TProjectScore {
  const problems = scoreProblems(criteria, scores);
  if (problems.length > 0) throw new RangeError(`projectScore: ${JSON.stringify(problems)}`);
  const byId = new Map(scores.map((s) => [s.criterionId, s.score]));
  const weightTotal = roundHalfUp(
    criteria.reduce((sum, c) => sum + c.weight, 0),
    2,
  );
  let exact = 0;
  let scoredWeight = 0;
  let scoredSum = 0;
  const parts: TScorePart[] = criteria.map((c) => {
    const score = byId.get(c.id) ?? null;
    const share = (c.weight / weightTotal) * 100;
    if (score !== null) {
      exact += (share * score) / 100;
      scoredWeight += c.weight;
      scoredSum += c.weight * score;
    }
    return {
      criterionId: c.id,
      measure: c.measure,
      weight: c.weight,
      share: roundHalfUp(share, 2),
      score,
      contribution: score === null ? null : roundHalfUp((share * score) / 100, 2),
    };
  });
  const missing = parts.filter((p) => p.score === null).map((p) => p.criterionId);
  const complete = missing.length === 0;
  return {
    score: complete ? roundHalfUp(exact) : null,
    complete,
    partialScore: scoredWeight > 0 ? roundHalfUp(scoredSum / scoredWeight) : null,
    scoredShare: roundHalfUp((scoredWeight / weightTotal) * 100, 2),
    weightTotal,
    normalised: weightTotal !== 100,
    parts,
    missing,
  };
}

/** A calendar quarter, e.g. `2026-Q3` (July–September). */
export type TQuarter = `${number}-Q${1 | 2 | 3 | 4}`;

/** The quarter a date (`YYYY-MM-DD`) belongs to. */
export function quarterOf(date: string): TQuarter {
  return `${Number(date.slice(0, 4))}-Q${Math.ceil(Number(date.slice(5, 7)) / 3) as 1 | 2 | 3 | 4}`;
}

/** The first and last day of a quarter. */
export function quarterDates(quarter: TQuarter): { from: string; to: string } {
  const year = quarter.slice(0, 4);
  const first = (Number(quarter.slice(6)) - 1) * 3 + 1;
  const from = `${year}-${String(first).padStart(2, '0')}-01`;
  const next =
    first + 3 > 12 ? `${Number(year) + 1}-01-01` : `${year}-${String(first + 3).padStart(2, '0')}-01`;
  return { from, to: addDays(next, -1) };
}

/** Every quarter from the one of `from` to the one of `to`, both included (empty when `to` comes first). */
export function quartersBetween(from: string, to: string): TQuarter[] {
  const out: TQuarter[] = [];
  if (to < from) return out;
  const last = quarterOf(to);
  for (let q = quarterOf(from); ; q = quarterOf(addDays(quarterDates(q).to, 1))) {
    out.push(q);
    if (q === last) return out;
  }
}

/** Days after a quarter ends in which its assessment is still on time (our choice: 季后15日内). */
export const QUARTER_GRACE_DAYS = 15;

export const QUARTER_STATUSES = ['assessed', 'running', 'due', 'missing'] as const;
export type TQuarterStatus = (typeof QUARTER_STATUSES)[number];
export const QUARTER_STATUS_LABELS: TCodeLabels<TQuarterStatus> = {
  assessed: ['已评估', 'Assessed'],
  running: ['本季度进行中', 'Quarter running'],
  due: ['待评估', 'Due'],
  missing: ['逾期未评估', 'Missing'],
};

/**
 * The quarters a project is assessed in, from the quarter of its start to the quarter of today or of
 * its end (done or stopped), whichever comes first: assessed; running (not ended, may be assessed
 * already); due (ended less than `graceDays` ago); missing (later, with no assessment).
 */
export function assessmentQuarters(input: {
  start: string;
  end?: string | null;
  today: string;
  assessed: Iterable<string>;
  graceDays?: number;
}): { quarter: TQuarter; from: string; to: string; status: TQuarterStatus }[] {
  const assessed = new Set(input.assessed);
  const last = input.end && input.end < input.today ? input.end : input.today;
  const grace = input.graceDays ?? QUARTER_GRACE_DAYS;
  return quartersBetween(input.start, last).map((quarter) => {
    const { from, to } = quarterDates(quarter);
    const status: TQuarterStatus = assessed.has(quarter)
      ? 'assessed'
      : input.today <= to
        ? 'running'
        : input.today <= addDays(to, grace)
          ? 'due'
          : 'missing';
    return { quarter, from, to, status };
  });
}
