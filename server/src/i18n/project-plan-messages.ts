/** The server's messages about the battle map (挂图作战), spread into messages.ts; zh-CN first. */
export const PLAN_MESSAGES = {
  plan_closed: [
    '该项目当前为“{projectState}”，计划和进展已不能再修改',
    'This project is “{projectState}”; its plan and progress can no longer change',
  ],
  progress_not_yet: [
    '该项目当前为“{projectState}”，乡镇审核通过后才能报告进展',
    'This project is “{projectState}”; progress is reported once the township has approved it',
  ],
  progress_not_yours: [
    '只有项目的领办人、认领人和项目所在村的干部可以报告进展或标记节点完成',
    'Only the project’s leader, its claimants and the cadres of its villages may report progress or mark milestones met',
  ],
  milestone_owner_not_on_project: [
    '{field}：须是项目的领办人、认领人或项目所在村的在任干部',
    '{field}: must be the project’s leader, a claimant or a cadre serving in its villages',
  ],
  milestone_start_after_due: ['{field}：不能晚于完成时限', '{field}: cannot be after the due date'],
  milestone_move_reason_required: [
    '{field}：计划已经乡镇审核冻结为基线，调整完成时限须写明理由',
    '{field}: the plan was frozen as the baseline when the township approved it; give a reason to move the due date',
  ],
  milestone_dropped: ['该节点已取消，不能再修改', 'This milestone was dropped and can no longer change'],
  milestone_too_many: [
    '{field}：一个项目最多 {max} 个节点',
    '{field}: a project holds at most {max} milestones',
  ],
  milestone_done_future: ['{field}：{date} 还没有到，不能标记为已完成', '{field}: {date} has not come yet'],
  milestone_drop_reason_required: [
    '{field}：计划已冻结为基线，取消节点须写明理由（节点保留并划去）',
    '{field}: the plan is frozen as the baseline; give a reason to drop a milestone (it stays, struck through)',
  ],
  progress_date_future: ['{field}：{date} 还没有到', '{field}: {date} has not come yet'],
  progress_milestone_unknown: [
    '{field}：不是本项目的节点，或已取消',
    '{field}: not a milestone of this project, or it was dropped',
  ],
  day_tie_has_comments: [
    '这一天的日志记入项目后已有点评，不能再改记到别的项目或取消',
    'This day’s entry in the project’s progress has comments; it can no longer move to another project or be removed',
  ],
  gantt_window_order: ['{field}：开始日期不能晚于结束日期', '{field}: the start cannot be after the end'],
  gantt_window_too_wide: ['{field}：一次最多显示 {max} 天', '{field}: at most {max} days at a time'],
} as const satisfies Record<string, readonly [string, string]>;

/** Names of the battle map's fields. */
export const PLAN_FIELD_LABELS: Record<string, readonly [string, string]> = {
  ownerPersonId: ['节点负责人', 'Milestone owner'],
  deliverable: ['交付成果', 'Deliverable'],
  dueDate: ['完成时限', 'Due date'],
  doneOn: ['完成日期', 'Date met'],
  milestoneId: ['项目节点', 'Milestone'],
  milestoneDone: ['节点已完成', 'Milestone met'],
  project: ['记入项目', 'Project'],
  projectId: ['项目', 'Project'],
};
