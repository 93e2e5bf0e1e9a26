import { z } from 'zod';
import { RATING_CYCLE_STAGES } from './rating-cycle.ts';
import { ZSurveyAnswer } from './rating-survey.ts';

/**
 * 群众评议 (docs/rules.md §4.6): the villagers' survey on the village's public page, and the response
 * counts staff see (how many households answered, never who answered what). The HTTP contracts.
 */

const ZId = z.number().int().min(1).max(2_147_483_647);
const ZCount = z.number().int();

export const SURVEY_LIMITS = { headName: 30, comment: 200, answers: 30 } as const;

/** A cadre the village's households may evaluate: name and post only. */
export const ZPublicSurveyCadre = z.object({
  /** The key the answer names (the cadre's result in the cycle). */
  id: ZId,
  name: z.string(),
  category: z.string(),
  postTitle: z.string().nullable(),
});

/** GET /api/public/v/:token/survey: open only while a cycle of the county surveys and today is in its window. */
export const ZPublicSurvey = z.object({
  open: z.boolean(),
  year: ZCount.nullable(),
  surveyUntil: z.string().nullable(),
  cadres: z.array(ZPublicSurveyCadre),
});
export type TPublicSurvey = z.infer<typeof ZPublicSurvey>;

/**
 * POST /api/public/v/:token/survey: a household (its head's name and the last four digits of a phone on
 * file from visits) answers on one or more of the village's cadres, each once per cycle.
 */
export const ZPublicSurveySubmit = z
  .object({
    headName: z.string().trim().min(1).max(SURVEY_LIMITS.headName),
    phoneLast4: z.string().regex(/^\d{4}$/),
    answers: z
      .array(
        z
          .object({
            cadre: ZId,
            answer: ZSurveyAnswer,
            comment: z.string().trim().max(SURVEY_LIMITS.comment).default(''),
          })
          .strict(),
      )
      .min(1)
      .max(SURVEY_LIMITS.answers)
      .refine((list) => new Set(list.map((a) => a.cadre)).size === list.length, 'duplicate'),
  })
  .strict();
export type TPublicSurveySubmit = z.input<typeof ZPublicSurveySubmit>;

/** What was recorded: the answers taken now, and the cadres this household had already answered on. */
export const ZPublicSurveyResult = z.object({
  saved: ZCount,
  alreadyAnswered: z.array(z.string()),
});
export type TPublicSurveyResult = z.infer<typeof ZPublicSurveyResult>;

/** GET /api/rating/survey: a cycle's response counts in scope (the latest surveying cycle by default). */
export const ZSurveyCountsQuery = z.object({
  cycleId: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
});

const ZCycle = z.object({
  id: ZId,
  year: ZCount,
  stage: z.enum(RATING_CYCLE_STAGES),
  surveyFrom: z.string().nullable(),
  surveyUntil: z.string().nullable(),
});

/** One cadre's responses: households answered, and whether the minimum sample is reached. */
export const ZSurveyCadreCount = z.object({
  personId: ZId,
  name: z.string(),
  category: z.string(),
  postTitle: z.string().nullable(),
  households: ZCount,
  reached: z.boolean(),
});

/** Counts by village and cadre; never an answer, a comment or a household. */
export const ZSurveyCounts = z.object({
  cycles: z.array(ZCycle),
  cycle: ZCycle.nullable(),
  minSample: ZCount,
  totals: z.object({ villages: ZCount, cadres: ZCount, reached: ZCount, households: ZCount }),
  villages: z.array(
    z.object({
      villageCode: z.string(),
      villageName: z.string(),
      townshipName: z.string(),
      /** Households of the village that answered on at least one cadre. */
      households: ZCount,
      cadres: z.array(ZSurveyCadreCount),
    }),
  ),
});
export type TSurveyCounts = z.infer<typeof ZSurveyCounts>;
