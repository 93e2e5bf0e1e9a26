import {
  GRADES,
  localDate,
  PERSONNEL_STATUSES,
  PRIORITY_LIST_ORDER,
  PRIORITY_MIN_STARS,
  priorityPlacement,
  type TGrade,
  type TPersonnelStatus,
  type TPriorityEntry,
  type TPriorityLists,
  type TScope,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { findCycles, findResults, type TResultRow } from './priority.repository.ts';

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | null =>
  (list as readonly string[]).includes(v ?? '') ? (v as T) : null;
export const gradeOf = (g: string | null): TGrade | null => oneOf(GRADES, g);

/** Chinese names in the order of their pinyin (the lists are by village, then name; never ranked). */
const byName = new Intl.Collator('zh-CN');
export const byVillageAndName = (a: TResultRow, b: TResultRow) =>
  a.village_code.localeCompare(b.village_code) || byName.compare(a.name, b.name) || a.id - b.id;

const entryOf = (r: TResultRow): TPriorityEntry => ({
  personId: r.person_id,
  name: r.name,
  villageCode: r.village_code,
  villageName: r.village_name,
  townshipName: r.township_name,
  personnelStatus: oneOf(PERSONNEL_STATUSES, r.personnel_status) as TPersonnelStatus | null,
  grade: gradeOf(r.grade),
  stars: r.stars ?? 0,
});

/**
 * 结果运用 (docs/rules.md §4.6): the priority lists of a confirmed cycle (the latest unless a year is
 * asked) on a date (today unless asked): two stars or more, by personnel status, sorted by village and
 * name; those left off by an exclusion are listed with it named.
 */
export function createPriorityService({ db, now }: { db: TDb; now: () => Date }) {
  return {
    async lists(scope: TScope, q: { year?: number; date?: string }): Promise<TPriorityLists> {
      const date = q.date ?? localDate(now());
      const cycles = await findCycles(db, scope, true);
      const years = [...new Set(cycles.map((c) => c.year))];
      const cycle = q.year === undefined ? cycles[0] : cycles.find((c) => c.year === q.year);
      const out: TPriorityLists = {
        years,
        cycle: null,
        date,
        lists: PRIORITY_LIST_ORDER.map((list) => ({ list, entries: [] })),
        excluded: [],
        unlisted: [],
      };
      if (!cycle) return out;
      out.cycle = {
        id: cycle.id,
        year: cycle.year,
        confirmedAt: cycle.confirmed_at ? new Date(cycle.confirmed_at).toISOString() : null,
      };
      const rows = (await findResults(db, scope, cycle, PRIORITY_MIN_STARS)).sort(byVillageAndName);
      for (const r of rows) {
        const entry = entryOf(r);
        const placed = priorityPlacement(
          {
            personId: r.person_id,
            personnelStatus: entry.personnelStatus,
            stars: entry.stars,
            admonishedUntil: r.admonished_until,
            lastYearGrade: gradeOf(r.last_year_grade),
          },
          date,
        );
        if (!placed) out.unlisted.push(entry);
        else if (placed.excluded)
          out.excluded.push({ ...entry, lists: placed.excluded.lists, exclusions: placed.excluded.because });
        else for (const list of placed.on) out.lists.find((l) => l.list === list)?.entries.push(entry);
      }
      return out;
    },
  };
}
export type TPriorityService = ReturnType<typeof createPriorityService>;
