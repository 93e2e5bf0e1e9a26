import {
  localDate,
  ratingCycleRefusal,
  type TNotificationKind,
  type TRatingCycleStage,
  type TRatingCycleStep,
  type TScope,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import type { ratingCycles } from '../../db/schema.ts';
import { AppError, notFound } from '../../errors.ts';
import type { TActorContext } from '../audit/audit.service.ts';
import type { TRulesService } from '../rules/rules.service.ts';
import {
  countResults,
  countyOfScope,
  findCycle,
  type TCycleRow,
  type TResultCounts,
} from './rating.repository.ts';

type TCycle = typeof ratingCycles.$inferSelect;

/** The computation of helper modules (rating-compute), passed in so the cycle's steps call them in their transaction. */
export type TRatingCompute = {
  /**
   * `today` bounds what has fallen due: the app's clock, never the machine's; `readers` (the app's pool)
   * lets the reads run on two connections at once (the totals' too).
   */
  computeQuantitative: (
    tx: TDb,
    cycle: TCycle,
    opts: { today: string; readers?: TDb },
  ) => Promise<{ cadres: number }>;
  computeTotals: (tx: TDb, cycle: TCycle, opts: { readers?: TDb }) => Promise<{ cadres: number }>;
};

/** What follows a confirmation (rating-follow: admonishments and their notices), in the same transaction. */
export type TAfterConfirm = (tx: TDb, cycle: TCycle, actor: TActorContext, now: Date) => Promise<unknown>;

export type TRatingDeps = {
  db: TDb;
  now: () => Date;
  rules: TRulesService;
  notify: (userId: number, kind: TNotificationKind, payload: Record<string, unknown>) => Promise<void>;
  compute: TRatingCompute;
  afterConfirm?: TAfterConfirm;
};

/** Who calls: their account and the scopes of the rating permissions they hold (null without). */
export type TRatingActor = {
  userId: number;
  readScope: TScope | null;
  manageScope: TScope | null;
  reviewScope: TScope | null;
};

export const stageOf = (c: TCycleRow) => c.stage as TRatingCycleStage;

/** The county a caller's read (or manage) scope belongs to; the cycles of other counties are not theirs. */
export async function callerCounty(db: TDb, actor: TRatingActor): Promise<string | null> {
  const scope = actor.readScope ?? actor.manageScope ?? actor.reviewScope;
  return scope ? countyOfScope(db, scope) : null;
}

/** A cycle of the caller's county, or 404 (locked for update when a transaction is passed). */
export async function cycleOf(db: TDb, id: number, actor: TRatingActor, lock = false): Promise<TCycleRow> {
  const cycle = await findCycle(db, id, lock);
  if (!cycle || cycle.countyCode !== (await callerCounty(db, actor))) throw notFound();
  return cycle;
}

/** The county's writer must reach the whole county (the county organisation department). */
export function assertCountyWide(scope: TScope | null): void {
  if (scope && (scope.all || scope.codes.some((c) => c.length === 6))) return;
  throw new AppError('forbidden', 'rating_county_only');
}

/**
 * Why `step` is refused now, as the error naming what is in the way: the stage (core
 * `ratingCycleRefusal`), the survey still running, the notice still running, appeals undecided, or,
 * before the notice, results nobody has reviewed yet. Null: the step may be taken.
 */
export async function stepRefusal(
  db: TDb,
  cycle: TCycleRow,
  step: TRatingCycleStep,
  today: string,
  known?: TResultCounts,
): Promise<AppError | null> {
  const counts = known ?? (await countResults(db, cycle.id, { all: true }));
  const refusal = ratingCycleRefusal(
    step,
    { stage: stageOf(cycle), noticeUntil: cycle.noticeUntil, surveyUntil: cycle.surveyUntil },
    { today, undecidedAppeals: counts.undecided },
  );
  const year = cycle.year;
  switch (refusal) {
    case 'wrong_stage':
      return new AppError('conflict', 'rating_wrong_stage', {
        year,
        ratingStage: cycle.stage,
        ratingStep: step,
      });
    case 'survey_running':
      return new AppError('conflict', 'rating_survey_running', { year, until: cycle.surveyUntil ?? '' });
    case 'notice_running':
      return new AppError('conflict', 'rating_notice_running', { year, until: cycle.noticeUntil ?? '' });
    case 'appeals_open':
      return new AppError('conflict', 'rating_appeals_open', { year, count: counts.undecided });
    default:
      break;
  }
  if (step === 'publish_notice' && counts.results > counts.reviewed)
    return new AppError('conflict', 'rating_unreviewed', { year, count: counts.results - counts.reviewed });
  return null;
}

export const todayOf = (deps: { now: () => Date }) => localDate(deps.now());
