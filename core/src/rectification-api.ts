import { z } from 'zod';
import {
  ZRectificationAction,
  ZRectificationLevel,
  ZRectificationOwnerRole,
  ZRectificationSource,
  ZRectificationState,
} from './rectification.ts';

/** The HTTP contracts of 整改台账 (issue 15, item 4); the rules live in rectification.ts. */

const ZDate = z.iso.date();
const ZDivisionCode = z.string().regex(/^(\d{6}|\d{9}|\d{12})$/);
const ZId = z.number().int().positive().max(2_147_483_647);

export const RECTIFICATION_LIMITS = {
  sourceRef: 100,
  problem: 1000,
  evidenceRequired: 500,
  measure: 500,
  ownerName: 100,
  measures: 20,
  owners: 20,
  text: 2000,
  reason: 500,
  photos: 9,
} as const;

export const ZRectificationMeasureInput = z.object({
  text: z.string().trim().min(1).max(RECTIFICATION_LIMITS.measure),
  /** The measure's own deadline; the problem's when left out. */
  deadline: ZDate.optional(),
});
export const ZRectificationOwnerInput = z.object({
  role: ZRectificationOwnerRole,
  name: z.string().trim().min(1).max(RECTIFICATION_LIMITS.ownerName),
  /** A person of the registry, when the owner is one (their name is then the registry's). */
  personId: ZId.optional(),
});

/** POST /api/rectifications: a problem with its measures and owners, in one step. */
export const ZRectificationCreate = z.object({
  // an admonishment's rectification is registered with the admonishment (rating-follow), never by hand
  source: ZRectificationSource.exclude(['admonishment']),
  sourceRef: z.string().trim().max(RECTIFICATION_LIMITS.sourceRef).default(''),
  problem: z.string().trim().min(1).max(RECTIFICATION_LIMITS.problem),
  level: ZRectificationLevel,
  /** The division that must fix it: the county, a township or a village, matching the level. */
  divisionCode: ZDivisionCode,
  deadline: ZDate,
  evidenceRequired: z.string().trim().max(RECTIFICATION_LIMITS.evidenceRequired).default(''),
  measures: z.array(ZRectificationMeasureInput).min(1).max(RECTIFICATION_LIMITS.measures),
  owners: z.array(ZRectificationOwnerInput).min(1).max(RECTIFICATION_LIMITS.owners),
});
export type TRectificationCreate = z.input<typeof ZRectificationCreate>;

/** POST /api/rectifications/:id/<action>: a report's text and photos, or a return's reason. */
export const ZRectificationActionBody = z.object({
  /** 整改情况: what was done (progress or completion). */
  statement: z.string().trim().max(RECTIFICATION_LIMITS.text).optional(),
  reason: z.string().trim().max(RECTIFICATION_LIMITS.reason).optional(),
  photoIds: z.array(ZId).max(RECTIFICATION_LIMITS.photos).default([]),
});
export type TRectificationActionBody = z.input<typeof ZRectificationActionBody>;

/** The URL segment of each action a person takes. */
export const RECTIFICATION_ACTION_PATHS = {
  progress: 'progress',
  report: 'report',
  'township-approve': 'township_approve',
  'township-return': 'township_return',
  close: 'close',
  'county-return': 'county_return',
} as const;
export type TRectificationActionPath = keyof typeof RECTIFICATION_ACTION_PATHS;

export const ZRectificationListQuery = z.object({
  source: ZRectificationSource.optional(),
  state: ZRectificationState.optional(),
  level: ZRectificationLevel.optional(),
  township: z
    .string()
    .regex(/^\d{9}$/)
    .optional(),
  overdue: z.stringbool().optional(),
  /** Reports waiting for a level's decision: the township's review of a village's, or the county's close. */
  awaiting: z.enum(['township', 'county']).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TRectificationListQuery = z.infer<typeof ZRectificationListQuery>;

const ZDivisionRef = z.object({ code: z.string(), name: z.string() });

export const ZRectificationListItem = z.object({
  id: z.number().int(),
  source: ZRectificationSource,
  sourceRef: z.string(),
  problem: z.string(),
  level: ZRectificationLevel,
  division: ZDivisionRef,
  township: ZDivisionRef.nullable(),
  superviseLevel: ZRectificationLevel,
  state: ZRectificationState,
  deadline: z.string(),
  overdue: z.boolean(),
  /** 责任单位、责任领导、责任人 in one line. */
  owners: z.string(),
  returnCount: z.number().int(),
});
export type TRectificationListItem = z.infer<typeof ZRectificationListItem>;

export const ZRectificationList = z.object({
  items: z.array(ZRectificationListItem),
  total: z.number().int(),
  /** Counts by state under the other filters (the state filter left out). */
  counts: z.record(ZRectificationState, z.number().int()),
  overdue: z.number().int(),
  today: z.string(),
});
export type TRectificationList = z.infer<typeof ZRectificationList>;

export const ZRectificationEvent = z.object({
  id: z.number().int(),
  at: z.string(),
  action: ZRectificationAction,
  /** Who acted; null for the overdue job (系统). */
  actor: z.string().nullable(),
  fromState: ZRectificationState.nullable(),
  toState: ZRectificationState,
  superviseLevel: ZRectificationLevel,
  note: z.string().nullable(),
  photoIds: z.array(z.number().int()),
});
export type TRectificationEvent = z.infer<typeof ZRectificationEvent>;

export const ZRectificationView = ZRectificationListItem.extend({
  evidenceRequired: z.string(),
  measures: z.array(z.object({ id: z.number().int(), text: z.string(), deadline: z.string() })),
  ownerList: z.array(
    z.object({
      role: ZRectificationOwnerRole,
      name: z.string(),
      personId: z.number().int().nullable(),
    }),
  ),
  events: z.array(ZRectificationEvent),
  /** The actions the caller may take now (the page's buttons). */
  allowedActions: z.array(ZRectificationAction),
  today: z.string(),
});
export type TRectificationView = z.infer<typeof ZRectificationView>;
