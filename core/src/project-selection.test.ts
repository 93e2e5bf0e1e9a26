import { describe, expect, it } from 'vitest';
import { workingCalendarOf } from './calendar.ts';
import { publicHolidaysOf } from './holidays-cn.ts';
import { isoWeekday } from './presence.ts';
import {
  combinedScore,
  isNoticeOpen,
  MIN_PANEL_SCORES,
  mayScore,
  NOTICE_WORKING_DAYS,
  noticePeriod,
  quotaCheck,
  rankNominations,
  SELECTION_ACTION_LABELS,
  SELECTION_ACTIONS,
  SELECTION_STAGE_LABELS,
  SELECTION_STAGES,
  scoreConflict,
  selectionRefusal,
  type TSelectionAction,
} from './project-selection.ts';

describe('quotaCheck', () => {
  it('counts each township’s distinct nominated projects against its quota, by township code', () => {
    const nominations = [
      { projectId: 1, townshipCode: '140622102' },
      { projectId: 2, townshipCode: '140622101' },
      { projectId: 3, townshipCode: '140622101' },
      { projectId: 3, townshipCode: '140622101' }, // the same project twice counts once
      { projectId: 4, townshipCode: '140622101' },
    ];
    expect(quotaCheck(nominations, 2)).toEqual([
      { townshipCode: '140622101', nominated: 3, quota: 2, over: 1 },
      { townshipCode: '140622102', nominated: 1, quota: 2, over: 0 },
    ]);
    expect(quotaCheck(nominations, { '140622101': 3 })).toEqual([
      { townshipCode: '140622101', nominated: 3, quota: 3, over: 0 },
      { townshipCode: '140622102', nominated: 1, quota: 0, over: 1 }, // no quota given: none
    ]);
    expect(quotaCheck([], 2)).toEqual([]);
  });
});

describe('panel conflicts (回避)', () => {
  const project = { projectId: 7, townshipCodes: ['140622101', '140622102'], unitIds: [12] };
  it('keeps a member from projects of their own township or unit', () => {
    expect(scoreConflict({ userId: 1, townshipCode: '140622102' }, project)).toBe('own_township');
    expect(scoreConflict({ userId: 1, unitId: 12 }, project)).toBe('own_unit');
    expect(scoreConflict({ userId: 1, townshipCode: '140622102', unitId: 12 }, project)).toBe('own_township');
    expect(mayScore({ userId: 1, townshipCode: '140622102' }, project)).toBe(false);
  });
  it('lets a county member of another unit score', () => {
    expect(scoreConflict({ userId: 1, townshipCode: null, unitId: 3 }, project)).toBeNull();
    expect(mayScore({ userId: 1, townshipCode: '140622199' }, project)).toBe(true);
    expect(mayScore({ userId: 1, unitId: 12 }, { projectId: 8, townshipCodes: ['140622101'] })).toBe(true);
  });
});

describe('combinedScore', () => {
  it('drops one highest and one lowest score from three or more, then takes the mean', () => {
    expect(combinedScore([90, 70, 85, 80, 95])).toEqual({
      score: 85, // (80 + 85 + 90) / 3
      meanOfAll: 84,
      count: 5,
      kept: [80, 85, 90],
      droppedHighest: 95,
      droppedLowest: 70,
      trimmed: true,
    });
    expect(combinedScore([60, 90, 75]).score).toBe(75); // three scores: the middle one
  });
  it('drops only one instance of a tied highest or lowest', () => {
    const r = combinedScore([95, 95, 70, 70, 80]);
    expect(r.kept).toEqual([70, 80, 95]);
    expect(r.score).toBe(81.7); // 245 / 3 = 81.666…
    expect(combinedScore([88, 88, 88]).score).toBe(88);
  });
  it('drops nothing with fewer than three scores and says so; no score, no result', () => {
    expect(combinedScore([80, 91])).toMatchObject({ score: 85.5, trimmed: false, droppedHighest: null });
    expect(combinedScore([77])).toMatchObject({ score: 77, count: 1, trimmed: false });
    expect(combinedScore([])).toMatchObject({ score: null, meanOfAll: null, count: 0, kept: [] });
    expect(MIN_PANEL_SCORES).toBe(3);
  });
  it('rounds the mean to one decimal, half up', () => {
    expect(combinedScore([80.1, 80.2]).score).toBe(80.2); // 80.15
    expect(combinedScore([0, 80, 80.5, 90, 100]).score).toBe(83.5); // 250.5 / 3 = 83.5
  });
});

describe('rankNominations', () => {
  it('orders by combined score, then by the mean of all scores, and explains each step', () => {
    const ranked = rankNominations([
      { projectId: 5, scores: [80, 90, 85] }, // 85, mean of all 85
      { projectId: 3, scores: [70, 85, 100] }, // 85, mean of all 85
      { projectId: 9, scores: [60, 85, 99] }, // 85, mean of all 81.3
      { projectId: 2, scores: [92, 93, 94] }, // 93
      { projectId: 4, scores: [] },
      { projectId: 1, scores: [50, 60, 70] }, // 60
    ]);
    expect(ranked.map((r) => [r.projectId, r.rank, r.tieBreak, r.combined.score])).toEqual([
      [2, 1, 'first', 93],
      [3, 2, 'score', 85],
      [5, 2, 'shared', 85], // same score and mean of all: same rank, listed by project id
      [9, 4, 'mean_of_all', 85],
      [1, 5, 'score', 60],
      [4, null, 'unscored', null],
    ]);
  });
  it('gives the same order whatever order the nominations come in', () => {
    const list = [
      { projectId: 11, scores: [80, 80, 80] },
      { projectId: 10, scores: [80, 80, 80] },
      { projectId: 12, scores: [81, 82, 83] },
    ];
    const ids = (xs: typeof list) => rankNominations(xs).map((r) => r.projectId);
    expect(ids(list)).toEqual([12, 10, 11]);
    expect(ids([...list].reverse())).toEqual([12, 10, 11]);
  });
  it('ranks on the score as shown, so 85.04 and 84.96 both at 85.0 go to the next rule', () => {
    const ranked = rankNominations([
      { projectId: 1, scores: [0, 85.04, 100] }, // 85.0 after rounding; mean of all 61.7
      { projectId: 2, scores: [84.96, 84.96, 84.96] }, // 85.0; mean of all 85.0
    ]);
    expect(ranked.map((r) => [r.projectId, r.rank, r.tieBreak])).toEqual([
      [2, 1, 'first'],
      [1, 2, 'mean_of_all'],
    ]);
  });
});

describe('noticePeriod (公示, 5 working days)', () => {
  const calendar2026 = workingCalendarOf(publicHolidaysOf(2026));
  it('counts the publication day when it is a working day', () => {
    expect(NOTICE_WORKING_DAYS).toBe(5);
    expect(noticePeriod('2026-11-02', calendar2026)).toEqual({
      from: '2026-11-02',
      to: '2026-11-06',
      days: ['2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06'],
    });
  });
  it('skips the 2026 National Day holiday and works the adjusted Saturday', () => {
    const p = noticePeriod('2026-09-29', calendar2026);
    expect(p.days).toEqual(['2026-09-29', '2026-09-30', '2026-10-08', '2026-10-09', '2026-10-10']);
    expect(isoWeekday(p.to)).toBe(6); // 10 October 2026, a Saturday worked (调休)
    expect(noticePeriod('2026-09-30', calendar2026).to).toBe('2026-10-12');
  });
  it('starts on the next working day when published on a holiday or weekend', () => {
    expect(noticePeriod('2026-10-03', calendar2026)).toMatchObject({ from: '2026-10-08', to: '2026-10-13' });
    expect(noticePeriod('2026-11-07', calendar2026)).toMatchObject({ from: '2026-11-09', to: '2026-11-13' });
  });
  it('works the Sunday moved for National Day and skips the Mid-Autumn holiday', () => {
    expect(noticePeriod('2026-09-18', calendar2026).days).toEqual([
      '2026-09-18',
      '2026-09-20', // Sunday worked (调休)
      '2026-09-21',
      '2026-09-22',
      '2026-09-23',
    ]);
    expect(noticePeriod('2026-09-24', calendar2026).to).toBe('2026-10-08'); // 25–27 Sep 中秋节
  });
  it('is open for objections from publication to the end of its last day', () => {
    const { to } = noticePeriod('2026-09-29', calendar2026);
    expect(isNoticeOpen('2026-09-29', to, '2026-09-28')).toBe(false);
    expect(isNoticeOpen('2026-09-29', to, '2026-10-04')).toBe(true);
    expect(isNoticeOpen('2026-09-29', to, '2026-10-10')).toBe(true);
    expect(isNoticeOpen('2026-09-29', to, '2026-10-11')).toBe(false);
  });
});

describe('the selection’s stages', () => {
  const county = { roles: ['county_admin'] as const, onPanel: false };
  const township = { roles: ['township_admin'] as const, onPanel: false };
  const panel = { roles: ['county_viewer'] as const, onPanel: true };
  const facts: Parameters<typeof selectionRefusal>[3] = {
    nominations: 4,
    overQuota: 0,
    fewestScores: 3,
    noticeEnd: '2026-10-10',
    today: '2026-10-12',
    openObjections: 0,
  };

  it('moves nominating → scoring → notice → confirmed, each step the county’s', () => {
    expect(SELECTION_STAGES).toEqual(['nominating', 'scoring', 'notice', 'confirmed']);
    const steps = (Object.keys(SELECTION_ACTIONS) as TSelectionAction[]).flatMap((a) => {
      const rule: { stage: string; to?: string; who: string } = SELECTION_ACTIONS[a];
      return rule.to ? [[rule.stage, rule.to, rule.who]] : [];
    });
    expect(steps).toEqual([
      ['nominating', 'scoring', 'county_admin'],
      ['scoring', 'notice', 'county_admin'],
      ['notice', 'scoring', 'county_admin'],
      ['notice', 'confirmed', 'county_admin'],
    ]);
    expect(selectionRefusal('open_scoring', 'nominating', county, facts)).toBeNull();
    expect(selectionRefusal('publish_notice', 'scoring', county, facts)).toBeNull();
    expect(selectionRefusal('confirm', 'notice', county, facts)).toBeNull();
  });

  it('lets townships nominate and panel members score, each in their stage only', () => {
    expect(selectionRefusal('nominate', 'nominating', township, facts)).toBeNull();
    expect(selectionRefusal('nominate', 'scoring', township, facts)).toBe('wrong_stage');
    expect(selectionRefusal('nominate', 'nominating', panel, facts)).toBe('not_allowed');
    expect(selectionRefusal('score', 'scoring', panel, facts)).toBeNull();
    expect(selectionRefusal('score', 'scoring', county, facts)).toBe('not_allowed');
    expect(selectionRefusal('score', 'notice', panel, facts)).toBe('wrong_stage');
    expect(selectionRefusal('open_scoring', 'nominating', township, facts)).toBe('not_allowed');
    expect(selectionRefusal('confirm', 'confirmed', county, facts)).toBe('wrong_stage');
  });

  it('refuses each step whose conditions are not met', () => {
    const at = (
      action: TSelectionAction,
      stage: (typeof SELECTION_STAGES)[number],
      f: Partial<typeof facts>,
    ) => selectionRefusal(action, stage, county, { ...facts, ...f });
    expect(at('open_scoring', 'nominating', { nominations: 0 })).toBe('no_nominations');
    expect(at('open_scoring', 'nominating', { overQuota: 1 })).toBe('over_quota');
    expect(at('publish_notice', 'scoring', { fewestScores: 2 })).toBe('too_few_scores');
    expect(at('confirm', 'notice', { today: '2026-10-10' })).toBe('notice_running'); // its last day
    expect(at('confirm', 'notice', { noticeEnd: null })).toBe('notice_running');
    expect(at('confirm', 'notice', { openObjections: 1 })).toBe('objections_open');
    expect(at('record_objection', 'notice', {})).toBeNull();
    expect(at('reopen_scoring', 'notice', {})).toBeNull();
  });

  it('names every stage and action in Chinese and English', () => {
    for (const s of SELECTION_STAGES) expect(SELECTION_STAGE_LABELS[s].every((l) => l.length > 0)).toBe(true);
    for (const a of Object.keys(SELECTION_ACTIONS) as TSelectionAction[])
      expect(SELECTION_ACTION_LABELS[a].every((l) => l.length > 0)).toBe(true);
  });
});
