import { DUTY_LIST_POST_LABELS, type TCodeLabels } from '@zhucun/core';

/** The server's messages about duty lists (岗位职责清单, docs/rules.md §4.8), spread into messages.ts; zh-CN first. */
export const DUTY_LIST_MESSAGES = {
  duty_list_no_duty: ['{field}：至少需要一条职责', '{field}: the list needs at least one duty'],
  duty_list_heading_too_long: [
    '{field}：小标题最多 {maximum} 个字',
    '{field}: a heading has at most {maximum} characters',
  ],
  duty_list_empty_heading: [
    '{field}：小标题下至少需要一条职责',
    '{field}: a heading needs at least one duty under it',
  ],
  duty_list_published: [
    '“{post}”第 {versionNo} 版已发布（{date} 起施行），已发布的版本不能修改或删除；请编辑草稿，发布为新版本',
    'Version {versionNo} of the “{post}” list is published (in force from {date}) and cannot be changed or removed; edit the draft and publish it as a new version',
  ],
  duty_list_before_today: [
    '{field}：{date} 早于今天（{today}），新版本只能从今天或以后施行',
    '{field}: {date} is before today ({today}); a new version takes effect today or later',
  ],
  duty_list_before_latest: [
    '{field}：不能早于第 {versionNo} 版的施行日期 {latest}',
    '{field}: it cannot be before version {versionNo}’s date, {latest}',
  ],
  duty_list_too_far: [
    '{field}：最晚可定在 {last}（一年以内）',
    '{field}: the latest possible date is {last} (within a year)',
  ],
  duty_list_county_only: [
    '岗位职责清单由县委组织部统一制定和发布',
    'Duty lists are set and published by the county organisation department',
  ],
} as const satisfies Record<string, readonly [string, string]>;

/** Field names in duty-list messages (`items.3.wording` → 职责条目第4项的文字). */
export const DUTY_LIST_FIELD_LABELS: Record<string, readonly [string, string]> = {
  items: ['职责条目', 'Duty lines'],
  wording: ['文字', 'wording'],
  effectiveFrom: ['施行日期', 'Date in force'],
};

/** A post named in a message by its code (`post: 'first_secretary'` → 驻村第一书记). */
export const DUTY_LIST_CODE_PARAMS: Record<string, TCodeLabels<string>> = {
  post: DUTY_LIST_POST_LABELS,
};
