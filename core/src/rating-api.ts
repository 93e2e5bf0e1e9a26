import { z } from 'zod';
import { ZGrade, ZRatingPart } from './rating.ts';
import { RATING_CYCLE_STAGES, RATING_CYCLE_STEPS, type TRatingCycleStep } from './rating-cycle.ts';
import { ZOrgEvaluator, ZRatingCycleSettings } from './rating-settings.ts';

/**
 * 星级评定 (docs/rules.md §4.6): the HTTP contracts of the year's cycle, its results, their review,
 * the notice (公示) and the cadre's appeal.
 */

const ZDate = z.iso.date();
const ZId = z.number().int().min(1).max(2_147_483_647);
const ZCount = z.number().int();
const ZScore = z.number().nullable();

export const ZRatingCycleStage = z.enum(RATING_CYCLE_STAGES);
export const RATING_STEP_NAMES = Object.keys(RATING_CYCLE_STEPS) as TRatingCycleStep[];
export const ZRatingCycleStep = z.enum(RATING_STEP_NAMES as [TRatingCycleStep, ...TRatingCycleStep[]]);

/** A cycle's year: from 2000 to the county's current year (checked by the server). */
export const ZRatingYear = z.number().int().min(2000).max(2100);

/** What the reviewer does with a result: confirm it as computed, or amend its grade (with a reason). */
export const REVIEW_DECISIONS = ['confirm', 'amend'] as const;
/** How an appeal is decided: the grade kept, or amended. */
export const APPEAL_DECISIONS = ['kept', 'amended'] as const;
export const ZAppealDecision = z.enum(APPEAL_DECISIONS);
export type TAppealDecision = z.infer<typeof ZAppealDecision>;

/** Where a cadre's appeal stands: none, waiting for the county, or decided. */
export const APPEAL_STATES = ['none', 'pending', 'kept', 'amended'] as const;
export const ZAppealState = z.enum(APPEAL_STATES);

/** One step of the procedure as the cycle page shows it: may it be taken now, and if not, why. */
export const ZRatingStepView = z.object({
  step: ZRatingCycleStep,
  to: ZRatingCycleStage,
  allowed: z.boolean(),
  /** The server's sentence saying why not (in the reader's language), or null. */
  refusal: z.string().nullable(),
});

export const ZRatingCycleSummary = z.object({
  id: ZId,
  year: ZCount,
  stage: ZRatingCycleStage,
  confirmedAt: z.string().nullable(),
});
export const ZRatingCycleList = z.object({
  items: z.array(ZRatingCycleSummary),
  /** The county's current year (Asia/Shanghai), the latest a cycle may be opened for. */
  currentYear: ZCount,
  today: ZDate,
});
export type TRatingCycleList = z.infer<typeof ZRatingCycleList>;

/** A cycle: its stage, its settings (the rules it is rated by), its dates and steps. */
export const ZRatingCycle = z.object({
  id: ZId,
  year: ZCount,
  countyCode: z.string(),
  stage: ZRatingCycleStage,
  settings: ZRatingCycleSettings,
  /** Settings may change until the totals are computed. */
  editable: z.boolean(),
  surveyFrom: ZDate.nullable(),
  surveyUntil: ZDate.nullable(),
  noticeFrom: ZDate.nullable(),
  noticeUntil: ZDate.nullable(),
  computedAt: z.string().nullable(),
  totalledAt: z.string().nullable(),
  confirmedAt: z.string().nullable(),
  openedByName: z.string().nullable(),
  steps: z.array(ZRatingStepView),
  /** Of the results in the caller's scope. */
  counts: z.object({
    results: ZCount,
    reviewed: ZCount,
    amended: ZCount,
    appeals: ZCount,
    undecidedAppeals: ZCount,
  }),
  today: ZDate,
  mayManage: z.boolean(),
  mayReview: z.boolean(),
});
export type TRatingCycle = z.infer<typeof ZRatingCycle>;

/** POST /api/rating/cycles: the county opens a year's cycle (settings from the year before, or the defaults). */
export const ZOpenRatingCycleRequest = z.object({ year: ZRatingYear });
export type TOpenRatingCycleRequest = z.infer<typeof ZOpenRatingCycleRequest>;

/** PUT /api/rating/cycles/:id/settings, while the cycle is editable. */
export const ZRatingSettingsRequest = z.object({ settings: ZRatingCycleSettings });
export type TRatingSettingsRequest = z.infer<typeof ZRatingSettingsRequest>;

/** The villagers' survey window (群众评议), opened with the step or changed while it runs. */
export const ZSurveyWindowRequest = z.object({ surveyFrom: ZDate, surveyUntil: ZDate });
export type TSurveyWindowRequest = z.infer<typeof ZSurveyWindowRequest>;

/** The notice's first day (today unless it was put up earlier): it runs 5 working days. */
export const ZRatingNoticeRequest = z.object({ publishedOn: ZDate.optional() });
export type TRatingNoticeRequest = z.infer<typeof ZRatingNoticeRequest>;

/** The reviewer confirms a result or amends its grade; an amendment needs its grade and a reason. */
export const ZReviewRequest = z
  .strictObject({
    decision: z.enum(REVIEW_DECISIONS),
    grade: ZGrade.optional(),
    reason: z.string().trim().max(500).default(''),
  })
  .refine((r) => r.decision === 'confirm' || r.grade !== undefined, {
    path: ['grade'],
    message: 'rating_amend_grade_required',
  })
  .refine((r) => r.decision === 'confirm' || r.reason.length >= 2, {
    path: ['reason'],
    message: 'rating_reason_required',
  });
export type TReviewRequest = z.input<typeof ZReviewRequest>;

/** The reviewer confirms every result not yet reviewed, as computed (how many they saw, as a check). */
export const ZReviewRemainingRequest = z.object({ expected: z.number().int().min(1).max(1_000_000) });
export type TReviewRemainingRequest = z.infer<typeof ZReviewRemainingRequest>;

/** The cadre's one appeal during the notice. */
export const ZRatingAppealRequest = z.object({ text: z.string().trim().min(5).max(1000) });
export type TRatingAppealRequest = z.infer<typeof ZRatingAppealRequest>;

/** The county's decision on an appeal: kept, or amended to another grade; a reason either way. */
export const ZAppealDecisionRequest = z
  .strictObject({
    decision: ZAppealDecision,
    newGrade: ZGrade.optional(),
    reason: z.string().trim().min(2).max(500),
  })
  .refine((r) => r.decision === 'kept' || r.newGrade !== undefined, {
    path: ['newGrade'],
    message: 'rating_amend_grade_required',
  });
export type TAppealDecisionRequest = z.input<typeof ZAppealDecisionRequest>;

/** GET /api/rating/cycles/:id/results: in scope, by township, village, grade, what changed it; never ranked. */
export const RATING_RESULT_FLAGS = ['capped', 'quota', 'amended', 'appealed', 'unreviewed'] as const;
export const ZRatingResultQuery = z.object({
  township: z
    .string()
    .regex(/^\d{9}$/)
    .optional(),
  village: z
    .string()
    .regex(/^\d{12}$/)
    .optional(),
  grade: ZGrade.optional(),
  flag: z.enum(RATING_RESULT_FLAGS).optional(),
  q: z.string().trim().max(30).optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TRatingResultQuery = z.input<typeof ZRatingResultQuery>;

/** A result as the list shows it, in village and name order. */
export const ZRatingResultRow = z.object({
  id: ZId,
  personId: ZId,
  personName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  category: z.string(),
  personnelStatus: z.string().nullable(),
  quantitative: ZScore,
  organisation: ZScore,
  villagers: ZScore,
  villagerHouseholds: ZCount,
  total: ZScore,
  scoreGrade: ZGrade.nullable(),
  caps: z.array(z.string()),
  quotaAdjusted: z.boolean(),
  computedGrade: ZGrade.nullable(),
  grade: ZGrade.nullable(),
  reviewed: z.boolean(),
  amended: z.boolean(),
  appeal: ZAppealState,
  stars: z.number().int().nullable(),
});
export type TRatingResultRow = z.infer<typeof ZRatingResultRow>;
export const ZRatingResultList = z.object({ items: z.array(ZRatingResultRow), total: ZCount });
export type TRatingResultList = z.infer<typeof ZRatingResultList>;

const ZGradeCounts = z.object({
  excellent: ZCount,
  competent: ZCount,
  basically_competent: ZCount,
  incompetent: ZCount,
  /** Not graded yet (before the totals). */
  none: ZCount,
});
/** How many of those assessed in scope hold each grade, overall and by township (counts, never names). */
export const ZRatingDistribution = z.object({
  assessed: ZCount,
  counts: ZGradeCounts,
  townships: z.array(
    z.object({ code: z.string(), name: z.string(), assessed: ZCount, counts: ZGradeCounts }),
  ),
});
export type TRatingDistribution = z.infer<typeof ZRatingDistribution>;

/** The kinds of record behind a figure; each opens its page (a week opens the compliance of that week). */
export const RATING_RECORD_KINDS = [
  'week',
  'request',
  'task',
  'project',
  'rectification',
  'visit',
  'violation',
  'spot_check',
  'form',
] as const;
/** A record behind a figure: its kind and id (or the week's Monday), whether it counted as done, its score. */
export const ZRatingRecordRef = z.object({
  kind: z.enum(RATING_RECORD_KINDS),
  id: z.number().int().nullable(),
  date: z.string().nullable(),
  done: z.boolean().nullable(),
  score: z.number().nullable(),
});
export type TRatingRecordRef = z.infer<typeof ZRatingRecordRef>;

/** One indicator of the quantitative part: its weight, score, the figures it came from and the records. */
export const ZRatingIndicatorView = z.object({
  indicator: z.string(),
  weight: ZCount,
  score: ZScore,
  /** e.g. { done: 40, due: 44 } or { visits: 10, target: 12 } or { count: 3 }. */
  figures: z.record(z.string(), z.number()),
  records: z.array(ZRatingRecordRef),
  /** Records behind the figure not listed (the snapshot keeps the first 30 of each kind). */
  more: ZCount,
});
export type TRatingIndicatorView = z.infer<typeof ZRatingIndicatorView>;

/** A review or appeal step in the result's history (from the audit log). */
export const ZRatingHistoryEntry = z.object({
  at: z.string(),
  action: z.string(),
  actorName: z.string().nullable(),
  grade: ZGrade.nullable(),
  reason: z.string().nullable(),
});

/** GET /api/rating/results/:id: a result explained down to the records behind each number. */
export const ZRatingResultDetail = ZRatingResultRow.extend({
  cycle: z.object({
    id: ZId,
    year: ZCount,
    stage: ZRatingCycleStage,
    settings: ZRatingCycleSettings,
    totalledAt: z.string().nullable(),
    noticeFrom: ZDate.nullable(),
    noticeUntil: ZDate.nullable(),
  }),
  parts: z.array(
    z.object({
      part: ZRatingPart,
      score: ZScore,
      /** The weight the settings give it, and the weight it counted for after the pro-rata move. */
      weight: ZCount,
      usedWeight: z.number().nullable(),
    }),
  ),
  quantitativeDetail: z
    .object({
      beforeDeductions: ZScore,
      deductions: z.number(),
      deductionRecords: z.array(ZRatingRecordRef),
      /** The day the records were read up to. */
      asOf: z.string().nullable(),
      /** The first day whose records were read, when the cycle set one (量化考核记录起算日); else null. */
      recordsFrom: z.string().nullable(),
      indicators: z.array(ZRatingIndicatorView),
    })
    .nullable(),
  forms: z.array(
    z.object({
      evaluator: ZOrgEvaluator,
      score: z.number(),
      submittedByName: z.string().nullable(),
      submittedAt: z.string(),
    }),
  ),
  survey: z.object({ households: ZCount, minSample: ZCount, insufficient: z.boolean() }),
  /** What the caps read: absences found by spot checks (and the checks), the veto items upheld. */
  capFacts: z.object({
    absences: ZCount,
    checks: z.array(ZRatingRecordRef),
    vetoItems: z.array(z.string()),
    vetoRecords: z.array(ZRatingRecordRef),
  }),
  quota: z.object({ assessed: ZCount, allowed: ZCount, share: z.number() }),
  reviewedByName: z.string().nullable(),
  reviewedAt: z.string().nullable(),
  reviewReason: z.string().nullable(),
  appealDetail: z
    .object({
      id: ZId,
      text: z.string(),
      submittedAt: z.string(),
      decision: ZAppealDecision.nullable(),
      newGrade: ZGrade.nullable(),
      reason: z.string().nullable(),
      decidedByName: z.string().nullable(),
      decidedAt: z.string().nullable(),
    })
    .nullable(),
  awards: z.array(
    z.object({
      id: ZId,
      title: z.string(),
      level: z.string(),
      awardedOn: z.string(),
      collective: z.boolean(),
    }),
  ),
  awardStars: z.number().int().nullable(),
  history: z.array(ZRatingHistoryEntry),
  mayReview: z.boolean(),
  mayDecideAppeal: z.boolean(),
  /** The cadre's own view: may they appeal now, and until when. */
  mayAppeal: z.boolean(),
});
export type TRatingResultDetail = z.infer<typeof ZRatingResultDetail>;

/** GET /api/rating/my: the cadre's own results from the notice on (earlier ones are not yet theirs to read). */
export const ZMyRating = z.object({ today: ZDate, items: z.array(ZRatingResultDetail) });
export type TMyRating = z.infer<typeof ZMyRating>;

/** GET /api/rating/cycles/:id/notice: the 公示 within the county's accounts: names and grades, no scores. */
export const ZRatingNotice = z.object({
  /** The years whose results have been on notice, newest first (the page's choice). */
  years: z.array(ZCount),
  /** The year shown; null when no year's results have been on notice yet. */
  year: ZCount.nullable(),
  stage: ZRatingCycleStage.nullable(),
  noticeFrom: ZDate.nullable(),
  noticeUntil: ZDate.nullable(),
  counts: ZGradeCounts,
  items: z.array(
    z.object({
      personName: z.string(),
      townshipName: z.string(),
      villageName: z.string(),
      category: z.string(),
      grade: ZGrade.nullable(),
    }),
  ),
});
export type TRatingNotice = z.infer<typeof ZRatingNotice>;
export const ZRatingNoticeQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });
