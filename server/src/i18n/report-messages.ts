/** The server's messages about the upward-reporting exports (上报数据), spread into messages.ts; zh-CN first. */
export const REPORT_MESSAGES = {
  report_too_many: [
    '{field}：所选期间共 {count} 条，超过一个文件的上限 {max} 条，请选择一个月份分别导出',
    '{field}: the period holds {count} rows, more than the {max} one file takes; export one month at a time',
  ],
} as const satisfies Record<string, readonly [string, string]>;
