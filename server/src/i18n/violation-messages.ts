import {
  type TCodeLabels,
  VIOLATION_ACTION_LABELS,
  VIOLATION_OUTCOME_LABELS,
  VIOLATION_STATE_LABELS,
} from '@zhucun/core';

/** The server's messages about the negative list and violation records (docs/rules.md §4.10); zh-CN first. */
export const VIOLATION_MESSAGES = {
  conduct_year_closed: [
    '{year} 年度的负面清单已过该年度，只能查看，不能修改',
    'The negative list of {year} belongs to a past year; it can be read, not changed',
  ],
  conduct_item_duplicate: [
    '{field}：本年度清单中已有相同的事项',
    '{field}: the year’s list already holds this item',
  ],
  conduct_item_used: [
    '该事项已被违规记录引用，内容、扣分和一票否决不能再改；可停用后另行新增',
    'A violation record cites this item, so its text, points and veto stay; take it off the list and add a new one',
  ],
  conduct_item_retired: ['该事项已停用', 'This item is already off the list'],
  conduct_year_started: [
    '{year} 年度清单已有事项，不能再从上一年度复制',
    'The list of {year} already has items; it cannot be copied from the year before',
  ],
  conduct_nothing_to_copy: [
    '{year} 年以前没有可复制的负面清单',
    'There is no list before {year} to start from',
  ],
  violation_not_allowed_in_state: [
    '该违规记录当前为“{violationState}”，不能{violationAction}',
    'This violation record is “{violationState}”; “{violationAction}” is not possible now',
  ],
  violation_answer_period_open: [
    '申辩期至 {until} 结束，干部尚未申辩，申辩期结束前不能作出决定',
    'The answer period runs until {until} and the cadre has not answered; no decision before it ends',
  ],
  violation_answer_period_over: [
    '申辩期已于 {until} 结束，不能再申辩',
    'The answer period ended on {until}; it is too late to answer',
  ],
  violation_appeal_period_over: [
    '申诉期已于 {until} 结束，不能再申诉',
    'The appeal period ended on {until}; it is too late to appeal',
  ],
  violation_appealed_once: [
    '每条违规记录只能申诉一次，复核决定为最终决定',
    'A violation record can be appealed once; the decision on the appeal is final',
  ],
  violation_self: [
    '不能登记或决定涉及本人的违规记录',
    'No one may record or decide a violation record about themself',
  ],
  violation_future: ['{field}：不能晚于今天', '{field}: cannot be later than today'],
  violation_not_posted: [
    '{field}：该干部在 {date} 没有驻村任职',
    '{field}: this cadre held no village post on {date}',
  ],
  violation_item_year: [
    '{field}：须为 {year} 年度负面清单中在用的事项',
    '{field}: choose an item on the list of {year} that is in use',
  ],
  violation_reduced_deduction_required: [
    '{field}：减轻扣分须填写减轻后的扣分（低于原扣分 {deduction} 分）',
    '{field}: a reduction needs the lower deduction (below the {deduction} points recorded)',
  ],
  violation_reduced_deduction_not_lower: [
    '{field}：减轻后的扣分须低于原扣分 {deduction} 分',
    '{field}: the reduced deduction must be below the {deduction} points recorded',
  ],
} as const satisfies Record<string, readonly [string, string]>;

/** Names of the violation forms' fields. */
export const VIOLATION_FIELD_LABELS: Record<string, readonly [string, string]> = {
  conduct: ['负面清单事项内容', 'Forbidden conduct'],
  circumstances: ['违规情形', 'What happened'],
  explanation: ['申辩或申诉理由', 'Answer or appeal'],
  itemId: ['负面清单事项', 'Item of the negative list'],
  occurredOn: ['发生日期', 'Date of the conduct'],
  reducedDeduction: ['减轻后的扣分', 'Reduced deduction'],
  answerDays: ['申辩期（天）', 'Answer period (days)'],
  deduction: ['扣分', 'Deduction'],
  veto: ['一票否决', 'Veto'],
};

/** Code parameters of violation messages, named in the message's language. */
export const VIOLATION_CODE_PARAMS: Record<string, TCodeLabels<string>> = {
  violationState: VIOLATION_STATE_LABELS,
  violationAction: VIOLATION_ACTION_LABELS,
  violationOutcome: VIOLATION_OUTCOME_LABELS,
};
