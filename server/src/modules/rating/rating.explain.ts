import {
  effectiveWeights,
  quantitativeScore,
  RATING_PARTS,
  type TGrade,
  type TQuantitativeInputs,
  type TRatingCycleSettings,
  type TRatingIndicatorView,
  type TRatingRecordRef,
} from '@zhucun/core';

/**
 * A result's explanation (docs/rules.md §4.6, DESIGN §0.3): each part with its weight, each indicator with
 * its weight, score, figures and the records behind it, read from the snapshot the computation stored
 * (core/src/rating-snapshot.ts). Read defensively: a field the snapshot lacks shows as nothing.
 */

type TIds = { ids?: number[]; more?: number };
type TShareIds = { done?: TIds; notDone?: TIds };
type TSnapshot = {
  asOf?: string;
  recordsFrom?: string;
  quantitative?: TQuantitativeInputs;
  sources?: {
    presence?: { missedWeeks?: string[]; more?: number };
    requests?: TShareIds;
    satisfaction?: TIds;
    tasks?: TShareIds;
    projects?: { id: number; score: number }[];
    rectification?: TShareIds;
    nightVisits?: TIds;
    deductions?: TIds;
  };
  totals?: {
    spotChecks?: { absences?: number; checks?: TIds };
    vetoes?: { items?: string[]; records?: TIds };
  } | null;
};

type TKind = TRatingRecordRef['kind'];
const ref = (kind: TKind, id: number | null, extra: Partial<TRatingRecordRef> = {}): TRatingRecordRef => ({
  kind,
  id,
  date: null,
  done: null,
  score: null,
  ...extra,
});
const refs = (kind: TKind, ids: TIds | undefined, done: boolean | null = null) =>
  (ids?.ids ?? []).map((id) => ref(kind, id, { done }));
const shareRefs = (kind: TKind, s: TShareIds | undefined) => [
  ...refs(kind, s?.done, true),
  ...refs(kind, s?.notDone, false),
];
const shareMore = (s: TShareIds | undefined) => (s?.done?.more ?? 0) + (s?.notDone?.more ?? 0);

/** The quantitative part explained, or null when the snapshot holds no inputs. */
export function explainQuantitative(inputs: Record<string, unknown>, settings: TRatingCycleSettings) {
  const snap = inputs as TSnapshot;
  const q = snap.quantitative;
  if (!q) return null;
  const scored = quantitativeScore(q, settings.indicatorWeights);
  const src = snap.sources ?? {};
  const lines: Record<string, Omit<TRatingIndicatorView, 'indicator' | 'weight' | 'score'>> = {
    presence: {
      figures: { ...q.presence },
      records: (src.presence?.missedWeeks ?? []).map((date) => ref('week', null, { date, done: false })),
      more: src.presence?.more ?? 0,
    },
    requests_on_time: {
      figures: { ...q.requestsOnTime },
      records: shareRefs('request', src.requests),
      more: shareMore(src.requests),
    },
    request_satisfaction: {
      figures: { count: q.satisfaction.length },
      records: refs('request', src.satisfaction),
      more: src.satisfaction?.more ?? 0,
    },
    tasks_on_time: {
      figures: { ...q.tasksOnTime },
      records: shareRefs('task', src.tasks),
      more: shareMore(src.tasks),
    },
    projects: {
      figures: { count: q.projectScores.length },
      records: (src.projects ?? []).map((p) => ref('project', p.id, { score: p.score })),
      more: 0,
    },
    rectification: {
      figures: { ...q.rectification },
      records: shareRefs('rectification', src.rectification),
      more: shareMore(src.rectification),
    },
    night_visits: {
      figures: { ...q.nightVisits },
      records: refs('visit', src.nightVisits),
      more: src.nightVisits?.more ?? 0,
    },
  };
  return {
    beforeDeductions: scored?.beforeDeductions ?? null,
    deductions: q.deductions,
    deductionRecords: refs('violation', src.deductions),
    asOf: snap.asOf ?? null,
    recordsFrom: snap.recordsFrom ?? null,
    indicators: (scored?.indicators ?? []).map((i) => ({
      indicator: i.indicator,
      weight: i.weight,
      score: i.score,
      ...(lines[i.indicator] ?? { figures: {}, records: [], more: 0 }),
    })),
  };
}

/** What the caps read: the spot checks' absences and checks, the veto items and their records. */
export function explainCaps(inputs: Record<string, unknown>) {
  const t = (inputs as TSnapshot).totals;
  return {
    absences: t?.spotChecks?.absences ?? 0,
    checks: refs('spot_check', t?.spotChecks?.checks),
    vetoItems: t?.vetoes?.items ?? [],
    vetoRecords: refs('violation', t?.vetoes?.records),
  };
}

/** The three parts with the weight each has by the settings and the weight it counted for. */
export function explainParts(
  scores: { quantitative: number | null; organisation: number | null; villagers: number | null },
  settings: TRatingCycleSettings,
) {
  const used = effectiveWeights(settings.weights, {
    quantitative: scores.quantitative !== null,
    organisation: scores.organisation !== null,
    villagers: scores.villagers !== null,
  });
  return RATING_PARTS.map((part) => ({
    part,
    score: scores[part],
    weight: settings.weights[part],
    usedWeight: used ? Math.round(used[part] * 100) / 100 : null,
  }));
}

export const asGrade = (g: string | null) => (g as TGrade | null) ?? null;
