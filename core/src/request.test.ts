import { describe, expect, it } from 'vitest';
import {
  ALLOWED_FROM,
  addWorkingDays,
  isNightVisit,
  isOverdue,
  makeTrackingCode,
  REQUEST_STATES,
  requestDeadlines,
  requestTransition,
  type TRequestAction,
  type TRequestActionType,
} from './request.ts';

const ACTIONS: Record<TRequestActionType, TRequestAction> = {
  accept: { type: 'accept' },
  start: { type: 'start' },
  resolve: { type: 'resolve' },
  hand_up: { type: 'hand_up' },
  escalate: { type: 'escalate' },
  follow_up: { type: 'follow_up', satisfaction: 'satisfied' },
  withdraw: { type: 'withdraw' },
  mark_duplicate: { type: 'mark_duplicate' },
  not_ours: { type: 'not_ours' },
};
const actorFor = (type: TRequestActionType) =>
  type === 'escalate' ? 'system' : type === 'follow_up' ? 'submitter' : 'township';

describe('the request state machine (docs/rules.md §4.3)', () => {
  for (const [type, action] of Object.entries(ACTIONS) as [TRequestActionType, TRequestAction][])
    for (const state of REQUEST_STATES) {
      const allowed = ALLOWED_FROM[type].includes(state);
      it(`${allowed ? 'allows' : 'refuses'} ${type} from ${state}`, () => {
        const t = requestTransition({ state, ownerLevel: 'village' }, action, actorFor(type));
        if (allowed) expect(t.ok).toBe(true);
        else expect(t).toEqual({ ok: false, reason: 'not_allowed_in_state' });
      });
    }

  it('goes the whole way: registered → accepted → in progress → resolved → followed up', () => {
    let r = { state: 'registered' as const, ownerLevel: 'village' as const } as Parameters<
      typeof requestTransition
    >[0];
    for (const [action, state] of [
      [ACTIONS.accept, 'accepted'],
      [ACTIONS.start, 'in_progress'],
      [ACTIONS.resolve, 'resolved'],
    ] as const) {
      const t = requestTransition(r, action, 'village');
      expect(t).toMatchObject({ ok: true, state });
      if (t.ok) r = { state: t.state, ownerLevel: t.ownerLevel };
    }
    expect(
      requestTransition(r, { type: 'follow_up', satisfaction: 'basically_satisfied' }, 'submitter'),
    ).toMatchObject({ ok: true, state: 'followed_up', reopened: false });
  });

  it('reopens on dissatisfied or partly solved, with the same owner', () => {
    for (const satisfaction of ['dissatisfied', 'partly_solved'] as const)
      expect(
        requestTransition(
          { state: 'resolved', ownerLevel: 'township' },
          { type: 'follow_up', satisfaction },
          'submitter',
        ),
      ).toEqual({ ok: true, state: 'in_progress', ownerLevel: 'township', reopened: true });
  });

  it('refuses a resolve (or accept, hand-up, duplicate, not-ours) by a level below the owner', () => {
    for (const type of ['accept', 'resolve', 'hand_up', 'mark_duplicate', 'not_ours'] as const) {
      const state = type === 'resolve' ? 'in_progress' : 'registered';
      expect(requestTransition({ state, ownerLevel: 'township' }, ACTIONS[type], 'village')).toEqual({
        ok: false,
        reason: 'below_owner_level',
      });
      expect(requestTransition({ state, ownerLevel: 'township' }, ACTIONS[type], 'county').ok).toBe(true);
    }
  });

  it('hands up one level at a time, village → township → county, and no further', () => {
    expect(
      requestTransition({ state: 'in_progress', ownerLevel: 'village' }, ACTIONS.hand_up, 'village'),
    ).toEqual({
      ok: true,
      state: 'registered',
      ownerLevel: 'township',
      reopened: false,
    });
    expect(
      requestTransition({ state: 'accepted', ownerLevel: 'township' }, ACTIONS.escalate, 'system'),
    ).toMatchObject({
      ownerLevel: 'county',
    });
    expect(
      requestTransition({ state: 'accepted', ownerLevel: 'county' }, ACTIONS.escalate, 'system'),
    ).toEqual({
      ok: false,
      reason: 'top_level',
    });
    expect(
      requestTransition({ state: 'accepted', ownerLevel: 'village' }, ACTIONS.escalate, 'county').ok,
    ).toBe(false);
  });
});

describe('deadlines in working days', () => {
  const none = { holidays: [] };
  it('skips weekends and the county’s holidays', () => {
    expect(addWorkingDays('2026-11-27', 1, none)).toBe('2026-11-30'); // Friday → Monday
    expect(addWorkingDays('2026-09-30', 1, { holidays: ['2026-10-01', '2026-10-02'] })).toBe('2026-10-05');
  });
  it('gives 1 working day to accept and 15 (urgent 3) to resolve', () => {
    expect(requestDeadlines('2026-11-23', 'medical', 'normal', none)).toEqual({
      acceptBy: '2026-11-24',
      resolveBy: '2026-12-14',
    });
    expect(requestDeadlines('2026-11-23', 'medical', 'urgent', none).resolveBy).toBe('2026-11-26');
  });
  it('counts a request overdue only while it is open and past its date', () => {
    const r = { acceptBy: '2026-11-24', resolveBy: '2026-12-14' };
    expect(isOverdue({ ...r, state: 'registered' }, '2026-11-24')).toBe(false);
    expect(isOverdue({ ...r, state: 'registered' }, '2026-11-25')).toBe(true);
    expect(isOverdue({ ...r, state: 'in_progress' }, '2026-12-15')).toBe(true);
    expect(isOverdue({ ...r, state: 'resolved' }, '2027-01-01')).toBe(false);
  });
});

describe('visits and tracking codes', () => {
  it('counts 18:00–23:59 as a night visit, never refusing another hour', () => {
    expect(isNightVisit('2026-11-28 18:00')).toBe(true);
    expect(isNightVisit('2026-11-28 23:59')).toBe(true);
    expect(isNightVisit('2026-11-28 17:59')).toBe(false);
    expect(isNightVisit('2026-11-29 00:30')).toBe(false);
  });
  it('makes 10-character codes without look-alike characters', () => {
    let i = 0;
    const code = makeTrackingCode((n) => i++ % n);
    expect(code).toMatch(/^[2-9A-HJKMNP-Z]{10}$/);
  });
});
