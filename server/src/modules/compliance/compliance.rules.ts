import { groupBy, type TCadreCategory, type TDayRecord, type TPlace } from '@zhucun/core';
import type { TPostingRow } from './compliance.repository.ts';

/** A cadre on a list: the latest posting names the village; every posting's dates count as posted. */
export type TListedCadre = {
  personId: number;
  personName: string;
  userId: number | null;
  villageCode: string;
  villageName: string;
  category: TCadreCategory;
  unitName: string | null;
  ranges: { start: string; end: string | null }[];
};

const collator = new Intl.Collator('zh-CN');

/** By village, then name: lists are read, never ranked (docs/domain.md §0). */
export function byVillageAndName(
  a: { villageCode: string; personName: string },
  b: { villageCode: string; personName: string },
): number {
  if (a.villageCode !== b.villageCode) return a.villageCode < b.villageCode ? -1 : 1;
  return collator.compare(a.personName, b.personName);
}

/** One entry per person from their postings (the latest gives the village), sorted by village and name. */
export function cadresOf(rows: readonly TPostingRow[]): TListedCadre[] {
  const byPerson = new Map<number, TListedCadre & { latest: string }>();
  for (const r of rows) {
    const range = { start: r.startDate, end: r.endDate };
    const seen = byPerson.get(r.personId);
    if (seen) {
      seen.ranges.push(range);
      if (r.startDate < seen.latest) continue;
    }
    byPerson.set(r.personId, {
      personId: r.personId,
      personName: r.personName,
      userId: r.userId,
      villageCode: r.villageCode,
      villageName: r.villageName,
      category: r.category as TCadreCategory,
      unitName: r.unitName,
      ranges: seen?.ranges ?? [range],
      latest: r.startDate,
    });
  }
  return [...byPerson.values()].map(({ latest: _, ...c }) => c).sort(byVillageAndName);
}

/** True when one of the cadre's postings covers the date. */
export function postedOn(cadre: Pick<TListedCadre, 'ranges'>, date: string): boolean {
  return cadre.ranges.some((r) => r.start <= date && (r.end === null || r.end >= date));
}

/** Rows grouped by their person. */
export const groupByPerson = <T extends { personId: number }>(rows: readonly T[]): Map<number, T[]> =>
  groupBy(rows, (r) => r.personId);

/** A status row as the core rules read it. */
export const toRecord = (r: { date: string; day: string; night: string }): TDayRecord => ({
  date: r.date,
  day: r.day as TPlace,
  night: r.night as TPlace,
});

/** The public facts of a listed cadre. */
export const refOf = (c: TListedCadre) => ({
  personId: c.personId,
  personName: c.personName,
  villageCode: c.villageCode,
  villageName: c.villageName,
  category: c.category,
});

/** A share of a whole (a rate), or null when the whole is 0: `complianceRate` and `logCompleteness` from counts. */
export const shareOf = (part: number, whole: number): number | null => (whole === 0 ? null : part / whole);
