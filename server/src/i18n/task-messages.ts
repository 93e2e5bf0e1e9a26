import { TASK_ASSIGNEE_KIND_LABELS, type TCodeLabels } from '@zhucun/core';

/** The server's messages about the task list (任务清单), spread into messages.ts; zh-CN first. */
export const TASK_MESSAGES = {
  task_assigner_level: ['只有县级和乡镇可以下达任务', 'Only the county and the townships assign tasks'],
  task_target_level: [
    '{field}：乡镇只能向本乡镇的村和干部下达任务，向乡镇下达须由县级',
    '{field}: a township assigns to its own villages and cadres; only the county assigns to townships',
  ],
  task_target_unknown: [
    '{field}：{codes} 不是本级范围内的{level}',
    '{field}: {codes} is not a {level} within your reach',
  ],
  task_person_unknown: [
    '{field}：所选干部中有人不在本级范围内任职',
    '{field}: some of the chosen cadres are not posted within your reach',
  ],
  task_no_assignees: [
    '{field}：本级范围内没有在任的此类干部',
    '{field}: no cadre of this category is posted within your reach',
  ],
  task_deadline_past: ['{field}：{date} 已经过去', '{field}: {date} has passed'],
  task_evidence_required: [
    '{field}：标记完成须附佐证（文字或照片）',
    '{field}: marking it done needs evidence (text or a photo)',
  ],
  task_report_empty: ['{field}：请填写进度或进展说明', '{field}: give the progress in percent or a note'],
  task_not_reportable: [
    '该任务由{assigneeKind}承办，你不能代为报告',
    'This task is held by a {assigneeKind}; you cannot report on it',
  ],
  task_already_done: ['该任务已标记完成', 'This task is already marked done'],
} as const satisfies Record<string, readonly [string, string]>;

/** Names of the task list's fields. */
export const TASK_FIELD_LABELS: Record<string, readonly [string, string]> = {
  deadline: ['完成时限', 'Deadline'],
  evidenceRequired: ['佐证要求', 'Evidence required'],
  evidence: ['完成佐证', 'Evidence'],
  priority: ['优先级', 'Priority'],
  percent: ['完成进度', 'Progress'],
  target: ['下达对象', 'Assignees'],
  'target.codes': ['下达对象', 'Assignees'],
  'target.personIds': ['下达干部', 'Cadres'],
  'target.category': ['干部类别', 'Cadre category'],
  assignmentId: ['任务', 'Task'],
  tasks: ['任务进展', 'Task reports'],
};

/** Parameters carrying a task code. */
export const TASK_CODE_PARAMS: Record<string, TCodeLabels<string>> = {
  assigneeKind: TASK_ASSIGNEE_KIND_LABELS,
};
