import type { TCodeLabels } from './code-labels.ts';
import type { TSpotCheckCaps } from './county-rules.ts';
import {
  applyCaps,
  applyExcellentQuota,
  gradeOf,
  type TGrade,
  type TRatingWeights,
  totalScore,
} from './rating.ts';
import { quantitativeScore, type TIndicatorResult, type TQuantitativeInputs } from './rating-quantitative.ts';
import { organisationPart, type TOrgEvaluator, type TRatingCycleSettings } from './rating-settings.ts';
import { type TSurveyAnswer, villagersPart } from './rating-survey.ts';
import { gradeCapFromAbsences, type TSpotCheckGradeCap } from './spot-check.ts';

/**
 * What a rating result is computed from (docs/rules.md §4.6): the year's figures as read from the
 * records, with the ids of the records behind each (so the result page links to them), and, once
 * the totals are computed, the forms, the survey's answers, the spot-check absences and the vetoes.
 * Stored with the result; recomputing from it gives the same figures (`resultFigures`).
 */

/** The caps that may lower a grade before the quota. */
export const RATING_CAPS = ['spot_check_absences', 'veto'] as const;
export type TRatingCap = (typeof RATING_CAPS)[number];
export const RATING_CAP_LABELS: TCodeLabels<TRatingCap> = {
  spot_check_absences: ['抽查不在岗', 'Spot-check absences'],
  veto: ['负面清单一票否决', 'Negative-list veto'],
};

/** How many record ids a snapshot keeps for one figure; the rest are counted in `more`. */
export const SNAPSHOT_ID_LIMIT = 12;

/** Record ids behind a figure: at most SNAPSHOT_ID_LIMIT, in id order; `more` counts the others. */
export type TRecordIds = { ids: number[]; more: number };

/** The records of a share, split into those that count as done and those that do not. */
export type TShareRecords = { done: TRecordIds; notDone: TRecordIds };

/** The records behind each quantitative figure (links of the result page). */
export type TRatingSources = {
  /** The Mondays of the assessed weeks that did not comply (五天四夜). */
  presence: { missedWeeks: string[]; more: number };
  /** Requests (ids) resolved on time, and those due that were not. */
  requests: TShareRecords;
  /** Requests (ids) whose follow-up gave the satisfaction counted. */
  satisfaction: TRecordIds;
  /** Tasks (ids, not assignments) done on time, and those due that were not. */
  tasks: TShareRecords;
  /** The projects led or claimed with the score counted: a passed acceptance's, or the latest quarter's. */
  projects: { id: number; score: number; basis: 'acceptance' | 'assessment'; quarter: number | null }[];
  rectification: TShareRecords;
  /** Night visits (ids) counted, and the months on duty the target is counted for. */
  nightVisits: TRecordIds & { months: number; monthTarget: number };
  /** Violation records (ids) whose deductions were subtracted. */
  deductions: TRecordIds;
};

/** What the totals read, kept beside the quantitative inputs. */
export type TRatingTotalsInputs = {
  /** The organisation evaluation's forms on the cadre (one per evaluator). */
  forms: { id: number; evaluator: TOrgEvaluator; score: number }[];
  /** The villagers' answers on the cadre, counted by answer (one per household). */
  survey: Record<TSurveyAnswer, number>;
  /** Absences found by spot checks that count, the checks (ids), and the thresholds of the year. */
  spotChecks: { absences: number; checks: TRecordIds; thresholds: TSpotCheckCaps };
  /** The veto items upheld this year, and the violation records (ids). */
  vetoes: { items: string[]; records: TRecordIds };
};

export type TRatingSnapshot = {
  version: 1;
  year: number;
  /** The day the records were read up to: what fell due by then counts. */
  asOf: string;
  /** The first day whose records were read, when the cycle's `recordsFrom` set one (else 1 January). */
  recordsFrom?: string;
  quantitative: TQuantitativeInputs;
  sources: TRatingSources;
  totals: TRatingTotalsInputs | null;
};

/**
 * A result's whole snapshot as stored in two parts: what the quantitative step read (its `totals` null),
 * and what the totals step read (null before it runs).
 */
export function storedSnapshot(row: { inputs: unknown; totals_inputs: unknown }): TRatingSnapshot {
  return {
    ...(row.inputs as TRatingSnapshot),
    totals: (row.totals_inputs ?? null) as TRatingSnapshot['totals'],
  };
}

/** Keeps the first SNAPSHOT_ID_LIMIT ids (in order) and counts the rest. */
export function recordIds(ids: readonly number[] | null | undefined, total = ids?.length ?? 0): TRecordIds {
  const kept = [...(ids ?? [])].slice(0, SNAPSHOT_ID_LIMIT);
  return { ids: kept, more: Math.max(0, total - kept.length) };
}

/** One cadre's figures from the snapshot, before the quota (which needs the whole cycle). */
export type TResultFigures = {
  quantitative: number | null;
  beforeDeductions: number | null;
  indicators: TIndicatorResult[];
  organisation: number | null;
  villagers: number | null;
  villagerHouseholds: number;
  villagersInsufficient: boolean;
  total: number | null;
  /** The weights the total used, after a missing part's weight moved (null with no part). */
  weights: TRatingWeights | null;
  /** The grade by thresholds, before caps. */
  scoreGrade: TGrade | null;
  caps: TRatingCap[];
  /** The grade after the caps, before the quota. */
  cappedGrade: TGrade | null;
};

/** The figures a snapshot gives under a cycle's settings; the totals part is empty until the totals are read. */
export function resultFigures(
  snapshot: Pick<TRatingSnapshot, 'quantitative' | 'totals'>,
  settings: TRatingCycleSettings,
): TResultFigures {
  const q = quantitativeScore(snapshot.quantitative, settings.indicatorWeights);
  const t = snapshot.totals;
  const organisation = t ? organisationPart(t.forms) : null;
  const answers = t
    ? (Object.entries(t.survey) as [TSurveyAnswer, number][]).flatMap(([answer, n]) =>
        Array.from({ length: n }, () => answer),
      )
    : [];
  const villagers = villagersPart(
    answers.map((answer, householdId) => ({ householdId, answer })),
    settings.minSurveySample,
  );
  const base = {
    quantitative: q?.score ?? null,
    beforeDeductions: q?.beforeDeductions ?? null,
    indicators: q?.indicators ?? [],
    organisation,
    villagers: villagers.score,
    villagerHouseholds: villagers.households,
    villagersInsufficient: villagers.insufficient,
  };
  const total = t
    ? totalScore(
        { quantitative: base.quantitative, organisation, villagers: villagers.score },
        settings.weights,
      )
    : null;
  if (!t || !total)
    return { ...base, total: null, weights: null, scoreGrade: null, caps: [], cappedGrade: null };
  const scoreGrade = gradeOf(total.total, settings.thresholds);
  const spotCap: TSpotCheckGradeCap | null = gradeCapFromAbsences(
    t.spotChecks.absences,
    t.spotChecks.thresholds,
  );
  const capped = applyCaps<TRatingCap>(scoreGrade, [
    { cause: 'spot_check_absences', cap: spotCap },
    { cause: 'veto', cap: t.vetoes.items.length ? 'incompetent' : null },
  ]);
  return {
    ...base,
    total: total.total,
    weights: total.weights,
    scoreGrade,
    caps: capped.cappedBy,
    cappedGrade: capped.grade,
  };
}

/** The grade each cadre of a cycle gets: caps first, then the quota of excellent over all those assessed. */
export function cycleGrades(
  figures: readonly { id: number; figures: TResultFigures }[],
  excellentShare: number,
): Map<number, { computedGrade: TGrade | null; quotaAdjusted: boolean }> {
  const graded = figures.filter((f) => f.figures.cappedGrade !== null);
  const adjusted = applyExcellentQuota(
    graded.map(({ id, figures: f }) => ({
      id,
      total: f.total ?? 0,
      quantitative: f.quantitative,
      villagers: f.villagers,
      grade: f.cappedGrade as TGrade,
    })),
    excellentShare,
  );
  return new Map(
    figures.map(({ id, figures: f }) => {
      const quotaAdjusted = adjusted.has(id);
      const computedGrade = quotaAdjusted ? ('competent' as const) : f.cappedGrade;
      return [id, { computedGrade, quotaAdjusted }];
    }),
  );
}
