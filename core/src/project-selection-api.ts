import { z } from 'zod';
import type { TCodeLabels } from './code-labels.ts';
import { ZProjectKind } from './project.ts';
import { ZCriterionScore } from './project-score.ts';
import { SELECTION_ACTIONS, SELECTION_STAGES, type TSelectionRefusal } from './project-selection.ts';

/**
 * 优秀创新项目评选 (docs/rules.md §4.7): the HTTP contracts of a year's selection, its nominations,
 * panel, scores, public notice, objections and the awards with their case pages (典型案例).
 */

const ZDate = z.iso.date();
const ZId = z.number().int().positive().max(2_147_483_647);
const ZCount = z.number().int().min(0);
const ZTownshipCode = z.string().regex(/^\d{9}$/);

export const SELECTION_LIMITS = {
  reason: 2000,
  comment: 500,
  raisedBy: 50,
  objection: 2000,
  handling: 2000,
  caseText: 10_000,
  quota: 50,
  awardCount: 100,
  casePhotos: 12,
} as const;

export const ZSelectionStage = z.enum(SELECTION_STAGES);

/** 异议处理结果. */
export const OBJECTION_OUTCOMES = ['pending', 'upheld', 'dismissed'] as const;
export type TObjectionOutcome = (typeof OBJECTION_OUTCOMES)[number];
export const OBJECTION_OUTCOME_LABELS: TCodeLabels<TObjectionOutcome> = {
  pending: ['待处理', 'Pending'],
  upheld: ['异议成立', 'Upheld'],
  dismissed: ['异议不成立', 'Dismissed'],
};

/** The names of core's refusals, as buttons explain why they are off. */
export const SELECTION_REFUSAL_LABELS: TCodeLabels<TSelectionRefusal> = {
  wrong_stage: ['当前阶段不能办理', 'Not possible at this stage'],
  not_allowed: ['无权办理', 'Not allowed'],
  no_nominations: ['还没有推荐项目', 'Nothing is nominated yet'],
  over_quota: ['有乡镇推荐超出名额', 'A township is over its quota'],
  too_few_scores: ['有项目评分不足 3 份', 'A project has fewer than 3 scores'],
  notice_running: ['公示期未满', 'The notice is still running'],
  objections_open: ['有异议尚未处理', 'An objection is still open'],
};

export const ZQuotaInput = z.object({
  townshipCode: ZTownshipCode,
  quota: z.number().int().min(0).max(SELECTION_LIMITS.quota),
});

/** POST /api/project-selections: the county opens a year's selection with each township's quota. */
export const ZCreateSelectionRequest = z.object({
  year: z.number().int().min(2015).max(2100),
  awardCount: z.number().int().min(1).max(SELECTION_LIMITS.awardCount),
  nominationsCloseOn: ZDate.nullable().default(null),
  quotas: z.array(ZQuotaInput).max(100).default([]),
});
export type TCreateSelectionRequest = z.input<typeof ZCreateSelectionRequest>;

/** PUT /api/project-selections/:id/quotas: while nominating (a township left out has none). */
export const ZSetQuotasRequest = z.object({
  awardCount: z.number().int().min(1).max(SELECTION_LIMITS.awardCount).optional(),
  quotas: z.array(ZQuotaInput).max(100),
});
export type TSetQuotasRequest = z.input<typeof ZSetQuotasRequest>;

/** POST /api/project-selections/:id/nominations: the township nominates one of its projects. */
export const ZNominateRequest = z.object({
  projectId: ZId,
  reason: z.string().trim().min(1).max(SELECTION_LIMITS.reason),
});
export type TNominateRequest = z.input<typeof ZNominateRequest>;

/** POST /api/project-selections/:id/panel: an account on the panel, with the township and unit it answers to. */
export const ZPanelMemberRequest = z.object({
  userId: ZId,
  townshipCode: ZTownshipCode.nullable().default(null),
  unitId: ZId.nullable().default(null),
});
export type TPanelMemberRequest = z.input<typeof ZPanelMemberRequest>;

/** PUT /api/project-nominations/:id/score: a panel member's own score (0–100, one decimal). */
export const ZScoreRequest = z.object({
  score: ZCriterionScore,
  comment: z.string().trim().max(SELECTION_LIMITS.comment).default(''),
});
export type TScoreRequest = z.input<typeof ZScoreRequest>;

/** POST /api/project-selections/:id/publish-notice: the day the notice was (or is) put up. */
export const ZPublishNoticeRequest = z.object({ publishedOn: ZDate.optional() });
export type TPublishNoticeRequest = z.input<typeof ZPublishNoticeRequest>;

/** POST /api/project-selections/:id/objections: an objection received during the notice. */
export const ZObjectionRequest = z.object({
  nominationId: ZId,
  receivedOn: ZDate,
  raisedBy: z.string().trim().min(1).max(SELECTION_LIMITS.raisedBy),
  content: z.string().trim().min(1).max(SELECTION_LIMITS.objection),
});
export type TObjectionRequest = z.input<typeof ZObjectionRequest>;

/** POST /api/project-objections/:id/handle: the outcome and how it was handled. */
export const ZHandleObjectionRequest = z.object({
  outcome: z.enum(['upheld', 'dismissed']),
  handling: z.string().trim().min(1).max(SELECTION_LIMITS.handling),
});
export type THandleObjectionRequest = z.input<typeof ZHandleObjectionRequest>;

/** POST /api/project-selections/:id/confirm: the nominations the county awards. */
export const ZConfirmSelectionRequest = z.object({
  nominationIds: z.array(ZId).min(1).max(SELECTION_LIMITS.awardCount),
});
export type TConfirmSelectionRequest = z.input<typeof ZConfirmSelectionRequest>;

export const ZEmptyRequest = z.object({});

export const ZSelectionListItem = z.object({
  id: ZId,
  year: z.number().int(),
  stage: ZSelectionStage,
  awardCount: ZCount,
  nominationsCloseOn: ZDate.nullable(),
  noticeStart: ZDate.nullable(),
  noticeEnd: ZDate.nullable(),
  nominated: ZCount,
  awarded: ZCount,
});
export type TSelectionListItem = z.infer<typeof ZSelectionListItem>;
export const ZSelectionList = z.object({ items: z.array(ZSelectionListItem) });
export type TSelectionList = z.infer<typeof ZSelectionList>;

const ZCombined = z.object({
  score: z.number().nullable(),
  meanOfAll: z.number().nullable(),
  count: ZCount,
  kept: z.array(z.number()),
  droppedHighest: z.number().nullable(),
  droppedLowest: z.number().nullable(),
  trimmed: z.boolean(),
});

export const ZObjectionView = z.object({
  id: ZId,
  nominationId: ZId,
  projectTitle: z.string(),
  receivedOn: ZDate,
  raisedBy: z.string(),
  content: z.string(),
  outcome: z.enum(OBJECTION_OUTCOMES),
  handling: z.string().nullable(),
  handledByName: z.string().nullable(),
  handledAt: z.string().nullable(),
  recordedByName: z.string().nullable(),
});
export type TObjectionView = z.infer<typeof ZObjectionView>;

export const ZNominationView = z.object({
  id: ZId,
  projectId: ZId,
  title: z.string(),
  kind: ZProjectKind,
  townshipCode: z.string(),
  townshipName: z.string(),
  villageNames: z.array(z.string()),
  /** The leader, named only to those whose scope holds the project. */
  leaderName: z.string().nullable(),
  reason: z.string(),
  nominatedAt: z.string(),
  withdrawn: z.boolean(),
  /** Scores given so far and panel members free to score it (the county, while scoring); else null. */
  scoreCount: ZCount.nullable(),
  eligibleReviewers: ZCount.nullable(),
  /** From the notice on: the combined score, the rank and how the rank was decided. */
  combined: ZCombined.nullable(),
  rank: z.number().int().nullable(),
  tieBreak: z.enum(['first', 'score', 'mean_of_all', 'shared', 'unscored']).nullable(),
  /** Within the award count, in rank order (拟评选对象), from the notice on. */
  proposed: z.boolean(),
  upheldObjections: ZCount,
  awardId: ZId.nullable(),
});
export type TNominationView = z.infer<typeof ZNominationView>;

export const ZPanelMemberView = z.object({
  id: ZId,
  userId: ZId,
  name: z.string(),
  townshipCode: z.string().nullable(),
  townshipName: z.string().nullable(),
  unitId: ZId.nullable(),
  unitName: z.string().nullable(),
  /** How many nominations they scored (never the scores themselves before the notice). */
  scored: ZCount,
});
export type TPanelMemberView = z.infer<typeof ZPanelMemberView>;

export const ZSelectionActionName = z.enum(
  Object.keys(SELECTION_ACTIONS) as [keyof typeof SELECTION_ACTIONS, ...(keyof typeof SELECTION_ACTIONS)[]],
);

/** GET /api/project-selections/:id: the selection as the caller may see it. */
export const ZSelection = z.object({
  id: ZId,
  year: z.number().int(),
  stage: ZSelectionStage,
  awardCount: ZCount,
  nominationsCloseOn: ZDate.nullable(),
  noticeStart: ZDate.nullable(),
  noticeEnd: ZDate.nullable(),
  noticeOpen: z.boolean(),
  confirmedAt: z.string().nullable(),
  quotas: z.array(
    z.object({ townshipCode: z.string(), townshipName: z.string(), quota: ZCount, nominated: ZCount }),
  ),
  nominations: z.array(ZNominationView),
  /** The county's view only (null for others). */
  panel: z.array(ZPanelMemberView).nullable(),
  objections: z.array(ZObjectionView).nullable(),
  /** What the caller may do now; `refusals` says why a county action is off (null: allowed). */
  mayManage: z.boolean(),
  mayNominate: z.boolean(),
  onPanel: z.boolean(),
  refusals: z.record(z.string(), z.string().nullable()),
});
export type TSelection = z.infer<typeof ZSelection>;

/** GET /api/project-selections/panel-candidates: accounts the county may put on the panel. */
export const ZPanelCandidates = z.object({
  items: z.array(
    z.object({
      userId: ZId,
      name: z.string(),
      username: z.string(),
      /** The township and unit their roles tie them to (the conflict rule's defaults). */
      townshipCode: z.string().nullable(),
      unitId: ZId.nullable(),
      unitName: z.string().nullable(),
    }),
  ),
});
export type TPanelCandidates = z.infer<typeof ZPanelCandidates>;

/** GET /api/project-selections/:id/my-scoring: a panel member's own sheet. */
export const ZMyScoring = z.object({
  selectionId: ZId,
  year: z.number().int(),
  stage: ZSelectionStage,
  member: z.object({
    name: z.string(),
    townshipName: z.string().nullable(),
    unitName: z.string().nullable(),
  }),
  items: z.array(
    z.object({
      nominationId: ZId,
      projectId: ZId,
      title: z.string(),
      kind: ZProjectKind,
      townshipName: z.string(),
      villageNames: z.array(z.string()),
      summary: z.string(),
      target: z.string(),
      beneficiaryHouseholds: ZCount,
      beneficiaryPeople: ZCount,
      budgetFen: ZCount,
      reason: z.string(),
      /** 回避: their own township or unit; such a project cannot be scored by them. */
      conflict: z.enum(['own_township', 'own_unit']).nullable(),
      myScore: z.number().nullable(),
      myComment: z.string(),
    }),
  ),
});
export type TMyScoring = z.infer<typeof ZMyScoring>;

/** GET /api/project-selections/panel-tasks: the selections the caller sits on the panel of. */
export const ZPanelTasks = z.object({
  items: z.array(
    z.object({ selectionId: ZId, year: z.number().int(), stage: ZSelectionStage, toScore: ZCount }),
  ),
});
export type TPanelTasks = z.infer<typeof ZPanelTasks>;

/** An awarded project's case page (典型案例). */
export const ZProjectAward = z.object({
  id: ZId,
  selectionId: ZId,
  year: z.number().int(),
  projectId: ZId,
  title: z.string(),
  kind: ZProjectKind,
  townshipName: z.string(),
  villageNames: z.array(z.string()),
  leaderName: z.string().nullable(),
  summary: z.string(),
  target: z.string(),
  budgetFen: ZCount,
  beneficiaryHouseholds: ZCount,
  beneficiaryPeople: ZCount,
  startDate: ZDate,
  actualEndDate: ZDate.nullable(),
  score: z.number().nullable(),
  casePractice: z.string(),
  caseResults: z.string(),
  photos: z.array(z.object({ photoId: ZId })),
  confirmedAt: z.string(),
  mayEdit: z.boolean(),
});
export type TProjectAward = z.infer<typeof ZProjectAward>;
export const ZProjectAwardList = z.object({
  items: z.array(
    ZProjectAward.pick({
      id: true,
      year: true,
      projectId: true,
      title: true,
      kind: true,
      townshipName: true,
      villageNames: true,
      score: true,
    }),
  ),
});
export type TProjectAwardList = z.infer<typeof ZProjectAwardList>;

/** PUT /api/project-awards/:id: the case page's text. */
export const ZUpdateCaseRequest = z.object({
  casePractice: z.string().trim().max(SELECTION_LIMITS.caseText),
  caseResults: z.string().trim().max(SELECTION_LIMITS.caseText),
});
export type TUpdateCaseRequest = z.input<typeof ZUpdateCaseRequest>;
/** POST /api/project-awards/:id/photos: a photo uploaded first (POST /api/project-awards/photos). */
export const ZAddCasePhotoRequest = z.object({ photoId: ZId });
