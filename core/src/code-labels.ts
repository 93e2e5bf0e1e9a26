import type { TAbsenceKind, TAbsenceState } from './leave.ts';
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
