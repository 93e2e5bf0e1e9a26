import type { TFundingEntryView } from '@zhucun/core';
import { describe, expect, it } from 'vitest';
import {
  committeeOf,
  initialOf,
  isCorrected,
  ledgerRows,
  pageRuleOf,
  readAmount,
  sheetSizeOf,
  signSizeOf,
  yuanText,
} from './home-funding.ts';

function entry(id: number, over: Partial<TFundingEntryView> = {}): TFundingEntryView {
  return {
    id,
    homeId: 1,
    direction: 'in',
    source: 'other',
    amountFen: 100,
    date: '2026-03-01',
    purpose: 'p',
    hasVoucher: false,
    correctsId: null,
    reason: null,
    effectiveFen: 100,
    createdByName: 'x',
    createdAt: '2026-03-01T00:00:00Z',
    ...over,
  };
}

describe('ledgerRows', () => {
  it('puts each correction right under the entry it corrects', () => {
    const rows = ledgerRows([
      entry(1),
      entry(2),
      entry(3, { correctsId: 1, effectiveFen: null }),
      entry(4, { correctsId: 2, effectiveFen: null }),
      entry(5, { correctsId: 1, effectiveFen: null }),
    ]);
    expect(rows.map((r) => [r.id, r.isCorrection])).toEqual([
      [1, false],
      [3, true],
      [5, true],
      [2, false],
      [4, true],
    ]);
  });

  it('keeps a correction whose original is not listed, at the end', () => {
    expect(ledgerRows([entry(7, { correctsId: 99 }), entry(8)]).map((r) => r.id)).toEqual([8, 7]);
  });

  it('knows when an original was corrected', () => {
    expect(isCorrected(entry(1, { effectiveFen: 80 }))).toBe(true);
    expect(isCorrected(entry(1))).toBe(false);
    expect(isCorrected(entry(1, { effectiveFen: null }))).toBe(false);
  });
});

describe('readAmount', () => {
  it('reads yuan into fen without floating point', () => {
    expect(readAmount('1200.5', 1)).toEqual({ fen: 120050 });
    expect(readAmount('1,234.56', 1)).toEqual({ fen: 123456 });
    expect(readAmount('0.07', 1)).toEqual({ fen: 7 });
  });

  it('names what is wrong', () => {
    expect(readAmount('abc', 1)).toEqual({ problem: 'amountRule' });
    expect(readAmount('1.234', 1)).toEqual({ problem: 'amountRule' });
    expect(readAmount(undefined, 1)).toEqual({ problem: 'amountRule' });
    expect(readAmount('0', 1)).toEqual({ problem: 'amountPositive' });
    expect(readAmount('-5', 1)).toEqual({ problem: 'amountPositive' });
    expect(readAmount('-5', 0)).toEqual({ problem: 'amountNotNegative' });
    expect(readAmount('99999999999999999999', 1)).toEqual({ problem: 'amountRule' });
  });

  it('lets a correction cancel an entry with 0', () => {
    expect(readAmount('0', 0)).toEqual({ fen: 0 });
  });

  it('writes fen back as typed yuan', () => {
    expect(yuanText(120050)).toBe('1200.50');
    expect(yuanText(7)).toBe('0.07');
    expect(yuanText(-100)).toBe('-1.00');
  });
});

describe('the sign', () => {
  it('names the county Party committee as people write it', () => {
    expect(committeeOf('应县')).toBe('应县县委');
    expect(committeeOf('平遥县')).toBe('平遥县委');
    expect(committeeOf('朔城区')).toBe('朔城区委');
  });

  it('uses the first character for a photo placeholder', () => {
    expect(initialOf('王小明')).toBe('王');
    expect(initialOf('𠀾二')).toBe('𠀾');
    expect(initialOf(' ')).toBe('?');
  });

  it('prints A4 unless A3 is asked for, with 12 mm margins', () => {
    expect(signSizeOf('A3')).toBe('A3');
    expect(signSizeOf('a5')).toBe('A4');
    expect(signSizeOf(null)).toBe('A4');
    expect(pageRuleOf('A3')).toBe('@page { size: A3 portrait; margin: 12mm; }');
    expect(sheetSizeOf('A4')).toEqual({ width: 186, height: 273 });
    expect(sheetSizeOf('A3')).toEqual({ width: 273, height: 396 });
  });
});
