import {
  OBJECTION_OUTCOME_LABELS,
  SELECTION_ACTION_LABELS,
  SELECTION_STAGE_LABELS,
  type TCodeLabels,
} from '@zhucun/core';

/**
 * The server's messages about a project's standard (一项目一标准) and the excellent-project selection
 * (优秀创新项目评选), spread into messages.ts; zh-CN first.
 */
export const STANDARD_MESSAGES = {
  criteria_weight_total: [
    '{field}：各项权重合计须为 100，现为 {total}',
    '{field}: the weights must sum to 100; they sum to {total}',
  ],
  criteria_unknown: [
    '{field}：这项标准不属于本项目，请刷新后重试',
    '{field}: this criterion is not one of this project’s; reload and try again',
  ],
  criteria_frozen: [
    '该项目当前为“{projectState}”，验收标准已冻结，不能再修改',
    'This project is “{projectState}”; its acceptance criteria are frozen',
  ],
  criteria_township_only: [
    '乡镇审核通过后，验收标准已冻结，只能由乡镇或县级调整',
    'Once the township has approved the project, only the township or the county may change its criteria',
  ],
  criteria_reason_required: [
    '{field}：审核通过后调整验收标准须写明理由',
    '{field}: give a reason to change the criteria after approval',
  ],
  criteria_scored: [
    '“{measure}”已有评估或验收得分，不能删除；可以修改它的表述',
    '“{measure}” has been scored already and cannot be removed; you may reword it',
  ],
  criteria_none: [
    '该项目还没有验收标准，请先设定验收标准',
    'This project has no acceptance criteria yet; set them first',
  ],
  assessment_level: [
    '季度评估由乡镇（或县级）办理',
    'Quarterly assessments are made by the township (or the county)',
  ],
  assessment_state: [
    '该项目当前为“{projectState}”，不在实施期内，不能评估',
    'This project is “{projectState}”; it is not being implemented, so it cannot be assessed',
  ],
  assessment_quarter: [
    '{field}：{quarter} 不在该项目的评估季度内（{first} 至 {last}）',
    '{field}: {quarter} is not one of this project’s quarters ({first} to {last})',
  ],
  assessment_exists: [
    '{quarter} 已评估过，每个季度只评估一次；如需更正，请修改该季度的评估',
    '{quarter} has been assessed already; a quarter is assessed once: correct that assessment instead',
  ],
  scores_missing: [
    '{field}：每项标准都须打分，还缺“{measures}”',
    '{field}: every criterion needs a score; missing “{measures}”',
  ],
  scores_unknown: [
    '{field}：包含不属于本项目的标准，请刷新后重试',
    '{field}: a score is for a criterion not of this project; reload and try again',
  ],
  scores_duplicate: ['{field}：同一项标准打了两次分', '{field}: one criterion is scored twice'],
  acceptance_date_future: ['{field}不能晚于今天', '{field} cannot be after today'],
  acceptance_date_early: [
    '{field}不能早于项目开始日期 {date}',
    '{field} cannot be before the project’s start, {date}',
  ],
  acceptance_note_required: [
    '{field}：验收不通过须写明理由',
    '{field}: give the reason the project failed acceptance',
  ],
  selection_year_exists: [
    '{year} 年度的优秀创新项目评选已经发起',
    'The {year} selection of excellent projects has been opened already',
  ],
  selection_year_late: ['{field}不能晚于 {max} 年', '{field} cannot be after {max}'],
  selection_township_unknown: [
    '{field}：{code} 不是本县的乡镇',
    '{field}: {code} is not a township of this county',
  ],
  selection_quota_duplicate: [
    '{field}：同一乡镇的名额填了两次',
    '{field}: a township’s quota is given twice',
  ],
  selection_wrong_stage: [
    '评选当前为“{selectionStage}”，不能{selectionAction}',
    'The selection is at “{selectionStage}”; you cannot {selectionAction} now',
  ],
  selection_no_nominations: [
    '还没有乡镇推荐项目，不能开始评审',
    'No township has nominated a project yet; scoring cannot open',
  ],
  selection_over_quota: [
    '{townships}推荐的项目超出名额，不能开始评审',
    '{townships}: nominations over the quota; scoring cannot open',
  ],
  selection_too_few_scores: [
    '“{title}”只有 {count} 份评分，每个项目至少需要 3 份评分（去掉最高分和最低分）才能公示',
    '“{title}” has {count} scores; every project needs at least 3 (highest and lowest dropped) before the notice',
  ],
  selection_notice_running: [
    '公示期至 {noticeEnd} 结束，公示期满后才能确认结果',
    'The notice runs until {noticeEnd}; the result can be confirmed once it has ended',
  ],
  selection_objections_open: [
    '还有 {count} 条异议未处理，处理后才能确认结果',
    '{count} objections are still open; answer them before confirming',
  ],
  nomination_over_quota: [
    '本乡镇的推荐名额为 {quota} 个，已推荐 {nominated} 个，不能再推荐',
    'Your township’s quota is {quota} and {nominated} are nominated; no more can be',
  ],
  nomination_exists: ['该项目已在本次评选中推荐', 'This project is nominated already'],
  nomination_project_state: [
    '该项目当前为“{projectState}”，县级备案后的项目才能推荐',
    'This project is “{projectState}”; only projects filed by the county can be nominated',
  ],
  nomination_withdrawn: ['该推荐已撤回', 'This nomination has been withdrawn'],
  panel_exists: ['该账号已是本次评选的评委', 'This account is on the panel already'],
  panel_closed: ['公示发布后不能再调整评委', 'The panel cannot change once the notice is published'],
  panel_has_scores: [
    '该评委已经评分，不能移出评审组',
    'This member has scored already and cannot leave the panel',
  ],
  panel_user_unknown: ['{field}：账号不存在或已停用', '{field}: no such active account'],
  not_on_panel: ['您不是 {year} 年度评选的评委', 'You are not on the panel of the {year} selection'],
  score_own_township: [
    '回避：“{title}”是您所在乡镇的项目，您不能为它评分',
    'Conflict of interest: “{title}” is a project of your own township; you cannot score it',
  ],
  score_own_unit: [
    '回避：“{title}”的领办人或认领人来自您所在的单位，您不能为它评分',
    'Conflict of interest: the leader or a claimant of “{title}” comes from your own unit; you cannot score it',
  ],
  notice_published_on: ['{field}须在 {from} 至 {to} 之间', '{field} must be between {from} and {to}'],
  objection_outside_notice: [
    '{field}须在公示期内（{from} 至 {to}），且不晚于今天',
    '{field} must fall within the notice ({from} to {to}) and not after today',
  ],
  objection_handled: [
    '该异议已处理（{objectionOutcome}）',
    'This objection has been answered already ({objectionOutcome})',
  ],
  confirm_not_awardable: [
    '{field}：“{title}”已撤回推荐或异议成立，不能确认为优秀项目',
    '{field}: “{title}” was withdrawn or an objection against it was upheld; it cannot be awarded',
  ],
  confirm_unknown: [
    '{field}：所选项目不在本次评选中',
    '{field}: a chosen nomination is not of this selection',
  ],
  confirm_too_many: [
    '{field}：最多确认 {awardCount} 个项目',
    '{field}: at most {awardCount} projects can be awarded',
  ],
  case_photo_limit: ['典型案例最多 {max} 张照片', 'A case page holds at most {max} photos'],
} as const satisfies Record<string, readonly [string, string]>;

export const STANDARD_FIELD_LABELS: Record<string, readonly [string, string]> = {
  criteria: ['验收标准', 'Criteria'],
  measure: ['考核指标', 'Measure'],
  targetValue: ['目标值', 'Target value'],
  weight: ['权重', 'Weight'],
  evidenceRequired: ['佐证材料要求', 'Evidence required'],
  quarter: ['评估季度', 'Quarter'],
  scores: ['评分', 'Scores'],
  criterionId: ['标准项', 'Criterion'],
  score: ['得分', 'Score'],
  actualValue: ['完成值', 'Value reached'],
  comment: ['评语', 'Comment'],
  evidence: ['佐证说明', 'Evidence'],
  evidencePhotoId: ['佐证照片', 'Evidence photo'],
  conclusion: ['验收结论', 'Conclusion'],
  acceptedOn: ['验收日期', 'Acceptance date'],
  awardCount: ['拟评选数量', 'Number of awards'],
  nominationsCloseOn: ['推荐截止日期', 'Nominations close'],
  quotas: ['推荐名额', 'Quotas'],
  quota: ['名额', 'Quota'],
  townshipCode: ['乡镇', 'Township'],
  projectId: ['项目', 'Project'],
  userId: ['账号', 'Account'],
  publishedOn: ['公示发布日期', 'Publication date'],
  nominationId: ['推荐项目', 'Nomination'],
  nominationIds: ['确认的项目', 'Awarded projects'],
  receivedOn: ['收到日期', 'Date received'],
  raisedBy: ['异议人', 'Raised by'],
  content: ['异议内容', 'Objection'],
  handling: ['处理情况', 'Handling'],
  casePractice: ['主要做法', 'What was done'],
  caseResults: ['取得成效', 'Results'],
  photoId: ['照片', 'Photo'],
};

/** Code parameters of these messages, named in the message's language. */
export const STANDARD_CODE_PARAMS: Record<string, TCodeLabels<string>> = {
  selectionStage: SELECTION_STAGE_LABELS,
  selectionAction: SELECTION_ACTION_LABELS,
  objectionOutcome: OBJECTION_OUTCOME_LABELS,
};
