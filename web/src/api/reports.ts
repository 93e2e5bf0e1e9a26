import { REPORT_SETS, type TReportExport } from '@zhucun/core';

/** The download address of an upward report for a period (the period only where the report takes one). */
export function reportUrl(e: TReportExport, year: number, month: number | null): string {
  const set = REPORT_SETS[e];
  if (!set.period) return set.path;
  return `${set.path}?year=${year}${month ? `&month=${month}` : ''}`;
}
