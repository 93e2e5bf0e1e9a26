import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CADRE_CATEGORIES, EDUCATION_LEVELS, POLITICAL_STATUSES } from './cadre.ts';
import {
  monthRange,
  monthsOfPeriod,
  REPORT_EXPORTS,
  reportShare,
  ZReportPeriodQuery,
} from './report-columns.ts';
import { REPORT_DOCS_END, REPORT_DOCS_START, reportDocsMarkdown } from './report-docs.ts';
import { REPORT_SETS } from './report-sets.ts';

describe('上报数据 column sets', () => {
  const all = REPORT_EXPORTS.flatMap((e) => REPORT_SETS[e].columns.map((c) => ({ e, ...c })));

  it('every column has a stable snake_case key, a header and a meaning; keys and headers unique per set', () => {
    expect(all.length).toBeGreaterThan(40);
    for (const c of all) {
      expect(c.key, `${c.e}.${c.key}`).toMatch(/^[a-z][a-z0-9]*(_[a-z0-9]+)*$/);
      expect(c.header.trim(), `${c.e}.${c.key} header`).not.toBe('');
      expect(c.meaning.trim().length, `${c.e}.${c.key} lacks a meaning`).toBeGreaterThan(1);
    }
    for (const e of REPORT_EXPORTS) {
      const cols = REPORT_SETS[e].columns;
      expect(new Set(cols.map((c) => c.key)).size, e).toBe(cols.length);
      expect(new Set(cols.map((c) => c.header)).size, e).toBe(cols.length);
    }
  });

  it('a code column lists its codes, and only a code column does', () => {
    for (const c of all) {
      if (c.type === 'code') expect(c.codes?.length ?? 0, `${c.e}.${c.key}`).toBeGreaterThan(1);
      else expect(c.codes, `${c.e}.${c.key}`).toBeUndefined();
    }
    const codesOf = (e: 'registry', key: string) =>
      REPORT_SETS[e].columns.find((c) => c.key === key)?.codes?.map((k) => k.code);
    expect(codesOf('registry', 'category')).toEqual([...CADRE_CATEGORIES]);
    expect(codesOf('registry', 'education_level')).toEqual([...EDUCATION_LEVELS]);
    expect(codesOf('registry', 'political_status')).toEqual([...POLITICAL_STATUSES]);
  });

  it('the presence set is the issue’s list, in order, and never a rank', () => {
    const keys = REPORT_SETS.presence.columns.map((c) => c.key);
    expect(keys).toEqual([
      'month',
      'township',
      'village_code',
      'village',
      'person_id',
      'name',
      'category',
      'days_in_village',
      'nights_in_village',
      'leave_days',
      'weeks_assessed',
      'weeks_complying',
      'log_completeness',
    ]);
    expect(all.some((c) => /rank|排名|名次/.test(`${c.key}${c.header}`))).toBe(false);
  });

  it('docs/exports.md holds the tables generated from the definitions', () => {
    const doc = readFileSync(new URL('../../docs/exports.md', import.meta.url), 'utf8');
    const start = doc.indexOf(REPORT_DOCS_START);
    const end = doc.indexOf(REPORT_DOCS_END);
    expect(start).toBeGreaterThan(-1);
    expect(end).toBeGreaterThan(start);
    const inDoc = doc.slice(start + REPORT_DOCS_START.length, end).trim();
    // regenerate: npx tsx -e "import('./core/src/report-docs.ts').then(m => console.log(m.reportDocsMarkdown()))"
    expect(inDoc).toBe(reportDocsMarkdown());
  });
});

describe('report periods', () => {
  it('a year is twelve months, a month one; a month’s range ends on its last day', () => {
    expect(monthsOfPeriod({ year: '2025' })).toHaveLength(12);
    expect(monthsOfPeriod({ year: '2025', month: '3' })).toEqual(['2025-03']);
    expect(monthRange('2024-02')).toEqual({ from: '2024-02-01', to: '2024-02-29' });
    expect(monthRange('2025-12')).toEqual({ from: '2025-12-01', to: '2025-12-31' });
  });

  it('refuses a year or month out of shape', () => {
    expect(ZReportPeriodQuery.safeParse({ year: '2025', month: '12' }).success).toBe(true);
    for (const q of [{ year: '25' }, { year: '2025', month: '13' }, { year: '2025', month: '0' }, {}])
      expect(ZReportPeriodQuery.safeParse(q).success, JSON.stringify(q)).toBe(false);
  });

  it('a share has two places and is empty without a base', () => {
    expect(reportShare(2, 3)).toBe(0.67);
    expect(reportShare(0, 0)).toBeNull();
  });
});
