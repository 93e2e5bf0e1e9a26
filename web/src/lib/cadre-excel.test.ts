import { describe, expect, it } from 'vitest';
import { exportUrl, importProblems, percentOf } from './cadre-excel.ts';

describe('exportUrl', () => {
  it('carries the filter but not the page', () => {
    expect(exportUrl({ q: '张', township: '140622100', page: 3, pageSize: 50 })).toBe(
      '/api/cadres/export.xlsx?q=%E5%BC%A0&township=140622100',
    );
  });
  it('has no query without a filter', () => {
    expect(exportUrl({ page: 1, pageSize: 20 })).toBe('/api/cadres/export.xlsx');
  });
  it('keeps the flags', () => {
    expect(exportUrl({ termEndingSoon: true, unitId: 4, page: 1, pageSize: 20 })).toBe(
      '/api/cadres/export.xlsx?unitId=4&termEndingSoon=true',
    );
  });
});

describe('importProblems', () => {
  it('reads the row and column and drops the row prefix', () => {
    const [p] = importProblems([
      { field: 'rows.12.idNumber', message: '第 12 行：身份证号第18位校验码不正确' },
    ]);
    expect(p).toMatchObject({ row: 12, column: 'idNumber', reason: '身份证号第18位校验码不正确' });
  });
  it('handles English and a row without a column', () => {
    const [p] = importProblems([{ field: 'rows.3', message: 'Row 3: bad' }]);
    expect(p).toMatchObject({ row: 3, column: null, reason: 'bad' });
  });
  it('keeps anything else as it is', () => {
    const [p] = importProblems([{ field: 'file', message: '第 1 行：x' }]);
    expect(p).toMatchObject({ row: null, column: 'file', reason: '第 1 行：x' });
  });
});

describe('percentOf', () => {
  it('rounds and clamps', () => {
    expect(percentOf(1, 3)).toBe(33);
    expect(percentOf(5, 0)).toBe(0);
    expect(percentOf(9, 3)).toBe(100);
  });
});
