import { REPORT_COLUMN_TYPE_LABELS, REPORT_EXPORTS } from './report-columns.ts';
import { REPORT_SETS } from './report-sets.ts';

/** Where the generated column tables sit in docs/exports.md. */
export const REPORT_DOCS_START = '<!-- report-columns:start (generated from core/src/report-sets.ts) -->';
export const REPORT_DOCS_END = '<!-- report-columns:end -->';

const cell = (s: string) => s.replaceAll('|', '\\|');

/**
 * The column sets of the upward-reporting exports as Markdown, one table per export, from the same
 * definitions the workbooks and the page use: docs/exports.md holds exactly this (a test compares).
 */
export function reportDocsMarkdown(): string {
  const parts: string[] = [];
  for (const e of REPORT_EXPORTS) {
    const set = REPORT_SETS[e];
    parts.push(`### ${set.title} (\`${e}\`)`, '');
    parts.push(`\`GET ${set.path}${set.period ? '?year=YYYY[&month=M]' : ''}\`. ${set.rows}。`, '');
    parts.push('| # | 字段键 key | 列名 | 类型 | 代码（代码=名称） | 含义 |', '|---|---|---|---|---|---|');
    set.columns.forEach((c, i) => {
      const codes = (c.codes ?? []).map((k) => `${k.code}=${k.label}`).join('；');
      parts.push(
        `| ${i + 1} | \`${c.key}\` | ${cell(c.header)} | ${REPORT_COLUMN_TYPE_LABELS[c.type][0]} | ${cell(codes)} | ${cell(c.meaning)} |`,
      );
    });
    parts.push('');
  }
  return parts.join('\n').trimEnd();
}
