import { describe, expect, it } from 'vitest';
import {
  answerDueOf,
  decidableFrom,
  deductionOf,
  reducedDeductionProblem,
  type TViolationCount,
  type TViolationFacts,
  VIOLATION_ACTIONS,
  VIOLATION_OUTCOMES,
  VIOLATION_STATES,
  violationCounts,
  violationTransition,
  violationYear,
} from './violation.ts';
import {
  VIOLATION_ACTION_LABELS,
  VIOLATION_OUTCOME_LABELS,
  VIOLATION_STATE_LABELS,
} from './violation-labels.ts';

const notified: TViolationFacts = {
  state: 'notified',
  answerDue: '2026-03-06',
  appealDue: null,
  appealed: false,
};

describe('violation due process', () => {
  it('lets the cadre answer until the last day of the answer period, not after', () => {
    expect(answerDueOf('2026-03-01', 5)).toBe('2026-03-06');
    expect(violationTransition(notified, 'answer', '2026-03-06')).toEqual({ ok: true, to: 'answered' });
    expect(violationTransition(notified, 'answer', '2026-03-07')).toEqual({
      ok: false,
      refusal: 'answer_period_over',
    });
  });

  it('refuses a decision before the answer period ends, unless the cadre has answered', () => {
    expect(violationTransition(notified, 'decide', '2026-03-06')).toEqual({
      ok: false,
      refusal: 'answer_period_open',
    });
    expect(decidableFrom(notified.answerDue)).toBe('2026-03-07');
    expect(violationTransition(notified, 'decide', '2026-03-07')).toEqual({ ok: true, to: 'decided' });
    const answered = { ...notified, state: 'answered' as const };
    expect(violationTransition(answered, 'decide', '2026-03-02')).toEqual({ ok: true, to: 'decided' });
  });

  it('allows one appeal within the appeal period, and the appeal decision is final', () => {
    const decided: TViolationFacts = { ...notified, state: 'decided', appealDue: '2026-03-15' };
    expect(violationTransition(decided, 'appeal', '2026-03-15')).toEqual({ ok: true, to: 'appealed' });
    expect(violationTransition(decided, 'appeal', '2026-03-16')).toEqual({
      ok: false,
      refusal: 'appeal_period_over',
    });
    const appealed = { ...decided, state: 'appealed' as const, appealed: true };
    expect(violationTransition(appealed, 'appeal', '2026-03-10')).toEqual({
      ok: false,
      refusal: 'appealed_once',
    });
    expect(violationTransition(appealed, 'decide_appeal', '2026-03-20')).toEqual({ ok: true, to: 'final' });
    const final = { ...appealed, state: 'final' as const };
    expect(violationTransition(final, 'appeal', '2026-03-10')).toEqual({
      ok: false,
      refusal: 'appealed_once',
    });
    for (const action of ['answer', 'decide', 'decide_appeal'] as const)
      expect(violationTransition(final, action, '2026-03-10')).toEqual({
        ok: false,
        refusal: 'not_allowed_in_state',
      });
  });

  it('refuses steps out of order', () => {
    expect(violationTransition(notified, 'appeal', '2026-03-02').ok).toBe(false);
    expect(violationTransition(notified, 'decide_appeal', '2026-03-10').ok).toBe(false);
    const decided = { ...notified, state: 'decided' as const, appealDue: '2026-03-15' };
    expect(violationTransition(decided, 'answer', '2026-03-02').ok).toBe(false);
    expect(violationTransition(decided, 'decide', '2026-03-10').ok).toBe(false);
  });
});

describe('decisions and the year', () => {
  it('sets the deduction of a decision; a reduction must be lower', () => {
    expect(deductionOf('upheld', 5)).toBe(5);
    expect(deductionOf('reduced', 5, 2)).toBe(2);
    expect(deductionOf('dismissed', 5)).toBe(0);
    expect(reducedDeductionProblem('reduced', 5, undefined)).toBe('reduced_deduction_required');
    expect(reducedDeductionProblem('reduced', 5, 5)).toBe('reduced_deduction_not_lower');
    expect(reducedDeductionProblem('reduced', 5, 3)).toBeNull();
    expect(reducedDeductionProblem('upheld', 5, undefined)).toBeNull();
  });

  const record = (over: Partial<TViolationCount>): TViolationCount => ({
    state: 'decided',
    outcome: 'upheld',
    finalDeduction: 3,
    veto: false,
    itemText: '未经批准擅自离岗',
    ...over,
  });

  it('counts only decisions in force that uphold or reduce', () => {
    expect(violationCounts(record({}))).toBe(true);
    expect(violationCounts(record({ state: 'appealed' }))).toBe(true);
    expect(violationCounts(record({ state: 'final', outcome: 'reduced' }))).toBe(true);
    expect(violationCounts(record({ state: 'final', outcome: 'dismissed' }))).toBe(false);
    expect(violationCounts(record({ state: 'notified', outcome: null }))).toBe(false);
    expect(violationCounts(record({ state: 'answered', outcome: null }))).toBe(false);
  });

  it('sums the year and caps it at incompetent when a veto is upheld or reduced', () => {
    expect(violationYear([])).toEqual({ counted: 0, totalDeduction: 0, vetoes: [], gradeCap: null });
    const year = violationYear([
      record({}),
      record({ outcome: 'reduced', finalDeduction: 1 }),
      record({ state: 'final', outcome: 'dismissed', finalDeduction: 0, veto: true, itemText: '弄虚作假' }),
      record({ state: 'notified', outcome: null, finalDeduction: null, veto: true, itemText: '弄虚作假' }),
    ]);
    expect(year).toEqual({ counted: 2, totalDeduction: 4, vetoes: [], gradeCap: null });
    const veto = violationYear([
      record({
        state: 'final',
        outcome: 'reduced',
        finalDeduction: 0,
        veto: true,
        itemText: '受到党纪政务处分',
      }),
    ]);
    expect(veto.gradeCap).toBe('incompetent');
    expect(veto.vetoes).toEqual(['受到党纪政务处分']);
  });
});

describe('violation labels', () => {
  const CJK = /[\u3400-\u9fff]/;
  it.each([
    ['states', VIOLATION_STATES, VIOLATION_STATE_LABELS],
    ['outcomes', VIOLATION_OUTCOMES, VIOLATION_OUTCOME_LABELS],
    ['actions', VIOLATION_ACTIONS, VIOLATION_ACTION_LABELS],
  ] as const)('names every one of the %s in Chinese and in English', (_, codes, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
    const table = labels as Record<string, readonly [string, string]>;
    expect(codes.filter((c) => !CJK.test(table[c]?.[0] ?? '') || CJK.test(table[c]?.[1] ?? 'x'))).toEqual([]);
  });
});
