import type { TCodeLabels } from './code-labels.ts';
import type {
  TRectificationAction,
  TRectificationOwnerRole,
  TRectificationSource,
  TRectificationState,
} from './rectification.ts';

/** 整改台账's codes named in both languages (read by the server's messages and sheets and by the web). */
export const RECTIFICATION_SOURCE_LABELS: TCodeLabels<TRectificationSource> = {
  national_assessment: ['国考反馈', 'National assessment feedback'],
  provincial_inspection: ['省级督查巡视', 'Provincial inspection'],
  county_self_check: ['县级自查', 'County self-check'],
  admonishment: ['诫勉整改', 'Admonishment'],
};

export const RECTIFICATION_STATE_LABELS: TCodeLabels<TRectificationState> = {
  open: ['整改中', 'Being rectified'],
  reported: ['已报送', 'Reported'],
  township_approved: ['乡镇审核通过', 'Approved by the township'],
  returned: ['已退回', 'Returned'],
  closed: ['已销号', 'Closed'],
};

/** What a person does to a problem, as a verb ("不能销号" / "close"). */
export const RECTIFICATION_ACTION_LABELS: TCodeLabels<TRectificationAction> = {
  create: ['登记问题', 'register'],
  progress: ['报告进展', 'report progress'],
  report: ['报送整改完成', 'report completion'],
  township_approve: ['乡镇审核通过', 'approve (township)'],
  township_return: ['乡镇退回', 'return (township)'],
  close: ['销号', 'close'],
  county_return: ['县级退回', 'return (county)'],
  escalate: ['逾期升级', 'escalate'],
};

export const RECTIFICATION_OWNER_ROLE_LABELS: TCodeLabels<TRectificationOwnerRole> = {
  unit: ['责任单位', 'Responsible unit'],
  leader: ['责任领导', 'Responsible leader'],
  person: ['责任人', 'Responsible person'],
};
