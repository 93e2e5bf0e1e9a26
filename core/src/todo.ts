import type { TCodeLabels } from './code-labels.ts';
import type { TOwnerLevel } from './request.ts';
import type { TPermission } from './roles.ts';

/**
 * 待办 (docs/rules.md, 待办): what still waits for the caller's action, by kind, on their home page. Each
 * kind is counted on the server in the caller's scope for one permission (an item the caller may not act
 * on is not shown) and links to the list page filtered to the records behind the count. The bell keeps
 * its messages; a to-do goes away when its record changes, not when it is read.
 */
export const TODO_KINDS = [
  // a cadre's own
  'day_to_record', // 今天的记录还没记
  'days_returned', // 被退回待补充的工作日志
  'spot_checks_to_answer', // 发现不在岗的抽查，待本人说明
  'violations_to_answer', // 负面清单记录，答复期内待说明
  'rating_notice', // 星级评定结果公示中：查看，或在公示期内申诉
  'projects_returned', // 乡镇退回修改的项目草稿
  'projects_to_start', // 县级已备案、待开始实施的项目
  // requests, tasks and rectification at the caller's own level
  'requests_waiting', // 待本级办理的诉求（含上交到本级的）
  'requests_overdue', // 其中已超期的
  'tasks_due', // 交给本人、本村或本乡镇的未完成任务
  'rectification_open', // 本级整改中的问题
  'rectification_returned', // 被退回、待重新报送的整改问题
  'rectification_to_review', // 待本级审核（乡镇）或销号（县）的整改报告
  // decisions of the township and the county
  'leave_to_approve', // 待本级审批的请假
  'attendance_to_mark', // 本级组织、已结束、还有受邀人未登记出席的会议
  'projects_to_approve', // 村里提交、待乡镇审核的项目
  'projects_to_file', // 乡镇已审核、待县级备案的项目
  'projects_to_accept', // 申请验收、待县级验收的项目
  'selection_nominations', // 优秀创新项目评选：本乡镇还可推荐的名额
  'selection_scoring', // 评审专家：待本人打分的推荐项目
  'selection_objections', // 评选公示期的异议，待处理
  'org_forms_to_fill', // 星级评定组织评价：待填写的评价表
  'rating_results_to_review', // 星级评定审核阶段：待逐人确认或调整的结果
  'rating_appeals', // 星级评定：待决定的申诉
  'violations_to_decide', // 负面清单：干部已说明或答复期已过、待认定的记录
  'violation_appeals', // 负面清单：待决定的申诉
  'duty_list_drafts', // 岗位职责清单：待发布的草稿
] as const;
export type TTodoKind = (typeof TODO_KINDS)[number];

/** What a link needs beyond the kind: the caller's level, and the record a link opens (a selection). */
export type TTodoLinkContext = { level: TOwnerLevel; id?: number; year?: number };

export type TTodoKindInfo = {
  /**
   * The permission a caller must hold for the kind to be counted, whose scope filters the count; null
   * when the seat itself is the right (a selection's panel member scores as a person, whatever their role).
   */
  permission: TPermission | null;
  /** The list page, filtered to the records behind the count (its existing URL filters). */
  link: (c: TTodoLinkContext) => string;
};

/** Each kind's permission and link. */
export const TODO_KIND_INFO: Readonly<Record<TTodoKind, TTodoKindInfo>> = {
  day_to_record: { permission: 'duty:self', link: () => '/today' },
  days_returned: { permission: 'duty:self', link: () => '/today' },
  spot_checks_to_answer: { permission: 'duty:self', link: () => '/today' },
  violations_to_answer: { permission: 'duty:self', link: () => '/my-violations' },
  rating_notice: { permission: 'duty:self', link: () => '/my-rating' },
  projects_returned: { permission: 'projects:write', link: () => '/projects?state=draft' },
  projects_to_start: { permission: 'projects:write', link: () => '/projects?state=filed' },
  requests_waiting: { permission: 'requests:work', link: (c) => `/requests?level=${c.level}` },
  requests_overdue: {
    permission: 'requests:work',
    link: (c) => `/requests?level=${c.level}&overdue=true`,
  },
  tasks_due: { permission: 'tasks:report', link: () => '/tasks?status=open&held=true' },
  rectification_open: {
    permission: 'rectification:report',
    link: (c) => `/rectification?level=${c.level}&state=open`,
  },
  rectification_returned: {
    permission: 'rectification:report',
    link: (c) => `/rectification?level=${c.level}&state=returned`,
  },
  rectification_to_review: {
    permission: 'rectification:review',
    link: (c) => `/rectification?awaiting=${c.level}`,
  },
  leave_to_approve: { permission: 'duty:review', link: () => '/duty/absences?tab=queue' },
  attendance_to_mark: { permission: 'duty:review', link: () => '/meetings?when=past' },
  projects_to_approve: { permission: 'projects:approve', link: () => '/projects?state=submitted' },
  projects_to_file: { permission: 'projects:approve', link: () => '/projects?state=approved' },
  projects_to_accept: { permission: 'projects:approve', link: () => '/projects?state=acceptance' },
  selection_nominations: {
    permission: 'selections:nominate',
    link: (c) => (c.id ? `/project-selections/${c.id}` : '/project-selections'),
  },
  selection_scoring: {
    permission: null,
    link: (c) => (c.id ? `/project-selections/${c.id}/score` : '/project-selections'),
  },
  selection_objections: {
    permission: 'selections:manage',
    link: (c) => (c.id ? `/project-selections/${c.id}` : '/project-selections'),
  },
  org_forms_to_fill: { permission: 'rating:evaluate', link: () => '/rating/forms' },
  rating_results_to_review: {
    permission: 'rating:review',
    link: (c) => (c.year ? `/rating?year=${c.year}` : '/rating'),
  },
  rating_appeals: {
    permission: 'rating:review',
    link: (c) => (c.year ? `/rating?year=${c.year}` : '/rating'),
  },
  violations_to_decide: { permission: 'violations:decide', link: () => '/violations?toDecide=true' },
  violation_appeals: { permission: 'violations:decide', link: () => '/violations?state=appealed' },
  duty_list_drafts: { permission: 'duty_lists:write', link: () => '/duty-lists' },
};

/** The name of each kind, as the panel's row reads (the count beside it). */
export const TODO_KIND_LABELS: TCodeLabels<TTodoKind> = {
  day_to_record: ['今天的记录未填写', "Today's record not yet made"],
  days_returned: ['被退回待补充的日志', 'Day records returned for completion'],
  spot_checks_to_answer: ['抽查待说明', 'Spot checks to answer'],
  violations_to_answer: ['负面清单记录待说明', 'Conduct records to answer'],
  rating_notice: ['星级评定结果公示中', 'Star rating result on public notice'],
  projects_returned: ['被退回修改的项目', 'Projects returned for changes'],
  projects_to_start: ['已备案待实施的项目', 'Filed projects to start'],
  requests_waiting: ['待本级办理的诉求', 'Requests waiting at your level'],
  requests_overdue: ['本级超期未办结的诉求', 'Overdue requests at your level'],
  tasks_due: ['未完成的任务', 'Tasks to complete'],
  rectification_open: ['本级整改中的问题', 'Problems being rectified at your level'],
  rectification_returned: ['被退回的整改问题', 'Rectification reports returned'],
  rectification_to_review: ['待审核的整改报告', 'Rectification reports to review'],
  leave_to_approve: ['待审批的请假', 'Leave to approve'],
  attendance_to_mark: ['会议出席情况待登记', 'Meetings with attendance to mark'],
  projects_to_approve: ['待乡镇审核的项目', 'Projects to approve'],
  projects_to_file: ['待县级备案的项目', 'Projects to file'],
  projects_to_accept: ['待验收的项目', 'Projects awaiting acceptance'],
  selection_nominations: ['优秀创新项目待推荐', 'Innovation projects to nominate'],
  selection_scoring: ['推荐项目待评分', 'Nominated projects to score'],
  selection_objections: ['评选异议待处理', 'Selection objections to handle'],
  org_forms_to_fill: ['组织评价表待填写', 'Organisation evaluation forms to fill'],
  rating_results_to_review: ['星级评定结果待审核', 'Star rating results to review'],
  rating_appeals: ['星级评定申诉待决定', 'Star rating appeals to decide'],
  violations_to_decide: ['负面清单记录待认定', 'Conduct records to decide'],
  violation_appeals: ['负面清单申诉待决定', 'Conduct record appeals to decide'],
  duty_list_drafts: ['岗位职责清单草稿待发布', 'Duty list drafts to publish'],
};

/** The link of a to-do for the caller. */
export function todoHref(kind: TTodoKind, context: TTodoLinkContext): string {
  return TODO_KIND_INFO[kind].link(context);
}
