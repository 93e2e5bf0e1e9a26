import type { TFourRole, TPlace } from '@zhucun/core';

/** Where a cadre was, in words for paper. */
export const PLACE_LABELS: Record<TPlace, string> = {
  village: '在村',
  official_duty: '公务外出',
  leave: '请假',
  rest: '休息',
  absent: '不在岗',
};

/** A one-character mark for the attendance ledger. */
export const PLACE_MARKS: Record<TPlace, string> = {
  village: '✓',
  official_duty: '公',
  leave: '假',
  rest: '休',
  absent: '✗',
};

export const FOUR_ROLE_LABELS: Record<TFourRole, string> = {
  policy_advocate: '政策宣传员',
  development_guide: '发展指导员',
  dispute_mediator: '矛盾调解员',
  prosperity_helper: '致富帮扶员',
};

export const WEEKDAYS = ['一', '二', '三', '四', '五', '六', '日'];
