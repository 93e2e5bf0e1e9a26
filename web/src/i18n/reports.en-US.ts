import { labelsIn, REPORT_COLUMN_TYPE_LABELS } from '@zhucun/core';
import type { reportsZhCN } from './reports.zh-CN.ts';

/** English strings of the upward-reporting exports (上报数据), spread into en-US.ts. */
export const reportsEnUS: typeof reportsZhCN = {
  reports: {
    title: 'Upward reporting',
    intro:
      'Four data sets for the levels above: the cadre registry, 五天四夜 by month, villagers’ requests and projects. Each file’s columns are fixed (a key is never renamed; new columns only go at the end), and its second sheet “字段说明” lists each column’s key, header, type, codes and meaning, so a platform maps them once. The files and their column documentation are in Chinese. Data is exported within your scope, and every download is audited.',
    period: 'Period',
    year: 'Year',
    month: 'Month',
    wholeYear: 'Whole year (a row per month)',
    monthValue: 'Month {{month}}',
    download: 'Download Excel',
    periodNote: 'For the period chosen above',
    asOfToday: 'As of today',
    rowsAre: 'One row is: ',
    columnDocs: 'Column documentation ({{count}} columns)',
    columns: {
      index: '#',
      key: 'Key',
      header: 'Header',
      type: 'Type',
      codes: 'Codes (code=name)',
      meaning: 'Meaning',
    },
    types: labelsIn(REPORT_COLUMN_TYPE_LABELS, 'en-US'),
  },
};
