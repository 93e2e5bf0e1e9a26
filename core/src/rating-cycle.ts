import type { TCodeLabels } from './code-labels.ts';

/**
 * The yearly star-rating cycle (docs/rules.md §4.6), one per county and year: open → compute →
 * evaluate → survey → totals and review → notice (5 working days, appeals recorded) → appeals
 * decided → confirmed. The settings are frozen once the totals are computed.
 */
export const RATING_CYCLE_STAGES = [
  'open', // settings may change
  'computed', // the quantitative part is computed (a snapshot of its inputs); may be recomputed
  'evaluating', // organisation evaluation forms are filled
  'surveying', // the villagers' survey runs in its window; forms may still be filled
  'review', // totals, caps and quota applied and frozen; the county reviews
  'notice', // 公示: results shown, cadres may appeal once
  'appeals', // the notice has ended; appeals are decided
  'confirmed', // final: stars and lists follow
] as const;
export type TRatingCycleStage = (typeof RATING_CYCLE_STAGES)[number];

/** What the county does to a cycle: the stages it may do it in, and the stage it moves to. */
export const RATING_CYCLE_STEPS = {
  compute: { from: ['open', 'computed'], to: 'computed' },
  open_evaluation: { from: ['computed'], to: 'evaluating' },
  open_survey: { from: ['evaluating'], to: 'surveying' },
  total: { from: ['surveying'], to: 'review' },
  publish_notice: { from: ['review'], to: 'notice' },
  close_notice: { from: ['notice'], to: 'appeals' },
  confirm: { from: ['appeals'], to: 'confirmed' },
} as const satisfies Record<string, { from: readonly TRatingCycleStage[]; to: TRatingCycleStage }>;
export type TRatingCycleStep = keyof typeof RATING_CYCLE_STEPS;

export const RATING_CYCLE_STAGE_LABELS: TCodeLabels<TRatingCycleStage> = {
  open: ['已开启', 'Open'],
  computed: ['量化已计算', 'Quantitative part computed'],
  evaluating: ['组织评价中', 'Organisation evaluation'],
  surveying: ['群众评议中', "Villagers' survey"],
  review: ['审核中', 'Under review'],
  notice: ['公示中', 'Public notice'],
  appeals: ['处理申诉', 'Appeals'],
  confirmed: ['已确认', 'Confirmed'],
};

export const RATING_CYCLE_STEP_LABELS: TCodeLabels<TRatingCycleStep> = {
  compute: ['计算量化考核', 'compute the quantitative part'],
  open_evaluation: ['开始组织评价', 'open the organisation evaluation'],
  open_survey: ['开始群众评议', "open the villagers' survey"],
  total: ['汇总评定等次', 'compute totals and grades'],
  publish_notice: ['发布公示', 'publish the notice'],
  close_notice: ['结束公示', 'close the notice'],
  confirm: ['确认结果', 'confirm the results'],
};

/** Why a step is refused now. */
export type TRatingCycleRefusal = 'wrong_stage' | 'notice_running' | 'appeals_open' | 'survey_running';

/**
 * Whether the county may take `step` now, or why not: the stage must allow it; the notice closes only
 * after its last day; the totals wait for the survey's window to end; confirming waits for every
 * appeal to be decided.
 */
export function ratingCycleRefusal(
  step: TRatingCycleStep,
  cycle: { stage: TRatingCycleStage; noticeUntil: string | null; surveyUntil: string | null },
  context: { today: string; undecidedAppeals: number },
): TRatingCycleRefusal | null {
  if (!(RATING_CYCLE_STEPS[step].from as readonly string[]).includes(cycle.stage)) return 'wrong_stage';
  if (step === 'total' && cycle.surveyUntil && context.today <= cycle.surveyUntil) return 'survey_running';
  if (step === 'close_notice' && cycle.noticeUntil && context.today <= cycle.noticeUntil)
    return 'notice_running';
  if (step === 'confirm' && context.undecidedAppeals > 0) return 'appeals_open';
  return null;
}

/** Whether a cycle at `stage` has reached `from` (the stages run in order, none is skipped). */
export function ratingStageReached(stage: TRatingCycleStage, from: TRatingCycleStage): boolean {
  return RATING_CYCLE_STAGES.indexOf(stage) >= RATING_CYCLE_STAGES.indexOf(from);
}

/** Whether the settings (weights, thresholds, quota, caps, award stars) may still change. */
export function ratingSettingsEditable(stage: TRatingCycleStage): boolean {
  return !ratingStageReached(stage, 'review');
}

/** Whether a villager's answer is taken: the cycle is surveying and today is inside the window. */
export function surveyOpen(
  cycle: { stage: TRatingCycleStage; surveyFrom: string | null; surveyUntil: string | null },
  today: string,
): boolean {
  return (
    cycle.stage === 'surveying' &&
    cycle.surveyFrom !== null &&
    cycle.surveyUntil !== null &&
    cycle.surveyFrom <= today &&
    today <= cycle.surveyUntil
  );
}

/** Whether a cadre may appeal their result: during the notice, up to its last day, once. */
export function appealRefusal(
  cycle: { stage: TRatingCycleStage; noticeUntil: string | null },
  today: string,
  appealedBefore: boolean,
): 'not_in_notice' | 'appealed' | null {
  if (appealedBefore) return 'appealed';
  if (cycle.stage !== 'notice' || !cycle.noticeUntil || today > cycle.noticeUntil) return 'not_in_notice';
  return null;
}
