import {
  appealRefusal,
  localDate,
  type TGrade,
  type TRatingAppealRequest,
  type TRatingCycleStage,
  type TReviewRemainingRequest,
  type ZAppealDecisionRequest,
  type ZReviewRequest,
} from '@zhucun/core';
import { and, eq, isNull, sql } from 'drizzle-orm';
import type { z } from 'zod';
import { rowsOf, type TDb } from '../../db/client.ts';
import { ratingAppeals, ratingResults } from '../../db/schema.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findUsersWithRoleOver } from '../notifications/recipients.repository.ts';
import { cycleOf, type TRatingActor, type TRatingDeps, todayOf } from './rating.context.ts';
import { findCycle, findPersonOfUser, findResult, type TResultRow } from './rating.repository.ts';
import { resultDetail } from './rating.results.ts';

const dateOf = (at: string | Date) => localDate(new Date(at));

/**
 * Review and appeal (PIPL art. 24: an automated result has a person answerable for it): the named
 * reviewer of the county confirms or amends each result with a reason while the cycle is under review;
 * the cadre appeals once during the notice; the county decides kept or amended with a reason. Each step
 * is audited in its transaction; the cadre hears of the decision.
 */
export function createRatingReview(deps: TRatingDeps) {
  const { db } = deps;
  const today = () => todayOf(deps);

  /** A result the reviewer reaches (404 outside their scope), locked, with its cycle. */
  async function reviewed(tx: TDb, id: number, actor: TRatingActor) {
    const r = actor.reviewScope ? await findResult(tx, id, actor.reviewScope) : undefined;
    if (!r) throw notFound();
    await tx.execute(sql`select id from rating_results where id = ${id} for update`);
    return { r, cycle: await cycleOf(tx, r.cycle_id, actor, true) };
  }
  const view = async (id: number, actor: TRatingActor) => {
    const r = (await findResult(db, id, actor.reviewScope ?? { all: false, codes: [] }))!;
    const cycle = await cycleOf(db, r.cycle_id, actor);
    return resultDetail(db, r, cycle, { mayReview: true, own: false, today: today() });
  };

  return {
    /** Confirms a result as computed, or amends its grade with a reason (audited with both grades). */
    async review(id: number, body: z.output<typeof ZReviewRequest>, actor: TRatingActor, ctx: TActorContext) {
      await db.transaction(async (tx) => {
        const { r, cycle } = await reviewed(tx, id, actor);
        if (cycle.stage !== 'review')
          throw new AppError('conflict', 'rating_not_in_review', {
            year: cycle.year,
            ratingStage: cycle.stage,
          });
        const amend = body.decision === 'amend';
        if (amend && body.grade === r.computed_grade)
          throw invalidField('grade', 'rating_amend_same_grade', { grade: r.computed_grade ?? '' });
        const grade = amend ? (body.grade as TGrade) : r.computed_grade;
        await tx
          .update(ratingResults)
          .set({
            grade,
            reviewedBy: actor.userId,
            reviewedAt: deps.now(),
            reviewReason: body.reason || null,
            updatedAt: deps.now(),
          })
          .where(eq(ratingResults.id, id));
        await recordAudit(tx, ctx, {
          action: amend ? 'rating.review_amend' : 'rating.review_confirm',
          objectType: 'rating_result',
          objectId: id,
          details: {
            cycleId: cycle.id,
            personId: r.person_id,
            from: r.grade,
            computed: r.computed_grade,
            to: grade,
            reason: body.reason,
          },
        });
      });
      return view(id, actor);
    },

    /** Confirms, as computed, every result of the cycle nobody has reviewed yet (the count seen must hold). */
    async reviewRemaining(
      cycleId: number,
      body: TReviewRemainingRequest,
      actor: TRatingActor,
      ctx: TActorContext,
    ): Promise<{ reviewed: number }> {
      if (!actor.reviewScope) throw notFound();
      return db.transaction(async (tx) => {
        const cycle = await cycleOf(tx, cycleId, actor, true);
        if (cycle.stage !== 'review')
          throw new AppError('conflict', 'rating_not_in_review', {
            year: cycle.year,
            ratingStage: cycle.stage,
          });
        const rows = await rowsOf<{ id: number }>(
          tx,
          sql`select id from rating_results where cycle_id = ${cycleId} and reviewed_at is null order by id`,
        );
        if (rows.length === 0) throw new AppError('conflict', 'rating_nothing_to_review');
        if (rows.length !== body.expected)
          throw invalidField('expected', 'rating_review_expected', { count: rows.length });
        await tx
          .update(ratingResults)
          .set({
            grade: sql`${ratingResults.computedGrade}`,
            reviewedBy: actor.userId,
            reviewedAt: deps.now(),
            updatedAt: deps.now(),
          })
          .where(and(eq(ratingResults.cycleId, cycleId), isNull(ratingResults.reviewedAt)));
        await recordAudit(tx, ctx, {
          action: 'rating.review_remaining',
          objectType: 'rating_cycle',
          objectId: cycleId,
          details: { year: cycle.year, count: rows.length, resultIds: rows.map((x) => x.id) },
        });
        return { reviewed: rows.length };
      });
    },

    /** The cadre's one appeal of their own result, during the notice; the county's reviewers are told. */
    async appeal(userId: number, id: number, body: TRatingAppealRequest, ctx: TActorContext) {
      const personId = await findPersonOfUser(db, userId);
      const r = personId ? await findResult(db, id, { all: true }) : undefined;
      if (!r || r.person_id !== personId) throw notFound();
      const appealId = await db.transaction(async (tx) => {
        const cycle = (await findCycle(tx, r.cycle_id, true))!;
        const [before] = await tx.select().from(ratingAppeals).where(eq(ratingAppeals.resultId, id));
        const refusal = appealRefusal(
          { stage: cycle.stage as TRatingCycleStage, noticeUntil: cycle.noticeUntil },
          today(),
          !!before,
        );
        if (refusal === 'appealed')
          throw new AppError('conflict', 'rating_appealed_once', { date: dateOf(before!.submittedAt) });
        if (refusal && cycle.stage === 'notice')
          throw new AppError('conflict', 'rating_appeal_notice_over', {
            year: cycle.year,
            until: cycle.noticeUntil ?? '',
          });
        if (refusal)
          throw new AppError('conflict', 'rating_appeal_not_in_notice', {
            year: cycle.year,
            ratingStage: cycle.stage,
          });
        const [row] = await tx
          .insert(ratingAppeals)
          .values({ resultId: id, text: body.text, submittedAt: deps.now() })
          .onConflictDoNothing()
          .returning({ id: ratingAppeals.id });
        if (!row) throw new AppError('conflict', 'rating_appealed_once', { date: today() });
        await recordAudit(tx, ctx, {
          action: 'rating.appeal',
          objectType: 'rating_appeal',
          objectId: row.id,
          details: { resultId: id, cycleId: cycle.id, personId, grade: r.grade, length: body.text.length },
        });
        return { id: row.id, year: cycle.year };
      });
      for (const u of await findUsersWithRoleOver(db, 'county_admin', r.village_code))
        await deps.notify(u, 'rating_appealed', {
          resultId: id,
          appealId: appealId.id,
          year: appealId.year,
          personName: r.person_name,
          villageName: r.village_name,
          text: body.text,
        });
      const mine = (await findResult(db, id, { all: true })) as TResultRow;
      const cycle = (await findCycle(db, mine.cycle_id))!;
      return resultDetail(db, mine, cycle, { mayReview: false, own: true, today: today() });
    },

    /** The county decides an appeal: kept, or amended to another grade (which becomes the grade in force). */
    async decideAppeal(
      appealId: number,
      body: z.output<typeof ZAppealDecisionRequest>,
      actor: TRatingActor,
      ctx: TActorContext,
    ) {
      const [appeal] = await db.select().from(ratingAppeals).where(eq(ratingAppeals.id, appealId));
      if (!appeal) throw notFound();
      const told = await db.transaction(async (tx) => {
        const { r, cycle } = await reviewed(tx, appeal.resultId, actor);
        if (cycle.stage !== 'notice' && cycle.stage !== 'appeals')
          throw new AppError('conflict', 'rating_appeal_stage', {
            year: cycle.year,
            ratingStage: cycle.stage,
          });
        const [now] = await tx
          .select()
          .from(ratingAppeals)
          .where(eq(ratingAppeals.id, appealId))
          .for('update');
        if (now?.decision)
          throw new AppError('conflict', 'rating_appeal_decided', { appealDecision: now.decision });
        const amended = body.decision === 'amended';
        if (amended && body.newGrade === r.grade)
          throw invalidField('newGrade', 'rating_amend_same_grade', { grade: r.grade ?? '' });
        const grade = amended ? (body.newGrade as TGrade) : r.grade;
        await tx
          .update(ratingAppeals)
          .set({
            decision: body.decision,
            newGrade: amended ? grade : null,
            reason: body.reason,
            decidedBy: actor.userId,
            decidedAt: deps.now(),
          })
          .where(eq(ratingAppeals.id, appealId));
        if (amended)
          await tx
            .update(ratingResults)
            .set({ grade, updatedAt: deps.now() })
            .where(eq(ratingResults.id, r.id));
        await recordAudit(tx, ctx, {
          action: 'rating.decide_appeal',
          objectType: 'rating_appeal',
          objectId: appealId,
          details: {
            resultId: r.id,
            personId: r.person_id,
            decision: body.decision,
            from: r.grade,
            to: grade,
            reason: body.reason,
          },
        });
        return { userId: r.user_id, year: cycle.year, grade, resultId: r.id };
      });
      if (told.userId)
        await deps.notify(told.userId, 'rating_appeal_decided', {
          resultId: told.resultId,
          year: told.year,
          decision: body.decision,
          grade: told.grade,
          reason: body.reason,
        });
      return view(told.resultId, actor);
    },
  };
}
export type TRatingReview = ReturnType<typeof createRatingReview>;
