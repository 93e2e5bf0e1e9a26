import { z } from 'zod';
import type { TCodeLabels } from './code-labels.ts';

/**
 * 帮扶成效 (docs/rules.md §4.16): the outcome figures the bulletin reports — industry projects,
 * labourers working away from home (转移就业) and demonstration-village designations — their codes
 * and the pure rules that count them as of a date.
 */

/** 示范村称号: what a village was designated. */
export const DESIGNATION_KINDS = [
  'rural_tourism', // 乡村旅游示范村
  'great_wall', // “长城人家”
  'beautiful_village', // 美丽宜居示范村
  'revitalization', // 乡村振兴示范村
  'other', // 其他示范称号 (named by its title)
] as const;
export const ZDesignationKind = z.enum(DESIGNATION_KINDS);
export type TDesignationKind = z.infer<typeof ZDesignationKind>;

/** The level of the body that designated it. */
export const DESIGNATION_LEVELS = ['national', 'provincial', 'city', 'county'] as const;
export const ZDesignationLevel = z.enum(DESIGNATION_LEVELS);
export type TDesignationLevel = z.infer<typeof ZDesignationLevel>;

/** submitted → approved, or → returned (with a reason) → submitted again after correction. */
export const OUTCOME_STATES = ['submitted', 'returned', 'approved'] as const;
export const ZOutcomeState = z.enum(OUTCOME_STATES);
export type TOutcomeState = z.infer<typeof ZOutcomeState>;

/** The figures of the bulletin's last paragraph (and the other designations beside them). */
export const OUTCOME_FIGURES = [
  'industry_projects', // 产业帮扶项目
  'labourers', // 脱贫劳动力外出务工
  'rural_tourism', // 乡村旅游示范村
  'great_wall', // “长城人家”
  'other_designations', // 其他示范村称号
] as const;
export type TOutcomeFigure = (typeof OUTCOME_FIGURES)[number];

export const DESIGNATION_KIND_LABELS: TCodeLabels<TDesignationKind> = {
  rural_tourism: ['乡村旅游示范村', 'Rural tourism demonstration village'],
  great_wall: ['“长城人家”', '"Great Wall Family"'],
  beautiful_village: ['美丽宜居示范村', 'Beautiful and liveable demonstration village'],
  revitalization: ['乡村振兴示范村', 'Rural revitalisation demonstration village'],
  other: ['其他示范称号', 'Other designation'],
};

export const DESIGNATION_LEVEL_LABELS: TCodeLabels<TDesignationLevel> = {
  national: ['国家级', 'National'],
  provincial: ['省级', 'Provincial'],
  city: ['市级', 'City'],
  county: ['县级', 'County'],
};

export const OUTCOME_STATE_LABELS: TCodeLabels<TOutcomeState> = {
  submitted: ['待审核', 'Awaiting review'],
  returned: ['已退回', 'Returned'],
  approved: ['已审核', 'Approved'],
};

export const OUTCOME_FIGURE_LABELS: TCodeLabels<TOutcomeFigure> = {
  industry_projects: ['产业帮扶项目', 'Industry projects'],
  labourers: ['脱贫劳动力外出务工', 'Labourers working away from home'],
  rural_tourism: ['乡村旅游示范村', 'Rural tourism demonstration villages'],
  great_wall: ['“长城人家”', '"Great Wall Families"'],
  other_designations: ['其他示范村称号', 'Other designated villages'],
};

/** What a person does to a report or designation, as a verb ("不能审核" / "approve"). */
export const OUTCOME_ACTIONS = ['submit', 'correct', 'approve', 'return'] as const;
export type TOutcomeAction = (typeof OUTCOME_ACTIONS)[number];
export const OUTCOME_ACTION_LABELS: TCodeLabels<TOutcomeAction> = {
  submit: ['报送', 'submit'],
  correct: ['修改后重新报送', 'correct and resend'],
  approve: ['审核通过', 'approve'],
  return: ['退回', 'return'],
};

/** The states an action may start from: the enterer corrects a returned one, the county decides a sent one. */
const FROM: Record<TOutcomeAction, readonly (TOutcomeState | null)[]> = {
  submit: [null],
  correct: ['returned', 'submitted'],
  approve: ['submitted'],
  return: ['submitted'],
};

/** Whether an action may be taken on a report or designation in a state (null: none exists yet). */
export function outcomeActionAllowed(action: TOutcomeAction, state: TOutcomeState | null): boolean {
  return FROM[action].includes(state);
}

/** The first day of a month `YYYY-MM`. */
export const monthStart = (month: string) => `${month}-01`;
/** The month `YYYY-MM` of a date `YYYY-MM-DD`. */
export const monthOf = (date: string) => date.slice(0, 7);

export type TLabourReportFact = {
  villageCode: string;
  month: string;
  state: TOutcomeState;
  labourers: number;
};

/**
 * 脱贫劳动力外出务工 as of a date: each village's figure is that of its latest approved report of the
 * date's year, in a month no later than the date's; villages without one count 0. Returns the month
 * used and the figure per village.
 */
export function labourersAsOf(
  reports: readonly TLabourReportFact[],
  asOf: string,
): Map<string, { month: string; labourers: number }> {
  const until = monthOf(asOf);
  const from = `${asOf.slice(0, 4)}-01`;
  const out = new Map<string, { month: string; labourers: number }>();
  for (const r of reports) {
    if (r.state !== 'approved' || r.month > until || r.month < from) continue;
    const had = out.get(r.villageCode);
    if (!had || had.month < r.month) out.set(r.villageCode, { month: r.month, labourers: r.labourers });
  }
  return out;
}

export type TDesignationFact = {
  villageCode: string;
  kind: TDesignationKind;
  level: TDesignationLevel;
  designatedOn: string;
  state: TOutcomeState;
};

const LEVEL_RANK: Record<TDesignationLevel, number> = { national: 4, provincial: 3, city: 2, county: 1 };

/**
 * Demonstration villages as of a date: per kind, the villages holding an approved designation of it
 * given on or before the date, each counted once at its highest level.
 */
export function designatedVillagesAsOf(
  designations: readonly TDesignationFact[],
  asOf: string,
): Map<TDesignationKind, Map<string, TDesignationLevel>> {
  const out = new Map<TDesignationKind, Map<string, TDesignationLevel>>();
  for (const d of designations) {
    if (d.state !== 'approved' || d.designatedOn > asOf) continue;
    const villages = out.get(d.kind) ?? new Map<string, TDesignationLevel>();
    const had = villages.get(d.villageCode);
    if (!had || LEVEL_RANK[had] < LEVEL_RANK[d.level]) villages.set(d.villageCode, d.level);
    out.set(d.kind, villages);
  }
  return out;
}

/** Sums a village-keyed figure by township (the first 9 digits of the code). */
export function byTownship(villages: Iterable<[string, number]>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [code, n] of villages) out[code.slice(0, 9)] = (out[code.slice(0, 9)] ?? 0) + n;
  return out;
}
