import {
  DESIGNATION_KIND_LABELS,
  OUTCOME_ACTION_LABELS,
  OUTCOME_STATE_LABELS,
  type TCodeLabels,
} from '@zhucun/core';

/** The server's messages about outcome indicators (帮扶成效), spread into messages.ts; zh-CN first. */
export const OUTCOME_MESSAGES = {
  outcome_not_allowed: [
    '该{outcomeObject}当前为“{outcomeState}”，不能{outcomeAction}',
    'This {outcomeObject} is "{outcomeState}"; "{outcomeAction}" is not possible now',
  ],
  outcome_month_future: [
    '{field}：{month} 还没有结束，月报在月末起报送',
    '{field}: {month} has not ended yet',
  ],
  outcome_month_exists: [
    '{field}：该村 {month} 的外出务工情况已报送（{outcomeState}），请在原报告上修改',
    '{field}: this village’s {month} is already sent ({outcomeState}); correct that report',
  ],
  outcome_household_unknown: [
    '{field}：{ids} 不是该村登记的农户',
    '{field}: {ids} are not households registered in this village',
  ],
  outcome_household_twice: ['{field}：同一农户只能列一次', '{field}: list each household once'],
  outcome_date_future: ['{field}：{date} 还没有到', '{field}: {date} is in the future'],
} as const satisfies Record<string, readonly [string, string]>;

/** Names of the outcome reports' fields. */
export const OUTCOME_FIELD_LABELS: Record<string, readonly [string, string]> = {
  lines: ['外出务工农户', 'Households'],
  householdId: ['农户', 'Household'],
  labourers: ['外出务工人数', 'Labourers working away'],
  reason: ['退回理由', 'Reason for returning'],
  designatedOn: ['命名日期', 'Date designated'],
  kind: ['称号类别', 'Kind of designation'],
};

const OUTCOME_OBJECT_LABELS: TCodeLabels<'labour_report' | 'designation'> = {
  labour_report: ['外出务工月报', 'monthly labour report'],
  designation: ['示范村称号', 'designation'],
};

/** Codes the outcome messages carry, named in the reader's language. */
export const OUTCOME_CODE_PARAMS: Record<string, TCodeLabels<string>> = {
  outcomeState: OUTCOME_STATE_LABELS,
  outcomeAction: OUTCOME_ACTION_LABELS,
  outcomeObject: OUTCOME_OBJECT_LABELS,
  designationKind: DESIGNATION_KIND_LABELS,
};
