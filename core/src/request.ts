import { z } from 'zod';
import { isWorkingDay, type TWorkingCalendar } from './calendar.ts';
import { addDays } from './posting.ts';
import { REQUEST_CATEGORIES, type TRequestCategory, type TUrgency, URGENCIES } from './request-codes.ts';

export {
  isNightVisit,
  REQUEST_CATEGORIES,
  REQUEST_LIMITS,
  type TRequestCategory,
  type TUrgency,
  URGENCIES,
} from './request-codes.ts';

export const ZRequestCategory = z.enum(REQUEST_CATEGORIES);

export const ZUrgency = z.enum(URGENCIES);

/** docs/rules.md §4.3: registered → accepted → in progress → resolved → followed up; withdrawn, duplicate and not ours end it. */
export const REQUEST_STATES = [
  'registered', // 已登记: waiting for its owner level to accept
  'accepted', // 已受理: an owner is named
  'in_progress', // 办理中
  'resolved', // 已办结: result (and evidence) given, waiting for the villager's word
  'followed_up', // 已回访: the villager is (basically) satisfied
  'withdrawn', // 已撤回
  'duplicate', // 重复: linked to another request
  'not_ours', // 非本级职责: names who is responsible
] as const;
export const ZRequestState = z.enum(REQUEST_STATES);
export type TRequestState = z.infer<typeof ZRequestState>;
export const TERMINAL_STATES: readonly TRequestState[] = [
  'followed_up',
  'withdrawn',
  'duplicate',
  'not_ours',
];

/** Who owns a request, lowest first: a hand-up or an overdue escalation moves one step up. */
export const OWNER_LEVELS = ['village', 'township', 'county'] as const;
export const ZOwnerLevel = z.enum(OWNER_LEVELS);
export type TOwnerLevel = z.infer<typeof ZOwnerLevel>;

export const SATISFACTIONS = ['satisfied', 'basically_satisfied', 'dissatisfied', 'partly_solved'] as const;
export const ZSatisfaction = z.enum(SATISFACTIONS);
export type TSatisfaction = z.infer<typeof ZSatisfaction>;

export type TRequestAction =
  | { type: 'accept' }
  | { type: 'start' }
  | { type: 'resolve' }
  | { type: 'hand_up' }
  | { type: 'escalate' } // the overdue job: like a hand-up, by the system
  | { type: 'follow_up'; satisfaction: TSatisfaction }
  | { type: 'withdraw' }
  | { type: 'mark_duplicate' }
  | { type: 'not_ours' };
export type TRequestActionType = TRequestAction['type'];

export type TRequestFacts = { state: TRequestState; ownerLevel: TOwnerLevel };
export const REQUEST_REFUSALS = ['not_allowed_in_state', 'below_owner_level', 'top_level'] as const;
export type TRequestRefusal = (typeof REQUEST_REFUSALS)[number];
export type TRequestTransition =
  | { ok: true; state: TRequestState; ownerLevel: TOwnerLevel; reopened: boolean }
  | { ok: false; reason: TRequestRefusal };

const OPEN: readonly TRequestState[] = ['registered', 'accepted', 'in_progress'];

/** From which states each action may be taken. */
export const ALLOWED_FROM: Record<TRequestActionType, readonly TRequestState[]> = {
  accept: ['registered'],
  start: ['accepted'],
  resolve: ['accepted', 'in_progress'],
  hand_up: OPEN,
  escalate: ['registered', 'accepted', 'in_progress'],
  follow_up: ['resolved'],
  withdraw: OPEN,
  mark_duplicate: OPEN,
  not_ours: ['registered', 'accepted'],
};

export const levelRank = (level: TOwnerLevel) => OWNER_LEVELS.indexOf(level);
/** The level above, or null at the county. */
export function levelAbove(level: TOwnerLevel): TOwnerLevel | null {
  return OWNER_LEVELS[levelRank(level) + 1] ?? null;
}

/**
 * The one state machine of a request (docs/rules.md §4.3). `actorLevel` is the level the actor acts at
 * (a cadre and the village act at 'village'); only the owner's level or above may accept, resolve,
 * hand up or close it. A dissatisfied or partly-solved follow-up reopens it (in progress, same owner).
 */
export function requestTransition(
  request: TRequestFacts,
  action: TRequestAction,
  actorLevel: TOwnerLevel | 'system' | 'submitter',
): TRequestTransition {
  if (!ALLOWED_FROM[action.type].includes(request.state))
    return { ok: false, reason: 'not_allowed_in_state' };
  const ownerActs = actorLevel !== 'system' && actorLevel !== 'submitter';
  const needsOwner = ['accept', 'start', 'resolve', 'hand_up', 'mark_duplicate', 'not_ours'].includes(
    action.type,
  );
  if (needsOwner && (!ownerActs || levelRank(actorLevel) < levelRank(request.ownerLevel)))
    return { ok: false, reason: 'below_owner_level' };
  if (action.type === 'escalate' && actorLevel !== 'system')
    return { ok: false, reason: 'below_owner_level' };
  if (action.type === 'follow_up' && actorLevel !== 'submitter' && !ownerActs)
    return { ok: false, reason: 'below_owner_level' };
  if (action.type === 'withdraw' && ownerActs && levelRank(actorLevel) < levelRank(request.ownerLevel))
    return { ok: false, reason: 'below_owner_level' };
  const same = { ownerLevel: request.ownerLevel, reopened: false };
  switch (action.type) {
    case 'accept':
      return { ok: true, state: 'accepted', ...same };
    case 'start':
      return { ok: true, state: 'in_progress', ...same };
    case 'resolve':
      return { ok: true, state: 'resolved', ...same };
    case 'hand_up':
    case 'escalate': {
      const up = levelAbove(request.ownerLevel);
      if (!up) return { ok: false, reason: 'top_level' };
      return { ok: true, state: 'registered', ownerLevel: up, reopened: false };
    }
    case 'follow_up':
      return action.satisfaction === 'satisfied' || action.satisfaction === 'basically_satisfied'
        ? { ok: true, state: 'followed_up', ...same }
        : { ok: true, state: 'in_progress', ownerLevel: request.ownerLevel, reopened: true };
    case 'withdraw':
      return { ok: true, state: 'withdrawn', ...same };
    case 'mark_duplicate':
      return { ok: true, state: 'duplicate', ...same };
    case 'not_ours':
      return { ok: true, state: 'not_ours', ...same };
  }
}

/** Working days to resolve, by category and urgency (configurable); accepting takes one working day. */
export type TDeadlineTable = Record<TRequestCategory, Record<TUrgency, number>>;
export const ACCEPT_WORKING_DAYS = 1;
export const DEFAULT_DEADLINES: TDeadlineTable = Object.fromEntries(
  REQUEST_CATEGORIES.map((c) => [c, { normal: 15, urgent: 3 }]),
) as TDeadlineTable;

/** The date `n` working days after `date` (the start day itself does not count). */
export function addWorkingDays(date: string, n: number, calendar: TWorkingCalendar): string {
  let d = date;
  for (let left = n; left > 0; ) {
    d = addDays(d, 1);
    if (isWorkingDay(d, calendar)) left--;
  }
  return d;
}

/** The dates by which a request must be accepted and resolved, from the day it was registered. */
export function requestDeadlines(
  registeredOn: string,
  category: TRequestCategory,
  urgency: TUrgency,
  calendar: TWorkingCalendar,
  table: TDeadlineTable = DEFAULT_DEADLINES,
): { acceptBy: string; resolveBy: string } {
  return {
    acceptBy: addWorkingDays(registeredOn, ACCEPT_WORKING_DAYS, calendar),
    resolveBy: addWorkingDays(registeredOn, table[category][urgency], calendar),
  };
}

/** Overdue on `today`: not accepted by its accept date, or not resolved by its resolve date. */
export function isOverdue(
  r: { state: TRequestState; acceptBy: string; resolveBy: string },
  today: string,
): boolean {
  if (r.state === 'registered') return today > r.acceptBy;
  if (r.state === 'accepted' || r.state === 'in_progress') return today > r.resolveBy;
  return false;
}

/** A tracking code for a public submission: 10 characters without look-alikes (0/O, 1/I/L). */
export const TRACKING_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export function makeTrackingCode(random: (n: number) => number): string {
  return Array.from({ length: 10 }, () => TRACKING_ALPHABET[random(TRACKING_ALPHABET.length)]).join('');
}
