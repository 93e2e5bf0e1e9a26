/** The server's messages about the county's bulletins (简报), spread into messages.ts; zh-CN first. */
export const BULLETIN_MESSAGES = {
  bulletin_placeholder_unknown: [
    '{field}：占位符 {names} 不是可插入的数字，请从“插入数字”中选择',
    '{field}: {names} name no figure; pick one from “Insert a figure”',
  ],
  bulletin_issue_no_taken: [
    '{field}：{year}年第 {value} 期已经存在，请换一个期号',
    '{field}: issue {value} of {year} already exists; choose another number',
  ],
  bulletin_running_no_taken: [
    '{field}：总第 {value} 期已经存在，请换一个总期号',
    '{field}: running number {value} already exists; choose another',
  ],
  bulletin_issued: [
    '该简报已于 {date} 印发，数字已定稿，不能再修改',
    'This bulletin was issued on {date}; its figures are final and it cannot change',
  ],
  bulletin_as_of_after: [
    '{field}：统计截至日期不能晚于简报日期 {date}',
    '{field}: the figures’ date cannot be after the bulletin’s date {date}',
  ],
  bulletin_no_county: ['只有县级账号可以编写简报', 'Only a county account can compose a bulletin'],
} as const satisfies Record<string, readonly [string, string]>;

/** Names of the bulletin's fields (paths as zod reports them). */
export const BULLETIN_FIELD_LABELS = {
  issueNo: ['期号（第 N 期）', 'Issue number'],
  runningNo: ['总期号（总第 M 期）', 'Running number'],
  masthead: ['报头', 'Masthead'],
  issuingOffice: ['编发单位', 'Issuing office'],
  issuedOn: ['简报日期', 'Date of the bulletin'],
  asOf: ['统计截至日期', 'Figures as of'],
  headline: ['标题', 'Headline'],
  'sections.opening': ['导语', 'Opening'],
  'sections.standard_home': ['“标准化”家园一节', 'Section on standard homes'],
  'sections.full_time': ['“专职化”履职一节', 'Section on full-time duty'],
  'sections.project': ['“项目化”帮扶一节', 'Section on project-based support'],
  'sections.star_rating': ['“星级化”管理一节', 'Section on star rating'],
  'sections.outcomes': ['成效一节', 'Section on outcomes'],
  distributionTo: ['发', 'Sent to'],
  distributionCc: ['送', 'Copied to'],
  printedBy: ['印发单位', 'Printed by'],
} as const;
