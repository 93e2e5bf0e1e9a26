import {
  ABSENCE_KIND_LABELS,
  ABSENCE_STATE_LABELS,
  MENTOR_LEVEL_LABELS,
  OWNER_LEVEL_LABELS,
  REQUEST_ACTION_LABELS,
  REQUEST_CATEGORY_LABELS,
  REQUEST_STATE_LABELS,
  type TCodeLabels,
} from '@zhucun/core';
import { AWARD_FIELD_LABELS, AWARD_MESSAGES } from './award-messages.ts';
import { BULLETIN_FIELD_LABELS, BULLETIN_MESSAGES } from './bulletin-messages.ts';
import { DUTY_LIST_CODE_PARAMS, DUTY_LIST_FIELD_LABELS, DUTY_LIST_MESSAGES } from './duty-list-messages.ts';
import { MEETING_CODE_PARAMS, MEETING_FIELD_LABELS, MEETING_MESSAGES } from './meeting-messages.ts';
import { OUTCOME_CODE_PARAMS, OUTCOME_FIELD_LABELS, OUTCOME_MESSAGES } from './outcome-messages.ts';
import { PROJECT_CODE_PARAMS, PROJECT_FIELD_LABELS, PROJECT_MESSAGES } from './project-messages.ts';
import { PLAN_FIELD_LABELS, PLAN_MESSAGES } from './project-plan-messages.ts';
import {
  STANDARD_CODE_PARAMS,
  STANDARD_FIELD_LABELS,
  STANDARD_MESSAGES,
} from './project-standard-messages.ts';
import { RATING_FOLLOW_FIELD_LABELS, RATING_FOLLOW_MESSAGES } from './rating-follow-messages.ts';
import {
  RATING_FORM_CODE_PARAMS,
  RATING_FORM_FIELD_LABELS,
  RATING_FORM_MESSAGES,
} from './rating-forms-messages.ts';
import { RATING_CODE_PARAMS, RATING_FIELD_LABELS, RATING_MESSAGES } from './rating-messages.ts';
import {
  RECTIFICATION_CODE_PARAMS,
  RECTIFICATION_FIELD_LABELS,
  RECTIFICATION_MESSAGES,
} from './rectification-messages.ts';
import { REPORT_MESSAGES } from './report-messages.ts';
import { TASK_CODE_PARAMS, TASK_FIELD_LABELS, TASK_MESSAGES } from './task-messages.ts';
import { VIOLATION_CODE_PARAMS, VIOLATION_FIELD_LABELS, VIOLATION_MESSAGES } from './violation-messages.ts';

export type TLang = 'zh-CN' | 'en-US';
export type TMessageParams = Record<string, string | number>;

/** Every message the server says to a person, zh-CN first. `{name}` is replaced by a parameter. */
const MESSAGES = {
  ...BULLETIN_MESSAGES,
  ...REPORT_MESSAGES,
  ...OUTCOME_MESSAGES,
  ...VIOLATION_MESSAGES,
  ...RATING_MESSAGES,
  ...RATING_FOLLOW_MESSAGES,
  ...AWARD_MESSAGES,
  ...RATING_FORM_MESSAGES,
  ...DUTY_LIST_MESSAGES,
  ...MEETING_MESSAGES,
  ...PLAN_MESSAGES,
  ...PROJECT_MESSAGES,
  ...STANDARD_MESSAGES,
  ...RECTIFICATION_MESSAGES,
  ...TASK_MESSAGES,
  validation_failed: ['提交的内容有误：{summary}', 'The request is invalid: {summary}'],
  unauthenticated: ['请先登录', 'Please sign in'],
  session_expired: ['登录已超时，请重新登录', 'Your session has expired; please sign in again'],
  invalid_credentials: ['用户名或密码不正确', 'Incorrect username or password'],
  account_locked: [
    '登录失败次数过多，账号已锁定，请于 {until} 后再试',
    'Too many failed sign-ins; the account is locked until {until}',
  ],
  account_disabled: ['用户名或密码不正确', 'Incorrect username or password'],
  password_change_required: ['首次登录须先修改密码', 'You must change your password before continuing'],
  csrf: [
    '请求缺少有效的安全令牌（CSRF），请刷新页面后重试',
    'Missing or invalid CSRF token; reload the page and try again',
  ],
  forbidden: ['您没有执行此操作的权限', 'You are not allowed to do this'],
  not_found: ['未找到该对象，或不在您的管辖范围内', 'Not found, or outside your scope'],
  route_not_found: ['接口不存在：{method} {url}', 'No such endpoint: {method} {url}'],
  rate_limited: ['请求过于频繁，请 {seconds} 秒后再试', 'Too many requests; try again in {seconds} seconds'],
  internal: [
    '服务器内部错误，请稍后重试（请求编号 {requestId}）',
    'Internal error; please retry (request {requestId})',
  ],
  db_unavailable: [
    '数据库暂不可用，请稍后再试',
    'The database is unavailable for now; please try again shortly',
  ],
  storage_full: [
    '服务器存储空间不足，文件未保存，请联系管理员',
    'The server has run out of storage space; the file was not saved. Contact the administrator',
  ],
  storage_unavailable: [
    '文件存储暂不可用（目录无法创建或没有写入权限），文件未保存，请稍后再试或联系管理员',
    'File storage is unavailable for now (its directory cannot be created or written); the file was not saved. Try again later or contact the administrator',
  ],
  db_timeout: [
    '查询用时过长已中止，请缩小范围后再试（请求编号 {requestId}）',
    'The query took too long and was stopped; narrow it down and try again (request {requestId})',
  ],
  unsupported_media: ['请求体须为 JSON', 'The request body must be JSON'],
  body_too_large: ['请求体过大', 'The request body is too large'],
  // the phone's outbox: Idempotency-Key on every write, If-Match on the day record (docs/security.md)
  idempotency_key_format: [
    '{field}：格式不对（8—100 个字母、数字、- 或 _）',
    '{field}: wrong format (8 to 100 letters, digits, - or _)',
  ],
  idempotency_key_reused: [
    'Idempotency-Key：已用于另一项提交',
    'Idempotency-Key: already used for another request',
  ],
  idempotency_in_progress: [
    '这项提交正在处理，请稍后再试',
    'This request is still being processed; please try again shortly',
  ],
  day_changed: [
    '这一天的记录已被修改（如乡镇更正），请核对两个版本后再保存',
    'This day’s record was changed meanwhile (for example corrected by the township); compare both versions before saving',
  ],
  if_match_format: [
    '{field}：格式不对（应为带引号的版本号，如 "3"）',
    '{field}: wrong format (a quoted version number, such as "3")',
  ],
  if_none_match_format: ['{field}：格式不对（只接受 *）', '{field}: wrong format (only * is accepted)'],
  no_active_posting: [
    '您当前没有在岗的驻村任职，无法记录；请联系乡镇管理员核对台账',
    'You have no active posting, so there is nothing to record; ask your township administrator',
  ],
  // field-level reasons
  required: ['{field}不能为空', '{field} is required'],
  too_short_string: ['{field}至少 {minimum} 个字符', '{field} must have at least {minimum} characters'],
  too_long_string: ['{field}最多 {maximum} 个字符', '{field} must have at most {maximum} characters'],
  too_small_number: ['{field}不能小于 {minimum}', '{field} must be at least {minimum}'],
  too_big_number: ['{field}不能大于 {maximum}', '{field} must be at most {maximum}'],
  too_few_items: ['{field}至少需要 {minimum} 项', '{field} needs at least {minimum} items'],
  too_many_items: ['{field}最多 {maximum} 项', '{field} allows at most {maximum} items'],
  wrong_type: ['{field}的类型不正确，应为{expected}', '{field} has the wrong type; expected {expected}'],
  bad_format: ['{field}格式不正确', '{field} is not in the right format'],
  bad_choice: ['{field}的取值不在允许范围内', '{field} is not one of the allowed values'],
  unknown_field: ['不认识的字段：{field}', 'Unknown field: {field}'],
  invalid: ['{field}不正确', '{field} is invalid'],
  password_too_short: ['{field}至少 {minLength} 个字符', '{field} must have at least {minLength} characters'],
  password_too_few_classes: [
    '{field}须包含大写字母、小写字母、数字、符号中的至少 {minClasses} 类',
    '{field} must mix at least {minClasses} of: upper case, lower case, digits, symbols',
  ],
  password_equals_identity: [
    '{field}不能包含用户名或手机号',
    '{field} must not contain the username or phone',
  ],
  password_common: ['{field}过于常见，容易被猜中，请换一个', '{field} is too common and easy to guess'],
  password_same_as_old: ['{field}不能与当前密码相同', '{field} must differ from the current password'],
  current_password_wrong: ['{field}不正确', '{field} is incorrect'],
  username_taken: ['{field}“{value}”已被使用', '{field} "{value}" is already taken'],
  phone_taken: ['{field}“{value}”已被其他账号使用', '{field} "{value}" is used by another account'],
  bad_characters: [
    '{field}含有不允许的字符（空字符或残缺的 Unicode 字符），请删除后重试',
    '{field} holds characters that are not allowed (a NUL or a broken Unicode character); remove them and try again',
  ],
  duplicate_record: [
    '提交的内容与已有记录重复，未保存；请刷新后查看',
    'This duplicates a record that already exists; nothing was saved. Refresh to see it',
  ],
  bad_value: [
    '提交的内容有误：有的值超出范围或格式不对，未保存',
    'Something sent is out of range or malformed; nothing was saved',
  ],
  username_all_digits: [
    '{field}不能全是数字：手机号本身就能用来登录，用户名请含字母',
    '{field} cannot be all digits: a mobile number already signs in by itself; include a letter',
  ],
  roles_separated: [
    '{field}：系统管理员、安全管理员、审计管理员三者不能由同一账号兼任',
    '{field}: system, security and audit administrator must be held by different accounts',
  ],
  roles_duplicate: ['{field}：角色“{role}”重复', '{field}: role "{role}" appears twice'],
  role_needs_division: [
    '{field}：角色“{role}”须指定{level}',
    '{field}: role "{role}" needs a {level} division',
  ],
  role_no_division: ['{field}：角色“{role}”不应指定行政区划', '{field}: role "{role}" takes no division'],
  role_division_unknown: ['{field}：行政区划“{code}”不存在', '{field}: division "{code}" does not exist'],
  role_division_wrong_level: [
    '{field}：角色“{role}”的行政区划须为{level}，“{code}”不是',
    '{field}: role "{role}" needs a {level}; "{code}" is not one',
  ],
  role_out_of_scope: [
    '{field}：行政区划“{code}”不在您的管辖范围内',
    '{field}: division "{code}" is outside your scope',
  ],
  role_not_grantable: ['{field}：您无权授予角色“{role}”', '{field}: you may not grant the role "{role}"'],
  role_needs_unit: [
    '{field}：角色“{role}”须指定一个已登记的派出单位',
    '{field}: role "{role}" needs a registered dispatching unit',
  ],
  role_no_unit: ['{field}：角色“{role}”不应指定派出单位', '{field}: role "{role}" takes no dispatching unit'],
  cannot_disable_self: ['不能停用自己的账号', 'You cannot disable your own account'],
  date_range: ['{field}不能早于开始日期', '{field} must not be before the start date'],
  id_number_format: [
    '{field}应为 18 位，最后一位可为数字或 X',
    '{field} must have 18 characters, the last a digit or X',
  ],
  id_number_birth_date: [
    '{field}中的出生日期（第7–14位）不是有效日期',
    '{field} holds no valid birth date (digits 7–14)',
  ],
  id_number_check_digit: ['{field}第18位校验码不正确', 'The check character (18th) of {field} is wrong'],
  birth_date_mismatch: [
    '{field}与身份证号中的出生日期（{expected}）不一致',
    '{field} differs from the ID number’s ({expected})',
  ],
  gender_mismatch: ['{field}与身份证号不一致', '{field} does not match the ID number'],
  id_number_taken: ['{field}“{value}”已登记在台账中', '{field} "{value}" is already in the registry'],
  village_unknown: [
    '{field}“{code}”不是本系统中的村（社区）',
    '{field} "{code}" is not a known village or community',
  ],
  village_out_of_scope: ['{field}“{code}”不在您的管辖范围内', '{field} "{code}" is outside your scope'],
  unit_unknown: ['{field}：派出单位不存在', '{field}: no such dispatching unit'],
  end_before_start: ['{field}不能早于开始日期 {start}', '{field} must not be before the start date {start}'],
  active_posting_exists: [
    '该人员已有在岗任职（{village}），请先结束原任职',
    'This person already holds an active posting ({village}); end it first',
  ],
  posting_not_active: ['该任职已经结束', 'This posting has already ended'],
  posting_required: [
    '{field}：乡镇管理员登记人员时须同时填写任职',
    '{field}: a township administrator registers a person with a posting',
  ],
  account_needs_posting: ['{field}：创建登录账号须先有任职村', '{field}: an account needs a posting village'],
  unit_name_taken: ['{field}“{value}”已存在', '{field} "{value}" already exists'],
  and_more: ['…共 {count} 处问题，详见列表', '… {count} problems in all, see the list'],
  row_prefix: ['第 {row} 行：', 'Row {row}: '],
  bad_choice_of: ['{field}应为以下之一：{choices}', '{field} must be one of: {choices}'],
  import_village_unknown: [
    '{field}：乡镇“{township}”中没有“{village}”，或不在您的管辖范围内',
    '{field}: "{village}" is not a village of "{township}" within your scope',
  ],
  import_unit_unknown: [
    '{field}：派出单位“{value}”不存在，请先添加该单位',
    '{field}: no dispatching unit "{value}"; add it first',
  ],
  import_duplicate_in_file: ['{field}与第 {other} 行重复', '{field} repeats row {other}'],
  import_out_of_scope: [
    '{field}：该人员已登记在您管辖范围以外',
    '{field}: this person is registered outside your scope',
  ],
  import_header_missing: [
    '表头缺少“{column}”列，请使用下载的模板',
    'The header lacks the column "{column}"; use the template',
  ],
  import_no_rows: ['文件中没有数据行', 'The file has no data rows'],
  import_masked_no_id: [
    '{field}已脱敏：脱敏的格子表示保留原值，须保留导出时的“系统编号”列；或填写完整的{field}',
    '{field} is masked: a masked cell keeps the stored value only with the exported registry number column kept; or enter the full {field}',
  ],
  import_masked_unknown_person: [
    '{field}已脱敏，但“系统编号”不对应您管辖范围内的人员：请用导出的原文件修改，或填写完整的{field}',
    '{field} is masked, but the registry number names nobody in your scope: edit the exported file as it is, or enter the full {field}',
  ],
  import_masked_mismatch: [
    '{field}已脱敏，但露出的数字与“系统编号”对应人员的不一致：请勿修改脱敏的格子，或填写完整的{field}',
    '{field} is masked, but its visible digits do not match the person of the registry number: leave masked cells as they are, or enter the full {field}',
  ],
  import_unreadable: [
    '无法读取文件，请上传 .xlsx 格式的 Excel 文件',
    'Cannot read the file; upload an .xlsx workbook',
  ],
  import_too_many_rows: [
    '一次最多导入 {max} 行，本文件有 {count} 行',
    'At most {max} rows per import; this file has {count}',
  ],
  excel_too_large: [
    'Excel {field}解压后过大（超过 {max} MB），请检查文件',
    '{field}: the Excel file inflates to more than {max} MB; check the file',
  ],
  excel_size_mismatch: [
    'Excel {field}已损坏：解压后的内容比文件声明的大小还大，请用 Excel 重新保存后再上传',
    '{field}: the Excel file is damaged: a part inflates to more than it declares; save it again in Excel',
  ],
  excel_too_many_rows: [
    'Excel {field}的工作表超过 {max} 行（不含表头），一次最多导入 {max} 行，请分批导入',
    '{field}: a sheet of the Excel file has more than {max} rows below the header; import at most {max} at a time',
  ],
  excel_too_many_parts: [
    'Excel {field}包含的部件超过 {max} 个，不是正常的 Excel 文件，请检查文件',
    '{field}: the Excel file holds more than {max} parts, which no workbook needs; check the file',
  ],
  party_date_needs_member: [
    '{field}：非中共党员（预备党员）不应填写入党时间',
    '{field}: only Party members have a joining date',
  ],
  image_type_unsupported: [
    '{field}：只接受 JPEG、PNG 或 WebP 图片',
    '{field}: only JPEG, PNG or WebP images are accepted',
  ],
  image_too_large: ['{field}不能超过 {max} MB', '{field} must not exceed {max} MB'],
  image_unreadable: [
    '{field}无法读取，文件可能已损坏或尺寸过大',
    '{field} cannot be read; the file may be damaged or too large',
  ],
  day_future: ['{field}：{date} 还没到，不能提前记录', '{field}: {date} has not come yet'],
  day_locked: [
    '{field}：{date} 已超过补记期限（只能补记前 {days} 天），不能再修改',
    '{field}: {date} is locked (only the last {days} days may be backfilled)',
  ],
  day_before_posting: [
    '{field}：{date} 早于您本次驻村的开始日期',
    '{field}: {date} is before your posting began',
  ],
  work_required: [
    '{field}不能为空：在村或公务外出的一天请写一句做了什么',
    '{field} is required for a day in the village or on official duty',
  ],
  roles_repeated: ['{field}中有重复的角色', '{field} lists a role twice'],
  photo_unknown: [
    '{field}：照片 {ids} 不存在或不是您上传的',
    '{field}: photos {ids} do not exist or are not yours',
  ],
  absence_overlap: [
    '{field}：与已有的{absenceKind}（{startDate} 至 {endDate}）时间重叠',
    '{field}: overlaps your {absenceKind} from {startDate} to {endDate}',
  ],
  absence_not_pending: [
    '该申请已处理完毕（{absenceState}），不能再审批或撤回',
    'This request is already settled ({absenceState})',
  ],
  absence_beyond_level: [
    '超过 {max} 天的请假须由县委组织部审批，乡镇不能批准',
    'Leave longer than {max} days is decided by the county organisation department',
  ],
  spot_check_answered: [
    '您已对这次抽查作出说明，说明只能提交一次',
    'You have already answered this spot check; an answer can be given once only',
  ],
  spot_check_not_absent: [
    '这次抽查没有发现您不在岗，无需说明',
    'This spot check did not find you absent; there is nothing to answer',
  ],
  spot_check_future: [
    '{field}：{at} 还没到，不能登记未来的抽查',
    '{field}: {at} has not come yet; a check cannot be recorded in advance',
  ],
  public_token_unknown: [
    '二维码已失效或不存在，请扫描村里公示牌上的最新二维码',
    'This QR code is no longer valid; scan the one on the village’s notice board',
  ],
  public_tracking_unknown: ['查询码不存在，请核对后重新输入', 'No request has this tracking code; check it'],
  public_category_unknown: ['诉求类别“{value}”不在可选范围内', 'Request category "{value}" is not offered'],
  public_consent_required: [
    '请先阅读并勾选同意个人信息告知，才能提交',
    'Read and accept the notice on personal information before submitting',
  ],
  public_village_cap: [
    '本村今天在线提交的诉求已达 {max} 条上限，请明天再提交，或直接联系驻村干部',
    'This village has received its {max} online requests for today; try tomorrow or call a cadre',
  ],
  public_not_resolved: [
    '该诉求还没有办结，办结后才能评价',
    'This request is not resolved yet; rate it once it is',
  ],
  household_unknown: [
    '{field}：农户 {ids} 不存在或不在本村',
    '{field}: household {ids} is unknown or not of this village',
  ],
  visit_future: [
    '{field}：{at} 还没到，不能登记未来的走访',
    '{field}: {at} has not come yet; a visit cannot be recorded in advance',
  ],
  night_visit_only: [
    '{field}：只有夜访（18:00–24:00）才能同时记当晚在村',
    '{field}: only a night visit (18:00–24:00) can record that night in the village',
  ],
  request_unknown: [
    '{field}：诉求 {id} 不存在或不在您的管辖范围内',
    '{field}: request {id} is unknown or outside your scope',
  ],
  request_not_allowed_in_state: [
    '该诉求当前为“{requestState}”，不能{requestAction}',
    'This request is “{requestState}”; “{requestAction}” is not possible now',
  ],
  request_below_owner_level: [
    '只有 {ownerLevel} 及以上才能{requestAction}此诉求',
    'Only the {ownerLevel} level or above may {requestAction} this request',
  ],
  request_top_level: [
    '该诉求已由县级办理，不能再上交',
    'This request is already with the county; it cannot go higher',
  ],
  items_repeated: ['{field}中有重复项', '{field} lists an item twice'],
  rules_year_closed: [
    '{year} 年已经结束，当年的规则和按规则算出的结果保持不变，不能再修改',
    'The year {year} is closed: its rules, and the figures computed with them, stay as they were',
  ],
  rules_date_outside_year: [
    '{field}中的 {date} 不属于 {year} 年（可填 {from} 至 {to}）',
    '{field}: {date} does not belong to {year} (from {from} to {to})',
  ],
  rules_workday_is_holiday: [
    '{date} 不能既是节假日又是调休上班日',
    '{date} cannot be both a holiday and an adjusted working day',
  ],
  spot_check_caps_order: [
    '{field}须逐级不减：不评优秀 ≤ 最高基本合格 ≤ 不合格',
    '{field} must not decrease: not excellent ≤ basically competent at most ≤ incompetent',
  ],
  file_type_unsupported: [
    '{field}只接受 PDF、JPEG、PNG 或 WebP 文件',
    '{field} must be a PDF, JPEG, PNG or WebP file',
  ],
  file_unknown: [
    '{field}：找不到您上传的这个文件，请重新上传',
    '{field}: no such file uploaded by you; please upload it again',
  ],
  home_contract_apartment: [
    '{field}：党群服务中心公寓不填租房合同，只有租用的农家小院才有',
    '{field}: only a rented farmhouse has a rent contract, not an apartment',
  ],
  home_contract_required: [
    '{field}：租用的农家小院须填写租房合同（房东、租期、年租金）',
    '{field}: a rented farmhouse needs its rent contract (landlord, term, yearly rent)',
  ],
  home_room_unknown: ['{field}：这个家园没有该房间', '{field}: this home has no such room'],
  home_room_occupied: [
    '{field}：{room}还住着{names}，请先安排搬出再删除该房间',
    '{field}: {names} still live in {room}; move them out before removing it',
  ],
  home_room_beds_below_occupants: [
    '{field}：{room}住着 {count} 人，床位不能少于 {count} 张',
    '{field}: {count} people live in {room}; it needs at least {count} beds',
  ],
  home_room_full: ['{field}：{room}的 {beds} 张床位已住满', '{field}: all {beds} beds of {room} are taken'],
  occupant_not_stationed: [
    '{field}：{name}目前没有在任的驻村任职，不能安排住房',
    '{field}: {name} holds no active village posting',
  ],
  occupant_other_township: [
    '{field}：{name}驻在{township}，不能住进其他乡镇的家园',
    '{field}: {name} is stationed in {township}, not in this home’s township',
  ],
  occupant_already_housed: [
    '{field}：{name}已住在{home}的{room}，一人只能住一个房间，请先办理搬出',
    '{field}: {name} already lives in {room} of {home}; one room per person, move them out first',
  ],
  occupant_not_in_home: ['{field}：{name}不住在这个家园', '{field}: {name} does not live in this home'],
  funding_date_future: ['{field}：{date} 还没到，不能登记未来的收支', '{field}: {date} has not come yet'],
  funding_correct_correction: [
    '{field}：请更正原始记录，不能更正一条更正记录',
    '{field}: correct the original entry, not a correction',
  ],
  home_delete_occupied: [
    '还住着{names}，请先办理搬出再删除这个家园',
    '{names} still live here; move them out before deleting the home',
  ],
  home_delete_has_funding: [
    '这个家园已有 {count} 笔资金收支记录，资金台账须保留，不能删除',
    'This home has {count} funding entries; its ledger is kept, so the home cannot be deleted',
  ],
  funding_correct_no_change: [
    '{field}：与当前金额相同，无需更正',
    '{field}: the same as the current amount; nothing to correct',
  ],
  home_photos_full: [
    '{field}：每个家园最多 {max} 张照片，请先删除不需要的照片',
    '{field}: a home keeps at most {max} photos; remove one first',
  ],
  mentor_unknown: ['{field}：该账号不存在', '{field}: no such account'],
  mentor_disabled: ['{field}：账号“{name}”已停用', '{field}: the account "{name}" is disabled'],
  mentor_role_missing: [
    '{field}：账号“{name}”没有“帮带导师”角色，请先在用户管理中为其添加该角色（或新建导师账号）',
    '{field}: the account "{name}" does not hold the mentor role; add that role in account management (or create a mentor account) first',
  ],
  mentor_is_mentee: ['{field}：不能与本人结对', '{field}: a person cannot mentor themselves'],
  mentoring_level_not_yours: [
    '{mentorLevel}导师由县委组织部安排，乡镇可安排乡镇级和村级导师',
    '{mentorLevel} mentors are paired by the county organisation department; a township pairs township and village mentors',
  ],
  mentee_not_eligible: [
    '{name}在 {date} 不符合结对帮带条件：{summary}',
    '{name} is not eligible for mentoring on {date}: {summary}',
  ],
  mentee_no_posting: ['当天没有在岗的驻村任职', 'holds no village posting on that day'],
  mentee_category: [
    '干部类别不是机关干部任村党组织书记、到村任职大学生或选调生',
    'is not a village Party secretary from an agency, a graduate official or a selectee',
  ],
  mentee_age: ['已满 {age} 周岁（限 35 周岁以下）', 'is {age} years old (mentees are under 35)'],
  mentee_education: ['学历不是本科及以上', 'holds no bachelor’s degree or higher'],
  mentee_part_time: ['学历不是全日制', 'holds the degree from part-time study, not full-time'],
  mentor_level_taken: [
    '{name}已有在任的{mentorLevel}导师（{mentor}，自 {date} 起），每人每级只能有一名导师，请先结束原结对',
    '{name} already has a {mentorLevel} mentor ({mentor}, since {date}); one per level: end that pair first',
  ],
  mentor_already_paired: [
    '{mentor}已是{name}的{mentorLevel}导师，同一人不能在两级同时帮带',
    '{mentor} already mentors {name} at the {mentorLevel} level; one mentor cannot hold two levels',
  ],
  pair_ended: ['该结对已于 {date} 结束', 'This pair already ended on {date}'],
  talk_before_pair: [
    '{field}：{date} 早于结对开始日期 {start}',
    '{field}: {date} is before the pair began on {start}',
  ],
} as const satisfies Record<string, readonly [string, string]>;

export type TMessageKey = keyof typeof MESSAGES;
export const MESSAGE_KEYS = Object.keys(MESSAGES) as TMessageKey[];

const FIELD_LABELS: Record<string, readonly [string, string]> = {
  ...BULLETIN_FIELD_LABELS,
  ...OUTCOME_FIELD_LABELS,
  ...RATING_FOLLOW_FIELD_LABELS,
  ...VIOLATION_FIELD_LABELS,
  ...RATING_FIELD_LABELS,
  ...AWARD_FIELD_LABELS,
  ...RATING_FORM_FIELD_LABELS,
  ...DUTY_LIST_FIELD_LABELS,
  ...MEETING_FIELD_LABELS,
  ...TASK_FIELD_LABELS,
  ...PLAN_FIELD_LABELS,
  ...PROJECT_FIELD_LABELS,
  ...STANDARD_FIELD_LABELS,
  ...RECTIFICATION_FIELD_LABELS,
  week: ['周（该周任一日期）', 'Week (any date in it)'],
  month: ['月份', 'Month'],
  year: ['年度', 'Year'],
  division: ['行政区划', 'Division'],
  size: ['抽取人数', 'Sample size'],
  seed: ['随机种子', 'Seed'],
  date: ['日期', 'Date'],
  day: ['白天去向', 'Where by day'],
  night: ['夜间去向', 'Where by night'],
  work: ['工作内容', 'Work done'],
  activities: ['组织活动', 'Activities organised'],
  rolePlayed: ['发挥作用', 'Role played'],
  photoIds: ['照片', 'Photos'],
  fileId: ['抽查凭证', 'Evidence'],
  file: ['文件', 'File'],
  note: ['备注', 'Note'],
  text: ['意见', 'Comment'],
  checkedAt: ['抽查时间', 'Time of the check'],
  method: ['抽查方式', 'Method'],
  finding: ['抽查结果', 'Finding'],
  answer: ['情况说明', 'Statement'],
  personId: ['干部', 'Cadre'],
  termYears: ['任期年限', 'Term in years'],
  unitAdminMayEdit: ['允许派出单位修改干部信息', 'Units may amend their cadres'],
  weekDays: ['每周在村天数', 'Days in the village a week'],
  weekNights: ['每周在村夜数', 'Nights in the village a week'],
  monthDays: ['每月在村天数目标', 'Days in the village a month'],
  yearDays: ['每年在村天数目标', 'Days in the village a year'],
  townshipLeaveMaxDays: ['乡镇审批请假天数上限', 'Leave days a township approves'],
  recallLeaveDays: ['年度请假召回预警天数', 'Leave days a year before a recall alert'],
  backfillDays: ['可补记天数', 'Days that may be backfilled'],
  reminderTime: ['提醒时间', 'Reminder time'],
  holidays: ['节假日', 'Holidays'],
  workdays: ['调休上班日', 'Adjusted working days'],
  monthNightVisits: ['每月夜访次数目标', 'Night visits a month'],
  spotCheckCaps: ['抽查缺勤封顶次数', 'Spot-check absences that cap the grade'],
  competent: ['不评优秀', 'Not excellent'],
  basically_competent: ['最高基本合格', 'Basically competent at most'],
  incompetent: ['不合格', 'Incompetent'],
  username: ['用户名', 'Username'],
  password: ['密码', 'Password'],
  currentPassword: ['当前密码', 'Current password'],
  newPassword: ['新密码', 'New password'],
  displayName: ['姓名', 'Name'],
  phone: ['手机号', 'Phone'],
  roles: ['角色', 'Roles'],
  role: ['角色', 'Role'],
  divisionCode: ['行政区划', 'Division'],
  point: ['地图位置', 'Map point'],
  lng: ['经度', 'Longitude'],
  lat: ['纬度', 'Latitude'],
  page: ['页码', 'Page'],
  pageSize: ['每页条数', 'Page size'],
  q: ['搜索词', 'Search text'],
  from: ['开始日期', 'From'],
  to: ['结束日期', 'To'],
  outcome: ['结果', 'Outcome'],
  actor: ['操作人', 'Actor'],
  action: ['操作', 'Action'],
  code: ['区划代码', 'Division code'],
  posting: ['任职', 'Posting'],
  name: ['姓名', 'Name'],
  gender: ['性别', 'Gender'],
  ethnicity: ['民族', 'Ethnicity'],
  birthDate: ['出生日期', 'Birth date'],
  idNumber: ['身份证号', 'ID number'],
  politicalStatus: ['政治面貌', 'Political status'],
  partyJoinDate: ['入党时间', 'Party joining date'],
  educationLevel: ['学历', 'Education'],
  fullTimeEducation: ['是否全日制', 'Full-time education'],
  school: ['毕业院校', 'School'],
  major: ['专业', 'Major'],
  personnelStatus: ['人员身份', 'Personnel status'],
  homeUnit: ['工作单位', 'Home unit'],
  homePost: ['职务', 'Post'],
  workStartDate: ['参加工作时间', 'Work start date'],
  villageCode: ['村（社区）', 'Village'],
  category: ['类别', 'Category'],
  // a whole path names a field more precisely where the last part alone would be ambiguous
  'posting.villageCode': ['任职村（社区）', 'Posting village'],
  'posting.category': ['干部类别', 'Cadre category'],
  postTitle: ['任职职务', 'Post title'],
  unitId: ['派出单位', 'Dispatching unit'],
  startDate: ['开始日期', 'Start date'],
  plannedEndDate: ['计划结束日期', 'Planned end'],
  actualEndDate: ['实际结束日期', 'Actual end'],
  endReason: ['结束原因', 'End reason'],
  endNote: ['结束说明', 'End note'],
  reason: ['理由', 'Reason'],
  kind: ['类型', 'Kind'],
  level: ['级别', 'Level'],
  contactName: ['联系人', 'Contact'],
  contactPhone: ['联系电话', 'Contact phone'],
  createAccount: ['创建账号', 'Create account'],
  township: ['乡镇', 'Township'],
  village: ['村（社区）', 'Village'],
  unit: ['单位', 'Unit'],
  id: ['编号', 'ID'],
  photo: ['照片', 'Photo'],
  description: ['诉求内容', 'Description'],
  consent: ['同意告知', 'Consent'],
  satisfaction: ['满意度', 'Satisfaction'],
  visitedAt: ['走访时间', 'Time of the visit'],
  householdIds: ['走访农户', 'Households visited'],
  newHouseholds: ['新登记农户', 'New households'],
  householdId: ['农户', 'Household'],
  newHouseholdIndex: ['新登记农户序号', 'New household number'],
  headName: ['户主姓名', 'Head of household'],
  address: ['住址', 'Address'],
  attendees: ['在场人员', 'Present'],
  heard: ['听取的情况', 'What was heard'],
  nightInVillage: ['当晚在村', 'In the village that night'],
  requests: ['诉求', 'Requests'],
  urgency: ['紧急程度', 'Urgency'],
  fourRole: ['四员角色', 'Four-role tag'],
  result: ['办理结果', 'Result'],
  evidenceFileId: ['办结凭证', 'Evidence'],
  ownerName: ['责任人', 'Person in charge'],
  duplicateOfId: ['重复的原诉求', 'Duplicate of'],
  responsibleParty: ['责任单位', 'Responsible party'],
  overdue: ['是否逾期', 'Overdue'],
  state: ['状态', 'State'],
  title: ['名称', 'Title'],
  hasKitchen: ['公共厨房', 'Shared kitchen'],
  facilities: ['设施清单', 'Facilities'],
  homeFacilities: ['家园标准设施清单', 'Home facilities checklist'],
  rooms: ['房间', 'Rooms'],
  label: ['房间名称', 'Room name'],
  beds: ['床位数', 'Beds'],
  contract: ['租房合同', 'Rent contract'],
  landlord: ['房东', 'Landlord'],
  landlordPhone: ['房东电话', 'Landlord’s phone'],
  'contract.startDate': ['租期开始日期', 'Lease start'],
  'contract.endDate': ['租期结束日期', 'Lease end'],
  endDate: ['结束日期', 'End date'],
  annualRentFen: ['年租金', 'Yearly rent'],
  contractFile: ['租房合同文件', 'Contract file'],
  roomId: ['房间', 'Room'],
  since: ['入住日期', 'Moved in'],
  direction: ['收支方向', 'In or out'],
  source: ['资金来源', 'Source'],
  amountFen: ['金额', 'Amount'],
  purpose: ['用途', 'Purpose'],
  voucherFileId: ['凭证', 'Voucher'],
  entryId: ['收支记录', 'Ledger entry'],
  belowStandard: ['是否未达标', 'Below standard'],
  mentorUserId: ['导师账号', 'Mentor account'],
  topic: ['谈话主题', 'Topic'],
  notes: ['谈话内容', 'Notes'],
};

const LEVEL_LABELS: Record<string, readonly [string, string]> = {
  county: ['县级区划', 'county'],
  township: ['乡镇', 'township'],
  village: ['村（社区）', 'village'],
};

const ROLE_LABELS: Record<string, readonly [string, string]> = {
  county_admin: ['县委组织部管理员', 'county administrator'],
  county_viewer: ['县领导（只读）', 'county viewer'],
  township_admin: ['乡镇管理员', 'township administrator'],
  unit_admin: ['派出单位管理员', 'dispatching-unit administrator'],
  cadre: ['驻村干部', 'cadre'],
  mentor: ['帮带导师', 'mentor'],
  system_admin: ['系统管理员', 'system administrator'],
  security_admin: ['安全管理员', 'security administrator'],
  audit_admin: ['审计管理员', 'audit administrator'],
};

const TYPE_LABELS: Record<string, readonly [string, string]> = {
  string: ['文本', 'text'],
  number: ['数字', 'a number'],
  int: ['整数', 'an integer'],
  boolean: ['是/否', 'true/false'],
  object: ['对象', 'an object'],
  array: ['列表', 'a list'],
};

/** Parameters that carry a code, named in the message's language (services pass codes, never words). */
const CODE_PARAMS: Record<string, TCodeLabels<string>> = {
  ...OUTCOME_CODE_PARAMS,
  ...VIOLATION_CODE_PARAMS,
  ...RATING_CODE_PARAMS,
  ...DUTY_LIST_CODE_PARAMS,
  ...MEETING_CODE_PARAMS,
  ...PROJECT_CODE_PARAMS,
  ...STANDARD_CODE_PARAMS,
  ...RECTIFICATION_CODE_PARAMS,
  ...TASK_CODE_PARAMS,
  ...RATING_FORM_CODE_PARAMS,
  requestState: REQUEST_STATE_LABELS,
  requestAction: REQUEST_ACTION_LABELS,
  requestCategory: REQUEST_CATEGORY_LABELS,
  ownerLevel: OWNER_LEVEL_LABELS,
  absenceKind: ABSENCE_KIND_LABELS,
  absenceState: ABSENCE_STATE_LABELS,
  mentorLevel: MENTOR_LEVEL_LABELS,
};

/** Every name the server puts into a message, for the test that no English one carries Chinese. */
export const NAME_TABLES = { FIELD_LABELS, LEVEL_LABELS, ROLE_LABELS, TYPE_LABELS, ...CODE_PARAMS };

const pick = (pair: readonly [string, string], lang: TLang) => (lang === 'en-US' ? pair[1] : pair[0]);

/** A field path (`roles.0.divisionCode`) as a person reads it: `角色第1项的行政区划`. */
export function fieldLabel(path: string, lang: TLang): string {
  const whole = FIELD_LABELS[path];
  if (whole) return pick(whole, lang);
  const parts = path.split('.').filter(Boolean);
  const words: string[] = [];
  for (const part of parts) {
    if (/^\d+$/.test(part)) {
      words.push(lang === 'en-US' ? ` #${Number(part) + 1}` : `第${Number(part) + 1}项`);
      continue;
    }
    if (part === 'person') continue; // the person's own fields read best without a prefix
    const label = FIELD_LABELS[part];
    const text = label ? pick(label, lang) : part;
    words.push(words.length === 0 ? text : lang === 'en-US' ? ` ${text.toLowerCase()}` : `的${text}`);
  }
  return words.join('') || (lang === 'en-US' ? 'The request' : '请求');
}

export function levelLabel(level: string, lang: TLang): string {
  const label = LEVEL_LABELS[level];
  return label ? pick(label, lang) : level;
}

export function typeLabel(type: string, lang: TLang): string {
  const label = TYPE_LABELS[type];
  return label ? pick(label, lang) : type;
}

/** Renders a message in the language; `{field}` params are field paths and get their labels. */
export function translate(key: TMessageKey, params: TMessageParams, lang: TLang): string {
  const template = pick(MESSAGES[key], lang);
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) return `{${name}}`;
    if (name === 'field') return fieldLabel(String(value), lang);
    if (name === 'level') return levelLabel(String(value), lang);
    if (name === 'role') return pick(ROLE_LABELS[String(value)] ?? [String(value), String(value)], lang);
    if (name === 'expected') return typeLabel(String(value), lang);
    const codes = CODE_PARAMS[name];
    if (codes) return pick(codes[String(value)] ?? [String(value), String(value)], lang);
    return String(value);
  });
}

/** zh-CN unless the client asks for English first (Accept-Language or `?lang=`). */
export function languageOf(acceptLanguage: string | undefined): TLang {
  return acceptLanguage?.trim().toLowerCase().startsWith('en') ? 'en-US' : 'zh-CN';
}
