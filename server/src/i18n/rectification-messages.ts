import {
  OWNER_LEVEL_LABELS,
  RECTIFICATION_ACTION_LABELS,
  RECTIFICATION_STATE_LABELS,
  type TCodeLabels,
} from '@zhucun/core';

/** The server's messages about 整改台账 (the rectification ledger), spread into messages.ts; zh-CN first. */
export const RECTIFICATION_MESSAGES = {
  rectification_not_allowed_in_state: [
    '该整改问题当前为“{rectificationState}”，不能{rectificationAction}',
    'This problem is “{rectificationState}”; “{rectificationAction}” is not possible now',
  ],
  rectification_wrong_level: [
    '该整改问题为{rectificationLevel}问题，您所在层级不能{rectificationAction}',
    'This is a problem at the {rectificationLevel} level; your level may not “{rectificationAction}” it',
  ],
  rectification_text_required: [
    '{field}：须写明整改进展或完成情况',
    '{field}: describe the progress or the completion',
  ],
  rectification_reason_required: ['{field}：退回须写明理由', '{field}: give a reason to return it'],
  rectification_division_level: [
    '{field}：须为{rectificationLevel}行政区划',
    '{field}: must be a division at the {rectificationLevel} level',
  ],
  rectification_deadline_past: [
    '{field}：整改时限不能早于今天（{date}）',
    '{field}: the deadline cannot be before today ({date})',
  ],
  rectification_person_unknown: [
    '{field}：不在您管辖范围内的干部台账中',
    '{field}: not a person of the registry within your scope',
  ],
  rectification_photo_unknown: [
    '{field}：照片 {ids} 不存在或不是您上传的整改照片',
    '{field}: photos {ids} do not exist or are not rectification photos you uploaded',
  ],
  rectification_export_too_many: [
    '符合条件的整改问题有 {count} 个，超过一次导出的上限 {max} 个，请按乡镇或状态筛选后再导出',
    '{count} problems match, more than the {max} one export holds; filter by township or state first',
  ],
} as const;

/** Field names of 整改台账's forms. */
export const RECTIFICATION_FIELD_LABELS: Record<string, readonly [string, string]> = {
  sourceRef: ['反馈来源（批次）', 'Source reference'],
  problem: ['问题表述', 'Problem'],
  evidenceRequired: ['佐证材料要求', 'Evidence required'],
  measures: ['整改措施', 'Measures'],
  owners: ['责任人', 'Owners'],
  photoIds: ['照片', 'Photos'],
  statement: ['整改情况', 'Statement'],
};

/** Code parameters of rectification messages, named in the message's language. */
export const RECTIFICATION_CODE_PARAMS: Record<string, TCodeLabels<string>> = {
  rectificationState: RECTIFICATION_STATE_LABELS,
  rectificationAction: RECTIFICATION_ACTION_LABELS,
  rectificationLevel: OWNER_LEVEL_LABELS,
};
