import { describe, expect, it } from 'vitest';
import {
  PROJECT_ACTION_FROM,
  PROJECT_ACTIONS,
  PROJECT_STATES,
  projectActionsFor,
  projectActorLevel,
  projectEditable,
  projectTransition,
  type TProjectState,
} from './project.ts';

describe('the project state machine (项目化帮扶)', () => {
  it('runs the whole way: draft → submitted → approved → filed → in progress → acceptance → done', () => {
    const steps = [
      ['submit', 'village', 'submitted'],
      ['approve', 'township', 'approved'],
      ['file', 'county', 'filed'],
      ['start', 'village', 'in_progress'],
      ['request_acceptance', 'village', 'acceptance'],
      ['pass_acceptance', 'county', 'done'],
    ] as const;
    let state: TProjectState = 'draft';
    for (const [action, level, to] of steps) {
      const t = projectTransition(state, action, level);
      expect(t).toEqual({ ok: true, state: to });
      if (t.ok) state = t.state;
    }
    expect(state).toBe('done');
  });

  it('refuses every action outside the states it is allowed from', () => {
    let refused = 0;
    for (const action of PROJECT_ACTIONS)
      for (const state of PROJECT_STATES) {
        if (PROJECT_ACTION_FROM[action].includes(state)) continue;
        expect(projectTransition(state, action, 'county', 'reason')).toEqual({
          ok: false,
          reason: 'not_allowed_in_state',
        });
        refused++;
      }
    expect(refused).toBeGreaterThan(40);
  });

  it('lets the village propose, submit, start and ask for acceptance, but never decide', () => {
    expect(projectTransition('draft', 'submit', 'village').ok).toBe(true);
    expect(projectTransition('filed', 'start', 'village').ok).toBe(true);
    expect(projectTransition('in_progress', 'request_acceptance', 'village').ok).toBe(true);
    for (const [state, action] of [
      ['submitted', 'approve'],
      ['submitted', 'return'],
      ['approved', 'file'],
      ['acceptance', 'pass_acceptance'],
      ['acceptance', 'fail_acceptance'],
      ['in_progress', 'stop'],
      ['submitted', 'stop'],
    ] as const)
      expect(projectTransition(state, action, 'village', 'r')).toEqual({
        ok: false,
        reason: 'level_too_low',
      });
  });

  it('lets the township approve and return, and keeps filing and acceptance for the county', () => {
    expect(projectTransition('submitted', 'approve', 'township').ok).toBe(true);
    expect(projectTransition('submitted', 'return', 'township', '目标不具体').ok).toBe(true);
    expect(projectTransition('approved', 'file', 'township')).toEqual({ ok: false, reason: 'level_too_low' });
    expect(projectTransition('acceptance', 'pass_acceptance', 'township')).toEqual({
      ok: false,
      reason: 'level_too_low',
    });
    // the county may do what the township may
    expect(projectTransition('submitted', 'approve', 'county').ok).toBe(true);
  });

  it('returns to draft and back to in progress, each with a reason', () => {
    expect(projectTransition('submitted', 'return', 'township', '请补充资金来源')).toEqual({
      ok: true,
      state: 'draft',
    });
    expect(projectTransition('acceptance', 'fail_acceptance', 'county', '大棚未全部建成')).toEqual({
      ok: true,
      state: 'in_progress',
    });
    for (const reason of [undefined, null, '', '   '])
      expect(projectTransition('submitted', 'return', 'township', reason)).toEqual({
        ok: false,
        reason: 'reason_required',
      });
  });

  it('stops a live project with a reason; a village may drop only its own draft', () => {
    expect(projectTransition('in_progress', 'stop', 'township', '选址被征用')).toEqual({
      ok: true,
      state: 'stopped',
    });
    expect(projectTransition('draft', 'stop', 'village', '重复申报')).toEqual({ ok: true, state: 'stopped' });
    expect(projectTransition('in_progress', 'stop', 'township')).toEqual({
      ok: false,
      reason: 'reason_required',
    });
    expect(projectTransition('done', 'stop', 'county', 'x').ok).toBe(false);
    expect(projectTransition('stopped', 'stop', 'county', 'x').ok).toBe(false);
  });

  it('offers each level the buttons it may press now', () => {
    expect(projectActionsFor('draft', 'village')).toEqual(['submit', 'stop']);
    expect(projectActionsFor('submitted', 'village')).toEqual([]);
    expect(projectActionsFor('submitted', 'township')).toEqual(['return', 'approve', 'stop']);
    expect(projectActionsFor('approved', 'county')).toEqual(['file', 'stop']);
    expect(projectActionsFor('done', 'county')).toEqual([]);
    expect(projectActionsFor('draft', null)).toEqual([]);
  });

  it('keeps the facts editable until the township approves them', () => {
    expect(projectEditable('draft', 'village')).toBe(true);
    expect(projectEditable('submitted', 'township')).toBe(true);
    expect(projectEditable('approved', 'county')).toBe(false);
    expect(projectEditable('draft', null)).toBe(false);
  });
});

describe('the level an account acts at on a project', () => {
  const village = '140622100201';
  it('is the highest of the roles whose division holds one of its villages', () => {
    expect(projectActorLevel([{ role: 'cadre', divisionCode: village }], [village])).toBe('village');
    expect(
      projectActorLevel(
        [
          { role: 'cadre', divisionCode: village },
          { role: 'township_admin', divisionCode: '140622100' },
        ],
        [village],
      ),
    ).toBe('township');
    expect(projectActorLevel([{ role: 'county_admin', divisionCode: '140622' }], [village])).toBe('county');
  });

  it('is none for a role elsewhere, or a role that does not act on projects', () => {
    expect(projectActorLevel([{ role: 'township_admin', divisionCode: '140622101' }], [village])).toBeNull();
    expect(projectActorLevel([{ role: 'cadre', divisionCode: '140622100202' }], [village])).toBeNull();
    expect(projectActorLevel([{ role: 'county_viewer', divisionCode: '140622' }], [village])).toBeNull();
    expect(projectActorLevel([{ role: 'system_admin', divisionCode: null }], [village])).toBeNull();
  });

  it('reaches a project through any of its villages', () => {
    expect(
      projectActorLevel([{ role: 'cadre', divisionCode: '140622100202' }], [village, '140622100202']),
    ).toBe('village');
  });
});
