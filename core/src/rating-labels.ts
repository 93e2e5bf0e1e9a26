import type { TCodeLabels } from './code-labels.ts';
import type { TAwardLevel, TGrade, TPriorityExclusion, TPriorityList, TRatingPart } from './rating.ts';
import type { TQuantitativeIndicator } from './rating-quantitative.ts';
import type { TSurveyAnswer } from './rating-survey.ts';

/** 星级化管理's codes named in both languages (read by the server's messages and sheets and by the web). */
export const GRADE_LABELS: TCodeLabels<TGrade> = {
  excellent: ['优秀', 'Excellent'],
  competent: ['合格', 'Competent'],
  basically_competent: ['基本合格', 'Basically competent'],
  incompetent: ['不合格', 'Incompetent'],
};

export const RATING_PART_LABELS: TCodeLabels<TRatingPart> = {
  quantitative: ['量化考核', 'Quantitative assessment'],
  organisation: ['组织评价', 'Organisation evaluation'],
  villagers: ['群众评议', "Villagers' evaluation"],
};

export const AWARD_LEVEL_LABELS: TCodeLabels<TAwardLevel> = {
  national: ['国家级', 'National'],
  provincial: ['省部级', 'Provincial or ministerial'],
};

export const PRIORITY_LIST_LABELS: TCodeLabels<TPriorityList> = {
  post_selection: ['职务选任', 'Post selection'],
  rank_promotion: ['职级晋升', 'Rank promotion'],
  staff_grade_promotion: ['职员等级晋升', 'Staff-grade promotion'],
  title_evaluation: ['职称评聘', 'Professional title'],
  civil_service_transfer: ['转任公务员', 'Transfer into the civil service'],
};

export const PRIORITY_EXCLUSION_LABELS: TCodeLabels<TPriorityExclusion> = {
  admonishment_in_effect: ['诫勉影响期内', 'Under an admonishment still in effect'],
  low_grade_last_year: ['上年度基本合格及以下', 'Basically competent or lower last year'],
};

export const QUANTITATIVE_INDICATOR_LABELS: TCodeLabels<TQuantitativeIndicator> = {
  presence: ['五天四夜达标', 'Presence (five days, four nights)'],
  requests_on_time: ['诉求按时办结', 'Requests resolved on time'],
  request_satisfaction: ['群众满意度', "Villagers' satisfaction with requests"],
  tasks_on_time: ['任务按时完成', 'Tasks done on time'],
  projects: ['项目评估得分', 'Project assessment'],
  rectification: ['整改按时销号', 'Rectification closed on time'],
  night_visits: ['夜访达标', 'Night visits against target'],
};

export const SURVEY_ANSWER_LABELS: TCodeLabels<TSurveyAnswer> = {
  satisfied: ['满意', 'Satisfied'],
  basically_satisfied: ['基本满意', 'Basically satisfied'],
  dissatisfied: ['不满意', 'Dissatisfied'],
};
