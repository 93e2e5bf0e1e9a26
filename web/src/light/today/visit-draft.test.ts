import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  checkVisit,
  emptyVisitDraft,
  isNightAt,
  newRequest,
  type TVisitDraft,
  toVisitBody,
  withHeard,
} from './visit-draft.ts';

/** The key itself as the message: enough to see which check spoke. */
const t = ((key: string) => key) as unknown as TFunction;

const draft = (over: Partial<TVisitDraft> = {}): TVisitDraft => ({
  ...emptyVisitDraft('2026-12-06T20:30'),
  ...over,
});

describe('a visit as typed (visit-draft.ts)', () => {
  it('knows a night visit only from a whole evening minute', () => {
    expect(isNightAt('2026-12-06T20:30')).toBe(true);
    expect(isNightAt('2026-12-06T15:00')).toBe(false);
    expect(isNightAt('')).toBe(false);
  });

  it('lets the requests that still say what was heard follow it, and leaves edited ones', () => {
    const before = draft({
      heard: '路灯',
      requests: [newRequest('路灯'), { ...newRequest('路灯'), description: '改过的' }, newRequest('')],
    });
    const after = withHeard(before, '路灯不亮');
    expect(after.requests.map((r) => r.description)).toEqual(['路灯不亮', '改过的', '路灯不亮']);
  });

  it('names what is missing by the server’s paths', () => {
    const found = checkVisit(
      draft({
        visitedAt: '',
        added: [{ key: 1, headName: ' ', address: '' }],
        requests: [{ ...newRequest(' '), category: '' }],
      }),
      t,
    );
    expect(found).toEqual({
      visitedAt: 'visits.visitedAtRequired',
      'newHouseholds.0.headName': 'visits.headNameRequired',
      heard: 'visits.heardRequired',
      'requests.0.category': 'requests.categoryRequired',
      'requests.0.description': 'requests.descriptionRequired',
    });
    expect(checkVisit(draft({ heard: '路灯' }), t)).toEqual({ householdIds: 'visits.householdsRequired' });
  });

  it('sends 当晚在村 only for a night visit, and a four-role tag only when chosen', () => {
    const typed = draft({
      picked: [{ value: 7, label: '王德福' }],
      added: [{ key: 2, headName: '李桂兰', address: '' }],
      heard: '路灯',
      requests: [{ ...newRequest('路灯'), category: 'infrastructure' }],
      nightInVillage: true,
    });
    expect(toVisitBody(typed)).toEqual({
      visitedAt: '2026-12-06T20:30',
      householdIds: [7],
      newHouseholds: [{ headName: '李桂兰', address: '' }],
      attendees: '',
      heard: '路灯',
      requests: [{ category: 'infrastructure', urgency: 'normal', description: '路灯' }],
      nightInVillage: true,
    });
    expect(toVisitBody({ ...typed, visitedAt: '2026-12-06T15:00' }).nightInVillage).toBe(false);
    const tagged = {
      ...typed,
      requests: [{ ...newRequest('x'), category: 'other' as const, fourRole: 'policy_advocate' as const }],
    };
    expect(toVisitBody(tagged).requests?.[0]?.fourRole).toBe('policy_advocate');
  });
});
