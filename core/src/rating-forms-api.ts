import { z } from 'zod';
import { RATING_CYCLE_STAGES, type TRatingCycleStage } from './rating-cycle.ts';
import { type TOrgEvaluator, ZOrgCriterion, ZOrgEvaluator } from './rating-settings.ts';
import type { TRole } from './roles.ts';

/**
 * 组织评价 (docs/rules.md §4.6): the scoring forms the township, the dispatching unit and the county
 * organisation department fill on each cadre assessed, with the cycle's criteria. The HTTP contracts.
 */

const ZId = z.number().int().min(1).max(2_147_483_647);
const ZCount = z.number().int();
const ZStage = z.enum(RATING_CYCLE_STAGES);

/** The role that fills each kind of form: 乡镇党委 township_admin, 派出单位 unit_admin, 县委组织部 county_admin. */
export const ORG_EVALUATOR_ROLES: Readonly<Record<TOrgEvaluator, TRole>> = {
  township: 'township_admin',
  unit: 'unit_admin',
  county: 'county_admin',
};

/** The stages in which forms may be filled: the organisation evaluation and, alongside it, the survey. */
export const ORG_FORM_STAGES: readonly TRatingCycleStage[] = ['evaluating', 'surveying'];

/** Whether forms may be filled in a cycle of this stage. */
export const orgFormsOpen = (stage: TRatingCycleStage): boolean => ORG_FORM_STAGES.includes(stage);

/** The longest comment a form keeps. */
export const ORG_FORM_COMMENT_MAX = 500;

/** GET /api/rating/forms: a cycle (the latest open for evaluation by default) as one evaluator sees it. */
export const ZOrgFormSheetQuery = z.object({
  cycleId: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
  evaluator: ZOrgEvaluator.optional(),
});
export type TOrgFormSheetQuery = z.infer<typeof ZOrgFormSheetQuery>;

/**
 * POST /api/rating/forms: one evaluator's form on one cadre, a score 0–100 for each of the cycle's
 * criteria (checked against them by the server), with an optional comment. Submitting again while
 * the evaluation is open replaces the form, signed by the account that submits it.
 */
export const ZOrgFormSubmit = z
  .object({
    cycleId: ZId,
    personId: ZId,
    evaluator: ZOrgEvaluator,
    scores: z.record(z.string().max(32), z.number()),
    comment: z.string().trim().max(ORG_FORM_COMMENT_MAX).default(''),
  })
  .strict();
export type TOrgFormSubmit = z.input<typeof ZOrgFormSubmit>;

/** A submitted form: the scores, the form's score (Σ weight × score / Σ weight), who signed it and when. */
export const ZOrgForm = z.object({
  id: ZId,
  evaluator: ZOrgEvaluator,
  scores: z.record(z.string(), z.number()),
  score: z.number(),
  comment: z.string(),
  submittedById: ZId,
  submittedByName: z.string(),
  submittedAt: z.string(),
});
export type TOrgForm = z.infer<typeof ZOrgForm>;

/** A cadre the evaluator may score, with the form when one is in. */
export const ZOrgFormItem = z.object({
  personId: ZId,
  name: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  category: z.string(),
  postTitle: z.string().nullable(),
  /** The caller's own person: nobody scores themselves. */
  self: z.boolean(),
  form: ZOrgForm.nullable(),
});
export type TOrgFormItem = z.infer<typeof ZOrgFormItem>;

export const ZOrgFormCycle = z.object({
  id: ZId,
  year: ZCount,
  stage: ZStage,
  /** Forms may be filled now (the stage is 组织评价中 or 群众评议中). */
  open: z.boolean(),
});
export type TOrgFormCycle = z.infer<typeof ZOrgFormCycle>;

/** The evaluator's sheet: the cadres in village and name order, with counts done and to do. */
export const ZOrgFormSheet = z.object({
  /** The county's cycles, newest first, for picking another year. */
  cycles: z.array(ZOrgFormCycle),
  cycle: ZOrgFormCycle.nullable(),
  /** The kinds of form this account fills (one per role it holds). */
  evaluators: z.array(ZOrgEvaluator),
  evaluator: ZOrgEvaluator.nullable(),
  criteria: z.array(ZOrgCriterion),
  counts: z.object({ total: ZCount, done: ZCount, todo: ZCount }),
  items: z.array(ZOrgFormItem),
});
export type TOrgFormSheet = z.infer<typeof ZOrgFormSheet>;
