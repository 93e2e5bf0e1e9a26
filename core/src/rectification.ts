import { z } from 'zod';
import { isWithin } from './division.ts';
import { addDays } from './posting.ts';
import { levelAbove, levelRank, OWNER_LEVELS, type TOwnerLevel } from './request.ts';

/** 整改台账 (docs/rules.md §4.13): where a problem came from. */
export const RECTIFICATION_SOURCES = [
  'national_assessment', // 国考反馈: the national assessment's feedback
  'provincial_inspection', // 省级督查/巡视
  'county_self_check', // 县级自查
  'admonishment', // 诫勉整改: the rectification an admonishment (星级评定, §4.6) brings, registered with it
] as const;
export const ZRectificationSource = z.enum(RECTIFICATION_SOURCES);
export type TRectificationSource = z.infer<typeof ZRectificationSource>;

/** The level that must fix a problem (and, after escalation, the level supervising it). */
export const RECTIFICATION_LEVELS = OWNER_LEVELS;
export const ZRectificationLevel = z.enum(RECTIFICATION_LEVELS);
export type TRectificationLevel = TOwnerLevel;

/** open → reported → (village: township_approved) → closed; a return sends it to returned, which reports again. */
export const RECTIFICATION_STATES = [
  'open', // 整改中
  'reported', // 已报送: completion reported with evidence, awaiting review
  'township_approved', // 乡镇审核通过: awaiting the county
  'returned', // 已退回: the township or the county sent it back with a reason
  'closed', // 已销号
] as const;
export const ZRectificationState = z.enum(RECTIFICATION_STATES);
export type TRectificationState = z.infer<typeof ZRectificationState>;

/** Who answers for it: a unit or division (责任单位), a leader (责任领导), a responsible person (责任人). */
export const RECTIFICATION_OWNER_ROLES = ['unit', 'leader', 'person'] as const;
export const ZRectificationOwnerRole = z.enum(RECTIFICATION_OWNER_ROLES);
export type TRectificationOwnerRole = z.infer<typeof ZRectificationOwnerRole>;

/** Everything that can happen to a problem; `progress` keeps the state, `escalate` is the job's. */
export const RECTIFICATION_ACTIONS = [
  'create',
  'progress',
  'report',
  'township_approve',
  'township_return',
  'close',
  'county_return',
  'escalate',
] as const;
export const ZRectificationAction = z.enum(RECTIFICATION_ACTIONS);
export type TRectificationAction = z.infer<typeof ZRectificationAction>;

/** The level an account acts at, or the overdue job. */
export type TRectificationActor = TRectificationLevel | 'system';

export const RECTIFICATION_REFUSALS = [
  'not_allowed_in_state',
  'wrong_level',
  'reason_required',
  'text_required',
] as const;
export type TRectificationRefusal = (typeof RECTIFICATION_REFUSALS)[number];

export type TRectificationFacts = {
  state: TRectificationState;
  level: TRectificationLevel;
  superviseLevel: TRectificationLevel;
};
export type TRectificationTransition =
  | { ok: true; state: TRectificationState; superviseLevel: TRectificationLevel }
  | { ok: false; reason: TRectificationRefusal };

const WORKING: readonly TRectificationState[] = ['open', 'returned'];

/** From which states each action may be taken (create has none: it makes the item). */
export const RECTIFICATION_ACTION_FROM: Record<TRectificationAction, readonly TRectificationState[]> = {
  create: [],
  progress: WORKING,
  report: WORKING,
  township_approve: ['reported'],
  township_return: ['reported'],
  close: ['reported', 'township_approved'],
  county_return: ['reported', 'township_approved'],
  escalate: WORKING,
};

/** The state a problem waits in for the county: a village's after the township's review, others' once reported. */
export function awaitsCounty(item: Pick<TRectificationFacts, 'state' | 'level'>): boolean {
  return item.level === 'village' ? item.state === 'township_approved' : item.state === 'reported';
}

/**
 * The one state machine of a problem (docs/rules.md §4.13). The level it sits at (or any level above)
 * reports progress and completion; a village's report is reviewed by the township, which approves or
 * returns it with a reason; the county closes (销号) or returns with a reason whatever awaits it (a
 * township's or the county's own problem goes to the county at once). The overdue job alone escalates:
 * the supervising level moves one step up, the state stays.
 */
export function rectificationTransition(
  item: TRectificationFacts,
  action: Exclude<TRectificationAction, 'create'>,
  actor: TRectificationActor,
  input: { text?: string; reason?: string } = {},
): TRectificationTransition {
  if (!RECTIFICATION_ACTION_FROM[action].includes(item.state))
    return { ok: false, reason: 'not_allowed_in_state' };
  const same = { superviseLevel: item.superviseLevel };
  if (action === 'escalate') {
    if (actor !== 'system') return { ok: false, reason: 'wrong_level' };
    const up = levelAbove(item.superviseLevel);
    return up ? { ok: true, state: item.state, superviseLevel: up } : { ok: false, reason: 'wrong_level' };
  }
  if (actor === 'system') return { ok: false, reason: 'wrong_level' };
  switch (action) {
    case 'progress':
    case 'report':
      if (levelRank(actor) < levelRank(item.level)) return { ok: false, reason: 'wrong_level' };
      if (!input.text?.trim()) return { ok: false, reason: 'text_required' };
      return { ok: true, state: action === 'report' ? 'reported' : item.state, ...same };
    case 'township_approve':
    case 'township_return':
      if (item.level !== 'village' || actor !== 'township') return { ok: false, reason: 'wrong_level' };
      if (action === 'township_approve') return { ok: true, state: 'township_approved', ...same };
      if (!input.reason?.trim()) return { ok: false, reason: 'reason_required' };
      return { ok: true, state: 'returned', ...same };
    case 'close':
    case 'county_return':
      if (actor !== 'county') return { ok: false, reason: 'wrong_level' };
      if (!awaitsCounty(item)) return { ok: false, reason: 'not_allowed_in_state' };
      if (action === 'close') return { ok: true, state: 'closed', ...same };
      if (!input.reason?.trim()) return { ok: false, reason: 'reason_required' };
      return { ok: true, state: 'returned', ...same };
  }
}

/** The actions an actor may take on a problem now (what its page offers), in the order shown. */
export function allowedRectificationActions(
  item: TRectificationFacts,
  actor: TRectificationLevel,
): Exclude<TRectificationAction, 'create' | 'escalate'>[] {
  const all = [
    'progress',
    'report',
    'township_approve',
    'township_return',
    'close',
    'county_return',
  ] as const;
  return all.filter((a) => rectificationTransition(item, a, actor, { text: 'x', reason: 'x' }).ok);
}

/** Overdue on `today`: still being worked (open or returned) after its deadline. */
export function isRectificationOverdue(
  item: { state: TRectificationState; deadline: string },
  today: string,
): boolean {
  return WORKING.includes(item.state) && today > item.deadline;
}

/** Days between an overdue item's escalations (the first comes the day after its deadline). */
export const RECTIFICATION_ESCALATION_DAYS = 7;

/**
 * Whether the overdue job escalates a problem today (docs/rules.md §4.13): once it is overdue, one
 * level up (village → township → county), then again every RECTIFICATION_ESCALATION_DAYS days while
 * it stays overdue, until the county supervises it.
 */
export function escalationDue(
  item: TRectificationFacts & { deadline: string; escalatedOn: string | null },
  today: string,
  everyDays = RECTIFICATION_ESCALATION_DAYS,
): TRectificationLevel | null {
  if (!isRectificationOverdue(item, today)) return null;
  const up = levelAbove(item.superviseLevel);
  if (!up) return null;
  if (item.escalatedOn && today < addDays(item.escalatedOn, everyDays)) return null;
  return up;
}

/** A problem as the on-time rate reads it. */
export type TRectificationRecord = {
  divisionCode: string;
  deadline: string;
  state: TRectificationState;
  /** The date of the completion report the close accepted (the latest one). */
  reportedOn: string | null;
  ownerPersonIds: readonly number[];
};

export type TOnTimeRate = { due: number; closedOnTime: number; share: number | null };

/**
 * For the star rating (星级评定): of the problems a person answers for (an owner of it), or that lie
 * in a division, those due in `year` (deadline in the year, on or before `asOf`), how many were closed
 * on time: closed, with the completion report the county accepted dated on or before the deadline.
 * A problem still open past its deadline counts as due and not on time. share is null when none is due.
 */
export function rectificationOnTime(
  items: readonly TRectificationRecord[],
  who: { personId: number } | { divisionCode: string },
  year: number,
  asOf: string,
): TOnTimeRate {
  const from = `${year}-01-01`;
  const to = `${year}-12-31` < asOf ? `${year}-12-31` : asOf;
  const mine = items.filter((i) =>
    'personId' in who ? i.ownerPersonIds.includes(who.personId) : isWithin(i.divisionCode, who.divisionCode),
  );
  const due = mine.filter((i) => i.deadline >= from && i.deadline <= to);
  const closedOnTime = due.filter(
    (i) => i.state === 'closed' && i.reportedOn !== null && i.reportedOn <= i.deadline,
  ).length;
  return { due: due.length, closedOnTime, share: due.length ? closedOnTime / due.length : null };
}
