import {
  labelsIn,
  OWNER_LEVEL_LABELS,
  REQUEST_CATEGORY_LABELS,
  REQUEST_STATE_LABELS,
  SATISFACTION_LABELS,
  type TSatisfaction,
} from '@zhucun/core';

/** Chinese words for the ledger's spreadsheet, from core's one table of names (the web reads the same). */
export const CATEGORY_ZH = labelsIn(REQUEST_CATEGORY_LABELS, 'zh-CN');
export const STATE_ZH = labelsIn(REQUEST_STATE_LABELS, 'zh-CN');
export const LEVEL_ZH = labelsIn(OWNER_LEVEL_LABELS, 'zh-CN');
export const SATISFACTION_ZH = labelsIn(SATISFACTION_LABELS, 'zh-CN');

/** The timeline's note of a follow-up: the villager's answer in Chinese, then their words if any. */
export function followUpNote(satisfaction: TSatisfaction, note?: string | null): string {
  const words = note?.trim();
  return words ? `${SATISFACTION_ZH[satisfaction]}：${words}` : SATISFACTION_ZH[satisfaction];
}
