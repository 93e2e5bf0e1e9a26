import {
  OWNER_LEVEL_LABELS,
  PROJECT_ACTION_LABELS,
  PROJECT_STATE_LABELS,
  type TCodeLabels,
} from '@zhucun/core';

/** The server's messages about projects (项目化帮扶), spread into messages.ts; zh-CN first. */
export const PROJECT_MESSAGES = {
  project_villages_township: [
    '{field}：一个项目的村须同属一个乡镇',
    '{field}: the villages of a project must lie in one township',
  ],
  project_person_not_in_villages: [
    '{field}：所选人员在项目所在村没有在任的职务，不能领办或认领',
    '{field}: this person holds no active post in the project’s villages, so cannot lead or claim it',
  ],
  project_claimant_is_leader: [
    '{field}：领办人已负责整个项目，不必再作为认领人',
    '{field}: the leader answers for the whole project; no need to claim it too',
  ],
  project_not_editable: [
    '该项目当前为“{projectState}”，乡镇审核通过后基本信息不能再修改',
    'This project is “{projectState}”; its facts cannot change once the township has approved it',
  ],
  project_not_allowed_in_state: [
    '该项目当前为“{projectState}”，不能{projectAction}',
    'This project is “{projectState}”; “{projectAction}” is not possible now',
  ],
  project_level_too_low: [
    '“{projectAction}”须由{projectLevel}办理',
    'Only the {projectLevel} level may {projectAction}',
  ],
  project_reason_required: [
    '{field}：{projectAction}须写明理由',
    '{field}: give a reason to {projectAction}',
  ],
  project_export_too_many: [
    '筛选出 {count} 个项目，台账一次最多导出 {max} 个，请按乡镇或状态缩小范围',
    'The filter finds {count} projects; a ledger holds at most {max}. Narrow it by township or state',
  ],
} as const satisfies Record<string, readonly [string, string]>;

/** Names of the project form's fields (claimants.0.personId reads 认领人第1项的人员). */
export const PROJECT_FIELD_LABELS: Record<string, readonly [string, string]> = {
  villageCodes: ['项目所在村', 'Villages'],
  leaderPersonId: ['领办人', 'Leader'],
  claimants: ['认领人', 'Claimants'],
  duty: ['认领分工', 'Share of the work'],
  isDemonstration: ['示范项目', 'Demonstration project'],
  summary: ['项目简介', 'Summary'],
  targetWhat: ['目标内容', 'Target'],
  targetQuantity: ['目标数量', 'Target quantity'],
  targetUnit: ['计量单位', 'Unit'],
  targetDate: ['目标完成时间', 'Target date'],
  budgetFen: ['项目预算', 'Budget'],
  funding: ['资金筹措', 'Funding'],
  beneficiaryHouseholds: ['受益户数', 'Beneficiary households'],
  beneficiaryPeople: ['受益人数', 'Beneficiaries'],
  demonstration: ['是否示范项目', 'Demonstration'],
  leader: ['领办人', 'Leader'],
  villages: ['村（社区）', 'Villages'],
};

/** Code parameters of project messages, named in the message's language. */
export const PROJECT_CODE_PARAMS: Record<string, TCodeLabels<string>> = {
  projectState: PROJECT_STATE_LABELS,
  projectAction: PROJECT_ACTION_LABELS,
  projectLevel: OWNER_LEVEL_LABELS,
};
