import { z } from 'zod';
import { ZCadreCategory } from './cadre.ts';
import {
  PROJECT_KINDS,
  type TProjectKind,
  ZProjectAction,
  ZProjectFundingSource,
  ZProjectKind,
  ZProjectState,
} from './project.ts';

/** The HTTP contracts of the project registry (issue 14, items 1 and 2); the rules live in project.ts. */

const ZDate = z.iso.date();
const ZVillageCode = z.string().regex(/^\d{12}$/);
const ZDivisionCode = z.string().regex(/^\d{6,12}$/);
const ZId = z.number().int().positive().max(2_147_483_647);
const ZCount = z.number().int().min(0);
/** Fen (分) up to 1 000 亿元: a project's money never needs more, and a bigint column holds it. */
const ZFen = z.number().int().min(0).max(10_000_000_000_000);

export const PROJECT_LIMITS = {
  title: 100,
  summary: 2000,
  targetWhat: 200,
  targetUnit: 20,
  duty: 200,
  fundingNote: 200,
  reason: 200,
  note: 500,
  villages: 20,
  claimants: 50,
  beneficiaries: 10_000_000,
} as const;

export const ZProjectClaimantInput = z.object({
  personId: ZId,
  duty: z.string().trim().max(PROJECT_LIMITS.duty).default(''),
});
export const ZProjectFundingInput = z.object({
  source: ZProjectFundingSource,
  amountFen: ZFen,
  note: z.string().trim().max(PROJECT_LIMITS.fundingNote).default(''),
});

/** A project's facts, as the propose form sends them (POST) and again whole to edit them (PUT). */
export const ZCreateProjectRequest = z.object({
  title: z.string().trim().min(1).max(PROJECT_LIMITS.title),
  kind: ZProjectKind,
  /** 一村一示范: the secretary's demonstration project. */
  isDemonstration: z.boolean().default(false),
  summary: z.string().trim().max(PROJECT_LIMITS.summary).default(''),
  villageCodes: z.array(ZVillageCode).min(1).max(PROJECT_LIMITS.villages),
  leaderPersonId: ZId,
  claimants: z.array(ZProjectClaimantInput).max(PROJECT_LIMITS.claimants).default([]),
  targetWhat: z.string().trim().min(1).max(PROJECT_LIMITS.targetWhat),
  targetQuantity: z.number().min(0).max(1e12).nullable().default(null),
  targetUnit: z.string().trim().max(PROJECT_LIMITS.targetUnit).default(''),
  targetDate: ZDate,
  budgetFen: ZFen.default(0),
  funding: z.array(ZProjectFundingInput).max(20).default([]),
  beneficiaryHouseholds: ZCount.max(PROJECT_LIMITS.beneficiaries).default(0),
  beneficiaryPeople: ZCount.max(PROJECT_LIMITS.beneficiaries).default(0),
  startDate: ZDate,
  plannedEndDate: ZDate,
});
export type TCreateProjectRequest = z.input<typeof ZCreateProjectRequest>;
export type TProjectFacts = z.infer<typeof ZCreateProjectRequest>;
export const ZUpdateProjectRequest = ZCreateProjectRequest;
export type TUpdateProjectRequest = TCreateProjectRequest;

/** POST /api/projects/:id/<action>: the reason, which returning, failing acceptance and stopping need. */
export const ZProjectActionRequest = z.object({
  reason: z.string().trim().max(PROJECT_LIMITS.reason).optional(),
});
export type TProjectActionRequest = z.infer<typeof ZProjectActionRequest>;

/** The URL segment of each action (POST /api/projects/:id/request-acceptance …). */
export const PROJECT_ACTION_PATHS = {
  submit: 'submit',
  return: 'return',
  approve: 'approve',
  file: 'file',
  start: 'start',
  'request-acceptance': 'request_acceptance',
  'pass-acceptance': 'pass_acceptance',
  'fail-acceptance': 'fail_acceptance',
  stop: 'stop',
} as const;

export const ZProjectPerson = z.object({
  personId: ZId,
  name: z.string(),
  /** Their active posting's category, title and village (null when it has ended since). */
  category: ZCadreCategory.nullable(),
  postTitle: z.string().nullable(),
  villageCode: z.string().nullable(),
  villageName: z.string().nullable(),
});
export type TProjectPerson = z.infer<typeof ZProjectPerson>;

export const ZProjectVillage = z.object({ code: z.string(), name: z.string() });

export const ZProjectEvent = z.object({
  at: z.string(),
  action: z.string(),
  fromState: ZProjectState.nullable(),
  toState: ZProjectState,
  note: z.string().nullable(),
  actorName: z.string().nullable(),
});
export type TProjectEvent = z.infer<typeof ZProjectEvent>;

const projectHeader = {
  id: ZId,
  title: z.string(),
  kind: ZProjectKind,
  isDemonstration: z.boolean(),
  townshipCode: z.string(),
  townshipName: z.string(),
  villages: z.array(ZProjectVillage),
  leader: z.object({ personId: ZId, name: z.string() }),
  targetWhat: z.string(),
  targetQuantity: z.number().nullable(),
  targetUnit: z.string(),
  targetDate: ZDate,
  budgetFen: ZCount,
  startDate: ZDate,
  plannedEndDate: ZDate,
  state: ZProjectState,
  stopReason: z.string().nullable(),
  updatedAt: z.string(),
};

export const ZProjectListItem = z.object({ ...projectHeader, claimantCount: ZCount });
export type TProjectListItem = z.infer<typeof ZProjectListItem>;

/** A project in full, with what the caller may do to it now. */
export const ZProject = z.object({
  ...projectHeader,
  summary: z.string(),
  claimants: z.array(ZProjectPerson.extend({ duty: z.string() })),
  funding: z.array(z.object({ source: ZProjectFundingSource, amountFen: ZCount, note: z.string() })),
  beneficiaryHouseholds: ZCount,
  beneficiaryPeople: ZCount,
  /** The planned end as the township approved it (the baseline), null before approval. */
  baselinePlannedEnd: ZDate.nullable(),
  baselineFrozenAt: z.string().nullable(),
  actualEndDate: ZDate.nullable(),
  createdAt: z.string(),
  createdByName: z.string().nullable(),
  events: z.array(ZProjectEvent),
  /** The state actions the caller may take now, and whether they may edit the facts. */
  actions: z.array(ZProjectAction),
  editable: z.boolean(),
});
export type TProject = z.infer<typeof ZProject>;

export const ZProjectListQuery = z.object({
  township: ZDivisionCode.optional(),
  village: ZVillageCode.optional(),
  kind: ZProjectKind.optional(),
  state: ZProjectState.optional(),
  /** The leader's person id. */
  leader: z
    .string()
    .regex(/^[1-9][0-9]{0,9}$/)
    .transform(Number)
    .pipe(ZId)
    .optional(),
  demonstration: z
    .enum(['true', 'false'])
    .transform((v) => v === 'true')
    .optional(),
  /** Part of the title or of the leader's name. */
  q: z.string().trim().max(50).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TProjectListQuery = z.infer<typeof ZProjectListQuery>;
export const ZProjectList = z.object({ items: z.array(ZProjectListItem), total: ZCount });
export type TProjectList = z.infer<typeof ZProjectList>;

/** GET /api/projects/summary: projects in scope counted by kind, approved or further (PROJECT_COUNTED_STATES). */
export const ZProjectSummary = z.object({
  byKind: z.object(
    Object.fromEntries(PROJECT_KINDS.map((k) => [k, ZCount])) as Record<TProjectKind, typeof ZCount>,
  ),
  total: ZCount,
});
export type TProjectSummary = z.infer<typeof ZProjectSummary>;

/** GET /api/projects/people?villages=…: who may lead or claim a project in these villages. */
export const ZProjectPeopleQuery = z.object({
  villages: z
    .string()
    .regex(/^\d{12}(,\d{12}){0,19}$/)
    .transform((s) => s.split(',')),
});
export const ZProjectPeople = z.object({ items: z.array(ZProjectPerson) });

/* ---------- gaps (一村一示范, 责任田): lists by township and village, never a ranking ---------- */

export const ZProjectGapQuery = z.object({
  township: ZDivisionCode.optional(),
  village: ZVillageCode.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(100),
});
export type TProjectGapQuery = z.infer<typeof ZProjectGapQuery>;

/** A person with an active posting in a village, as the gap lists name them. */
export const ZProjectGapPerson = z.object({
  townshipCode: z.string(),
  townshipName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  personId: ZId,
  name: z.string(),
  category: ZCadreCategory,
  postTitle: z.string(),
});
export type TProjectGapPerson = z.infer<typeof ZProjectGapPerson>;
export const ZProjectGapList = z.object({ items: z.array(ZProjectGapPerson), total: ZCount });
export type TProjectGapList = z.infer<typeof ZProjectGapList>;
