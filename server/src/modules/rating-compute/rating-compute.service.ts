import {
  cycleGrades,
  DEFAULT_RATING_CYCLE_SETTINGS,
  localDate,
  monthsOnDuty,
  recordIds,
  recordsFromOf,
  resultFigures,
  rulesForComputing,
  SNAPSHOT_ID_LIMIT,
  type TGrade,
  type TQuantitativeInputs,
  type TRatingCycleSettings,
  type TRatingSnapshot,
  type TResultFigures,
  ZRatingCycleSettings,
} from '@zhucun/core';
import { eq, sql } from 'drizzle-orm';
import { STATEMENT_TIMEOUT_MS, type TDb, withStatementTimeout } from '../../db/client.ts';
import { ratingCycles, ratingResults } from '../../db/schema.ts';
import { findStoredRules } from '../rules/rules.repository.ts';
import { findAssessedCadres, resultPeopleCte, type TRatingWindow } from './rating-compute.cadres.ts';
import { findNightVisits, findViolationYears } from './rating-compute.conduct.ts';
import { findPresence } from './rating-compute.presence.ts';
import { findProjectScores } from './rating-compute.projects.ts';
import { findRectificationShares, findRequestShares, findTaskShares } from './rating-compute.shares.ts';
import { sourcesOf } from './rating-compute.sources.ts';
import { findCountedAbsences } from './rating-compute.spot-checks.ts';
import {
  findEvaluations,
  findResultInputs,
  findResultSnapshots,
  writeQuantitative,
  writeTotals,
} from './rating-compute.write.ts';

/**
 * 星级评定's computation (docs/rules.md §4.6): the quantitative part from the year's records, then the
 * totals, caps and quota. Every read is one set-based query over all the cycle's cadres; the rules are
 * core's, applied to the figures in memory; the writes are set-based too. The inputs are kept as a
 * snapshot on each result, and `recomputeResult` gives the same figures from it.
 */

type TCycle = typeof ratingCycles.$inferSelect;

/** The cycle's settings, with the defaults for anything an older cycle did not hold. */
export function cycleSettings(cycle: Pick<TCycle, 'settings'>): TRatingCycleSettings {
  return ZRatingCycleSettings.parse({ ...DEFAULT_RATING_CYCLE_SETTINGS, ...cycle.settings });
}

/**
 * The year of a cycle, from the day its records count (1 January, or the settings' `recordsFrom`), and
 * the day they are read up to: today, at most the day after the year.
 */
function windowOf(cycle: TCycle, settings: TRatingCycleSettings, today: string): TRatingWindow {
  const end = `${cycle.year + 1}-01-01`;
  return {
    prefix: cycle.countyCode,
    year: cycle.year,
    from: recordsFromOf(settings, cycle.year),
    to: `${cycle.year}-12-31`,
    asOf: today < end ? today : end,
  };
}

const JOB_SETTINGS = sql`select set_config('jit', 'off', true), set_config('work_mem', '128MB', true)`;

/**
 * Runs a computation in one transaction (a savepoint within the caller's): without JIT, whose
 * compilation costs more than these one-pass queries gain, and with room for the year's hash tables
 * and sorts. The settings last until the caller's transaction ends.
 */
function asOneJob<T>(tx: TDb, work: (tx: TDb) => Promise<T>): Promise<T> {
  return tx.transaction(async (inner) => {
    await inner.execute(JOB_SETTINGS);
    return work(inner as unknown as TDb);
  });
}

/** Lanes of reads at once: one a core of the 2-core machines Zhucun runs on. */
const LANES = 2;

/** The reads of a step, each a query (or two) over every cadre of the cycle. */
type TReads = Record<string, (db: TDb) => Promise<unknown>>;
type TReadsDone<T extends TReads> = { [K in keyof T]: Awaited<ReturnType<T[K]>> };

/**
 * Runs a step's reads. Given the app's pool (`readers`), on LANES lanes, each a transaction of its own on
 * another connection that takes the next read as soon as its last is done, so that a machine's two cores
 * work together until both end (the reads are listed longest first). The records read are not what the
 * step's transaction writes; each read statement sees the records committed when it starts, as in the
 * step's own (read committed) transaction. Without a pool, one after the other in the step's transaction.
 */
function readerOf(tx: TDb, readers: TDb | undefined) {
  return async <T extends TReads>(reads: T): Promise<TReadsDone<T>> => {
    const queue = Object.entries(reads);
    const done: Record<string, unknown> = {};
    const drain = async (db: TDb) => {
      try {
        for (let next = queue.shift(); next; next = queue.shift()) done[next[0]] = await next[1](db);
      } catch (error) {
        queue.length = 0; // the step has failed: the other lane takes nothing more
        throw error;
      }
    };
    if (!readers) await drain(tx);
    else
      await Promise.all(
        Array.from({ length: LANES }, () =>
          withStatementTimeout(readers, STATEMENT_TIMEOUT_MS.export, async (r) => {
            await r.execute(JOB_SETTINGS);
            await drain(r);
          }),
        ),
      );
    return done as TReadsDone<T>;
  };
}

async function rulesReader(tx: TDb) {
  const stored = await findStoredRules(tx);
  return (year: number) => rulesForComputing(stored, year);
}

/**
 * Reads the year's records of every cadre stationed in the county's villages into their quantitative
 * inputs, with the ids of the records behind each figure, and upserts one result per cadre (snapshot,
 * quantitative part, village, category, personnel status). Recomputable: the same records give the same
 * figures. `today` (default the server's Asia/Shanghai date) bounds what has fallen due.
 */
export function computeQuantitative(
  db: TDb,
  cycle: TCycle,
  opts: { today?: string; readers?: TDb } = {},
): Promise<{ cadres: number }> {
  return asOneJob(db, (tx) =>
    quantitativeOf(tx, cycle, opts.today ?? localDate(new Date()), readerOf(tx, opts.readers)),
  );
}

async function quantitativeOf(
  tx: TDb,
  cycle: TCycle,
  today: string,
  read: ReturnType<typeof readerOf>,
): Promise<{ cadres: number }> {
  const settings = cycleSettings(cycle);
  const w = windowOf(cycle, settings, today);
  const rules = (await rulesReader(tx))(cycle.year);
  const cadres = await findAssessedCadres(tx, w);
  // longest first (measured on bench:rating's province): the lanes then end together
  const { presence, visits, violations, tasks, requests, rectification, projects } = await read({
    requests: (db) => findRequestShares(db, w),
    tasks: (db) => findTaskShares(db, w),
    presence: (db) =>
      findPresence(db, {
        prefix: cycle.countyCode,
        year: cycle.year,
        recordsFrom: settings.recordsFrom ?? null,
        today,
        rules,
        cadres,
        missedLimit: SNAPSHOT_ID_LIMIT,
      }),
    visits: (db) => findNightVisits(db, w),
    projects: (db) => findProjectScores(db, w),
    rectification: (db) => findRectificationShares(db, w),
    violations: (db) => findViolationYears(db, w),
  });
  const onDuty = monthsOnDuty(w);
  const rows = cadres.map((c) => {
    const id = c.personId;
    const p = presence.get(id);
    const r = requests.get(id);
    const t = tasks.get(id);
    const x = rectification.get(id);
    const counted = visits.get(id);
    const v = { months: onDuty(c.ranges), visits: counted?.visits ?? 0, ids: counted?.ids ?? null };
    const d = violations.get(id);
    const quantitative: TQuantitativeInputs = {
      presence: { done: p?.complying ?? 0, due: p?.assessed ?? 0 },
      requestsOnTime: { done: r?.done ?? 0, due: r?.due ?? 0 },
      satisfaction: r?.satisfaction ?? [],
      tasksOnTime: { done: t?.done ?? 0, due: t?.due ?? 0 },
      projectScores: (projects.get(id) ?? []).map((s) => s.score),
      rectification: { done: x?.done ?? 0, due: x?.due ?? 0 },
      nightVisits: { visits: v.visits, target: v.months * rules.monthNightVisits },
      deductions: d?.deduction ?? 0,
    };
    const snapshot: TRatingSnapshot = {
      version: 1,
      year: cycle.year,
      asOf: w.asOf,
      ...(settings.recordsFrom ? { recordsFrom: w.from } : {}),
      quantitative,
      sources: sourcesOf(
        { presence: p, requests: r, tasks: t, rectification: x, visits: v, violations: d },
        {
          projects: projects.get(id) ?? [],
          monthTarget: rules.monthNightVisits,
        },
      ),
      totals: null,
    };
    return {
      person_id: id,
      village_code: c.villageCode,
      category: c.category,
      personnel_status: c.personnelStatus,
      inputs: snapshot,
      quantitative: resultFigures(snapshot, settings).quantitative,
    };
  });
  await writeQuantitative(tx, cycle.id, rows);
  return { cadres: rows.length };
}

/**
 * The totals of a cycle: the organisation part from the forms, the villagers' part from the survey
 * (insufficient below the minimum sample: its weight moves), the total and its grade, the caps from
 * spot-check absences and upheld vetoes, then the quota of excellent over all those assessed. What was
 * read joins each result's snapshot; the grade in force becomes the computed one.
 */
export function computeTotals(
  db: TDb,
  cycle: TCycle,
  opts: { readers?: TDb } = {},
): Promise<{ cadres: number }> {
  return asOneJob(db, (tx) => totalsOf(tx, cycle, readerOf(tx, opts.readers)));
}

async function totalsOf(
  tx: TDb,
  cycle: TCycle,
  read: ReturnType<typeof readerOf>,
): Promise<{ cadres: number }> {
  const settings = cycleSettings(cycle);
  const w = windowOf(cycle, settings, `${cycle.year + 1}-01-01`);
  const rulesOf = await rulesReader(tx);
  const thresholds = rulesOf(cycle.year).spotCheckCaps;
  const people = resultPeopleCte(cycle.id);
  const { results, evaluations, absences, violations } = await read({
    results: (db) => findResultInputs(db, cycle.id),
    evaluations: (db) => findEvaluations(db, cycle.id),
    absences: (db) => findCountedAbsences(db, w, rulesOf, people),
    violations: (db) => findViolationYears(db, w, people),
  });
  const { forms, survey } = evaluations;
  const figures = results.map((r) => {
    const absent = absences.get(r.person_id);
    const v = violations.get(r.person_id);
    // the totals read only the quantitative inputs of the snapshot: the rest is for the result page
    const snapshot: Pick<TRatingSnapshot, 'quantitative' | 'totals'> = {
      quantitative: r.quantitative,
      totals: {
        forms: forms.get(r.person_id) ?? [],
        survey: survey.get(r.person_id) ?? { satisfied: 0, basically_satisfied: 0, dissatisfied: 0 },
        spotChecks: {
          absences: absent?.absences ?? 0,
          checks: recordIds(absent?.ids, absent?.absences),
          thresholds,
        },
        vetoes: { items: v?.vetoes ?? [], records: recordIds(v?.veto_ids, v?.veto_records) },
      },
    };
    return { id: r.id, totals: snapshot.totals!, figures: resultFigures(snapshot, settings) };
  });
  const grades = cycleGrades(figures, settings.excellentShare);
  await writeTotals(
    tx,
    figures.map(({ id, totals, figures: f }) => {
      const grade = grades.get(id)!;
      return {
        id,
        totals,
        organisation: f.organisation,
        villagers: f.villagers,
        villager_households: f.villagerHouseholds,
        total: f.total,
        score_grade: f.scoreGrade,
        caps: f.caps,
        quota_adjusted: grade.quotaAdjusted,
        computed_grade: grade.computedGrade,
      };
    }),
  );
  return { cadres: figures.length };
}

/** A result's figures as recomputed from the snapshots alone, with the grade the cycle's quota gives it. */
export type TRecomputed = TResultFigures & { computedGrade: TGrade | null; quotaAdjusted: boolean };

/**
 * Recomputes a result from the stored snapshots, reading no record: its figures under the cycle's
 * settings, and its grade after the quota over the cycle's snapshots. Null when there is no such result.
 */
export async function recomputeResult(db: TDb, resultId: number): Promise<TRecomputed | null> {
  const [result] = await db
    .select({ cycleId: ratingResults.cycleId })
    .from(ratingResults)
    .where(eq(ratingResults.id, resultId));
  if (!result) return null;
  const [cycle] = await db.select().from(ratingCycles).where(eq(ratingCycles.id, result.cycleId));
  const settings = cycleSettings(cycle!);
  const figures = (await findResultSnapshots(db, result.cycleId)).map((r) => ({
    id: r.id,
    figures: resultFigures(r.inputs, settings),
  }));
  const grades = cycleGrades(figures, settings.excellentShare);
  const own = figures.find((f) => f.id === resultId)!;
  return { ...own.figures, ...grades.get(resultId)! };
}
