import { z } from 'zod';
import type { TPersonnelStatus } from './cadre.ts';

/**
 * 星级化管理 (docs/rules.md §4.6): the yearly total from three parts, the grade by thresholds, the caps
 * from spot-check absences and vetoes, the quota of "excellent", stars, and who goes on which list.
 * Every function here is pure: the cycle's settings and the records' figures come in as parameters.
 */

/** The three parts of the year's score: 量化考核, 组织评价, 群众评议. */
export const RATING_PARTS = ['quantitative', 'organisation', 'villagers'] as const;
export const ZRatingPart = z.enum(RATING_PARTS);
export type TRatingPart = z.infer<typeof ZRatingPart>;

/** The four grades, best first: 优秀, 合格, 基本合格, 不合格. */
export const GRADES = ['excellent', 'competent', 'basically_competent', 'incompetent'] as const;
export const ZGrade = z.enum(GRADES);
export type TGrade = z.infer<typeof ZGrade>;

/** The levels of a commendation that adds stars: national, provincial or ministerial. */
export const AWARD_LEVELS = ['national', 'provincial'] as const;
export const ZAwardLevel = z.enum(AWARD_LEVELS);
export type TAwardLevel = z.infer<typeof ZAwardLevel>;

/** The priority lists a good rating leads to, by personnel status (结果运用). */
export const PRIORITY_LISTS = [
  'post_selection', // 公务员: 职务选任
  'rank_promotion', // 公务员: 职级晋升
  'staff_grade_promotion', // 事业单位管理岗: 职员等级晋升
  'title_evaluation', // 专业技术人员: 职称评聘
  'civil_service_transfer', // 事业人员: 转任公务员
] as const;
export type TPriorityList = (typeof PRIORITY_LISTS)[number];

/** Why a cadre with enough stars is still left off the priority lists. */
export const PRIORITY_EXCLUSIONS = ['admonishment_in_effect', 'low_grade_last_year'] as const;
export type TPriorityExclusion = (typeof PRIORITY_EXCLUSIONS)[number];

export type TRatingWeights = Record<TRatingPart, number>;
export type TGradeThresholds = { excellent: number; competent: number; basicallyCompetent: number };

/** A cycle's settings; the defaults are those of DESIGN §4.6 (蒲县's first-secretary scheme). */
export type TRatingSettings = {
  weights: TRatingWeights;
  thresholds: TGradeThresholds;
  /** The largest share of those assessed that may be excellent (0.2 = 20%). */
  excellentShare: number;
  awardStars: Record<TAwardLevel, number>;
  /** Households below which the villagers' part is insufficient and left out. */
  minSurveySample: number;
  /** Months an admonishment keeps a cadre off the priority lists. */
  admonishmentMonths: number;
};

export const DEFAULT_RATING_SETTINGS: TRatingSettings = {
  weights: { quantitative: 70, organisation: 10, villagers: 20 },
  thresholds: { excellent: 90, competent: 75, basicallyCompetent: 60 },
  excellentShare: 0.2,
  awardStars: { national: 2, provincial: 1 },
  minSurveySample: 10,
  admonishmentMonths: 6,
};

/** Rounds a score to two decimals, the way it is shown and compared (89.995 → 90). */
export function roundScore(value: number): number {
  return Math.round((value + Number.EPSILON) * 100) / 100;
}

/**
 * The weights a cadre's total uses: a missing part's weight moves pro rata onto the parts present
 * (70/10/20 without the villagers' part → 87.5/12.5/0). Null when no part is present.
 */
export function effectiveWeights(
  weights: TRatingWeights,
  present: Readonly<Record<TRatingPart, boolean>>,
): TRatingWeights | null {
  const kept = RATING_PARTS.filter((p) => present[p] && weights[p] > 0);
  const sum = kept.reduce((s, p) => s + weights[p], 0);
  if (sum <= 0) return null;
  const out = { quantitative: 0, organisation: 0, villagers: 0 };
  for (const p of kept) out[p] = (weights[p] * 100) / sum;
  return out;
}

/** Σ weight × part over the parts present (a part is null when missing or insufficient), 0–100, two decimals. */
export function totalScore(
  parts: Readonly<Record<TRatingPart, number | null>>,
  weights: TRatingWeights,
): { total: number; weights: TRatingWeights } | null {
  const used = effectiveWeights(weights, {
    quantitative: parts.quantitative !== null,
    organisation: parts.organisation !== null,
    villagers: parts.villagers !== null,
  });
  if (!used) return null;
  const total = RATING_PARTS.reduce((s, p) => s + (used[p] * (parts[p] ?? 0)) / 100, 0);
  return { total: roundScore(total), weights: used };
}

/** The grade a total reaches: ≥ 90 excellent, ≥ 75 competent, ≥ 60 basically competent, else incompetent. */
export function gradeOf(total: number, thresholds: TGradeThresholds): TGrade {
  if (total >= thresholds.excellent) return 'excellent';
  if (total >= thresholds.competent) return 'competent';
  if (total >= thresholds.basicallyCompetent) return 'basically_competent';
  return 'incompetent';
}

const rank = (g: TGrade) => GRADES.indexOf(g);

/** The lower of two grades. */
export function lowerGrade(a: TGrade, b: TGrade): TGrade {
  return rank(a) >= rank(b) ? a : b;
}

/**
 * A grade after its caps (spot-check absences, a negative-list veto): the highest grade each cap
 * allows; `cappedBy` names the caps that lowered it. Caps apply before the quota.
 */
export function applyCaps<C extends string>(
  grade: TGrade,
  caps: readonly { cause: C; cap: TGrade | null }[],
): { grade: TGrade; cappedBy: C[] } {
  let out = grade;
  for (const c of caps) if (c.cap) out = lowerGrade(out, c.cap);
  const cappedBy = caps.filter((c) => c.cap && rank(c.cap) > rank(grade)).map((c) => c.cause);
  return { grade: out, cappedBy };
}

/** One cadre's result going into the quota: the total, the parts used to break ties, the grade after caps. */
export type TQuotaEntry = {
  id: number;
  total: number;
  quantitative: number | null;
  villagers: number | null;
  grade: TGrade;
};

/** How many of `assessed` may be excellent: the share, rounded down (the quota is a ceiling). */
export function excellentQuota(assessed: number, share: number): number {
  return Math.floor(assessed * share + 1e-9);
}

/**
 * The quota of excellent (default 20% of those assessed): when more are excellent, the lowest-scoring
 * excess becomes competent and is marked quota-adjusted. Order: total, then the quantitative part, then
 * the villagers' part (a missing part counts as 0). Cadres still tied at the boundary are kept or
 * adjusted together, and a tie that does not fit is adjusted whole: the quota is never exceeded.
 * Returns the ids adjusted.
 */
export function applyExcellentQuota(entries: readonly TQuotaEntry[], share: number): Set<number> {
  const quota = excellentQuota(entries.length, share);
  const excellent = entries
    .filter((e) => e.grade === 'excellent')
    .sort((a, b) => compareForQuota(b, a) || a.id - b.id);
  if (excellent.length <= quota) return new Set();
  const boundary = excellent[quota] as TQuotaEntry; // the best of those that do not fit
  let keep = quota;
  // a tie across the boundary does not fit: step back to the start of the tied group
  while (keep > 0 && compareForQuota(excellent[keep - 1] as TQuotaEntry, boundary) === 0) keep--;
  return new Set(excellent.slice(keep).map((e) => e.id));
}

function compareForQuota(a: TQuotaEntry, b: TQuotaEntry): number {
  return (
    a.total - b.total ||
    (a.quantitative ?? 0) - (b.quantitative ?? 0) ||
    (a.villagers ?? 0) - (b.villagers ?? 0)
  );
}

/** The stars a grade gives: excellent 2, competent 1, basically competent and incompetent none. */
export function baseStars(grade: TGrade): number {
  return grade === 'excellent' ? 2 : grade === 'competent' ? 1 : 0;
}

/** Stars from the year's commendations of the person or their village collective: national +2, provincial +1 each. */
export function awardStars(
  awards: readonly { level: TAwardLevel }[],
  values: Record<TAwardLevel, number>,
): number {
  return awards.reduce((s, a) => s + values[a.level], 0);
}

/** The lists a personnel status leads to with two or more stars; "other" leads to none. */
export function priorityListsOf(status: TPersonnelStatus): TPriorityList[] {
  switch (status) {
    case 'civil_servant':
      return ['post_selection', 'rank_promotion'];
    case 'institution_manager':
      return ['staff_grade_promotion'];
    case 'professional_technical':
      return ['title_evaluation'];
    case 'institution_staff':
      return ['civil_service_transfer'];
    default:
      return [];
  }
}

/**
 * Whether a cadre with two or more stars is kept off the priority lists, and why: an admonishment
 * still in effect on the list's date, or a grade of basically competent or lower last year.
 */
export function priorityExclusions(input: {
  date: string;
  admonishedUntil: readonly string[];
  lastYearGrade: TGrade | null;
}): TPriorityExclusion[] {
  const out: TPriorityExclusion[] = [];
  if (input.admonishedUntil.some((until) => until >= input.date)) out.push('admonishment_in_effect');
  if (input.lastYearGrade && rank(input.lastYearGrade) >= rank('basically_competent')) {
    out.push('low_grade_last_year');
  }
  return out;
}

/** 0 stars in the tenure (the sum of the confirmed years so far) brings an admonishment (诫勉). */
export function needsAdmonishment(starsByYear: readonly number[]): boolean {
  return starsByYear.length > 0 && starsByYear.every((s) => s === 0);
}
