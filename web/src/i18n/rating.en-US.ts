import {
  GRADE_LABELS,
  labelsIn,
  ORG_EVALUATOR_LABELS,
  QUANTITATIVE_INDICATOR_LABELS,
  RATING_CYCLE_STAGE_LABELS,
  RATING_CYCLE_STEP_LABELS,
  RATING_PART_LABELS,
} from '@zhucun/core';
import type { ratingZhCN } from './rating.zh-CN.ts';

/** English strings of the star rating (same shape as rating.zh-CN.ts). */
export const ratingEnUS: typeof ratingZhCN = {
  rating: {
    grades: labelsIn(GRADE_LABELS, 'en-US'),
    stages: labelsIn(RATING_CYCLE_STAGE_LABELS, 'en-US'),
    steps: labelsIn(RATING_CYCLE_STEP_LABELS, 'en-US'),
    parts: labelsIn(RATING_PART_LABELS, 'en-US'),
    indicators: labelsIn(QUANTITATIVE_INDICATOR_LABELS, 'en-US'),
    evaluators: labelsIn(ORG_EVALUATOR_LABELS, 'en-US'),
    appealDecisions: { kept: 'Grade kept', amended: 'Grade amended' },
    notices: {
      published: 'The star rating results of {{year}} are on notice until {{date}}: read yours',
      publishedHint: 'If you disagree with your result, you may appeal once during the notice',
      appealed: '{{person}} ({{village}}) appealed their rating result of {{year}}',
      decidedKept: 'Your appeal of the {{year}} rating was decided: grade kept ({{grade}})',
      decidedAmended: 'Your appeal of the {{year}} rating was decided: grade amended to {{grade}}',
      reason: 'Reason: {{reason}}',
    },
  },
};
