import { parseYuan, type TFundingEntryView, type TSignSize } from '@zhucun/core';

/** A row of the ledger table: an original entry, or a correction shown under the entry it corrects. */
export type TLedgerRow = TFundingEntryView & { isCorrection: boolean };

/**
 * The ledger in reading order: each original (oldest first) followed by its corrections, so a
 * correction is read beside what it corrects. A correction whose original is missing comes last.
 */
export function ledgerRows(entries: readonly TFundingEntryView[]): TLedgerRow[] {
  const byOriginal = new Map<number, TFundingEntryView[]>();
  for (const e of entries) {
    if (e.correctsId === null) continue;
    byOriginal.set(e.correctsId, [...(byOriginal.get(e.correctsId) ?? []), e]);
  }
  const rows: TLedgerRow[] = [];
  const placed = new Set<number>();
  for (const e of entries) {
    if (e.correctsId !== null) continue;
    rows.push({ ...e, isCorrection: false });
    for (const c of byOriginal.get(e.id) ?? []) {
      rows.push({ ...c, isCorrection: true });
      placed.add(c.id);
    }
  }
  for (const e of entries)
    if (e.correctsId !== null && !placed.has(e.id)) rows.push({ ...e, isCorrection: true });
  return rows;
}

/** Whether an original's amount was changed by its corrections (its effective amount differs). */
export function isCorrected(row: TFundingEntryView): boolean {
  return row.effectiveFen !== null && row.effectiveFen !== row.amountFen;
}

export type TAmountProblem = 'amountRule' | 'amountPositive' | 'amountNotNegative';

/**
 * Fen from what was typed in a yuan field: `min` 1 for a new entry (more than 0), 0 for a
 * correction (0 cancels). Never floating point: core `parseYuan` reads the digits.
 */
export function readAmount(
  text: string | undefined,
  min: 0 | 1,
): { fen: number } | { problem: TAmountProblem } {
  const fen = parseYuan(text ?? '');
  if (fen === null) return { problem: 'amountRule' };
  if (fen < min) return { problem: min === 1 ? 'amountPositive' : 'amountNotNegative' };
  if (!Number.isSafeInteger(fen)) return { problem: 'amountRule' };
  return { fen };
}

/** The typed value that shows `fen` in a yuan field ("1200.50"), without floating point. */
export function yuanText(fen: number): string {
  const abs = Math.abs(fen);
  return `${fen < 0 ? '-' : ''}${Math.trunc(abs / 100)}.${String(abs % 100).padStart(2, '0')}`;
}

/** 应县 → 应县县委; 平遥县 → 平遥县委; 朔城区 → 朔城区委 (whose organisation department issues the sign). */
export function committeeOf(countyName: string): string {
  const chars = Array.from(countyName);
  const last = chars.at(-1);
  if (chars.length <= 2 && last === '县') return `${countyName}县委`;
  if (last === '县' || last === '区' || last === '市' || last === '旗') return `${countyName}委`;
  return `${countyName}县委`;
}

/** The first character of a name, for a photo's placeholder (a surname in Chinese names). */
export function initialOf(name: string): string {
  return Array.from(name.trim())[0] ?? '?';
}

/** The paper size from the address (`?size=A3`); anything else is A4. */
export function signSizeOf(value: string | null): TSignSize {
  return value === 'A3' ? 'A3' : 'A4';
}

/** The CSS page rule for printing the sign on the chosen paper. */
export function pageRuleOf(size: TSignSize): string {
  return `@page { size: ${size} portrait; margin: 12mm; }`;
}

/** The printable area of the paper in millimetres (portrait, 12 mm margins). */
export function sheetSizeOf(size: TSignSize): { width: number; height: number } {
  const paper = size === 'A3' ? { width: 297, height: 420 } : { width: 210, height: 297 };
  return { width: paper.width - 24, height: paper.height - 24 };
}

/** A voucher (凭证) may be a PDF or a photo of the paper. */
export const VOUCHER_TYPES = 'application/pdf,image/jpeg,image/png,image/webp';
