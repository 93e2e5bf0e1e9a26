import {
  recordIds,
  SNAPSHOT_ID_LIMIT,
  type TPresenceCount,
  type TRatingSources,
  type TShareRecords,
} from '@zhucun/core';
import type { TProjectScoreRow } from './rating-compute.projects.ts';
import type { TShareRow } from './rating-compute.shares.ts';

/** The two sides of a share: `done` of `due` counted, the first ids of each side kept. */
function shareRecords(row: TShareRow | undefined): TShareRecords {
  return {
    done: recordIds(row?.done_ids, row?.done ?? 0),
    notDone: recordIds(row?.not_done_ids, (row?.due ?? 0) - (row?.done ?? 0)),
  };
}

/** The records behind a cadre's quantitative figures, each list bounded (SNAPSHOT_ID_LIMIT ids, the rest counted). */
export function sourcesOf(
  rows: {
    presence: TPresenceCount | undefined;
    requests: (TShareRow & { satisfaction_ids: number[] | null; followed: number }) | undefined;
    tasks: TShareRow | undefined;
    rectification: TShareRow | undefined;
    visits: { months: number; visits: number; ids: number[] | null } | undefined;
    violations: { records: number; ids: number[] } | undefined;
  },
  more: { projects: readonly TProjectScoreRow[]; monthTarget: number },
): TRatingSources {
  const missed = rows.presence?.missedMondays ?? [];
  const missedCount = (rows.presence?.assessed ?? 0) - (rows.presence?.complying ?? 0);
  return {
    presence: {
      missedWeeks: missed.slice(0, SNAPSHOT_ID_LIMIT),
      more: Math.max(0, missedCount - SNAPSHOT_ID_LIMIT),
    },
    requests: shareRecords(rows.requests),
    satisfaction: recordIds(rows.requests?.satisfaction_ids, rows.requests?.followed ?? 0),
    tasks: shareRecords(rows.tasks),
    projects: more.projects.slice(0, SNAPSHOT_ID_LIMIT).map((p) => ({
      id: p.project_id,
      score: p.score,
      basis: p.basis,
      quarter: p.quarter,
    })),
    rectification: shareRecords(rows.rectification),
    nightVisits: {
      ...recordIds(rows.visits?.ids, rows.visits?.visits ?? 0),
      months: rows.visits?.months ?? 0,
      monthTarget: more.monthTarget,
    },
    deductions: recordIds(rows.violations?.ids, rows.violations?.records ?? 0),
  };
}
