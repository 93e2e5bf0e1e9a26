import { describe, expect, it } from 'vitest';
import {
  appealRefusal,
  ratingCycleRefusal,
  ratingSettingsEditable,
  ratingStageReached,
  surveyOpen,
} from './rating-cycle.ts';

const cycle = { stage: 'open' as const, noticeUntil: null, surveyUntil: null };
const ctx = { today: '2026-12-10', undecidedAppeals: 0 };

describe('the rating cycle', () => {
  it('takes its steps in order, computing again before the evaluation opens', () => {
    expect(ratingCycleRefusal('compute', cycle, ctx)).toBeNull();
    expect(ratingCycleRefusal('compute', { ...cycle, stage: 'computed' }, ctx)).toBeNull();
    expect(ratingCycleRefusal('compute', { ...cycle, stage: 'evaluating' }, ctx)).toBe('wrong_stage');
    expect(ratingCycleRefusal('total', cycle, ctx)).toBe('wrong_stage');
    expect(ratingCycleRefusal('confirm', { ...cycle, stage: 'notice' }, ctx)).toBe('wrong_stage');
  });

  it('totals only after the survey’s last day', () => {
    const surveying = { ...cycle, stage: 'surveying' as const, surveyUntil: '2026-12-10' };
    expect(ratingCycleRefusal('total', surveying, ctx)).toBe('survey_running');
    expect(ratingCycleRefusal('total', surveying, { ...ctx, today: '2026-12-11' })).toBeNull();
  });

  it('closes the notice only after its last day, and confirms only with every appeal decided', () => {
    const notice = { ...cycle, stage: 'notice' as const, noticeUntil: '2026-12-10' };
    expect(ratingCycleRefusal('close_notice', notice, ctx)).toBe('notice_running');
    expect(ratingCycleRefusal('close_notice', notice, { ...ctx, today: '2026-12-11' })).toBeNull();
    const appeals = { ...cycle, stage: 'appeals' as const };
    expect(ratingCycleRefusal('confirm', appeals, { ...ctx, undecidedAppeals: 1 })).toBe('appeals_open');
    expect(ratingCycleRefusal('confirm', appeals, ctx)).toBeNull();
  });

  it('freezes the settings from the totals on', () => {
    expect(ratingSettingsEditable('surveying')).toBe(true);
    expect(ratingSettingsEditable('review')).toBe(false);
    expect(ratingSettingsEditable('confirmed')).toBe(false);
  });

  it('tells whether a stage is reached: the stage itself and every later one', () => {
    expect(ratingStageReached('notice', 'notice')).toBe(true);
    expect(ratingStageReached('confirmed', 'notice')).toBe(true);
    expect(ratingStageReached('review', 'notice')).toBe(false);
    expect(ratingStageReached('open', 'computed')).toBe(false);
  });

  it('takes answers only while surveying, inside the window', () => {
    const s = { stage: 'surveying' as const, surveyFrom: '2026-12-01', surveyUntil: '2026-12-10' };
    expect(surveyOpen(s, '2026-11-30')).toBe(false);
    expect(surveyOpen(s, '2026-12-01')).toBe(true);
    expect(surveyOpen(s, '2026-12-10')).toBe(true);
    expect(surveyOpen(s, '2026-12-11')).toBe(false);
    expect(surveyOpen({ ...s, stage: 'review' }, '2026-12-05')).toBe(false);
  });

  it('lets a cadre appeal once, during the notice', () => {
    const notice = { stage: 'notice' as const, noticeUntil: '2026-12-10' };
    expect(appealRefusal(notice, '2026-12-10', false)).toBeNull();
    expect(appealRefusal(notice, '2026-12-11', false)).toBe('not_in_notice');
    expect(appealRefusal(notice, '2026-12-09', true)).toBe('appealed');
    expect(appealRefusal({ ...notice, stage: 'review' }, '2026-12-09', false)).toBe('not_in_notice');
  });
});
