import { describe, expect, it } from 'vitest';
import { formatDay, formatDaySpan } from './day-span.ts';

describe('days as a message names them', () => {
  it('in Chinese: one day, a span in a month, across months, across years, another year', () => {
    expect(formatDay('2026-12-02', 'zh-CN', 2026)).toBe('12月2日');
    expect(formatDaySpan('2026-12-02', '2026-12-03', 'zh-CN', 2026)).toBe('12月2日—3日');
    expect(formatDaySpan('2026-11-30', '2026-12-02', 'zh-CN', 2026)).toBe('11月30日—12月2日');
    expect(formatDaySpan('2026-12-30', '2027-01-02', 'zh-CN', 2026)).toBe('2026年12月30日—2027年1月2日');
    expect(formatDaySpan('2027-01-04', '2027-01-05', 'zh-CN', 2026)).toBe('2027年1月4日—5日');
  });

  it('in English, the same', () => {
    expect(formatDay('2026-12-02', 'en-US', 2026)).toBe('2 Dec');
    expect(formatDaySpan('2026-12-02', '2026-12-03', 'en-US', 2026)).toBe('2–3 Dec');
    expect(formatDaySpan('2026-11-30', '2026-12-02', 'en-US', 2026)).toBe('30 Nov – 2 Dec');
    expect(formatDaySpan('2026-12-30', '2027-01-02', 'en-US', 2026)).toBe('30 Dec 2026 – 2 Jan 2027');
    expect(formatDaySpan('2027-01-04', '2027-01-05', 'en-US', 2026)).toBe('4–5 Jan 2027');
  });

  it('keeps what is not a date as it is', () => {
    expect(formatDay('soon', 'zh-CN', 2026)).toBe('soon');
    expect(formatDaySpan('2026-12-02', '', 'zh-CN', 2026)).toBe('12月2日');
  });
});
