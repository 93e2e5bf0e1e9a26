import { describe, expect, it } from 'vitest';
import {
  ganttRows,
  MILESTONE_STATUS_LABELS,
  MILESTONE_STATUSES,
  milestoneState,
  newlyOverdueMilestones,
  overdueKey,
  planProgress,
  planSpan,
  type TGanttProject,
  type TMilestone,
} from './project-plan.ts';

const m = (
  id: number,
  baselineDue: string | null,
  due: string,
  doneOn: string | null = null,
): TMilestone => ({
  id,
  projectId: 1,
  ownerId: 100 + id,
  baselineDue,
  due,
  doneOn,
});

const east = { code: '140622101201', name: '东村' };
const west = { code: '140622101202', name: '西村' };
const greenhouse: TGanttProject = {
  id: 1,
  title: '蔬菜大棚',
  villages: [east],
  start: '2026-02-01',
  plannedEnd: '2026-05-31',
  milestones: [
    m(1, '2026-03-15', '2026-03-20', '2026-03-25'), // moved 5 days, then done 5 days after that
    m(2, '2026-04-30', '2026-04-30'), // not done
    m(3, '2026-05-31', '2026-06-15'), // moved 15 days
  ],
};
const coldChain: TGanttProject = {
  id: 2,
  title: '冷链物流',
  villages: [east, west],
  start: '2026-04-10',
  plannedEnd: '2026-12-31',
  milestones: [],
};
const morels: TGanttProject = {
  id: 3,
  title: '羊肚菌种植',
  villages: [west],
  start: '2025-01-01',
  plannedEnd: '2025-12-31',
  milestones: [],
};
const today = '2026-05-10';

describe('milestoneState', () => {
  it('is overdue the day after its current due date, not on it', () => {
    expect(milestoneState(m(1, '2026-05-10', '2026-05-10'), '2026-05-10')).toEqual({
      status: 'open',
      slippageDays: 0,
      overdueDays: 0,
      lateDays: 0,
    });
    expect(milestoneState(m(1, '2026-05-10', '2026-05-10'), '2026-05-11')).toMatchObject({
      status: 'overdue',
      overdueDays: 1,
    });
  });
  it('measures slippage against the baseline: later positive, earlier negative, none before approval', () => {
    expect(milestoneState(m(1, '2026-03-15', '2026-03-20'), '2026-03-01').slippageDays).toBe(5);
    expect(milestoneState(m(1, '2026-03-15', '2026-03-10'), '2026-03-01').slippageDays).toBe(-5);
    expect(milestoneState(m(1, null, '2026-03-10'), '2026-03-01').slippageDays).toBeNull();
  });
  it('is done late only after its current due date; a moved date shows as slippage instead', () => {
    expect(milestoneState(m(1, '2026-03-15', '2026-03-20', '2026-03-25'), today)).toEqual({
      status: 'done_late',
      slippageDays: 5,
      overdueDays: 0,
      lateDays: 5,
    });
    expect(milestoneState(m(1, '2026-03-15', '2026-03-20', '2026-03-20'), today)).toMatchObject({
      status: 'done',
      lateDays: 0,
      slippageDays: 5,
    });
    expect(milestoneState(m(1, '2026-03-15', '2026-03-15', '2026-03-01'), today).status).toBe('done');
  });
  it('names every status in Chinese and English', () => {
    for (const s of MILESTONE_STATUSES)
      expect(MILESTONE_STATUS_LABELS[s].every((l) => l.length > 0)).toBe(true);
  });
});

describe('planProgress and planSpan', () => {
  it('counts done, overdue, done late and slipped milestones', () => {
    expect(planProgress(greenhouse.milestones, today)).toEqual({
      total: 3,
      done: 1,
      share: 33.3,
      overdue: 1,
      doneLate: 1,
      slipped: 2,
      maxSlippageDays: 15,
    });
    expect(planProgress([], today)).toEqual({
      total: 0,
      done: 0,
      share: null,
      overdue: 0,
      doneLate: 0,
      slipped: 0,
      maxSlippageDays: 0,
    });
  });
  it('spans from the start to the latest planned, due or done date', () => {
    expect(planSpan(greenhouse, greenhouse.milestones)).toEqual({ from: '2026-02-01', to: '2026-06-15' });
    expect(planSpan({ start: '2026-04-01', plannedEnd: null }, [])).toEqual({
      from: '2026-04-01',
      to: '2026-04-01',
    });
    expect(
      planSpan({ start: '2026-04-01', plannedEnd: '2026-04-30' }, [m(1, '2026-03-20', '2026-04-20')]),
    ).toEqual({
      from: '2026-03-20',
      to: '2026-04-30',
    });
  });
});

describe('ganttRows', () => {
  const gantt = ganttRows([greenhouse, morels, coldChain], { from: '2026-03-01', to: '2026-06-30' }, today);

  it('measures the window in days, with today and the months as offsets', () => {
    expect(gantt).toMatchObject({ from: '2026-03-01', to: '2026-06-30', days: 122, today: 70 });
    expect(gantt.months).toEqual([
      { month: '2026-03', start: 0, end: 31 },
      { month: '2026-04', start: 31, end: 61 },
      { month: '2026-05', start: 61, end: 92 },
      { month: '2026-06', start: 92, end: 122 },
    ]);
    const mid = ganttRows([], { from: '2026-01-15', to: '2026-02-10' }, '2026-05-10');
    expect(mid.today).toBeNull();
    expect(mid.months).toEqual([
      { month: '2026-01', start: 0, end: 17 },
      { month: '2026-02', start: 17, end: 27 },
    ]);
  });

  it('groups by village code, rows by title, and shows a project of two villages in each', () => {
    expect(gantt.groups.map((g) => [g.villageName, g.rows.map((r) => r.title)])).toEqual([
      ['东村', ['冷链物流', '蔬菜大棚']],
      ['西村', ['冷链物流']], // 羊肚菌种植 ended in 2025, outside the window
    ]);
    expect(gantt.groups[0]?.rows[0]?.otherVillages).toEqual(['西村']);
    expect(gantt.groups[1]?.rows[0]?.otherVillages).toEqual(['东村']);
  });

  it('clips bars to the window and places milestones at their current and baseline dates', () => {
    const row = gantt.groups[0]?.rows[1];
    expect(row).toMatchObject({ projectId: 1, start: 0, end: 107, clippedStart: true, clippedEnd: false });
    expect(row?.progress.share).toBe(33.3);
    expect(row?.milestones.map((x) => [x.id, x.at, x.baselineAt, x.state.status])).toEqual([
      [1, 19, 14, 'done_late'],
      [2, 60, 60, 'overdue'],
      [3, 106, 91, 'open'],
    ]);
    expect(gantt.groups[0]?.rows[0]).toMatchObject({
      start: 40,
      end: 122,
      clippedStart: false,
      clippedEnd: true,
    });
  });
});

describe('newlyOverdueMilestones', () => {
  it('returns each overdue milestone once, keyed so a job can remember it', () => {
    const first = newlyOverdueMilestones(greenhouse.milestones, today, []);
    expect(first.map((x) => [x.milestone.id, x.key, x.overdueDays, x.milestone.ownerId])).toEqual([
      [2, 'milestone-overdue:2:2026-04-30', 10, 102],
    ]);
    expect(
      newlyOverdueMilestones(greenhouse.milestones, '2026-05-11', new Set([first[0]?.key ?? ''])),
    ).toEqual([]);
  });
  it('notifies again when the milestone is moved and misses its new date', () => {
    const moved = m(2, '2026-04-30', '2026-05-05');
    const notified = [overdueKey({ id: 2, due: '2026-04-30' })];
    expect(newlyOverdueMilestones([moved], '2026-05-05', notified)).toEqual([]); // due today: not yet
    expect(newlyOverdueMilestones([moved], '2026-05-06', notified).map((x) => x.key)).toEqual([
      'milestone-overdue:2:2026-05-05',
    ]);
  });
  it('leaves out done milestones and milestones due later', () => {
    expect(
      newlyOverdueMilestones([m(1, null, '2026-05-01', '2026-05-08'), m(2, null, '2026-05-20')], today, []),
    ).toEqual([]);
  });
});
