import { describe, expect, it } from 'vitest';
import {
  allowedRectificationActions,
  escalationDue,
  isRectificationOverdue,
  RECTIFICATION_ACTION_FROM,
  RECTIFICATION_STATES,
  rectificationOnTime,
  rectificationTransition,
  type TRectificationFacts,
  type TRectificationRecord,
} from './rectification.ts';
import {
  RECTIFICATION_ACTION_LABELS,
  RECTIFICATION_OWNER_ROLE_LABELS,
  RECTIFICATION_SOURCE_LABELS,
  RECTIFICATION_STATE_LABELS,
} from './rectification-labels.ts';

const village: TRectificationFacts = { state: 'open', level: 'village', superviseLevel: 'village' };
const text = { text: '已完成', reason: '佐证不足' };

describe('rectification state machine (整改台账)', () => {
  it('runs a village problem: reported, returned by the township, reported again, approved, closed', () => {
    const r1 = rectificationTransition(village, 'report', 'village', text);
    expect(r1).toEqual({ ok: true, state: 'reported', superviseLevel: 'village' });
    const back = rectificationTransition(
      { ...village, state: 'reported' },
      'township_return',
      'township',
      text,
    );
    expect(back).toMatchObject({ ok: true, state: 'returned' });
    const r2 = rectificationTransition({ ...village, state: 'returned' }, 'report', 'village', text);
    expect(r2).toMatchObject({ ok: true, state: 'reported' });
    const ok = rectificationTransition({ ...village, state: 'reported' }, 'township_approve', 'township');
    expect(ok).toMatchObject({ ok: true, state: 'township_approved' });
    const closed = rectificationTransition({ ...village, state: 'township_approved' }, 'close', 'county');
    expect(closed).toMatchObject({ ok: true, state: 'closed' });
  });

  it('keeps each decision to its level', () => {
    const reported = { ...village, state: 'reported' as const };
    expect(rectificationTransition(reported, 'township_approve', 'village')).toEqual({
      ok: false,
      reason: 'wrong_level',
    });
    expect(rectificationTransition(reported, 'township_approve', 'county')).toMatchObject({ ok: false });
    // a village's problem reaches the county only through the township's review
    expect(rectificationTransition(reported, 'close', 'county')).toEqual({
      ok: false,
      reason: 'not_allowed_in_state',
    });
    expect(rectificationTransition({ ...reported, state: 'township_approved' }, 'close', 'township')).toEqual(
      { ok: false, reason: 'wrong_level' },
    );
    // a township's own problem: no township review, the county decides once it is reported
    const township = {
      state: 'reported' as const,
      level: 'township' as const,
      superviseLevel: 'township' as const,
    };
    expect(rectificationTransition(township, 'township_approve', 'township')).toMatchObject({ ok: false });
    expect(rectificationTransition(township, 'close', 'county')).toMatchObject({ ok: true, state: 'closed' });
    // a village cannot report a township's problem; the county may report anyone's
    expect(rectificationTransition({ ...township, state: 'open' }, 'report', 'village', text)).toMatchObject({
      ok: false,
      reason: 'wrong_level',
    });
    expect(rectificationTransition(village, 'report', 'county', text)).toMatchObject({ ok: true });
  });

  it('asks for words: a report its text, a return its reason', () => {
    expect(rectificationTransition(village, 'report', 'village', {})).toEqual({
      ok: false,
      reason: 'text_required',
    });
    expect(rectificationTransition(village, 'progress', 'village', { text: '  ' })).toMatchObject({
      ok: false,
      reason: 'text_required',
    });
    expect(
      rectificationTransition({ ...village, state: 'reported' }, 'township_return', 'township', {}),
    ).toEqual({ ok: false, reason: 'reason_required' });
    expect(
      rectificationTransition({ ...village, state: 'township_approved' }, 'county_return', 'county', {}),
    ).toEqual({ ok: false, reason: 'reason_required' });
  });

  it('refuses every action outside the states it is allowed from; a closed problem takes none', () => {
    for (const [action, from] of Object.entries(RECTIFICATION_ACTION_FROM))
      for (const state of RECTIFICATION_STATES) {
        if (action === 'create' || from.includes(state)) continue;
        const t = rectificationTransition(
          { ...village, state },
          action as Exclude<keyof typeof RECTIFICATION_ACTION_FROM, 'create'>,
          'county',
          text,
        );
        expect(t).toEqual({ ok: false, reason: 'not_allowed_in_state' });
      }
    expect(allowedRectificationActions({ ...village, state: 'closed' }, 'county')).toEqual([]);
  });

  it('progress keeps the state; only the job escalates, one level at a time, up to the county', () => {
    expect(rectificationTransition(village, 'progress', 'village', text)).toMatchObject({ state: 'open' });
    expect(rectificationTransition(village, 'escalate', 'county')).toMatchObject({ ok: false });
    expect(rectificationTransition(village, 'escalate', 'system')).toEqual({
      ok: true,
      state: 'open',
      superviseLevel: 'township',
    });
    expect(
      rectificationTransition({ ...village, superviseLevel: 'county' }, 'escalate', 'system'),
    ).toMatchObject({
      ok: false,
    });
  });

  it('offers each viewer the buttons of their level', () => {
    expect(allowedRectificationActions(village, 'village')).toEqual(['progress', 'report']);
    expect(allowedRectificationActions({ ...village, state: 'reported' }, 'township')).toEqual([
      'township_approve',
      'township_return',
    ]);
    expect(allowedRectificationActions({ ...village, state: 'reported' }, 'village')).toEqual([]);
    expect(allowedRectificationActions({ ...village, state: 'township_approved' }, 'county')).toEqual([
      'close',
      'county_return',
    ]);
  });
});

describe('overdue and escalation', () => {
  const item = { ...village, deadline: '2026-11-30', escalatedOn: null };
  it('is overdue the day after its deadline while it is being worked', () => {
    expect(isRectificationOverdue(item, '2026-11-30')).toBe(false);
    expect(isRectificationOverdue(item, '2026-12-01')).toBe(true);
    expect(isRectificationOverdue({ ...item, state: 'reported' }, '2026-12-09')).toBe(false);
    expect(isRectificationOverdue({ ...item, state: 'returned' }, '2026-12-09')).toBe(true);
  });
  it('escalates once overdue, again a week later, and stops at the county', () => {
    expect(escalationDue(item, '2026-11-30')).toBeNull();
    expect(escalationDue(item, '2026-12-01')).toBe('township');
    const once = { ...item, superviseLevel: 'township' as const, escalatedOn: '2026-12-01' };
    expect(escalationDue(once, '2026-12-07')).toBeNull();
    expect(escalationDue(once, '2026-12-08')).toBe('county');
    expect(escalationDue({ ...once, superviseLevel: 'county' }, '2026-12-30')).toBeNull();
    expect(escalationDue({ ...item, state: 'reported' }, '2026-12-30')).toBeNull();
  });
});

describe('on-time closure for the star rating', () => {
  const rec = (r: Partial<TRectificationRecord>): TRectificationRecord => ({
    divisionCode: '140622100201',
    deadline: '2026-06-30',
    state: 'closed',
    reportedOn: '2026-06-20',
    ownerPersonIds: [7],
    ...r,
  });
  const items = [
    rec({}), // on time
    rec({ reportedOn: '2026-07-02' }), // reported late, then closed
    rec({ state: 'open', reportedOn: null }), // still open past its deadline
    rec({ state: 'reported', deadline: '2026-12-20', reportedOn: '2026-12-01' }), // not due yet on asOf
    rec({ deadline: '2025-06-30', reportedOn: '2025-06-01' }), // another year
    rec({ divisionCode: '140622101201', ownerPersonIds: [8] }), // another township, another person
  ];
  it('counts a person’s items due in the year and those closed on time', () => {
    expect(rectificationOnTime(items, { personId: 7 }, 2026, '2026-12-06')).toEqual({
      due: 3,
      closedOnTime: 1,
      share: 1 / 3,
    });
    expect(rectificationOnTime(items, { personId: 7 }, 2026, '2026-12-31').due).toBe(4);
  });
  it('counts a division’s items by code prefix, and has no share when nothing is due', () => {
    expect(rectificationOnTime(items, { divisionCode: '140622101' }, 2026, '2026-12-06')).toEqual({
      due: 1,
      closedOnTime: 1,
      share: 1,
    });
    expect(rectificationOnTime(items, { divisionCode: '140622' }, 2024, '2026-12-06')).toEqual({
      due: 0,
      closedOnTime: 0,
      share: null,
    });
  });
});

describe('rectification labels', () => {
  it.each([
    ['states', RECTIFICATION_STATES, RECTIFICATION_STATE_LABELS],
    ['actions', Object.keys(RECTIFICATION_ACTION_FROM), RECTIFICATION_ACTION_LABELS],
    ['sources', Object.keys(RECTIFICATION_SOURCE_LABELS), RECTIFICATION_SOURCE_LABELS],
    ['owner roles', Object.keys(RECTIFICATION_OWNER_ROLE_LABELS), RECTIFICATION_OWNER_ROLE_LABELS],
  ] as const)('names every one of the %s in both languages', (_, codes, labels) => {
    const table = labels as Record<string, readonly [string, string]>;
    expect(Object.keys(table).sort()).toEqual([...codes].sort());
    for (const c of codes) {
      expect(table[c]?.[0]).toMatch(/[\u4e00-\u9fff]/);
      expect(table[c]?.[1]).not.toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
