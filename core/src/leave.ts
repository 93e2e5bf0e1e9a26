import { z } from 'zod';
import { isWorkingDay, type TWorkingCalendar } from './calendar.ts';
import type { TCountyRules } from './county-rules.ts';
import { ABSENCE_KINDS, ABSENCE_STATES, type TAbsenceKind, type TAbsenceState } from './leave-codes.ts';
import { addDays, daysBetween } from './posting.ts';

export { ABSENCE_KINDS, ABSENCE_STATES, type TAbsenceKind, type TAbsenceState } from './leave-codes.ts';

export const ZAbsenceKind = z.enum(ABSENCE_KINDS);
export const ZAbsenceState = z.enum(ABSENCE_STATES);

/** Who approves: the township Party secretary or the county organisation department. */
export const APPROVAL_LEVELS = ['township', 'county'] as const;
export const ZApprovalLevel = z.enum(APPROVAL_LEVELS);
export type TApprovalLevel = z.infer<typeof ZApprovalLevel>;

const ZDate = z.iso.date();

/** A cadre asks for leave or reports official duty, both dates included. */
export const ZAbsenceRequest = z
  .object({
    kind: ZAbsenceKind,
    startDate: ZDate,
    endDate: ZDate,
    reason: z.string().trim().min(1).max(200),
  })
  .refine((a) => a.endDate >= a.startDate, { message: 'endDate before startDate', path: ['endDate'] });
export type TAbsenceRequest = z.infer<typeof ZAbsenceRequest>;

/** The facts of an absence the rules need. */
export type TAbsence = { kind: TAbsenceKind; startDate: string; endDate: string; state: TAbsenceState };
/** A date range, both ends included. */
export type TDateRange = { startDate: string; endDate: string };

/** Calendar days from `start` to `end`, both included. */
export function leaveDays(start: string, end: string): number {
  return daysBetween(start, end) + 1;
}

/** Who has the final word: official duty and short leave the township, leave beyond its limit the county. */
export function approvalLevel(
  kind: TAbsenceKind,
  days: number,
  rules: Pick<TCountyRules, 'townshipLeaveMaxDays'>,
): TApprovalLevel {
  return kind === 'leave' && days > rules.townshipLeaveMaxDays ? 'county' : 'township';
}

/** Unbroken leave: requests of one person whose days touch, or lie apart by rest days and holidays only. */
export type TLeaveSpan = TDateRange & {
  /** Calendar days from the first day to the last, both included (rest days between requests too). */
  days: number;
  /** How many requests make it up. */
  requests: number;
};

/** True when nothing but rest days lies between a leave ending on `end` and one starting on `start` (or they touch). */
export function leaveJoins(end: string, start: string, calendar: TWorkingCalendar): boolean {
  for (let d = addDays(end, 1); d < start; d = addDays(d, 1)) if (isWorkingDay(d, calendar)) return false;
  return true;
}

const isLiveLeave = (a: TAbsence) => a.kind === 'leave' && a.state !== 'rejected' && a.state !== 'withdrawn';

/**
 * A person's live leave (pending or approved; official duty, rejected and withdrawn requests left out)
 * grouped into unbroken spans, earliest first, each with its requests (docs/rules.md §4.1: no splitting round
 * the county).
 */
export function leaveSpans<T extends TAbsence>(
  absences: readonly T[],
  calendar: TWorkingCalendar,
): (TLeaveSpan & { members: T[] })[] {
  const live = absences
    .filter(isLiveLeave)
    .sort((a, b) => (a.startDate < b.startDate ? -1 : a.startDate > b.startDate ? 1 : 0));
  const spans: { startDate: string; endDate: string; members: T[] }[] = [];
  for (const a of live) {
    const last = spans.at(-1);
    if (last && leaveJoins(last.endDate, a.startDate, calendar)) {
      if (a.endDate > last.endDate) last.endDate = a.endDate;
      last.members.push(a);
    } else spans.push({ startDate: a.startDate, endDate: a.endDate, members: [a] });
  }
  return spans.map((s) => ({
    ...s,
    days: leaveDays(s.startDate, s.endDate),
    requests: s.members.length,
  }));
}

/**
 * The unbroken leave a request belongs to, or would belong to once applied: the request joined with the
 * person's other live leave (`others`, the request itself not among them). Official duty, and a request
 * rejected or withdrawn, stand alone.
 */
export function leaveSpanOf(
  request: TAbsence,
  others: readonly TAbsence[],
  calendar: TWorkingCalendar,
): TLeaveSpan {
  const alone = { startDate: request.startDate, endDate: request.endDate, requests: 1 };
  if (!isLiveLeave(request)) return { ...alone, days: leaveDays(request.startDate, request.endDate) };
  const span = leaveSpans([...others, request], calendar).find((s) => s.members.includes(request))!;
  return { startDate: span.startDate, endDate: span.endDate, days: span.days, requests: span.requests };
}

/**
 * Who must decide a request: judged by the unbroken leave it belongs to (`leaveSpanOf`), so leave beyond the
 * township's limit goes to the county however it was split, and so does every request of that span.
 */
export function leaveApproval(
  request: TAbsence,
  others: readonly TAbsence[],
  calendar: TWorkingCalendar,
  rules: Pick<TCountyRules, 'townshipLeaveMaxDays'>,
): { level: TApprovalLevel; span: TLeaveSpan } {
  const span = leaveSpanOf(request, others, calendar);
  return { level: approvalLevel(request.kind, span.days, rules), span };
}

/** Every new request starts with the township. */
export function initialAbsenceState(): TAbsenceState {
  return 'pending_township';
}

/** True while the request awaits a decision. */
export function isPending(state: TAbsenceState): boolean {
  return state === 'pending_township' || state === 'pending_county';
}

export const ABSENCE_REFUSALS = ['not_pending', 'beyond_level'] as const;
export type TAbsenceRefusal = (typeof ABSENCE_REFUSALS)[number];
/** Result of a transition: the new state, or why it is refused. */
export type TAbsenceTransition = { ok: true; state: TAbsenceState } | { ok: false; reason: TAbsenceRefusal };

export type TAbsenceAction =
  | { type: 'approve'; level: TApprovalLevel }
  | { type: 'reject'; level: TApprovalLevel }
  | { type: 'withdraw' };

/** The level an approver must have to decide in this pending state (county decides anything pending). */
const mayDecide = (state: TAbsenceState, level: TApprovalLevel) =>
  level === 'county' || state === 'pending_township';

/**
 * Approve: the township approves within its limit or forwards to the county; the county approves anything
 * pending. The length judged is that of the unbroken leave the request belongs to (`spanDays`, see
 * `leaveSpanOf`), the request's own days when it stands alone.
 */
export function nextStateOnApprove(
  absence: TAbsence,
  approverLevel: TApprovalLevel,
  rules: Pick<TCountyRules, 'townshipLeaveMaxDays'>,
  spanDays: number = leaveDays(absence.startDate, absence.endDate),
): TAbsenceTransition {
  if (!isPending(absence.state)) return { ok: false, reason: 'not_pending' };
  if (!mayDecide(absence.state, approverLevel)) return { ok: false, reason: 'beyond_level' };
  if (approverLevel === 'county') return { ok: true, state: 'approved' };
  const needed = approvalLevel(absence.kind, spanDays, rules);
  return { ok: true, state: needed === 'county' ? 'pending_county' : 'approved' };
}

/** Reject: a pending request, by the level it waits for (or the county). */
export function nextStateOnReject(absence: TAbsence, approverLevel: TApprovalLevel): TAbsenceTransition {
  if (!isPending(absence.state)) return { ok: false, reason: 'not_pending' };
  if (!mayDecide(absence.state, approverLevel)) return { ok: false, reason: 'beyond_level' };
  return { ok: true, state: 'rejected' };
}

/** Withdraw: the cadre takes back a request still pending. */
export function nextStateOnWithdraw(absence: TAbsence): TAbsenceTransition {
  return isPending(absence.state) ? { ok: true, state: 'withdrawn' } : { ok: false, reason: 'not_pending' };
}

/** Any action on an absence request (see the three `nextStateOn…` functions). */
export function absenceTransition(
  absence: TAbsence,
  action: TAbsenceAction,
  rules: Pick<TCountyRules, 'townshipLeaveMaxDays'>,
  spanDays?: number,
): TAbsenceTransition {
  if (action.type === 'approve') return nextStateOnApprove(absence, action.level, rules, spanDays);
  if (action.type === 'reject') return nextStateOnReject(absence, action.level);
  return nextStateOnWithdraw(absence);
}

/** True when two date ranges share at least one day. */
export function overlaps(a: TDateRange, b: TDateRange): boolean {
  return a.startDate <= b.endDate && b.startDate <= a.endDate;
}

/** The first live (not rejected or withdrawn) absence overlapping the candidate, or null. */
export function findOverlap<T extends TDateRange & { state: TAbsenceState }>(
  existing: readonly T[],
  candidate: TDateRange,
): T | null {
  return (
    existing.find((a) => a.state !== 'rejected' && a.state !== 'withdrawn' && overlaps(a, candidate)) ?? null
  );
}

/** Dates in [from, to] covered by approved leave (not official duty), sorted, each once: the week's excused dates. */
export function datesCovered(absences: readonly TAbsence[], from: string, to: string): string[] {
  const dates = new Set<string>();
  for (const a of absences) {
    if (a.kind !== 'leave' || a.state !== 'approved') continue;
    const start = a.startDate > from ? a.startDate : from;
    const end = a.endDate < to ? a.endDate : to;
    for (let d = start; d <= end; d = addDays(d, 1)) dates.add(d);
  }
  return [...dates].sort();
}

/** Days of approved leave in a year (`YYYY`), clipped to the year, each date once. */
export function leaveDaysInYear(absences: readonly TAbsence[], year: string): number {
  return datesCovered(absences, `${year}-01-01`, `${year}-12-31`).length;
}

/** Recall alert to the dispatching unit: more approved leave in the year than the county allows. */
export function recallAlert(
  absences: readonly TAbsence[],
  year: string,
  rules: Pick<TCountyRules, 'recallLeaveDays'>,
): boolean {
  return leaveDaysInYear(absences, year) > rules.recallLeaveDays;
}
