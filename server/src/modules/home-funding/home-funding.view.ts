import {
  fundingTotals,
  type TFundingDirection,
  type TFundingEntryView,
  type TFundingSource,
  type TFundingTotalsView,
} from '@zhucun/core';
import type { TFundingRow, TFundingRowWithName } from './home-funding.repository.ts';

/** Amounts with their source and direction: ledger rows, or sums of them. */
export type TSignedAmount = { source: string; direction: string; amountFen: number };

/**
 * Totals in fen. `bySource` and `total` are core `fundingTotals` (every row once, corrections
 * included). `inFen` is the money in: the sum of the rows recorded as in, which is the sum of the
 * effective amounts of the "in" entries (each ≥ 0, as a correction keeps its original's direction
 * and never crosses zero); `outFen` likewise the money out, as a positive number. So
 * `total = inFen − outFen`, the balance.
 */
export function totalsOf(rows: readonly TSignedAmount[]): TFundingTotalsView {
  const { bySource, total } = fundingTotals(
    rows.map((r) => ({
      id: 0,
      correctsId: null,
      source: r.source as TFundingSource,
      amountFen: r.amountFen,
    })),
  );
  let inFen = 0;
  let outFen = 0;
  for (const r of rows) {
    if (r.direction === 'in') inFen += r.amountFen;
    else outFen -= r.amountFen;
  }
  return { bySource, inFen, outFen, total };
}

/** The effective amount of each original: its own amount plus those of its corrections. */
export function effectiveAmounts(rows: readonly TFundingRow[]): Map<number, number> {
  const effective = new Map<number, number>();
  for (const r of rows) if (r.correctsId === null) effective.set(r.id, r.amountFen);
  for (const r of rows)
    if (r.correctsId !== null && effective.has(r.correctsId))
      effective.set(r.correctsId, effective.get(r.correctsId)! + r.amountFen);
  return effective;
}

export function toEntryView(
  { entry: e, createdByName }: TFundingRowWithName,
  effectiveFen: number | null,
): TFundingEntryView {
  return {
    id: e.id,
    homeId: e.homeId,
    direction: e.direction as TFundingDirection,
    source: e.source as TFundingSource,
    amountFen: e.amountFen,
    date: e.entryDate,
    purpose: e.purpose,
    hasVoucher: e.voucherFileId !== null,
    correctsId: e.correctsId,
    reason: e.reason,
    effectiveFen: e.correctsId === null ? effectiveFen : null,
    createdByName,
    createdAt: e.createdAt.toISOString(),
  };
}
