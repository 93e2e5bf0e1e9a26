import { z } from 'zod';
import type { TCodeLabels } from './code-labels.ts';
import {
  AWARD_LEVELS,
  DEFAULT_RATING_SETTINGS,
  RATING_PARTS,
  roundScore,
  type TRatingSettings,
} from './rating.ts';
import {
  DEFAULT_INDICATOR_WEIGHTS,
  QUANTITATIVE_INDICATORS,
  type TQuantitativeIndicator,
} from './rating-quantitative.ts';

/**
 * A rating cycle's settings (docs/rules.md §4.6): the core settings, the quantitative indicators'
 * weights and the organisation evaluation's criteria. Kept on the cycle, frozen once its totals are
 * computed, so a closed year is always recomputed with the rules it was rated by.
 */

/** Who fills an organisation evaluation form: the township, the dispatching unit, the county organisation department. */
export const ORG_EVALUATORS = ['township', 'unit', 'county'] as const;
export const ZOrgEvaluator = z.enum(ORG_EVALUATORS);
export type TOrgEvaluator = z.infer<typeof ZOrgEvaluator>;

export const ORG_EVALUATOR_LABELS: TCodeLabels<TOrgEvaluator> = {
  township: ['乡镇党委', 'Township Party committee'],
  unit: ['派出单位', 'Dispatching unit'],
  county: ['县委组织部', 'County organisation department'],
};

/** A criterion of the organisation evaluation, e.g. 德 with weight 20. */
export const ZOrgCriterion = z.object({
  code: z.string().regex(/^[a-z][a-z0-9_]{0,31}$/),
  label: z.string().trim().min(1).max(20),
  weight: z.number().int().min(1).max(100),
});
export type TOrgCriterion = z.infer<typeof ZOrgCriterion>;

/** The default criteria: 德、能、勤、绩、廉, 20 each. */
export const DEFAULT_ORG_CRITERIA: readonly TOrgCriterion[] = [
  { code: 'integrity', label: '德', weight: 20 },
  { code: 'ability', label: '能', weight: 20 },
  { code: 'diligence', label: '勤', weight: 20 },
  { code: 'results', label: '绩', weight: 20 },
  { code: 'honesty', label: '廉', weight: 20 },
];

export type TRatingCycleSettings = TRatingSettings & {
  indicatorWeights: Record<TQuantitativeIndicator, number>;
  criteria: TOrgCriterion[];
  /**
   * 量化考核记录起算日: the first day whose records the quantitative part counts (a date of the cycle's
   * year, checked by the server), for a county that started using Zhucun during the year; null (or
   * absent, in an older cycle) is 1 January, the whole year.
   */
  recordsFrom?: string | null;
};

export const DEFAULT_RATING_CYCLE_SETTINGS: TRatingCycleSettings = {
  ...DEFAULT_RATING_SETTINGS,
  indicatorWeights: { ...DEFAULT_INDICATOR_WEIGHTS },
  criteria: DEFAULT_ORG_CRITERIA.map((c) => ({ ...c })),
  recordsFrom: null,
};

const ZScore = z.number().min(0).max(100);
const sumIs100 = (weights: Record<string, number>) =>
  Object.values(weights).reduce((s, w) => s + w, 0) === 100;

/** What the county may set on an open cycle; every weight set sums to 100 and the thresholds descend. */
export const ZRatingCycleSettings = z
  .object({
    weights: z
      .object(Object.fromEntries(RATING_PARTS.map((p) => [p, z.number().int().min(0).max(100)])))
      .refine((w) => sumIs100(w as Record<string, number>), 'weights_sum'),
    thresholds: z
      .object({ excellent: ZScore, competent: ZScore, basicallyCompetent: ZScore })
      .refine((t) => t.excellent > t.competent && t.competent > t.basicallyCompetent, 'thresholds_order'),
    excellentShare: z.number().min(0).max(1),
    awardStars: z.object(Object.fromEntries(AWARD_LEVELS.map((l) => [l, z.number().int().min(0).max(5)]))),
    minSurveySample: z.number().int().min(1).max(1000),
    admonishmentMonths: z.number().int().min(0).max(60),
    indicatorWeights: z
      .object(Object.fromEntries(QUANTITATIVE_INDICATORS.map((i) => [i, z.number().int().min(0).max(100)])))
      .refine((w) => sumIs100(w as Record<string, number>), 'weights_sum'),
    criteria: z
      .array(ZOrgCriterion)
      .min(1)
      .max(10)
      .refine((cs) => cs.reduce((s, c) => s + c.weight, 0) === 100, 'weights_sum')
      .refine((cs) => new Set(cs.map((c) => c.code)).size === cs.length, 'duplicate'),
    recordsFrom: z.iso.date().nullable().optional(),
  })
  .strict() as unknown as z.ZodType<TRatingCycleSettings>;

/** The first day whose records a cycle of `year` counts: its `recordsFrom`, or 1 January. */
export function recordsFromOf(settings: Pick<TRatingCycleSettings, 'recordsFrom'>, year: number): string {
  return settings.recordsFrom ?? `${year}-01-01`;
}

/** A `recordsFrom` outside the cycle's year: the year's first and last days to name; null when it fits. */
export function recordsFromOutsideYear(
  year: number,
  recordsFrom: string | null | undefined,
): { from: string; to: string } | null {
  const from = `${year}-01-01`;
  const to = `${year}-12-31`;
  return recordsFrom && (recordsFrom < from || recordsFrom > to) ? { from, to } : null;
}

/** One organisation form's score: Σ criterion weight × its score / 100, over the cycle's criteria. */
export function orgFormScore(criteria: readonly TOrgCriterion[], scores: Record<string, number>): number {
  const total = criteria.reduce((s, c) => s + c.weight, 0);
  if (total <= 0) return 0;
  return roundScore(criteria.reduce((s, c) => s + c.weight * (scores[c.code] ?? 0), 0) / total);
}

/**
 * The organisation part of one cadre: the mean of the forms submitted on them (one per evaluator), or
 * null with none, when its weight moves onto the other parts.
 */
export function organisationPart(
  forms: readonly { evaluator: TOrgEvaluator; score: number }[],
): number | null {
  if (forms.length === 0) return null;
  return roundScore(forms.reduce((s, f) => s + f.score, 0) / forms.length);
}
