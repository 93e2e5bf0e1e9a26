import { z } from 'zod';
import type { TCodeLabels } from './code-labels.ts';
import { ZProjectState } from './project.ts';
import { QUARTER_STATUSES, ZCriterionScore } from './project-score.ts';

/**
 * 一项目一标准 (docs/rules.md §4.7): the HTTP contracts of a project's acceptance criteria, the
 * township's quarterly assessments, the county's acceptance (验收) and the score explained.
 */

const ZDate = z.iso.date();
const ZId = z.number().int().positive().max(2_147_483_647);

export const STANDARD_LIMITS = {
  criteria: 20,
  measure: 200,
  targetUnit: 50,
  evidenceRequired: 200,
  comment: 500,
  evidence: 500,
  reason: 200,
} as const;

/** The weights of a project's criteria sum to exactly this (whole numbers, each 1–100). */
export const CRITERIA_WEIGHT_TOTAL = 100;

/** One criterion as the form sends it; `id` keeps an existing one (its scores stay with it). */
export const ZCriterionInput = z.object({
  id: ZId.optional(),
  measure: z.string().trim().min(1).max(STANDARD_LIMITS.measure),
  targetValue: z.number().min(0).max(1e12).nullable().default(null),
  targetUnit: z.string().trim().max(STANDARD_LIMITS.targetUnit).default(''),
  weight: z.number().int().min(1).max(100),
  evidenceRequired: z.string().trim().max(STANDARD_LIMITS.evidenceRequired).default(''),
});

/** PUT /api/projects/:id/criteria: the whole standard, in order; after approval with a reason. */
export const ZSetCriteriaRequest = z.object({
  criteria: z.array(ZCriterionInput).min(1).max(STANDARD_LIMITS.criteria),
  reason: z.string().trim().max(STANDARD_LIMITS.reason).optional(),
});
export type TSetCriteriaRequest = z.input<typeof ZSetCriteriaRequest>;

export const ZCriterion = z.object({
  id: ZId,
  position: z.number().int(),
  measure: z.string(),
  targetValue: z.number().nullable(),
  targetUnit: z.string(),
  weight: z.number(),
  evidenceRequired: z.string(),
});
export type TCriterion = z.infer<typeof ZCriterion>;

/** A quarter as people write it: 2026-Q3. */
export const ZQuarter = z.string().regex(/^(19|20)\d{2}-Q[1-4]$/);

/** One criterion's score in an assessment or an acceptance, with what was reached and the evidence. */
export const ZCriterionScoreInput = z.object({
  criterionId: ZId,
  score: ZCriterionScore,
  actualValue: z.number().min(0).max(1e12).nullable().default(null),
  comment: z.string().trim().max(STANDARD_LIMITS.comment).default(''),
  evidence: z.string().trim().max(STANDARD_LIMITS.evidence).default(''),
  /** A photo uploaded first (POST /api/project-standards/evidence). */
  evidencePhotoId: ZId.nullable().default(null),
});
export type TCriterionScoreInput = z.input<typeof ZCriterionScoreInput>;

/** POST /api/projects/:id/assessments: the township scores every criterion for one quarter. */
export const ZCreateAssessmentRequest = z.object({
  quarter: ZQuarter,
  comment: z.string().trim().max(STANDARD_LIMITS.comment).default(''),
  scores: z.array(ZCriterionScoreInput).min(1).max(STANDARD_LIMITS.criteria),
});
export type TCreateAssessmentRequest = z.input<typeof ZCreateAssessmentRequest>;
/** PUT /api/project-assessments/:id: the same quarter's assessment, corrected (the earlier one is audited). */
export const ZUpdateAssessmentRequest = ZCreateAssessmentRequest.omit({ quarter: true });
export type TUpdateAssessmentRequest = z.input<typeof ZUpdateAssessmentRequest>;

/** 验收结论: passed (the project is done) or failed (back to implementation, with the reason). */
export const ACCEPTANCE_RESULTS = ['passed', 'failed'] as const;
export const ZAcceptanceResult = z.enum(ACCEPTANCE_RESULTS);
export type TAcceptanceResult = z.infer<typeof ZAcceptanceResult>;
export const ACCEPTANCE_RESULT_LABELS: TCodeLabels<TAcceptanceResult> = {
  passed: ['验收通过', 'Passed'],
  failed: ['验收不通过', 'Failed'],
};

/** POST /api/projects/:id/acceptance: the county's acceptance, scored against the standard. */
export const ZAcceptanceRequest = z.object({
  conclusion: ZAcceptanceResult,
  acceptedOn: ZDate,
  /** 验收意见; conditions of a pass go here; a failure needs it (the reason). */
  note: z.string().trim().max(STANDARD_LIMITS.comment).default(''),
  scores: z.array(ZCriterionScoreInput).min(1).max(STANDARD_LIMITS.criteria),
});
export type TAcceptanceRequest = z.input<typeof ZAcceptanceRequest>;

const ZScorePart = z.object({
  criterionId: ZId,
  measure: z.string(),
  weight: z.number(),
  share: z.number(),
  score: z.number().nullable(),
  contribution: z.number().nullable(),
});
/** core `projectScore`: the score and its parts, criterion by criterion. */
export const ZProjectScoreResult = z.object({
  score: z.number().nullable(),
  complete: z.boolean(),
  partialScore: z.number().nullable(),
  scoredShare: z.number(),
  weightTotal: z.number(),
  normalised: z.boolean(),
  parts: z.array(ZScorePart),
  missing: z.array(ZId),
});
export type TProjectScoreResult = z.infer<typeof ZProjectScoreResult>;

export const ZCriterionScoreView = z.object({
  criterionId: ZId,
  score: z.number(),
  actualValue: z.number().nullable(),
  comment: z.string(),
  evidence: z.string(),
  evidencePhotoId: ZId.nullable(),
});
export type TCriterionScoreView = z.infer<typeof ZCriterionScoreView>;

export const ZAssessmentView = z.object({
  id: ZId,
  quarter: ZQuarter,
  comment: z.string(),
  assessedAt: z.string(),
  assessedByName: z.string().nullable(),
  scores: z.array(ZCriterionScoreView),
  /** The assessment's score explained; null when the standard cannot be scored (no criteria). */
  explained: ZProjectScoreResult.nullable(),
});
export type TAssessmentView = z.infer<typeof ZAssessmentView>;

export const ZAcceptanceView = z.object({
  id: ZId,
  conclusion: ZAcceptanceResult,
  acceptedOn: ZDate,
  note: z.string(),
  acceptedByName: z.string().nullable(),
  scores: z.array(ZCriterionScoreView),
  explained: ZProjectScoreResult.nullable(),
});
export type TAcceptanceView = z.infer<typeof ZAcceptanceView>;

export const ZQuarterView = z.object({
  quarter: ZQuarter,
  from: ZDate,
  to: ZDate,
  status: z.enum(QUARTER_STATUSES),
  assessmentId: ZId.nullable(),
});
export type TQuarterView = z.infer<typeof ZQuarterView>;

/** What the project's score rests on: the county's acceptance when there is one, else the latest quarter. */
export const SCORE_BASES = ['acceptance', 'assessment'] as const;
export type TScoreBasis = (typeof SCORE_BASES)[number];

/** GET /api/projects/:id/standard: the standard, the quarters, assessments, acceptance and the score. */
export const ZProjectStandard = z.object({
  projectId: ZId,
  state: ZProjectState,
  criteria: z.array(ZCriterion),
  weightTotal: z.number(),
  /** True once the township has approved the project: only the township (or county) changes them, with a reason. */
  criteriaFrozen: z.boolean(),
  mayEditCriteria: z.boolean(),
  mayAssess: z.boolean(),
  mayAccept: z.boolean(),
  quarters: z.array(ZQuarterView),
  /** Newest quarter first. */
  assessments: z.array(ZAssessmentView),
  /** The latest acceptance (a failed one may be followed by another). */
  acceptance: ZAcceptanceView.nullable(),
  score: z
    .object({
      basis: z.enum(SCORE_BASES),
      quarter: ZQuarter.nullable(),
      explained: ZProjectScoreResult,
    })
    .nullable(),
});
export type TProjectStandard = z.infer<typeof ZProjectStandard>;
