import { describe, expect, it } from 'vitest';
import {
  ABSENCE_KIND_LABELS,
  ABSENCE_STATE_LABELS,
  labelsIn,
  OWNER_LEVEL_LABELS,
  REQUEST_ACTION_LABELS,
  REQUEST_CATEGORY_LABELS,
  REQUEST_STATE_LABELS,
  SATISFACTION_LABELS,
  URGENCY_LABELS,
} from './code-labels.ts';
import { MAP_MEASURE_LABELS, MAP_MEASURES } from './dashboard-api.ts';
import { ABSENCE_KINDS, ABSENCE_STATES } from './leave.ts';
import { OUTBOX_KIND_LABELS, OUTBOX_KINDS, OUTBOX_STATE_LABELS, OUTBOX_STATES } from './outbox.ts';
import { AWARD_LEVELS, GRADES, PRIORITY_EXCLUSIONS, PRIORITY_LISTS, RATING_PARTS } from './rating.ts';
import {
  RATING_CYCLE_STAGE_LABELS,
  RATING_CYCLE_STAGES,
  RATING_CYCLE_STEP_LABELS,
  RATING_CYCLE_STEPS,
} from './rating-cycle.ts';
import {
  AWARD_LEVEL_LABELS,
  GRADE_LABELS,
  PRIORITY_EXCLUSION_LABELS,
  PRIORITY_LIST_LABELS,
  QUANTITATIVE_INDICATOR_LABELS,
  RATING_PART_LABELS,
  SURVEY_ANSWER_LABELS,
} from './rating-labels.ts';
import { QUANTITATIVE_INDICATORS } from './rating-quantitative.ts';
import { ORG_EVALUATOR_LABELS, ORG_EVALUATORS } from './rating-settings.ts';
import { SURVEY_ANSWERS } from './rating-survey.ts';
import { OWNER_LEVELS, REQUEST_CATEGORIES, REQUEST_STATES, SATISFACTIONS, URGENCIES } from './request.ts';

const CJK = /[\u3400-\u9fff]/;

describe('code labels', () => {
  it.each([
    ['request categories', REQUEST_CATEGORIES, REQUEST_CATEGORY_LABELS],
    ['request states', REQUEST_STATES, REQUEST_STATE_LABELS],
    ['owner levels', OWNER_LEVELS, OWNER_LEVEL_LABELS],
    ['urgencies', URGENCIES, URGENCY_LABELS],
    ['satisfactions', SATISFACTIONS, SATISFACTION_LABELS],
    ['absence kinds', ABSENCE_KINDS, ABSENCE_KIND_LABELS],
    ['absence states', ABSENCE_STATES, ABSENCE_STATE_LABELS],
    ['request actions', Object.keys(REQUEST_ACTION_LABELS), REQUEST_ACTION_LABELS],
    ['grades', GRADES, GRADE_LABELS],
    ['map measures', Object.keys(MAP_MEASURES), MAP_MEASURE_LABELS],
    ['rating parts', RATING_PARTS, RATING_PART_LABELS],
    ['award levels', AWARD_LEVELS, AWARD_LEVEL_LABELS],
    ['priority lists', PRIORITY_LISTS, PRIORITY_LIST_LABELS],
    ['priority exclusions', PRIORITY_EXCLUSIONS, PRIORITY_EXCLUSION_LABELS],
    ['quantitative indicators', QUANTITATIVE_INDICATORS, QUANTITATIVE_INDICATOR_LABELS],
    ['survey answers', SURVEY_ANSWERS, SURVEY_ANSWER_LABELS],
    ['organisation evaluators', ORG_EVALUATORS, ORG_EVALUATOR_LABELS],
    ['rating cycle stages', RATING_CYCLE_STAGES, RATING_CYCLE_STAGE_LABELS],
    ['rating cycle steps', Object.keys(RATING_CYCLE_STEPS), RATING_CYCLE_STEP_LABELS],
    ['outbox kinds', OUTBOX_KINDS, OUTBOX_KIND_LABELS],
    ['outbox states', OUTBOX_STATES, OUTBOX_STATE_LABELS],
  ] as const)('names every one of the %s in Chinese and in English, and nothing else', (_, codes, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
    const table = labels as Record<string, readonly [string, string]>;
    const bad = codes.filter((c) => {
      const [zh, en] = table[c] ?? ['', ''];
      return !CJK.test(zh) || !en.trim() || CJK.test(en);
    });
    expect(bad).toEqual([]);
  });

  it('reads a table in one language', () => {
    expect(labelsIn(REQUEST_STATE_LABELS, 'zh-CN').registered).toBe('已登记');
    expect(labelsIn(REQUEST_STATE_LABELS, 'en-US').registered).toBe('Registered');
  });
});
