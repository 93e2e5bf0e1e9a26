import { labelsIn, PRIORITY_EXCLUSION_LABELS, PRIORITY_LIST_LABELS } from '@zhucun/core';
import type { ratingFollowZhCN } from './rating-follow.zh-CN.ts';

/** English strings of what follows a confirmed rating: stars, priority lists, admonishments. */
export const ratingFollowEnUS: typeof ratingFollowZhCN = {
  ratingFollow: {
    lists: labelsIn(PRIORITY_LIST_LABELS, 'en-US'),
    exclusions: labelsIn(PRIORITY_EXCLUSION_LABELS, 'en-US'),
    notices: {
      admonished:
        'You are admonished: no star over your tenure up to the {{year}} rating; rectify by {{date}}',
      admonishedHint:
        'The admonishment is in effect until {{until}}; the rectification is tracked in the ledger',
      cadreAdmonished:
        '{{person}} ({{village}}) is admonished for no star over the tenure; rectification due {{date}}',
    },
  },
};
