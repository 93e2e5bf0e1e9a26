import {
  CRITERIA_WEIGHT_TOTAL,
  PROJECT_LEVELS,
  projectScore,
  scoreProblems,
  type TCriterionScoreView,
  type TProjectLevel,
  type TProjectScoreResult,
  type TProjectState,
} from '@zhucun/core';
import { invalidField } from '../../errors.ts';
import type { TCriterionRow } from './project-standards.repository.ts';

/** States in which the township assesses a project each quarter: approved, filed, being implemented or accepted. */
export const ASSESSABLE_STATES: readonly TProjectState[] = ['approved', 'filed', 'in_progress', 'acceptance'];
/** States whose quarters are listed (due, missing …): from approval on. */
export const QUARTER_STATES: readonly TProjectState[] = [...ASSESSABLE_STATES, 'done', 'stopped'];
/** States in which the standard can no longer change at all. */
export const CLOSED_STATES: readonly TProjectState[] = ['done', 'stopped'];

export const atLeast = (level: TProjectLevel | null, min: TProjectLevel) =>
  level !== null && PROJECT_LEVELS.indexOf(level) >= PROJECT_LEVELS.indexOf(min);

/** `2026-Q3` → year and quarter. */
export function parseQuarter(quarter: string): { year: number; quarter: number } {
  return { year: Number(quarter.slice(0, 4)), quarter: Number(quarter.slice(6)) };
}
export const quarterLabel = (year: number, quarter: number) => `${year}-Q${quarter}` as const;

/** The criteria's weights sum to 100 exactly (400 naming the field otherwise). */
export function checkWeights(weights: readonly number[]): void {
  const total = weights.reduce((s, w) => s + w, 0);
  if (total !== CRITERIA_WEIGHT_TOTAL) throw invalidField('criteria', 'criteria_weight_total', { total });
}

/**
 * Every criterion scored once, and only the project's criteria (core `scoreProblems`), else 400
 * naming the criteria still missing.
 */
export function checkScores(
  criteria: readonly TCriterionRow[],
  scores: readonly { criterionId: number; score: number }[],
): void {
  const problems = scoreProblems(
    criteria.map((c) => ({ id: c.id, weight: c.weight })),
    scores,
  );
  if (problems.some((p) => p.code === 'unknown_criterion')) throw invalidField('scores', 'scores_unknown');
  if (problems.some((p) => p.code === 'duplicate_score')) throw invalidField('scores', 'scores_duplicate');
  const scored = new Set(scores.map((s) => s.criterionId));
  const missing = criteria.filter((c) => !scored.has(c.id)).map((c) => c.measure);
  if (missing.length) throw invalidField('scores', 'scores_missing', { measures: missing.join('”“') });
}

/** The score explained criterion by criterion (core `projectScore`); null when it cannot be computed. */
export function explain(
  criteria: readonly TCriterionRow[],
  scores: readonly Pick<TCriterionScoreView, 'criterionId' | 'score' | 'comment'>[],
): TProjectScoreResult | null {
  const standard = criteria.map((c) => ({ id: c.id, measure: c.measure, weight: c.weight }));
  const known = new Set(criteria.map((c) => c.id));
  const kept = scores.filter((s) => known.has(s.criterionId));
  if (scoreProblems(standard, kept).length > 0) return null;
  return projectScore(standard, kept);
}
