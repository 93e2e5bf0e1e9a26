import { z } from 'zod';
import { CADRE_CATEGORIES, EDUCATION_LEVELS, PERSONNEL_STATUSES, POLITICAL_STATUSES } from './cadre.ts';
import {
  OWNER_LEVEL_LABELS,
  PROJECT_KIND_LABELS,
  PROJECT_STATE_LABELS,
  REQUEST_CATEGORY_LABELS,
  REQUEST_STATE_LABELS,
  SATISFACTION_LABELS,
  type TCodeLabels,
  URGENCY_LABELS,
} from './code-labels.ts';

/**
 * 上报数据 (report once, 最多报一次): the column sets of the four upward-reporting exports, defined once.
 * The workbooks write exactly these columns in this order, with a second sheet 字段说明 listing them;
 * the page 上报数据 and docs/exports.md show the same. A column's `key` is stable: never renamed,
 * never reused; a new column is added at the end.
 */

/** What a cell holds: text, a whole number, a decimal, a date (YYYY-MM-DD), a month (YYYY-MM), or a code's label. */
export const REPORT_COLUMN_TYPES = ['text', 'integer', 'decimal', 'date', 'month', 'code'] as const;
export type TReportColumnType = (typeof REPORT_COLUMN_TYPES)[number];

/** How each type is written, as the 字段说明 sheet and the page say it. */
export const REPORT_COLUMN_TYPE_LABELS: TCodeLabels<TReportColumnType> = {
  text: ['文本', 'Text'],
  integer: ['整数', 'Whole number'],
  decimal: ['小数（0–1，保留两位；无分母时留空）', 'Decimal (0–1, two places; empty without a base)'],
  date: ['日期（YYYY-MM-DD，无则留空）', 'Date (YYYY-MM-DD, empty when none)'],
  month: ['月份（YYYY-MM）', 'Month (YYYY-MM)'],
  code: ['代码表（单元格写中文名称）', 'Code list (the cell holds the Chinese name)'],
};

/** A code of a code list and the Chinese name a cell holds for it. */
export type TReportCode = { code: string; label: string };

export type TReportColumn = {
  /** Stable snake_case key: never renamed. */
  key: string;
  /** The header written in row 1. */
  header: string;
  type: TReportColumnType;
  /** For type `code`: every code with the name a cell holds. */
  codes?: readonly TReportCode[];
  /** What it means, in Chinese. */
  meaning: string;
};

export const REPORT_EXPORTS = ['registry', 'presence', 'requests', 'projects'] as const;
export const ZReportExport = z.enum(REPORT_EXPORTS);
export type TReportExport = z.infer<typeof ZReportExport>;

export type TReportSet = {
  export: TReportExport;
  /** The data sheet's name and the file's title. */
  title: string;
  /** One row is…, and which records are included. */
  rows: string;
  /** Whether the export asks for a year (and optionally a month). */
  period: boolean;
  /** The route it downloads from. */
  path: string;
  columns: readonly TReportColumn[];
};

/** The codes of a list with their Chinese names, in the list's order. */
export function codesOf(labels: TCodeLabels<string>): TReportCode[] {
  return Object.entries(labels).map(([code, pair]) => ({ code, label: pair[0] }));
}

/** Codes from a list of codes and a table of Chinese names. */
function codesFrom<C extends string>(codes: readonly C[], names: Record<C, string>): TReportCode[] {
  return codes.map((code) => ({ code, label: names[code] }));
}

/** 干部类别 as the registry's ledger writes them. */
export const CADRE_CATEGORY_ZH: Record<(typeof CADRE_CATEGORIES)[number], string> = {
  party_secretary: '村党组织书记',
  graduate_official: '到村任职大学生',
  selected_graduate: '选调生',
  first_secretary: '第一书记',
  team_member: '工作队员',
  village_committee: '村两委干部',
};
const POLITICAL_ZH: Record<(typeof POLITICAL_STATUSES)[number], string> = {
  cpc_member: '中共党员',
  cpc_probationary: '中共预备党员',
  cyl_member: '共青团员',
  democratic_party: '民主党派',
  masses: '群众',
};
const EDUCATION_ZH: Record<(typeof EDUCATION_LEVELS)[number], string> = {
  doctorate: '博士研究生',
  master: '硕士研究生',
  bachelor: '大学本科',
  junior_college: '大学专科',
  secondary: '中专/高中',
  below: '初中及以下',
};
const PERSONNEL_ZH: Record<(typeof PERSONNEL_STATUSES)[number], string> = {
  civil_servant: '公务员',
  institution_manager: '事业单位管理岗',
  professional_technical: '专业技术人员',
  institution_staff: '事业人员',
  other: '其他',
};

/** The code lists the report columns use, by name. */
export const REPORT_CODES = {
  gender: [
    { code: 'male', label: '男' },
    { code: 'female', label: '女' },
  ],
  yesNo: [
    { code: 'true', label: '是' },
    { code: 'false', label: '否' },
  ],
  cadreCategory: codesFrom(CADRE_CATEGORIES, CADRE_CATEGORY_ZH),
  politicalStatus: codesFrom(POLITICAL_STATUSES, POLITICAL_ZH),
  educationLevel: codesFrom(EDUCATION_LEVELS, EDUCATION_ZH),
  personnelStatus: codesFrom(PERSONNEL_STATUSES, PERSONNEL_ZH),
  requestCategory: codesOf(REQUEST_CATEGORY_LABELS),
  requestState: codesOf(REQUEST_STATE_LABELS),
  urgency: codesOf(URGENCY_LABELS),
  ownerLevel: codesOf(OWNER_LEVEL_LABELS),
  satisfaction: codesOf(SATISFACTION_LABELS),
  projectKind: codesOf(PROJECT_KIND_LABELS),
  projectState: codesOf(PROJECT_STATE_LABELS),
} as const satisfies Record<string, readonly TReportCode[]>;

/** The Chinese name a cell holds for a code (empty for null, the code itself when unlisted). */
export function labelOfCode(codes: readonly TReportCode[], code: string | null | undefined): string {
  if (code === null || code === undefined) return '';
  return codes.find((c) => c.code === code)?.label ?? code;
}

/** A share rounded to two places, or null without a base (written as an empty cell). */
export function reportShare(part: number, whole: number): number | null {
  return whole === 0 ? null : Math.round((part / whole) * 100) / 100;
}

/**
 * The period of a report: a year, and optionally one month of it. Bad values are a 400 naming
 * 年度 or 月份 (the server's field labels).
 */
export const ZReportPeriodQuery = z.object({
  year: z.string().regex(/^(19|20)\d{2}$/),
  month: z
    .string()
    .regex(/^(0?[1-9]|1[0-2])$/)
    .optional(),
});
export type TReportPeriodQuery = z.infer<typeof ZReportPeriodQuery>;

/** The months a period covers, as YYYY-MM. */
export function monthsOfPeriod(q: TReportPeriodQuery): string[] {
  const all = Array.from({ length: 12 }, (_, i) => `${q.year}-${String(i + 1).padStart(2, '0')}`);
  return q.month ? [`${q.year}-${q.month.padStart(2, '0')}`] : all;
}

/** The first and last date of a month (YYYY-MM). */
export function monthRange(month: string): { from: string; to: string } {
  const [y, m] = month.split('-').map(Number) as [number, number];
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return { from: `${month}-01`, to: `${month}-${String(last).padStart(2, '0')}` };
}
