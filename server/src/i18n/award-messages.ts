/** The server's messages about the awards register (表彰登记), spread into messages.ts; zh-CN first. */
export const AWARD_MESSAGES = {
  award_one_holder: [
    '{field}：请选择一名干部或一个村集体（只选其一）',
    '{field}: choose one cadre or one village collective, not both',
  ],
  award_date_future: ['{field}：{date} 还没有到', '{field}: {date} is in the future'],
} as const;

export const AWARD_FIELD_LABELS = {
  issuer: ['授予机关', 'Issued by'],
  documentNo: ['文号', 'Document number'],
  awardedOn: ['表彰日期', 'Date'],
} as const;
