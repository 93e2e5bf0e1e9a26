import { z } from 'zod';
import { addDays } from './posting.ts';

/**
 * Where a violation record (违反履职行为负面清单的记录) stands in its due process (docs/rules.md §4.10):
 * notified (recorded, the cadre told, the answer period open) → answered (the cadre's written answer) →
 * decided (upheld, reduced or dismissed, by the county) → appealed (once) → final (the appeal decided).
 */
export const VIOLATION_STATES = ['notified', 'answered', 'decided', 'appealed', 'final'] as const;
export const ZViolationState = z.enum(VIOLATION_STATES);
export type TViolationState = z.infer<typeof ZViolationState>;

/** What the county organisation department decides, on the record and again on an appeal. */
export const VIOLATION_OUTCOMES = ['upheld', 'reduced', 'dismissed'] as const;
export const ZViolationOutcome = z.enum(VIOLATION_OUTCOMES);
export type TViolationOutcome = z.infer<typeof ZViolationOutcome>;

/** The steps of the due process, each a line of the record's timeline and an audit row. */
export const VIOLATION_ACTIONS = ['record', 'answer', 'decide', 'appeal', 'decide_appeal'] as const;
export const ZViolationAction = z.enum(VIOLATION_ACTIONS);
export type TViolationAction = z.infer<typeof ZViolationAction>;

/** Who recorded a violation: the county organisation department or the cadre's township. */
export const VIOLATION_LEVELS = ['county', 'township'] as const;
export type TViolationLevel = (typeof VIOLATION_LEVELS)[number];

/** Days the cadre has to answer a notice (and to appeal a decision) unless the year's catalogue says otherwise. */
export const DEFAULT_ANSWER_DAYS = 5;

/** The states each step may start from. */
export const VIOLATION_ALLOWED_FROM: Record<TViolationAction, readonly TViolationState[]> = {
  record: [],
  answer: ['notified'],
  decide: ['notified', 'answered'],
  appeal: ['decided'],
  decide_appeal: ['appealed'],
};

/** The state each step leads to. */
const NEXT_STATE: Record<TViolationAction, TViolationState> = {
  record: 'notified',
  answer: 'answered',
  decide: 'decided',
  appeal: 'appealed',
  decide_appeal: 'final',
};

/** Why a step is refused: the wrong state, the answer period still open or over, or the one appeal used. */
export const VIOLATION_REFUSALS = [
  'not_allowed_in_state',
  'answer_period_open',
  'answer_period_over',
  'appeal_period_over',
  'appealed_once',
] as const;
export type TViolationRefusal = (typeof VIOLATION_REFUSALS)[number];

/** What the process needs to know of a record to judge a step. */
export type TViolationFacts = {
  state: TViolationState;
  /** The last local date the cadre may answer. */
  answerDue: string;
  /** The last local date the cadre may appeal, once decided. */
  appealDue: string | null;
  /** Set once the cadre has appealed (also after the appeal is decided). */
  appealed: boolean;
};

export type TViolationTransition =
  | { ok: true; to: TViolationState }
  | { ok: false; refusal: TViolationRefusal };

/**
 * The due process of a violation record (docs/rules.md §4.10), on the local date `today`: the cadre may answer
 * until the answer period's last day; the county decides only once the cadre has answered or the period has
 * ended (never before: the cadre is heard first); the cadre may appeal a decision once, within the appeal
 * period; the county's decision on the appeal is final.
 */
export function violationTransition(
  facts: TViolationFacts,
  action: TViolationAction,
  today: string,
): TViolationTransition {
  if (action === 'appeal' && facts.appealed) return { ok: false, refusal: 'appealed_once' };
  if (!VIOLATION_ALLOWED_FROM[action].includes(facts.state))
    return { ok: false, refusal: 'not_allowed_in_state' };
  if (action === 'answer' && today > facts.answerDue) return { ok: false, refusal: 'answer_period_over' };
  if (action === 'decide' && facts.state === 'notified' && today <= facts.answerDue)
    return { ok: false, refusal: 'answer_period_open' };
  if (action === 'appeal' && facts.appealDue !== null && today > facts.appealDue)
    return { ok: false, refusal: 'appeal_period_over' };
  return { ok: true, to: NEXT_STATE[action] };
}

/** The last local date to answer (or appeal): `days` days after the local date of the notice (or decision). */
export function answerDueOf(noticeDate: string, days: number): string {
  return addDays(noticeDate, days);
}

/** The first local date the county may decide without an answer: the day after the answer period. */
export function decidableFrom(answerDue: string): string {
  return addDays(answerDue, 1);
}

/** The deduction a decision sets: the recorded one when upheld, the lower one given when reduced, none when dismissed. */
export function deductionOf(outcome: TViolationOutcome, recorded: number, reducedTo?: number): number {
  if (outcome === 'dismissed') return 0;
  if (outcome === 'reduced') return reducedTo ?? recorded;
  return recorded;
}

/** Why a decision's deduction is refused: a reduction must be lower than the deduction recorded. */
export function reducedDeductionProblem(
  outcome: TViolationOutcome,
  recorded: number,
  reducedTo: number | undefined,
): 'reduced_deduction_required' | 'reduced_deduction_not_lower' | null {
  if (outcome !== 'reduced') return null;
  if (reducedTo === undefined) return 'reduced_deduction_required';
  return reducedTo < recorded ? null : 'reduced_deduction_not_lower';
}

/** A record as the year's sum reads it. */
export type TViolationCount = {
  state: TViolationState;
  outcome: TViolationOutcome | null;
  finalDeduction: number | null;
  veto: boolean;
  itemText: string;
};

/** A person's year under the negative list: the total deducted, and the veto items upheld (一票否决). */
export type TViolationYear = {
  /** Records that count: decided (or appeal decided) upheld or reduced. */
  counted: number;
  totalDeduction: number;
  /** The texts of the veto items upheld (or reduced) this year; any one caps the grade at incompetent. */
  vetoes: string[];
  /** The year's grade cap from the negative list: incompetent when a veto applies, else none. */
  gradeCap: 'incompetent' | null;
};

/**
 * True when a record counts (docs/rules.md §4.10): a decision in force upholds or reduces it. A decision
 * counts from the day it is made; an appeal does not suspend it; the appeal's decision replaces it.
 * A record not yet decided, or dismissed, counts for nothing.
 */
export function violationCounts(v: Pick<TViolationCount, 'state' | 'outcome'>): boolean {
  if (v.state !== 'decided' && v.state !== 'appealed' && v.state !== 'final') return false;
  return v.outcome === 'upheld' || v.outcome === 'reduced';
}

/**
 * A person's year under the negative list (docs/rules.md §4.10): the sum of the deductions in force, and
 * whether a veto applies. A veto item upheld or reduced (a reduction lowers the points, not the veto) caps
 * the year's grade at 不合格 (incompetent), the way three spot-check absences do (§4.1). The star rating reads it.
 */
export function violationYear(records: readonly TViolationCount[]): TViolationYear {
  const counted = records.filter(violationCounts);
  const vetoes = [...new Set(counted.filter((v) => v.veto).map((v) => v.itemText))];
  return {
    counted: counted.length,
    totalDeduction: counted.reduce((sum, v) => sum + (v.finalDeduction ?? 0), 0),
    vetoes,
    gradeCap: vetoes.length ? 'incompetent' : null,
  };
}
