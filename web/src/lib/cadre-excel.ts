import { paramsFromFilter, type TCadreFilter } from './cadre-filter.ts';

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
export const TEMPLATE_URL = '/api/cadres/template.xlsx';

/** The export of the ledger as filtered now (every page, so without page and page size). */
export function exportUrl(filter: TCadreFilter): string {
  const params = paramsFromFilter({ ...filter, page: 1, pageSize: 0 });
  params.delete('pageSize');
  const query = params.toString();
  return `/api/cadres/export.xlsx${query ? `?${query}` : ''}`;
}

export type TImportProblem = { key: string; row: number | null; column: string | null; reason: string };

/** The server writes "第 12 行：" / "Row 12: " before each reason; the table shows the row apart. */
const ROW_PREFIX = /^(第\s*\d+\s*行[：:]\s*|Row \d+:\s*)/;

/** One line per problem, from the details `{field: 'rows.12.idNumber', message}` of a refused import. */
export function importProblems(details: { field: string; message: string }[]): TImportProblem[] {
  return details.map((d, i) => {
    const match = /^rows\.(\d+)(?:\.(.+))?$/.exec(d.field);
    return {
      key: `${i}-${d.field}`,
      row: match ? Number(match[1]) : null,
      column: match ? (match[2] ?? null) : d.field || null,
      reason: match ? d.message.replace(ROW_PREFIX, '') : d.message,
    };
  });
}

/** Upload progress as a whole percentage (0–100). */
export function percentOf(loaded: number, total: number): number {
  if (!(total > 0)) return 0;
  return Math.min(100, Math.max(0, Math.round((loaded / total) * 100)));
}
