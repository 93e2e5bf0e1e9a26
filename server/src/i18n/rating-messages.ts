import {
  GRADE_LABELS,
  RATING_CYCLE_STAGE_LABELS,
  RATING_CYCLE_STEP_LABELS,
  type TCodeLabels,
} from '@zhucun/core';

/** The server's messages about the star rating's cycle, review, notice and appeals (docs/rules.md §4.6); zh-CN first. */
export const RATING_MESSAGES = {
  rating_year_exists: [
    '{year} 年度的星级评定已经开启，每年只开启一次',
    'The star rating of {year} is already open; there is one a year',
  ],
  rating_year_late: ['{field}：不能晚于 {max} 年', '{field}: not later than {max}'],
  rating_county_only: [
    '星级评定由县委组织部开启和推进，本账号的范围不是全县',
    'The county organisation department runs the star rating; this account does not reach the whole county',
  ],
  rating_wrong_stage: [
    '{year} 年度星级评定当前为“{ratingStage}”，不能{ratingStep}',
    'The star rating of {year} is at “{ratingStage}”: “{ratingStep}” is not possible now',
  ],
  rating_survey_running: [
    '{year} 年度群众评议至 {until} 结束，评议结束后才能汇总评定等次',
    "The villagers' survey of {year} runs until {until}; totals come after it ends",
  ],
  rating_notice_running: [
    '{year} 年度评定结果公示期至 {until} 结束，公示期满后才能结束公示',
    'The notice of {year} runs until {until}; it closes only after its last day',
  ],
  rating_appeals_open: [
    '{year} 年度还有 {count} 件申诉未处理，全部处理后才能确认结果',
    '{count} appeals of {year} are not decided yet; confirm once every appeal is decided',
  ],
  rating_unreviewed: [
    '{year} 年度还有 {count} 名干部的评定结果未审核，全部审核后才能发布公示',
    'The results of {count} cadres of {year} are not reviewed yet; publish the notice once all are',
  ],
  rating_settings_frozen: [
    '{year} 年度星级评定当前为“{ratingStage}”，设置已在汇总评定等次时冻结，不能修改',
    'The star rating of {year} is at “{ratingStage}”: its settings were frozen with the totals',
  ],
  rating_not_in_review: [
    '{year} 年度星级评定当前为“{ratingStage}”，只有“审核中”阶段可以审核评定结果',
    'The star rating of {year} is at “{ratingStage}”: results are reviewed only while “Under review”',
  ],
  rating_not_graded: [
    '该干部尚无评定等次，汇总评定等次后才能审核',
    'This result has no grade yet; review it after the totals',
  ],
  rating_nothing_to_review: ['没有待审核的评定结果', 'There is no result left to review'],
  rating_review_expected: [
    '{field}：待审核的结果现在是 {count} 条，请刷新页面核对后再确认',
    '{field}: {count} results are waiting now; reload the page, check them and confirm again',
  ],
  rating_amend_grade_required: ['{field}：调整等次须选择新的等次', '{field}: choose the new grade'],
  rating_reason_required: ['{field}：调整等次须写明理由', '{field}: give the reason for the new grade'],
  rating_amend_same_grade: [
    '{field}：与现在的等次（{grade}）相同，不是调整',
    '{field}: the same as the grade now ({grade}); that is no amendment',
  ],
  rating_survey_window_order: [
    '{field}：不能早于评议开始日期 {from}',
    '{field}: not before the survey starts on {from}',
  ],
  rating_survey_window_year: ['{field}：须在 {from} 至 {to} 之间', '{field}: between {from} and {to}'],
  rating_records_from_year: [
    '{field}：须在 {year} 年内（{from} 至 {to}），留空即全年',
    '{field}: a day of {year} ({from} to {to}); leave it empty for the whole year',
  ],
  rating_appeal_not_in_notice: [
    '{year} 年度星级评定当前为“{ratingStage}”，只能在公示期内申诉',
    'The star rating of {year} is at “{ratingStage}”: appeals are made during the notice only',
  ],
  rating_appeal_notice_over: [
    '{year} 年度评定结果公示已于 {until} 结束，不能再申诉',
    'The notice of {year} ended on {until}; it is too late to appeal',
  ],
  rating_appealed_once: [
    '每名干部对年度评定结果只能申诉一次，已于 {date} 提出',
    'A result can be appealed once; you appealed on {date}',
  ],
  rating_appeal_stage: [
    '{year} 年度星级评定当前为“{ratingStage}”，不能处理申诉',
    'The star rating of {year} is at “{ratingStage}”: appeals cannot be decided now',
  ],
  rating_appeal_decided: [
    '该申诉已经处理（{appealDecision}），不能再次处理',
    'This appeal is already decided ({appealDecision})',
  ],
  weights_sum: ['{field}：各项权重之和须为 100', '{field}: the weights must add up to 100'],
  thresholds_order: [
    '{field}：分数线须依次降低（优秀 > 合格 > 基本合格）',
    '{field}: the thresholds must descend (excellent > competent > basically competent)',
  ],
} as const satisfies Record<string, readonly [string, string]>;

/** Names of the cycle's fields (whole paths where the last part alone is ambiguous). */
export const RATING_FIELD_LABELS: Record<string, readonly [string, string]> = {
  settings: ['星级评定设置', 'Rating settings'],
  'settings.weights': ['各部分权重', 'Weights of the parts'],
  'settings.weights.quantitative': ['量化考核权重', 'Weight of the quantitative part'],
  'settings.weights.organisation': ['组织评价权重', 'Weight of the organisation evaluation'],
  'settings.weights.villagers': ['群众评议权重', "Weight of the villagers' evaluation"],
  'settings.thresholds': ['等次分数线', 'Grade thresholds'],
  'settings.thresholds.excellent': ['优秀分数线', 'Excellent from'],
  'settings.thresholds.competent': ['合格分数线', 'Competent from'],
  'settings.thresholds.basicallyCompetent': ['基本合格分数线', 'Basically competent from'],
  'settings.excellentShare': ['优秀比例上限', 'Largest share of excellent'],
  'settings.awardStars': ['表彰加星', 'Stars from commendations'],
  'settings.awardStars.national': ['国家级表彰加星', 'Stars from a national commendation'],
  'settings.awardStars.provincial': ['省部级表彰加星', 'Stars from a provincial commendation'],
  'settings.minSurveySample': ['群众评议最少户数', 'Smallest survey sample (households)'],
  'settings.admonishmentMonths': ['诫勉影响期（月）', 'Months an admonishment lasts'],
  'settings.indicatorWeights': ['量化指标权重', 'Weights of the indicators'],
  'settings.criteria': ['组织评价内容', 'Organisation criteria'],
  'settings.recordsFrom': ['量化考核记录起算日', 'Records counted from'],
  surveyFrom: ['评议开始日期', 'Survey from'],
  surveyUntil: ['评议结束日期', 'Survey until'],
  grade: ['等次', 'Grade'],
  newGrade: ['新的等次', 'New grade'],
  decision: ['处理结论', 'Decision'],
  expected: ['待审核条数', 'Results waiting'],
};

/** Parameters carrying a rating code, named in the message's language. */
export const RATING_CODE_PARAMS: Record<string, TCodeLabels<string>> = {
  ratingStage: RATING_CYCLE_STAGE_LABELS,
  ratingStep: RATING_CYCLE_STEP_LABELS,
  grade: GRADE_LABELS,
  appealDecision: { kept: ['维持原等次', 'grade kept'], amended: ['调整等次', 'grade amended'] },
};
