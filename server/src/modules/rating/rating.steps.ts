import {
  noticePeriod,
  type TRatingCycle,
  type TRatingCycleStage,
  type TRatingCycleStep,
  type TRatingNoticeRequest,
  type TSurveyWindowRequest,
  workingCalendarOf,
} from '@zhucun/core';
import { eq } from 'drizzle-orm';
import { STATEMENT_TIMEOUT_MS, type TDb, withStatementTimeout } from '../../db/client.ts';
import { ratingCycles } from '../../db/schema.ts';
import { AppError, invalidField } from '../../errors.ts';
import type { TLang } from '../../i18n/messages.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { confirmStars } from './rating.confirm.ts';
import {
  assertCountyWide,
  cycleOf,
  stepRefusal,
  type TRatingActor,
  type TRatingDeps,
  todayOf,
} from './rating.context.ts';
import { findResultAccounts, type TCycleRow } from './rating.repository.ts';

type TView = (id: number, actor: TRatingActor, lang: TLang) => Promise<TRatingCycle>;
type TCycleValues = Partial<typeof ratingCycles.$inferInsert>;

/** The survey window: from 1 January of the cycle's year, ending on or after its start, within a year. */
function checkWindow(year: number, w: TSurveyWindowRequest): void {
  const from = `${year}-01-01`;
  const to = `${year + 1}-12-31`;
  if (w.surveyFrom < from || w.surveyFrom > to)
    throw invalidField('surveyFrom', 'rating_survey_window_year', { from, to });
  if (w.surveyUntil < w.surveyFrom)
    throw invalidField('surveyUntil', 'rating_survey_window_order', { from: w.surveyFrom });
  if (w.surveyUntil > to) throw invalidField('surveyUntil', 'rating_survey_window_year', { from, to });
}

/**
 * The procedure's steps (core `RATING_CYCLE_STEPS`): each locks the cycle, is refused as `stepRefusal`
 * says (409 naming the stage or the date in the way), moves the stage and is audited in one transaction.
 * The computations run in that transaction with the exports' statement timeout.
 */
export function createRatingSteps(deps: TRatingDeps, view: TView) {
  const { db } = deps;

  async function take(
    id: number,
    step: TRatingCycleStep,
    actor: TRatingActor,
    ctx: TActorContext,
    work: (
      tx: TDb,
      cycle: TCycleRow,
    ) => Promise<{ values?: TCycleValues; details?: Record<string, unknown> }>,
  ): Promise<TCycleRow> {
    assertCountyWide(actor.manageScope);
    return withStatementTimeout(db, STATEMENT_TIMEOUT_MS.export, async (tx) => {
      const cycle = await cycleOf(tx, id, actor, true);
      const refusal = await stepRefusal(tx, cycle, step, todayOf(deps));
      if (refusal) throw refusal;
      const done = await work(tx, cycle);
      const to: TRatingCycleStage = (
        {
          compute: 'computed',
          open_evaluation: 'evaluating',
          open_survey: 'surveying',
          total: 'review',
          publish_notice: 'notice',
          close_notice: 'appeals',
          confirm: 'confirmed',
        } as const
      )[step];
      const [moved] = await tx
        .update(ratingCycles)
        .set({ ...done.values, stage: to, updatedAt: deps.now() })
        .where(eq(ratingCycles.id, id))
        .returning();
      await recordAudit(tx, ctx, {
        action: `rating.${step}`,
        objectType: 'rating_cycle',
        objectId: id,
        details: { year: cycle.year, from: cycle.stage, to, ...done.details },
      });
      return moved as TCycleRow;
    });
  }

  return {
    /** 计算量化考核: reads the year's records into each cadre's snapshot (again, until the evaluation opens). */
    async compute(id: number, actor: TRatingActor, ctx: TActorContext, lang: TLang) {
      await take(id, 'compute', actor, ctx, async (tx, cycle) => {
        const { cadres } = await deps.compute.computeQuantitative(tx, cycle, {
          today: todayOf(deps),
          readers: deps.db,
        });
        return { values: { computedAt: deps.now() }, details: { cadres } };
      });
      return view(id, actor, lang);
    },

    async openEvaluation(id: number, actor: TRatingActor, ctx: TActorContext, lang: TLang) {
      await take(id, 'open_evaluation', actor, ctx, async () => ({}));
      return view(id, actor, lang);
    },

    /** 开始群众评议 with its window (villagers answer on the village's QR page inside it). */
    async openSurvey(
      id: number,
      body: TSurveyWindowRequest,
      actor: TRatingActor,
      ctx: TActorContext,
      lang: TLang,
    ) {
      await take(id, 'open_survey', actor, ctx, async (_tx, cycle) => {
        checkWindow(cycle.year, body);
        return { values: { ...body }, details: { ...body } };
      });
      return view(id, actor, lang);
    },

    /** Changes the survey's window while it runs (shortened to end it, or lengthened); audited. */
    async surveyWindow(
      id: number,
      body: TSurveyWindowRequest,
      actor: TRatingActor,
      ctx: TActorContext,
      lang: TLang,
    ) {
      assertCountyWide(actor.manageScope);
      await db.transaction(async (tx) => {
        const cycle = await cycleOf(tx, id, actor, true);
        if (cycle.stage !== 'surveying')
          throw new AppError('conflict', 'rating_wrong_stage', {
            year: cycle.year,
            ratingStage: cycle.stage,
            ratingStep: 'open_survey',
          });
        checkWindow(cycle.year, body);
        await tx
          .update(ratingCycles)
          .set({ ...body, updatedAt: deps.now() })
          .where(eq(ratingCycles.id, id));
        await recordAudit(tx, ctx, {
          action: 'rating.survey_window',
          objectType: 'rating_cycle',
          objectId: id,
          details: {
            year: cycle.year,
            before: { surveyFrom: cycle.surveyFrom, surveyUntil: cycle.surveyUntil },
            after: body,
          },
        });
      });
      return view(id, actor, lang);
    },

    /** 汇总评定等次: parts, totals, caps and quota; the settings freeze here. */
    async total(id: number, actor: TRatingActor, ctx: TActorContext, lang: TLang) {
      await take(id, 'total', actor, ctx, async (tx, cycle) => {
        const { cadres } = await deps.compute.computeTotals(tx, cycle, { readers: deps.db });
        return { values: { totalledAt: deps.now() }, details: { cadres } };
      });
      return view(id, actor, lang);
    },

    /**
     * 发布公示 on `publishedOn` (today unless put up earlier, from 1 January of the cycle's year): it runs
     * 5 working days by the county's calendar; every reviewed result's cadre is told.
     */
    async publishNotice(
      id: number,
      body: TRatingNoticeRequest,
      actor: TRatingActor,
      ctx: TActorContext,
      lang: TLang,
    ) {
      const today = todayOf(deps);
      const publishedOn = body.publishedOn ?? today;
      const first = await cycleOf(db, id, actor);
      const from = `${first.year}-01-01`;
      if (publishedOn < from || publishedOn > today)
        throw invalidField('publishedOn', 'notice_published_on', { from, to: today });
      const period = noticePeriod(publishedOn, workingCalendarOf(await deps.rules.ofDate(publishedOn)));
      const cycle = await take(id, 'publish_notice', actor, ctx, async () => ({
        values: { noticeFrom: period.from, noticeUntil: period.to },
        details: { publishedOn, noticeFrom: period.from, noticeUntil: period.to, workingDays: period.days },
      }));
      for (const userId of await findResultAccounts(db, id))
        await deps.notify(userId, 'rating_notice_published', {
          cycleId: id,
          year: cycle.year,
          noticeUntil: period.to,
        });
      return view(id, actor, lang);
    },

    async closeNotice(id: number, actor: TRatingActor, ctx: TActorContext, lang: TLang) {
      await take(id, 'close_notice', actor, ctx, async () => ({}));
      return view(id, actor, lang);
    },

    /**
     * 确认结果: once every appeal is decided, each result's stars are set (the grade's base stars and the
     * year's commendations of the person or their village collective), then what follows (admonishments).
     */
    async confirm(id: number, actor: TRatingActor, ctx: TActorContext, lang: TLang) {
      const at = deps.now();
      await take(id, 'confirm', actor, ctx, async (tx, cycle) => {
        const stars = await confirmStars(tx, cycle);
        // confirmed before what follows reads the tenure's confirmed years (this one included)
        const [confirmed] = await tx
          .update(ratingCycles)
          .set({ stage: 'confirmed', confirmedAt: at, updatedAt: at })
          .where(eq(ratingCycles.id, id))
          .returning();
        const follow = deps.afterConfirm
          ? await deps.afterConfirm(tx, confirmed as TCycleRow, ctx, at)
          : null;
        return { values: { confirmedAt: at }, details: { stars, follow } };
      });
      return view(id, actor, lang);
    },
  };
}
