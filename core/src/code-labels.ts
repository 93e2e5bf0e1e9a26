import type { TAbsenceKind, TAbsenceState } from './leave.ts';
import type { TProjectAction, TProjectFundingSource, TProjectKind, TProjectState } from './project.ts';
import type {
  TOwnerLevel,
  TRequestActionType,
  TRequestCategory,
  TRequestState,
  TSatisfaction,
  TUrgency,
} from './request.ts';

/** The languages Zhucun speaks; Chinese first. */
export const LANGUAGES = ['zh-CN', 'en-US'] as const;
export type TLanguage = (typeof LANGUAGES)[number];

/** A name for every code of a list, in Chinese and in English: one table, read by the server and the web. */
export type TCodeLabels<C extends string> = Readonly<Record<C, readonly [zh: string, en: string]>>;

/** The names of a list's codes in one language, e.g. for a web i18n file or a Chinese spreadsheet. */
export function labelsIn<C extends string>(labels: TCodeLabels<C>, lang: TLanguage): Record<C, string> {
  const at = lang === 'en-US' ? 1 : 0;
  return Object.fromEntries(
    Object.entries(labels).map(([code, pair]) => [code, (pair as readonly string[])[at]]),
  ) as Record<C, string>;
}

export const REQUEST_CATEGORY_LABELS: TCodeLabels<TRequestCategory> = {
  infrastructure: ['基础设施', 'Infrastructure'],
  social_security: ['社会保障', 'Social security'],
  medical: ['看病就医', 'Medical care'],
  education: ['上学教育', 'Education'],
  employment: ['就业务工', 'Employment'],
  agriculture: ['农业生产', 'Agriculture'],
  land_housing: ['土地住房', 'Land and housing'],
  dispute: ['矛盾纠纷', 'Dispute'],
  environment: ['人居环境', 'Living environment'],
  other: ['其他', 'Other'],
};

export const REQUEST_STATE_LABELS: TCodeLabels<TRequestState> = {
  registered: ['已登记', 'Registered'],
  accepted: ['已受理', 'Accepted'],
  in_progress: ['办理中', 'In progress'],
  resolved: ['已办结', 'Resolved'],
  followed_up: ['已回访', 'Followed up'],
  withdrawn: ['已撤回', 'Withdrawn'],
  duplicate: ['重复', 'Duplicate'],
  not_ours: ['非本级职责', 'Not ours'],
};

/** What a person does to a request, as a verb ("不能受理" / "accept"). */
export const REQUEST_ACTION_LABELS: TCodeLabels<TRequestActionType> = {
  accept: ['受理', 'accept'],
  start: ['开始办理', 'start'],
  resolve: ['办结', 'resolve'],
  hand_up: ['上交', 'hand up'],
  escalate: ['逾期升级', 'escalate'],
  follow_up: ['回访', 'follow up'],
  withdraw: ['撤回', 'withdraw'],
  mark_duplicate: ['标记重复', 'mark as a duplicate'],
  not_ours: ['标记非本级职责', 'mark as not ours'],
};

export const OWNER_LEVEL_LABELS: TCodeLabels<TOwnerLevel> = {
  village: ['村级', 'Village'],
  township: ['乡镇', 'Township'],
  county: ['县级', 'County'],
};

export const URGENCY_LABELS: TCodeLabels<TUrgency> = {
  normal: ['一般', 'Normal'],
  urgent: ['紧急', 'Urgent'],
};

export const SATISFACTION_LABELS: TCodeLabels<TSatisfaction> = {
  satisfied: ['满意', 'Satisfied'],
  basically_satisfied: ['基本满意', 'Basically satisfied'],
  dissatisfied: ['不满意', 'Dissatisfied'],
  partly_solved: ['部分解决', 'Partly solved'],
};

export const ABSENCE_KIND_LABELS: TCodeLabels<TAbsenceKind> = {
  leave: ['请假', 'Leave'],
  official_duty: ['公务外出', 'Official duty'],
};

export const ABSENCE_STATE_LABELS: TCodeLabels<TAbsenceState> = {
  pending_township: ['待乡镇审批', 'Waiting for the township'],
  pending_county: ['待县委组织部审批', 'Waiting for the county'],
  approved: ['已批准', 'Approved'],
  rejected: ['未批准', 'Not approved'],
  withdrawn: ['已撤回', 'Withdrawn'],
};

export const PROJECT_KIND_LABELS: TCodeLabels<TProjectKind> = {
  industry: ['产业发展', 'Industry'],
  infrastructure: ['基础设施', 'Infrastructure'],
  rural_tourism: ['乡村旅游', 'Rural tourism'],
  employment: ['就业帮扶', 'Employment'],
  party_building: ['党建引领与基层治理', 'Party building and governance'],
  public_services: ['公共服务', 'Public services'],
  other: ['其他', 'Other'],
};

export const PROJECT_STATE_LABELS: TCodeLabels<TProjectState> = {
  draft: ['草稿', 'Draft'],
  submitted: ['待乡镇审核', 'Waiting for the township'],
  approved: ['待县级备案', 'Approved, waiting to be filed'],
  filed: ['已备案', 'Filed'],
  in_progress: ['实施中', 'In progress'],
  acceptance: ['待验收', 'Waiting for acceptance'],
  done: ['已完成', 'Done'],
  stopped: ['已终止', 'Stopped'],
};

/** What a person does to a project, as a verb ("不能审核通过" / "approve"). */
export const PROJECT_ACTION_LABELS: TCodeLabels<TProjectAction> = {
  submit: ['提交乡镇审核', 'submit to the township'],
  return: ['退回修改', 'return for changes'],
  approve: ['审核通过', 'approve'],
  file: ['县级备案', 'file at the county'],
  start: ['开始实施', 'start'],
  request_acceptance: ['申请验收', 'ask for acceptance'],
  pass_acceptance: ['验收通过', 'pass acceptance'],
  fail_acceptance: ['验收不通过', 'fail acceptance'],
  stop: ['终止项目', 'stop'],
};

export const PROJECT_FUNDING_SOURCE_LABELS: TCodeLabels<TProjectFundingSource> = {
  fiscal_linked: ['财政衔接资金', 'Linked fiscal funds'],
  county_finance: ['县级财政', 'County budget'],
  township_finance: ['乡镇财政', 'Township budget'],
  dispatching_unit: ['派出单位帮扶资金', 'Dispatching unit'],
  village_collective: ['村集体经济', 'Village collective'],
  enterprise: ['企业与社会资金', 'Enterprises and donors'],
  bank_loan: ['金融信贷', 'Bank loans'],
  villagers: ['群众自筹', 'Villagers’ own funds'],
  other: ['其他', 'Other'],
};
