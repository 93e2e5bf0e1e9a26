import { z } from 'zod';
import { ZDivisionCode } from './division.ts';
import { ZViolationAction, ZViolationOutcome, ZViolationState } from './violation.ts';

const ZDate = z.iso.date();
const ZId = z.number().int().min(1).max(2_147_483_647);
const ZCount = z.number().int();
/** A catalogue's year: the years the county's rules can be kept for. */
export const ZConductYear = z.coerce.number().int().min(2000).max(2100);
/** Points a conduct item deducts (0 for a veto that deducts nothing on top). */
export const ZDeduction = z.number().int().min(0).max(100);

/** An item of forbidden conduct (负面清单事项) as the catalogue page shows it. */
export const ZConductItem = z.object({
  id: ZCount,
  year: ZCount,
  position: ZCount,
  /** What is forbidden (事项内容). */
  conduct: z.string(),
  deduction: ZCount,
  veto: z.boolean(),
  /** Taken off the year's list (records citing it keep it). */
  retired: z.boolean(),
  /** Cited by a violation record: its text, deduction and veto no longer change. */
  used: z.boolean(),
});
export type TConductItem = z.infer<typeof ZConductItem>;

/** A year's catalogue of forbidden conduct (履职行为负面清单) and its answer period. */
export const ZConductCatalogue = z.object({
  year: ZCount,
  /** False until the county starts that year's list (from scratch or from the year before). */
  exists: z.boolean(),
  /** Days the cadre has to answer a notice, and to appeal a decision. */
  answerDays: ZCount,
  /** The county's current year (Asia/Shanghai). */
  currentYear: ZCount,
  /** A year before the current one: read-only. */
  closed: z.boolean(),
  items: z.array(ZConductItem),
});
export type TConductCatalogue = z.infer<typeof ZConductCatalogue>;

/** Add or change an item: its text, deduction and whether it is a veto (一票否决). */
export const ZConductItemRequest = z.object({
  conduct: z.string().trim().min(2).max(200),
  deduction: ZDeduction,
  veto: z.boolean(),
});
export type TConductItemRequest = z.infer<typeof ZConductItemRequest>;

/** Change a year's answer period. */
export const ZConductCatalogueRequest = z.object({ answerDays: z.number().int().min(1).max(30) });
export type TConductCatalogueRequest = z.infer<typeof ZConductCatalogueRequest>;

/** Record a violation of a cadre (the county or the cadre's township), with its evidence. */
export const ZViolationRecordRequest = z.object({
  personId: ZId,
  itemId: ZId,
  occurredOn: ZDate,
  circumstances: z.string().trim().min(5).max(2000),
  /** Evidence photos uploaded first (POST /api/violations/evidence). */
  photoIds: z.array(ZId).max(6).default([]),
});
export type TViolationRecordRequest = z.infer<typeof ZViolationRecordRequest>;

/** The cadre's written answer (申辩) or appeal (申诉). */
export const ZViolationStatementRequest = z.object({ explanation: z.string().trim().min(5).max(2000) });
export type TViolationStatementRequest = z.infer<typeof ZViolationStatementRequest>;

/** The county's decision on a record or its appeal: upheld, reduced (to a lower deduction) or dismissed. */
export const ZViolationDecisionRequest = z.object({
  outcome: ZViolationOutcome,
  /** The lower deduction of a reduction. */
  reducedDeduction: ZDeduction.optional(),
  reason: z.string().trim().min(2).max(1000),
});
export type TViolationDecisionRequest = z.infer<typeof ZViolationDecisionRequest>;

/** Filters of the list of violation records in scope. */
export const ZViolationQuery = z.object({
  state: ZViolationState.optional(),
  township: ZDivisionCode.refine((c) => c.length === 9).optional(),
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  personId: z.coerce.number().int().min(1).max(2_147_483_647).optional(),
  /** Only records the county may decide now: answered, or unanswered once the answer period is over (the to-do's link). */
  toDecide: z.stringbool().optional(),
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  pageSize: z.coerce.number().int().min(1).max(100).default(20),
});
export type TViolationQuery = z.infer<typeof ZViolationQuery>;

/** A violation record in a list. */
export const ZViolationItem = z.object({
  id: ZCount,
  personId: ZCount,
  personName: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  year: ZCount,
  itemId: ZCount,
  itemText: z.string(),
  veto: z.boolean(),
  occurredOn: ZDate,
  state: ZViolationState,
  /** The deduction recorded (the item's). */
  deduction: ZCount,
  outcome: ZViolationOutcome.nullable(),
  /** The deduction the decision in force sets. */
  finalDeduction: ZCount.nullable(),
  answerDue: ZDate,
  appealDue: ZDate.nullable(),
  recordedLevel: z.enum(['county', 'township']),
  createdAt: z.string(),
});
export type TViolationItem = z.infer<typeof ZViolationItem>;

export const ZViolationList = z.object({ items: z.array(ZViolationItem), total: ZCount });
export type TViolationList = z.infer<typeof ZViolationList>;

/** A step of the record's timeline: who did what, the state it moved to, the decision, the words. */
export const ZViolationEvent = z.object({
  id: ZCount,
  at: z.string(),
  actor: z.string(),
  action: ZViolationAction,
  toState: ZViolationState,
  outcome: ZViolationOutcome.nullable(),
  deduction: ZCount.nullable(),
  note: z.string().nullable(),
});
export type TViolationEvent = z.infer<typeof ZViolationEvent>;

/** A violation record with its evidence, statements, timeline and the steps the caller may take now. */
export const ZViolationDetail = ZViolationItem.extend({
  description: z.string(),
  answer: z.string().nullable(),
  appeal: z.string().nullable(),
  photoIds: z.array(ZCount),
  /** The first local date the county may decide without the cadre's answer. */
  decidableFrom: ZDate,
  events: z.array(ZViolationEvent),
  /** What the caller may do now (the server still decides). */
  allowed: z.array(ZViolationAction),
});
export type TViolationDetail = z.infer<typeof ZViolationDetail>;

/** A person's year under the negative list: what counts, the total deducted, the veto and the grade cap. */
export const ZViolationYearView = z.object({
  personId: ZCount,
  year: ZCount,
  counted: ZCount,
  totalDeduction: ZCount,
  vetoes: z.array(z.string()),
  gradeCap: z.literal('incompetent').nullable(),
});
export type TViolationYearView = z.infer<typeof ZViolationYearView>;

/** The cadre's own records and their year. */
export const ZMyViolations = z.object({
  items: z.array(ZViolationDetail),
  year: ZViolationYearView,
});
export type TMyViolations = z.infer<typeof ZMyViolations>;
