import { describe, expect, it } from 'vitest';
import {
  defaultGanttWindow,
  ganttWindowProblem,
  milestoneProblems,
  ZMilestoneInput,
} from './project-plan-api.ts';

const input = (over: Partial<{ startDate: string | null; dueDate: string; reason: string }> = {}) =>
  ZMilestoneInput.parse({ title: '大棚主体完工', ownerPersonId: 7, dueDate: '2026-04-30', ...over });

describe('a milestone’s dates', () => {
  it('accepts a plan without a start, and a start on the due date', () => {
    expect(milestoneProblems(input(), null, false)).toEqual([]);
    expect(milestoneProblems(input({ startDate: '2026-04-30' }), null, false)).toEqual([]);
  });

  it('refuses a start after the due date', () => {
    expect(milestoneProblems(input({ startDate: '2026-05-01' }), null, false)).toEqual([
      { field: 'startDate', key: 'milestone_start_after_due' },
    ]);
  });

  it('moves freely before approval, and needs a reason to move once the baseline is frozen', () => {
    const before = { dueDate: '2026-04-15' };
    expect(milestoneProblems(input(), before, false)).toEqual([]);
    expect(milestoneProblems(input(), before, true)).toEqual([
      { field: 'reason', key: 'milestone_move_reason_required' },
    ]);
    expect(milestoneProblems(input({ reason: '  ' }), before, true)).toHaveLength(1);
    expect(milestoneProblems(input({ reason: '钢材晚到两周' }), before, true)).toEqual([]);
  });

  it('needs no reason when the due date stays, or for a new milestone after approval', () => {
    expect(milestoneProblems(input(), { dueDate: '2026-04-30' }, true)).toEqual([]);
    expect(milestoneProblems(input(), null, true)).toEqual([]);
  });
});

describe('the Gantt window', () => {
  it('defaults to the calendar year of today', () => {
    expect(defaultGanttWindow('2026-12-05')).toEqual({ from: '2026-01-01', to: '2026-12-31' });
  });

  it('must run forwards and span at most 1,100 days', () => {
    expect(ganttWindowProblem({ from: '2026-01-01', to: '2026-12-31' })).toBeNull();
    expect(ganttWindowProblem({ from: '2026-01-02', to: '2026-01-01' })).toBe('order');
    expect(ganttWindowProblem({ from: '2026-01-01', to: '2029-01-04' })).toBeNull(); // 1,100 days
    expect(ganttWindowProblem({ from: '2026-01-01', to: '2029-01-05' })).toBe('too_wide');
  });
});
