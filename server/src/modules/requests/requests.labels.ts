import type {
  TOwnerLevel,
  TRequestActionType,
  TRequestCategory,
  TRequestState,
  TSatisfaction,
  TUrgency,
} from '@zhucun/core';

/** Words for messages and paper (the web has its own in its i18n files). */
export const CATEGORY_ZH: Record<TRequestCategory, string> = {
  infrastructure: '基础设施',
  social_security: '社会保障',
  medical: '看病就医',
  education: '上学教育',
  employment: '就业务工',
  agriculture: '农业生产',
  land_housing: '土地住房',
  dispute: '矛盾纠纷',
  environment: '人居环境',
  other: '其他',
};

export const STATE_ZH: Record<TRequestState, string> = {
  registered: '已登记',
  accepted: '已受理',
  in_progress: '办理中',
  resolved: '已办结',
  followed_up: '已回访',
  withdrawn: '已撤回',
  duplicate: '重复',
  not_ours: '非本级职责',
};

export const ACTION_ZH: Record<TRequestActionType, string> = {
  accept: '受理',
  start: '开始办理',
  resolve: '办结',
  hand_up: '上交',
  escalate: '逾期升级',
  follow_up: '回访',
  withdraw: '撤回',
  mark_duplicate: '标记重复',
  not_ours: '标记非本级职责',
};

export const LEVEL_ZH: Record<TOwnerLevel, string> = { village: '村级', township: '乡镇', county: '县级' };

export const URGENCY_ZH: Record<TUrgency, string> = { normal: '一般', urgent: '紧急' };

export const SATISFACTION_ZH: Record<TSatisfaction, string> = {
  satisfied: '满意',
  basically_satisfied: '基本满意',
  dissatisfied: '不满意',
  partly_solved: '部分解决',
};

/** The timeline's note of a follow-up: the villager's answer in Chinese, then their words if any. */
export function followUpNote(satisfaction: TSatisfaction, note?: string | null): string {
  const words = note?.trim();
  return words ? `${SATISFACTION_ZH[satisfaction]}：${words}` : SATISFACTION_ZH[satisfaction];
}
