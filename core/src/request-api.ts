import { z } from 'zod';
import { ZIdParam } from './id-param.ts';
import { ZPhone } from './phone.ts';
import { ZOwnerLevel, ZRequestCategory, ZRequestState, ZSatisfaction, ZUrgency } from './request.ts';
import { REQUEST_LIMITS } from './request-codes.ts';
import { ZFourRole } from './work-log.ts';

/** The HTTP contracts of visits, households and requests (issue 5); the rules live in request.ts. */

const ZDate = z.iso.date();
const ZVillageCode = z.string().regex(/^\d{12}$/);
const ZId = z.number().int().positive();

/** How a request came: raised during a visit, registered by a cadre or an admin, or through the public page. */
export const REQUEST_SOURCES = ['visit', 'cadre', 'public'] as const;
export const ZRequestSource = z.enum(REQUEST_SOURCES);
export type TRequestSource = z.infer<typeof ZRequestSource>;

/* ---------- households (农户) ---------- */

const householdFields = {
  headName: z.string().trim().min(1).max(30),
  address: z.string().trim().max(100).default(''),
  phone: ZPhone.optional(),
  note: z.string().trim().max(200).optional(),
};

/** A household registered on its own (POST /api/households). */
export const ZHouseholdCreate = z.object({ villageCode: ZVillageCode, ...householdFields });
export type THouseholdCreate = z.input<typeof ZHouseholdCreate>;

/** A household created on the fly while recording a visit (its village is the visit's). */
export const ZNewHousehold = z.object(householdFields);
export type TNewHousehold = z.input<typeof ZNewHousehold>;

/** A household as staff read it: the phone masked (138****5678) in every list. */
export const ZHouseholdView = z.object({
  id: z.number().int(),
  villageCode: z.string(),
  villageName: z.string(),
  headName: z.string(),
  address: z.string(),
  /** Masked unless the reader holds `pii:unmask` and asked for one household; null when none is known. */
  phone: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: z.string(),
});
export type THouseholdView = z.infer<typeof ZHouseholdView>;

/** GET /api/households?village&q: search by the head's name within scope. */
export const ZHouseholdListQuery = z.object({
  village: ZVillageCode.optional(),
  q: z.string().trim().max(30).optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type THouseholdListQuery = z.infer<typeof ZHouseholdListQuery>;
export const ZHouseholdList = z.object({ items: z.array(ZHouseholdView), total: z.number().int() });
export type THouseholdList = z.infer<typeof ZHouseholdList>;

/* ---------- requests (群众诉求) ---------- */

/** What a request needs, whichever way it is registered. */
const requestFields = {
  category: ZRequestCategory,
  urgency: ZUrgency.default('normal'),
  description: z.string().trim().min(1).max(REQUEST_LIMITS.description),
  fourRole: ZFourRole.optional(),
};

/** POST /api/requests: a cadre or an admin registers a request heard anywhere (source 'cadre'). */
export const ZRequestCreate = z.object({
  villageCode: ZVillageCode,
  ...requestFields,
  householdId: ZId.optional(),
});
export type TRequestCreate = z.input<typeof ZRequestCreate>;

/**
 * A request raised from a visit, "in a tap each": `householdId` names one of the visit's existing
 * households, `newHouseholdIndex` one of its `newHouseholds`; with neither, a visit to exactly one
 * household links that one.
 */
export const ZVisitRequestInput = z.object({
  ...requestFields,
  householdId: ZId.optional(),
  newHouseholdIndex: z.number().int().min(0).optional(),
});
export type TVisitRequestInput = z.input<typeof ZVisitRequestInput>;

/** The household a request is about, as staff see it (phone masked). */
export const ZRequestHousehold = z.object({
  id: z.number().int(),
  headName: z.string(),
  address: z.string(),
  phone: z.string().nullable(),
});

/** One change of a request: who, what, from and to which state. */
export const ZRequestEvent = z.object({
  id: z.number().int(),
  at: z.string(),
  actorKind: z.enum(['user', 'system', 'submitter']),
  /** The user's display name, 系统 for the escalation job, 群众 for the submitter. */
  actor: z.string(),
  action: z.string(),
  fromState: ZRequestState.nullable(),
  toState: ZRequestState,
  ownerLevel: ZOwnerLevel,
  note: z.string().nullable(),
});
export type TRequestEvent = z.infer<typeof ZRequestEvent>;

/** A request in the queue. `overdue` is core isOverdue with the server's today. */
export const ZRequestListItem = z.object({
  id: z.number().int(),
  villageCode: z.string(),
  villageName: z.string(),
  townshipCode: z.string(),
  townshipName: z.string(),
  category: ZRequestCategory,
  urgency: ZUrgency,
  description: z.string(),
  state: ZRequestState,
  ownerLevel: ZOwnerLevel,
  ownerDivision: z.object({ code: z.string(), name: z.string() }),
  ownerName: z.string().nullable(),
  source: ZRequestSource,
  registeredOn: ZDate,
  acceptBy: ZDate,
  resolveBy: ZDate,
  overdue: z.boolean(),
  reopenCount: z.number().int(),
  fourRole: ZFourRole.nullable(),
});
export type TRequestListItem = z.infer<typeof ZRequestListItem>;

/** A request with everything that happened to it (GET /api/requests/:id and every action's answer). */
export const ZRequestView = ZRequestListItem.extend({
  household: ZRequestHousehold.nullable(),
  /** A public submitter's name and phone, masked; null when not given or not public. */
  submitter: z.object({ name: z.string().nullable(), phone: z.string().nullable() }).nullable(),
  visitId: z.number().int().nullable(),
  result: z.string().nullable(),
  evidenceFileId: z.number().int().nullable(),
  satisfaction: ZSatisfaction.nullable(),
  duplicateOfId: z.number().int().nullable(),
  responsibleParty: z.string().nullable(),
  resolvedAt: z.string().nullable(),
  createdAt: z.string(),
  events: z.array(ZRequestEvent),
});
export type TRequestView = z.infer<typeof ZRequestView>;

/* The bodies of the actions: POST /api/requests/:id/{accept,start,resolve,hand-up,duplicate,not-ours,withdraw,follow-up}. */
export const ZRequestAcceptBody = z.object({
  ownerName: z.string().trim().min(1).max(REQUEST_LIMITS.ownerName).optional(),
  note: z.string().trim().max(REQUEST_LIMITS.note).optional(),
});
export const ZRequestStartBody = z.object({ note: z.string().trim().max(REQUEST_LIMITS.note).optional() });
export const ZRequestResolveBody = z.object({
  result: z.string().trim().min(1).max(REQUEST_LIMITS.result),
  fourRole: ZFourRole.optional(),
  evidenceFileId: ZId.optional(),
});
export const ZRequestHandUpBody = z.object({ reason: z.string().trim().min(1).max(REQUEST_LIMITS.reason) });
export const ZRequestDuplicateBody = z.object({
  duplicateOfId: ZId,
  note: z.string().trim().max(REQUEST_LIMITS.note).optional(),
});
export const ZRequestNotOursBody = z.object({
  responsibleParty: z.string().trim().min(1).max(REQUEST_LIMITS.responsibleParty),
  note: z.string().trim().max(REQUEST_LIMITS.note).optional(),
});
export const ZRequestWithdrawBody = z.object({ reason: z.string().trim().min(1).max(REQUEST_LIMITS.reason) });
/** Staff record the villager's word on the villager's behalf (e.g. by phone). */
export const ZRequestFollowUpBody = z.object({
  satisfaction: ZSatisfaction,
  note: z.string().trim().max(REQUEST_LIMITS.note).optional(),
});
export type TRequestAcceptBody = z.input<typeof ZRequestAcceptBody>;
export type TRequestStartBody = z.input<typeof ZRequestStartBody>;
export type TRequestResolveBody = z.input<typeof ZRequestResolveBody>;
export type TRequestHandUpBody = z.input<typeof ZRequestHandUpBody>;
export type TRequestDuplicateBody = z.input<typeof ZRequestDuplicateBody>;
export type TRequestNotOursBody = z.input<typeof ZRequestNotOursBody>;
export type TRequestWithdrawBody = z.input<typeof ZRequestWithdrawBody>;
export type TRequestFollowUpBody = z.input<typeof ZRequestFollowUpBody>;

/** The URL segment of each action and the core action it takes. */
export const REQUEST_ACTION_PATHS = {
  accept: 'accept',
  start: 'start',
  resolve: 'resolve',
  'hand-up': 'hand_up',
  duplicate: 'mark_duplicate',
  'not-ours': 'not_ours',
  withdraw: 'withdraw',
  'follow-up': 'follow_up',
} as const;
export type TRequestActionPath = keyof typeof REQUEST_ACTION_PATHS;

/** GET /api/requests: the queue in scope, sorted by deadline, then id. */
export const ZRequestQueueQuery = z.object({
  state: ZRequestState.optional(),
  category: ZRequestCategory.optional(),
  village: ZVillageCode.optional(),
  township: z
    .string()
    .regex(/^\d{9}$/)
    .optional(),
  overdue: z.stringbool().optional(),
  /** Only requests whose owner is this level (待本级办理, the to-do's link). */
  level: ZOwnerLevel.optional(),
  /** Only requests still to be worked (registered, accepted, in progress): the queue's default view. */
  open: z.stringbool().optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(20),
});
export type TRequestQueueQuery = z.infer<typeof ZRequestQueueQuery>;
export const ZRequestQueue = z.object({
  items: z.array(ZRequestListItem),
  total: z.number().int(),
  /** The server's today, the day `overdue` is judged on. */
  today: ZDate,
});
export type TRequestQueue = z.infer<typeof ZRequestQueue>;

/* ---------- ledger of practical deeds (我为群众办实事) ---------- */

/** GET /api/requests/ledger(.xlsx)?from&to&division: requests resolved in [from, to] within a division. */
export const ZLedgerQuery = z
  .object({
    from: ZDate,
    to: ZDate,
    /** A division code (township 9 digits, village 12, or the county); defaults to the reader's scope. */
    division: z
      .string()
      .regex(/^\d{6}(\d{3})?(\d{3})?$/)
      .optional(),
  })
  .refine((q) => q.to >= q.from, { message: 'to before from', path: ['to'] });
export type TLedgerQuery = z.infer<typeof ZLedgerQuery>;

export const ZLedgerItem = z.object({
  id: z.number().int(),
  villageCode: z.string(),
  villageName: z.string(),
  category: ZRequestCategory,
  fourRole: ZFourRole.nullable(),
  description: z.string(),
  result: z.string().nullable(),
  /** Local date it was (last) resolved. */
  resolvedOn: ZDate,
  state: ZRequestState,
  satisfaction: ZSatisfaction.nullable(),
  ownerLevel: ZOwnerLevel,
  ownerName: z.string().nullable(),
});
export type TLedgerItem = z.infer<typeof ZLedgerItem>;

export const ZLedger = z.object({
  from: ZDate,
  to: ZDate,
  division: z.object({ code: z.string(), name: z.string() }).nullable(),
  total: z.number().int(),
  byCategory: z.array(z.object({ category: ZRequestCategory, count: z.number().int() })),
  /** null: not tagged with any of the four roles. */
  byFourRole: z.array(z.object({ fourRole: ZFourRole.nullable(), count: z.number().int() })),
  items: z.array(ZLedgerItem),
});
export type TLedger = z.infer<typeof ZLedger>;

/* ---------- visits (夜访) ---------- */

/** Local Shanghai minute as typed on the phone: `2026-11-28T20:30`. */
export const ZLocalMinute = z.string().regex(/^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/);

/** POST /api/visits: the cadre's own visit; at least one household, existing or new. */
export const ZVisitCreate = z
  .object({
    visitedAt: ZLocalMinute,
    householdIds: z.array(ZId).max(REQUEST_LIMITS.householdsPerVisit).default([]),
    newHouseholds: z.array(ZNewHousehold).max(REQUEST_LIMITS.householdsPerVisit).default([]),
    attendees: z.string().trim().max(REQUEST_LIMITS.attendees).default(''),
    heard: z.string().trim().min(1).max(REQUEST_LIMITS.heard),
    requests: z.array(ZVisitRequestInput).max(REQUEST_LIMITS.requestsPerVisit).default([]),
    /** A night visit may also record that night 在村 on the day's record: one tap, off unless asked (docs/domain.md §0). */
    nightInVillage: z.boolean().default(false),
  })
  .refine((v) => v.householdIds.length + v.newHouseholds.length > 0, {
    message: 'no household',
    path: ['householdIds'],
  });
export type TVisitCreate = z.input<typeof ZVisitCreate>;

export const ZVisitView = z.object({
  id: z.number().int(),
  personId: z.number().int(),
  personName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  /** Local Shanghai minute, `YYYY-MM-DDTHH:MM`. */
  visitedAt: z.string(),
  /** The day of the cadre's log the visit belongs to. */
  date: ZDate,
  atNight: z.boolean(),
  attendees: z.string(),
  heard: z.string(),
  households: z.array(ZHouseholdView),
  requests: z.array(ZRequestListItem),
  createdAt: z.string(),
});
export type TVisitView = z.infer<typeof ZVisitView>;

/** GET /api/visits?from&to&village (or township): visits in scope, newest first. */
export const ZVisitListQuery = z.object({
  from: ZDate.optional(),
  to: ZDate.optional(),
  village: ZVillageCode.optional(),
  township: z
    .string()
    .regex(/^\d{9}$/)
    .optional(),
  personId: ZIdParam.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(200).default(50),
});
export type TVisitListQuery = z.infer<typeof ZVisitListQuery>;
export const ZVisitList = z.object({ items: z.array(ZVisitView), total: z.number().int() });
export type TVisitList = z.infer<typeof ZVisitList>;

/** GET /api/visits/summary?month=YYYY-MM: each cadre's visits and night visits, by village then name (never a ranking). */
export const ZVisitSummaryQuery = z.object({
  month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
  village: ZVillageCode.optional(),
  township: z
    .string()
    .regex(/^\d{9}$/)
    .optional(),
});
export type TVisitSummaryQuery = z.infer<typeof ZVisitSummaryQuery>;
export const ZVisitSummary = z.object({
  month: z.string(),
  /** Night visits a cadre makes a month: the county's rule of the month's year (`monthNightVisits`, docs/rules.md §4.4). */
  target: z.number().int(),
  items: z.array(
    z.object({
      personId: z.number().int(),
      personName: z.string(),
      villageCode: z.string(),
      villageName: z.string(),
      visits: z.number().int(),
      nightVisits: z.number().int(),
      /** A stationed cadre (any category but 村"两委"): the night-visit target is theirs alone. */
      stationed: z.boolean(),
      /** Whether the stationed cadre met the target; null for a village committee member (no target). */
      met: z.boolean().nullable(),
    }),
  ),
});
export type TVisitSummary = z.infer<typeof ZVisitSummary>;

/** Mask a villager's (or submitter's) name for lists: 张三丰 → 张**. */
export function maskVillagerName(name: string): string {
  const chars = [...name];
  return chars.length <= 1 ? name : `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

/** A request's contacts in full (POST /api/requests/:id/unmask, for a stated reason, audited). */
export const ZRequestContacts = z.object({
  household: z.object({ headName: z.string(), phone: z.string().nullable() }).nullable(),
  submitter: z.object({ name: z.string().nullable(), phone: z.string().nullable() }).nullable(),
});
export type TRequestContacts = z.infer<typeof ZRequestContacts>;
