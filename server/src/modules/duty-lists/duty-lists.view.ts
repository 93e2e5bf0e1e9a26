import type { TDutyListPost, TDutyListText, TDutyListVersion } from '@zhucun/core';
import type { TDutyListRow } from './duty-lists.repository.ts';

/** A version as the county's pages read it. */
export function viewOf(row: TDutyListRow): TDutyListVersion {
  return {
    id: row.id,
    category: row.category as TDutyListPost,
    status: row.status as TDutyListVersion['status'],
    versionNo: row.versionNo,
    effectiveFrom: row.effectiveFrom,
    items: row.items,
    note: row.note,
    updatedAt: row.updatedAt.toISOString(),
    publishedAt: row.publishedAt?.toISOString() ?? null,
  };
}

/** A published version dated and numbered, for picking the one in force (drafts are left out). */
export type TPublishedRow = { versionNo: number; effectiveFrom: string; row: TDutyListRow };

/** The published rows among some, with their number and date made non-null. */
export function published(rows: readonly TDutyListRow[]): TPublishedRow[] {
  return rows.flatMap((row) =>
    row.status === 'published' && row.versionNo !== null && row.effectiveFrom !== null
      ? [{ versionNo: row.versionNo, effectiveFrom: row.effectiveFrom, row }]
      : [],
  );
}

/** A list as a cadre or a villager reads it: number, date and lines, nothing about who wrote it. */
export function textOf(v: TPublishedRow): TDutyListText {
  return { versionNo: v.versionNo, effectiveFrom: v.effectiveFrom, items: v.row.items };
}
