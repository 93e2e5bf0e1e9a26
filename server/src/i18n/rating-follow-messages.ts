/** The server's messages about what follows a rating (结果运用), spread into messages.ts; zh-CN first. */
export const RATING_FOLLOW_MESSAGES = {
  rating_notice_not_yet: [
    '{year} 年度星级评定结果尚未公示，还不能导出公示',
    'The {year} rating results are not on notice yet; the notice cannot be exported',
  ],
  stars_filter_needs_rating: [
    '{field}：本账号不能查看星级评定结果，不能按星级筛选',
    '{field}: this account does not read rating results and cannot filter by stars',
  ],
} as const;

export const RATING_FOLLOW_FIELD_LABELS = {
  starsMin: ['星级不少于', 'Stars at least'],
  starsMax: ['星级不多于', 'Stars at most'],
  starsOver: ['星级统计范围', 'Stars counted over'],
} as const;
