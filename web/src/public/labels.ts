import type { TRequestCategory, TRequestState, TSatisfaction } from '@zhucun/core';

/** The public page's words (Chinese only; the admin app's i18n is not loaded here). */
export const CATEGORY_LABELS: Record<TRequestCategory, string> = {
  infrastructure: '道路水电等基础设施',
  social_security: '低保、养老、医保等社会保障',
  medical: '看病就医',
  education: '上学教育',
  employment: '就业务工',
  agriculture: '农业生产与产业发展',
  land_housing: '土地与住房',
  dispute: '矛盾纠纷',
  environment: '人居环境',
  other: '其他',
};

export const STATE_LABELS: Record<TRequestState, string> = {
  registered: '已登记，等待受理',
  accepted: '已受理',
  in_progress: '办理中',
  resolved: '已办结，等待您评价',
  followed_up: '已回访',
  withdrawn: '已撤回',
  duplicate: '已合并到相同诉求',
  not_ours: '已转有关部门',
};

export const SATISFACTION_LABELS: Record<TSatisfaction, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  dissatisfied: '不满意',
  partly_solved: '部分解决',
};

/** The post as the signage names it. */
export const CADRE_LABELS: Record<string, string> = {
  party_secretary: '村党组织书记',
  graduate_official: '大学生村官',
  selected_graduate: '选调生',
  first_secretary: '驻村第一书记',
  team_member: '驻村工作队员',
};
