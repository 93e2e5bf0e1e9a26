import { describe, expect, it } from 'vitest';
import {
  assignerLevelOf,
  byDueSoonest,
  TASK_ASSIGNEE_KIND_LABELS,
  TASK_ASSIGNEE_KINDS,
  TASK_PRIORITIES,
  TASK_PRIORITY_LABELS,
  TASK_STATUS_LABELS,
  TASK_STATUSES,
  TASK_TARGET_KIND_LABELS,
  TASK_TARGET_KINDS,
  taskCompletion,
  taskOnTimeShare,
  taskOverdueKey,
  taskState,
} from './task.ts';
import { checkTaskReport, ZTaskReportInput } from './task-api.ts';

const CJK = /[\u3400-\u9fff]/;

describe('task codes', () => {
  it.each([
    ['priorities', TASK_PRIORITIES, TASK_PRIORITY_LABELS],
    ['target kinds', TASK_TARGET_KINDS, TASK_TARGET_KIND_LABELS],
    ['assignee kinds', TASK_ASSIGNEE_KINDS, TASK_ASSIGNEE_KIND_LABELS],
    ['statuses', TASK_STATUSES, TASK_STATUS_LABELS],
  ] as const)('names every one of the %s in Chinese and in English', (_, codes, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
    const table = labels as Record<string, readonly [string, string]>;
    expect(codes.filter((c) => !CJK.test(table[c]![0]) || CJK.test(table[c]![1]))).toEqual([]);
  });
});

describe('taskState', () => {
  it('is open up to and on the deadline, overdue the day after (已逾期 N 天)', () => {
    expect(taskState({ deadline: '2026-06-10', doneOn: null }, '2026-06-10')).toEqual({
      status: 'open',
      overdueDays: 0,
      lateDays: 0,
    });
    expect(taskState({ deadline: '2026-06-10', doneOn: null }, '2026-06-13').overdueDays).toBe(3);
    expect(taskState({ deadline: '2026-06-10', doneOn: null }, '2026-06-13').status).toBe('overdue');
  });

  it('is done on time on the deadline and done late after it', () => {
    expect(taskState({ deadline: '2026-06-10', doneOn: '2026-06-10' }, '2026-07-01').status).toBe('done');
    expect(taskState({ deadline: '2026-06-10', doneOn: '2026-06-12' }, '2026-07-01')).toEqual({
      status: 'done_late',
      overdueDays: 0,
      lateDays: 2,
    });
  });
});

describe('taskCompletion', () => {
  it('counts done, done on time, overdue and open with shares, one decimal', () => {
    const c = taskCompletion(
      [
        { deadline: '2026-06-10', doneOn: '2026-06-09' },
        { deadline: '2026-06-10', doneOn: '2026-06-11' },
        { deadline: '2026-06-10', doneOn: null },
        { deadline: '2026-06-30', doneOn: null },
        { deadline: '2026-06-30', doneOn: null },
        { deadline: '2026-06-30', doneOn: null },
      ],
      '2026-06-15',
    );
    expect(c).toEqual({
      total: 6,
      done: 2,
      doneOnTime: 1,
      overdue: 1,
      open: 3,
      doneShare: 33.3,
      onTimeShare: 16.7,
    });
  });

  it('has no share without assignments', () => {
    expect(taskCompletion([], '2026-06-15').doneShare).toBeNull();
  });
});

describe('taskOnTimeShare (star rating input)', () => {
  it("counts the year's tasks due or done, and those done by their deadline", () => {
    const r = taskOnTimeShare(
      [
        { deadline: '2026-03-01', doneOn: '2026-02-28' }, // on time
        { deadline: '2026-04-01', doneOn: '2026-04-03' }, // late
        { deadline: '2026-05-01', doneOn: null }, // overdue: due, not on time
        { deadline: '2026-12-20', doneOn: '2026-11-30' }, // done early: due and on time
        { deadline: '2026-12-30', doneOn: null }, // not yet due: not counted
        { deadline: '2025-12-30', doneOn: '2025-12-01' }, // another year
      ],
      2026,
      '2026-12-06',
    );
    expect(r).toEqual({ due: 4, onTime: 2, share: 50 });
  });

  it('has no share when nothing was due', () => {
    expect(taskOnTimeShare([{ deadline: '2026-12-30', doneOn: null }], 2026, '2026-12-06')).toEqual({
      due: 0,
      onTime: 0,
      share: null,
    });
  });
});

describe('assignment helpers', () => {
  it('keys an overdue notice by assignment and deadline', () => {
    expect(taskOverdueKey({ id: 7, deadline: '2026-06-10' })).toBe('task-overdue:7:2026-06-10');
  });

  it('assigns from the county or a township only', () => {
    expect(assignerLevelOf('140622')).toBe('county');
    expect(assignerLevelOf('140622100')).toBe('township');
    expect(assignerLevelOf('140622100201')).toBeNull();
  });

  it('sorts due soonest first, then by priority', () => {
    const list = [
      { id: 1, deadline: '2026-06-12', priority: 'normal' as const },
      { id: 2, deadline: '2026-06-10', priority: 'low' as const },
      { id: 3, deadline: '2026-06-10', priority: 'high' as const },
    ];
    expect([...list].sort(byDueSoonest).map((t) => t.id)).toEqual([3, 2, 1]);
  });

  it('asks evidence to mark done, and something to say in a progress report', () => {
    expect(checkTaskReport(ZTaskReportInput.parse({ done: true }))).toEqual([
      { field: 'evidence', key: 'task_evidence_required' },
    ]);
    expect(checkTaskReport(ZTaskReportInput.parse({ done: true, photoIds: [3] }))).toEqual([]);
    expect(checkTaskReport(ZTaskReportInput.parse({}))).toEqual([
      { field: 'note', key: 'task_report_empty' },
    ]);
    expect(checkTaskReport(ZTaskReportInput.parse({ percent: 40 }))).toEqual([]);
  });
});
