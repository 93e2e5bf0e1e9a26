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
    stars: {
      title: 'Stars',
      year: '{{year}}',
      tenure: 'This tenure (since {{from}}): {{stars}} stars over {{years}} years',
      allYears: '{{stars}} stars over {{years}} years',
      breakdown: '{{village}} · grade {{base}} + commendations {{award}} = {{stars}} stars',
      awards: 'Commendations: {{titles}}',
      beforeTenure: 'Earlier tenure',
      empty: 'No confirmed rating yet',
      admonished: 'Admonished ({{date}}): {{reason}}; in effect until {{until}}',
      rectification: 'Rectification: {{state}}, due {{deadline}}',
    },
    filter: {
      label: 'Stars',
      over: 'Stars counted over',
      tenure: 'The tenure',
      lastYear: 'Last year',
      none: 'No star',
      atLeast: '{{count}} stars or more',
    },
    priority: {
      title: 'Priority lists',
      year: 'Rating year',
      date: 'Date of the lists',
      hint: 'Cadres with two stars or more in the {{year}} rating go on the priority lists of their personnel status (lists of {{date}}), by village and name, never ranked; those under an admonishment in effect or basically competent or lower last year are left off, with the reason.',
      listTitle: '{{list}} · {{count}}',
      excluded: 'Left off, and why · {{count}}',
      wouldBe: 'Would be on: {{lists}}',
      unlisted: 'Two stars or more, of a personnel status no list applies to: {{names}}',
      none: 'None',
      noCycle: 'No confirmed star rating yet',
      village: 'Township · village',
      name: 'Name',
      status: 'Personnel status',
      grade: 'Grade',
      stars: 'Stars',
      because: 'Why',
      exportLists: 'Priority lists (Word)',
      exportResults: 'Result table (Excel)',
      exportNotice: 'Notice (Word)',
    },
    admonishments: {
      title: 'Admonishments',
      hint: 'A cadre with no star in any confirmed year of the tenure is admonished by the county organisation department and must rectify by a deadline, tracked to closure in the ledger.',
      year: 'Rating year',
      state: 'Rectification state',
      person: 'Name',
      village: 'Township · village',
      reason: 'Reason',
      issuedOn: 'Issued on',
      effect: 'In effect',
      inEffect: 'In effect (until {{date}})',
      ended: 'Ended ({{date}})',
      rectification: 'Rectification',
      deadline: 'Due {{date}}',
      closedOn: 'Closed {{date}}',
      overdue: 'Overdue',
      empty: 'No admonishments',
    },
  },
};
