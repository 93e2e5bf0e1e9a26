import { labelsIn, PRIORITY_EXCLUSION_LABELS, PRIORITY_LIST_LABELS } from '@zhucun/core';

/** Chinese strings of what follows a confirmed rating (结果运用): stars, priority lists, admonishments. */
export const ratingFollowZhCN = {
  ratingFollow: {
    lists: labelsIn(PRIORITY_LIST_LABELS, 'zh-CN'),
    exclusions: labelsIn(PRIORITY_EXCLUSION_LABELS, 'zh-CN'),
    notices: {
      admonished: '您被诫勉：任期内 {{year}} 年度星级评定累计无星，请在 {{date}} 前完成整改',
      admonishedHint: '诫勉影响期至 {{until}}，整改情况在整改台账中跟踪',
      cadreAdmonished: '{{person}}（{{village}}）因任期内星级评定累计无星被诫勉，整改期限 {{date}}',
    },
  },
};
