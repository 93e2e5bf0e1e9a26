import {
  GRADE_LABELS,
  labelsIn,
  ORG_EVALUATOR_LABELS,
  QUANTITATIVE_INDICATOR_LABELS,
  RATING_CYCLE_STAGE_LABELS,
  RATING_CYCLE_STEP_LABELS,
  RATING_PART_LABELS,
} from '@zhucun/core';

/** Chinese strings of the star rating's cycle, results, notice and appeals (星级评定), spread into zh-CN.ts. */
export const ratingZhCN = {
  rating: {
    grades: labelsIn(GRADE_LABELS, 'zh-CN'),
    stages: labelsIn(RATING_CYCLE_STAGE_LABELS, 'zh-CN'),
    steps: labelsIn(RATING_CYCLE_STEP_LABELS, 'zh-CN'),
    parts: labelsIn(RATING_PART_LABELS, 'zh-CN'),
    indicators: labelsIn(QUANTITATIVE_INDICATOR_LABELS, 'zh-CN'),
    evaluators: labelsIn(ORG_EVALUATOR_LABELS, 'zh-CN'),
    appealDecisions: { kept: '维持原等次', amended: '调整等次' },
    notices: {
      published: '{{year}} 年度星级评定结果公示至 {{date}}，可查看本人结果',
      publishedHint: '如对本人结果有异议，可在公示期内申诉一次',
      appealed: '{{person}}（{{village}}）对 {{year}} 年度评定结果提出申诉',
      decidedKept: '您对 {{year}} 年度评定结果的申诉已处理：维持原等次（{{grade}}）',
      decidedAmended: '您对 {{year}} 年度评定结果的申诉已处理：等次调整为{{grade}}',
      reason: '理由：{{reason}}',
    },
  },
};
