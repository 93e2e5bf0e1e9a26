import type { TMilestoneStatus } from './milestone-codes.ts';
import { addDays, daysBetween } from './posting.ts';
import { roundHalfUp } from './project-score.ts';

export {
  MILESTONE_STATUS_LABELS,
  MILESTONE_STATUSES,
  type TMilestoneStatus,
} from './milestone-codes.ts';

/**
 * 挂图作战 (docs/rules.md §4.7): a project's milestones against the baseline frozen at approval, its
 * progress, the rows a Gantt chart draws for a date window, and the milestones newly overdue.
 * Dates are `YYYY-MM-DD`; `today` is always a parameter (the server's Asia/Shanghai day).
 */

/** A milestone (节点): `baselineDue` is the due date as approved (null before approval), `due` the current one. */
export type TMilestone = {
  id: number;
  projectId: number;
  ownerId?: number | null;
  baselineDue: string | null;
  due: string;
  doneOn: string | null;
};

export type TMilestoneState = {
  status: TMilestoneStatus;
  /** Current due minus baseline due, in days (later > 0, earlier < 0); null without a baseline. */
  slippageDays: number | null;
  /** Days past the current due date, not done (0 unless overdue). */
  overdueDays: number;
  /** Days it was done after its current due date (0 unless done late). */
  lateDays: number;
};

/**
 * A milestone on `today`: overdue when not done and its current due date is before today (due today is
 * not overdue); done late when done after its current due date. A move of the due date shows as slippage.
 */
export function milestoneState(
  m: Pick<TMilestone, 'baselineDue' | 'due' | 'doneOn'>,
  today: string,
): TMilestoneState {
  const slippageDays = m.baselineDue === null ? null : daysBetween(m.baselineDue, m.due);
  if (m.doneOn !== null) {
    const lateDays = Math.max(0, daysBetween(m.due, m.doneOn));
    return { status: lateDays > 0 ? 'done_late' : 'done', slippageDays, overdueDays: 0, lateDays };
  }
  const overdueDays = Math.max(0, daysBetween(m.due, today));
  return { status: overdueDays > 0 ? 'overdue' : 'open', slippageDays, overdueDays, lateDays: 0 };
}

export type TPlanProgress = {
  total: number;
  done: number;
  /** done / total in percent, one decimal half up; null without milestones. */
  share: number | null;
  overdue: number;
  doneLate: number;
  /** Milestones moved later than their baseline. */
  slipped: number;
  /** The largest slippage in days (0 when none moved later). */
  maxSlippageDays: number;
};

/** A project's progress on `today`: milestones done of all, overdue, done late and slipped. */
export function planProgress(milestones: readonly TMilestone[], today: string): TPlanProgress {
  const states = milestones.map((m) => milestoneState(m, today));
  const count = (f: (s: TMilestoneState) => boolean) => states.filter(f).length;
  const done = count((s) => s.status === 'done' || s.status === 'done_late');
  return {
    total: states.length,
    done,
    share: states.length ? roundHalfUp((done / states.length) * 100) : null,
    overdue: count((s) => s.status === 'overdue'),
    doneLate: count((s) => s.status === 'done_late'),
    slipped: count((s) => (s.slippageDays ?? 0) > 0),
    maxSlippageDays: Math.max(0, ...states.map((s) => s.slippageDays ?? 0)),
  };
}

const firstOfNextMonth = (date: string) => `${addDays(`${date.slice(0, 7)}-01`, 32).slice(0, 7)}-01`;

/** The plan's span: from the project's start (or an earlier date of the plan) to the latest of its planned end and every due, baseline and done date. */
export function planSpan(
  project: { start: string; plannedEnd: string | null },
  milestones: readonly TMilestone[],
): { from: string; to: string } {
  const dates = milestones.flatMap((m) =>
    [m.due, m.baselineDue, m.doneOn].filter((d): d is string => d !== null),
  );
  const all = [project.start, ...(project.plannedEnd ? [project.plannedEnd] : []), ...dates].sort();
  return { from: all[0] ?? project.start, to: all.at(-1) ?? project.start };
}

export type TGanttProject = {
  id: number;
  title: string;
  villages: readonly { code: string; name: string }[];
  start: string;
  plannedEnd: string | null;
  milestones: readonly TMilestone[];
};
/** Offsets are days from the window's first day; `end` is exclusive, so a bar is `end - start` days wide. */
export type TGanttRow = {
  projectId: number;
  title: string;
  start: number;
  end: number;
  /** The plan begins before or ends after the window (draw an open edge). */
  clippedStart: boolean;
  clippedEnd: boolean;
  /** Villages of the project other than this group's. */
  otherVillages: string[];
  progress: TPlanProgress;
  /** Milestones whose current or baseline due date lies in the window; `at`/`baselineAt` may fall outside it. */
  milestones: { id: number; at: number; baselineAt: number | null; state: TMilestoneState }[];
};
export type TGantt = {
  from: string;
  to: string;
  days: number;
  /** The offset of today, or null when today is outside the window. */
  today: number | null;
  months: { month: string; start: number; end: number }[];
  groups: { villageCode: string; villageName: string; rows: TGanttRow[] }[];
};

/**
 * What a Gantt chart of a village's or township's projects draws for the window `from`–`to` (both
 * included): groups by village code, rows by title then id; a project of several villages shows in
 * each; projects whose plan does not touch the window are left out.
 */
export function ganttRows(
  projects: readonly TGanttProject[],
  window: { from: string; to: string },
  today: string,
): TGantt {
  const { from, to } = window;
  const days = daysBetween(from, to) + 1;
  const at = (date: string) => daysBetween(from, date);
  const inWindow = (date: string | null) => date !== null && from <= date && date <= to;
  const groups = new Map<string, { villageCode: string; villageName: string; rows: TGanttRow[] }>();
  for (const p of projects) {
    const span = planSpan(p, p.milestones);
    if (span.to < from || span.from > to) continue;
    for (const v of p.villages) {
      const group = groups.get(v.code) ?? { villageCode: v.code, villageName: v.name, rows: [] };
      groups.set(v.code, group);
      group.rows.push({
        projectId: p.id,
        title: p.title,
        start: Math.max(0, at(span.from)),
        end: Math.min(days, at(span.to) + 1),
        clippedStart: span.from < from,
        clippedEnd: span.to > to,
        otherVillages: p.villages.filter((o) => o.code !== v.code).map((o) => o.name),
        progress: planProgress(p.milestones, today),
        milestones: p.milestones
          .filter((m) => inWindow(m.due) || inWindow(m.baselineDue))
          .map((m) => ({
            id: m.id,
            at: at(m.due),
            baselineAt: m.baselineDue === null ? null : at(m.baselineDue),
            state: milestoneState(m, today),
          })),
      });
    }
  }
  const months: TGantt['months'] = [];
  for (let d = from; d <= to; d = firstOfNextMonth(d))
    months.push({ month: d.slice(0, 7), start: at(d), end: Math.min(days, at(firstOfNextMonth(d))) });
  const byTitle = (a: TGanttRow, b: TGanttRow) =>
    a.title.localeCompare(b.title, 'zh-CN') || a.projectId - b.projectId;
  return {
    from,
    to,
    days,
    today: inWindow(today) ? at(today) : null,
    months,
    groups: [...groups.values()]
      .sort((a, b) => (a.villageCode < b.villageCode ? -1 : a.villageCode > b.villageCode ? 1 : 0))
      .map((g) => ({ ...g, rows: g.rows.sort(byTitle) })),
  };
}

/** The key a notification job dedupes on: a new due date makes a new key, so a moved milestone may be notified again. */
export function overdueKey(m: Pick<TMilestone, 'id' | 'due'>): string {
  return `milestone-overdue:${m.id}:${m.due}`;
}

/** Milestones overdue on `today` whose key is not yet in `notified`: notify their owner and township once. */
export function newlyOverdueMilestones<M extends TMilestone>(
  milestones: readonly M[],
  today: string,
  notified: Iterable<string>,
): { milestone: M; key: string; overdueDays: number }[] {
  const seen = new Set(notified);
  return milestones.flatMap((m) => {
    const { status, overdueDays } = milestoneState(m, today);
    const key = overdueKey(m);
    return status === 'overdue' && !seen.has(key) ? [{ milestone: m, key, overdueDays }] : [];
  });
}
