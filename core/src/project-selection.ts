import { isWorkingDay, type TWorkingCalendar } from './calendar.ts';
import type { TCodeLabels } from './code-labels.ts';
import { addDays } from './posting.ts';
import { roundHalfUp } from './project-score.ts';
import type { TRole } from './roles.ts';

/**
 * 优秀创新项目评选 (docs/rules.md §4.7): townships nominate within a quota, a panel scores (each member
 * alone, never a project of their own township or unit, the highest and lowest dropped), a public
 * notice (公示) of 5 working days, then the county confirms. A selection of projects, not a ranking
 * of people: the order decides the awards and its ties are broken by stated rules only.
 */

/** The stages of a year's selection, in order. */
export const SELECTION_STAGES = ['nominating', 'scoring', 'notice', 'confirmed'] as const;
export type TSelectionStage = (typeof SELECTION_STAGES)[number];
export const SELECTION_STAGE_LABELS: TCodeLabels<TSelectionStage> = {
  nominating: ['推荐中', 'Nominating'],
  scoring: ['评审打分中', 'Panel scoring'],
  notice: ['公示中', 'Public notice'],
  confirmed: ['已确认', 'Confirmed'],
};

/** What people do in a selection: `who` may do it, in which `stage`, and the stage it moves to. */
export const SELECTION_ACTIONS = {
  nominate: { stage: 'nominating', who: 'township_admin' }, // 推荐 (own township's projects, within quota)
  withdraw_nomination: { stage: 'nominating', who: 'township_admin' },
  open_scoring: { stage: 'nominating', who: 'county_admin', to: 'scoring' },
  score: { stage: 'scoring', who: 'panel' }, // a panel member, alone, where mayScore allows
  publish_notice: { stage: 'scoring', who: 'county_admin', to: 'notice' },
  record_objection: { stage: 'notice', who: 'county_admin' }, // 异议 received by letter, phone or in person
  reopen_scoring: { stage: 'notice', who: 'county_admin', to: 'scoring' }, // an objection upheld
  confirm: { stage: 'notice', who: 'county_admin', to: 'confirmed' },
} as const satisfies Record<string, { stage: TSelectionStage; who: TRole | 'panel'; to?: TSelectionStage }>;
export type TSelectionAction = keyof typeof SELECTION_ACTIONS;
export const SELECTION_ACTION_LABELS: TCodeLabels<TSelectionAction> = {
  nominate: ['推荐', 'nominate'],
  withdraw_nomination: ['撤回推荐', 'withdraw the nomination'],
  open_scoring: ['开始评审', 'open the scoring'],
  score: ['评分', 'score'],
  publish_notice: ['发布公示', 'publish the notice'],
  record_objection: ['登记异议', 'record an objection'],
  reopen_scoring: ['重新评审', 'reopen the scoring'],
  confirm: ['确认结果', 'confirm the awards'],
};

export type TSelectionRefusal =
  | 'wrong_stage'
  | 'not_allowed'
  | 'no_nominations'
  | 'over_quota'
  | 'too_few_scores'
  | 'notice_running'
  | 'objections_open';

/** The smallest panel that scores each nomination before the notice: the highest and lowest can be dropped. */
export const MIN_PANEL_SCORES = 3;

/** Why `action` is refused now, or null. The server still checks scope (a township's own projects). */
export function selectionRefusal(
  action: TSelectionAction,
  stage: TSelectionStage,
  actor: { roles: readonly TRole[]; onPanel: boolean },
  facts: {
    nominations: number;
    overQuota: number;
    fewestScores: number;
    noticeEnd: string | null;
    today: string;
    openObjections: number;
  },
): TSelectionRefusal | null {
  const rule: { stage: TSelectionStage; who: TRole | 'panel' } = SELECTION_ACTIONS[action];
  if (rule.who === 'panel' ? !actor.onPanel : !actor.roles.includes(rule.who)) return 'not_allowed';
  if (stage !== rule.stage) return 'wrong_stage';
  if (action === 'open_scoring' && facts.nominations === 0) return 'no_nominations';
  if (action === 'open_scoring' && facts.overQuota > 0) return 'over_quota';
  if (action === 'publish_notice' && facts.fewestScores < MIN_PANEL_SCORES) return 'too_few_scores';
  if (action === 'confirm' && (facts.noticeEnd === null || facts.today <= facts.noticeEnd))
    return 'notice_running';
  if (action === 'confirm' && facts.openObjections > 0) return 'objections_open';
  return null;
}

/** Each township's nominations (distinct projects) against its quota; `over` > 0 is refused. By township code. */
export function quotaCheck(
  nominations: readonly { projectId: number; townshipCode: string }[],
  quota: number | Readonly<Record<string, number>>,
): { townshipCode: string; nominated: number; quota: number; over: number }[] {
  const projects = new Map<string, Set<number>>();
  for (const n of nominations)
    projects.set(n.townshipCode, (projects.get(n.townshipCode) ?? new Set()).add(n.projectId));
  return [...projects.entries()]
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([townshipCode, set]) => {
      const q = typeof quota === 'number' ? quota : (quota[townshipCode] ?? 0);
      return { townshipCode, nominated: set.size, quota: q, over: Math.max(0, set.size - q) };
    });
}

export type TPanelMember = { userId: number; townshipCode?: string | null; unitId?: number | null };
/** A nominated project: the townships of its villages and the units of its leader and claimants. */
export type TNominatedProject = {
  projectId: number;
  townshipCodes: readonly string[];
  unitIds?: readonly number[];
};
export type TScoreConflict = 'own_township' | 'own_unit';

/** Why a panel member may not score a project (回避), or null: their own township or their own unit. */
export function scoreConflict(member: TPanelMember, project: TNominatedProject): TScoreConflict | null {
  if (member.townshipCode && project.townshipCodes.includes(member.townshipCode)) return 'own_township';
  if (member.unitId != null && (project.unitIds ?? []).includes(member.unitId)) return 'own_unit';
  return null;
}

/** True when the member may score the project (no conflict of township or unit). */
export function mayScore(member: TPanelMember, project: TNominatedProject): boolean {
  return scoreConflict(member, project) === null;
}

export type TCombinedScore = {
  /** Mean of the kept scores, one decimal half up; null with no score. */
  score: number | null;
  /** Mean of all scores, one decimal half up (the first tie-break). */
  meanOfAll: number | null;
  count: number;
  kept: number[];
  droppedHighest: number | null;
  droppedLowest: number | null;
  /** False with fewer than 3 scores: nothing is dropped. */
  trimmed: boolean;
};

/** 去掉一个最高分和一个最低分: with 3 or more scores one instance of each is dropped, then the mean. */
export function combinedScore(scores: readonly number[]): TCombinedScore {
  const sorted = [...scores].sort((a, b) => a - b);
  const mean = (xs: number[]) => (xs.length ? roundHalfUp(xs.reduce((s, x) => s + x, 0) / xs.length) : null);
  const trimmed = sorted.length >= MIN_PANEL_SCORES;
  const kept = trimmed ? sorted.slice(1, -1) : sorted;
  return {
    score: mean(kept),
    meanOfAll: mean(sorted),
    count: sorted.length,
    kept,
    droppedHighest: trimmed ? (sorted.at(-1) ?? null) : null,
    droppedLowest: trimmed ? (sorted[0] ?? null) : null,
    trimmed,
  };
}

/** How a row stands apart from the row above it: first, a lower score, a lower mean of all, tied, or unscored. */
export type TTieBreak = 'first' | 'score' | 'mean_of_all' | 'shared' | 'unscored';

/**
 * The award order: combined score (as shown, one decimal) from high to low; on a tie the higher mean
 * of all scores; still tied, the same rank (1, 2, 2, 4), listed by project id, and the county decides.
 * Nominations without a score come last, unranked.
 */
export function rankNominations<T extends { projectId: number; scores: readonly number[] }>(
  nominations: readonly T[],
): (T & { combined: TCombinedScore; rank: number | null; tieBreak: TTieBreak })[] {
  const rows = nominations.map((n) => ({ ...n, combined: combinedScore(n.scores) }));
  // No score sorts last (scores are 0–100); the project id only fixes the listing order of a shared rank.
  rows.sort(
    (a, b) =>
      (b.combined.score ?? -1) - (a.combined.score ?? -1) ||
      (b.combined.meanOfAll ?? -1) - (a.combined.meanOfAll ?? -1) ||
      a.projectId - b.projectId,
  );
  const out: (T & { combined: TCombinedScore; rank: number | null; tieBreak: TTieBreak })[] = [];
  for (const [i, row] of rows.entries()) {
    const above = out[i - 1];
    const tieBreak: TTieBreak =
      row.combined.score === null
        ? 'unscored'
        : !above
          ? 'first'
          : above.combined.score !== row.combined.score
            ? 'score'
            : above.combined.meanOfAll !== row.combined.meanOfAll
              ? 'mean_of_all'
              : 'shared';
    const rank = tieBreak === 'unscored' ? null : tieBreak === 'shared' ? (above?.rank ?? null) : i + 1;
    out.push({ ...row, rank, tieBreak });
  }
  return out;
}

/** A public notice (公示) lasts 5 working days. */
export const NOTICE_WORKING_DAYS = 5;

/**
 * The working days of a notice published on `publishedOn`: the publication day is the first when it is
 * a working day (公示期 9月29日至10月9日), else the next working day; the notice runs to the end of `to`.
 */
export function noticePeriod(
  publishedOn: string,
  calendar: TWorkingCalendar,
  workingDays = NOTICE_WORKING_DAYS,
): { from: string; to: string; days: string[] } {
  const days: string[] = [];
  for (let d = publishedOn, tries = 0; days.length < workingDays; d = addDays(d, 1), tries++) {
    if (tries > 366) throw new RangeError('noticePeriod: no working day in a year');
    if (isWorkingDay(d, calendar)) days.push(d);
  }
  return { from: days[0] ?? publishedOn, to: days.at(-1) ?? publishedOn, days };
}

/** True while objections may be recorded: from the publication day to the end of the notice's last day. */
export function isNoticeOpen(publishedOn: string, noticeEnd: string, today: string): boolean {
  return publishedOn <= today && today <= noticeEnd;
}
