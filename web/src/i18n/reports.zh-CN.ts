import { labelsIn, REPORT_COLUMN_TYPE_LABELS } from '@zhucun/core';

/** Chinese strings of the upward-reporting exports (上报数据), spread into zh-CN.ts. */
export const reportsZhCN = {
  reports: {
    title: '上报数据',
    intro:
      '向上级报送的四类数据：驻村干部台账、五天四夜月度统计、群众诉求台账、帮扶项目台账。每个文件的列固定不变（字段键永不改名，新列只加在最后），第二张表“字段说明”列出每列的字段键、列名、类型、代码和含义，上级平台对应一次即可（最多报一次）。数据按您的管辖范围导出，每次下载都留痕。',
    period: '统计期间',
    year: '年度',
    month: '月份',
    wholeYear: '全年（每月一行）',
    monthValue: '{{month}}月',
    download: '下载 Excel',
    periodNote: '按上方统计期间导出',
    asOfToday: '导出当日的数据',
    rowsAre: '每行：',
    columnDocs: '字段说明（共 {{count}} 列）',
    columns: {
      index: '序号',
      key: '字段键',
      header: '列名',
      type: '类型',
      codes: '代码（代码=名称）',
      meaning: '含义',
    },
    types: labelsIn(REPORT_COLUMN_TYPE_LABELS, 'zh-CN'),
  },
};
