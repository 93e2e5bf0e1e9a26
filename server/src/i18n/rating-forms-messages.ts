import { ORG_EVALUATOR_LABELS, RATING_CYCLE_STAGE_LABELS, type TCodeLabels } from '@zhucun/core';

/** The server's messages about organisation forms (组织评价) and the villagers' survey (群众评议); zh-CN first. */
export const RATING_FORM_MESSAGES = {
  rating_form_evaluator: [
    '{field}：本账号不能以“{evaluator}”身份评分',
    '{field}: this account does not score as the {evaluator}',
  ],
  rating_form_self: ['不能给自己评分：该干部是本账号本人', 'Nobody scores themselves: this cadre is you'],
  rating_form_stage: [
    '本年度星级评定当前为“{ratingStage}”阶段，组织评价表只能在“组织评价中”或“群众评议中”阶段填写',
    'The rating is at "{ratingStage}"; forms are filled only during the organisation evaluation or the survey',
  ],
  rating_score_missing: ['请为“{criterion}”打分（0—100 分）', 'Give "{criterion}" a score from 0 to 100'],
  rating_score_range: [
    '“{criterion}”的分数须为 0—100 的整数',
    'The score of "{criterion}" must be a whole number from 0 to 100',
  ],
  rating_score_unknown: [
    '“{code}”不是本年度组织评价的评分项目',
    '"{code}" is not a criterion of this year\'s organisation evaluation',
  ],
  survey_closed: [
    '本村群众评议现在没有进行，不能提交评价',
    "The villagers' survey is not running in this village now",
  ],
  survey_household_unknown: [
    '未能核对到本村农户：请核对户主姓名和手机号后四位（须是入户走访时登记的手机号），或联系驻村干部',
    'No household of this village matches: check the head of household’s name and the last four digits of the phone registered at a visit, or ask the village’s cadres',
  ],
  survey_cadre_unknown: [
    '{field}：所选干部不在本村本次评议名单中',
    "{field}: this cadre is not on the village's survey list",
  ],
  survey_all_answered: [
    '本户已经评价过{names}，每户对每名干部只评价一次，以第一次为准',
    'This household has already answered on {names}; each household answers once per cadre, and the first answer stands',
  ],
  survey_address_cap: [
    '同一网络今天已提交 {max} 户的评价，已达上限，请明天再试，或联系驻村干部',
    'Answers from {max} households have come from this network today, the limit; try again tomorrow or ask the village’s cadres',
  ],
  survey_village_cap: [
    '本村今天在线评议已达 {max} 户上限，请明天再提交',
    'The village has taken answers from {max} households online today, the limit; try again tomorrow',
  ],
} as const satisfies Record<string, readonly [string, string]>;

/** Names of the forms' and the survey's fields. */
export const RATING_FORM_FIELD_LABELS: Record<string, readonly [string, string]> = {
  evaluator: ['评价主体', 'Evaluator'],
  scores: ['评分', 'Scores'],
  headName: ['户主姓名', 'Head of household'],
  phoneLast4: ['手机号后四位', 'Last four digits of the phone'],
  answers: ['评价', 'Answers'],
  cadre: ['干部', 'Cadre'],
};

/** Parameters carrying a rating code. */
export const RATING_FORM_CODE_PARAMS: Record<string, TCodeLabels<string>> = {
  evaluator: ORG_EVALUATOR_LABELS,
  ratingStage: RATING_CYCLE_STAGE_LABELS,
};
