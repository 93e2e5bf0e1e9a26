import {
  isNoticeOpen,
  noticePeriod,
  type TSelectionAction,
  workingCalendarOf,
  type ZConfirmSelectionRequest,
  type ZHandleObjectionRequest,
  type ZObjectionRequest,
  type ZPublishNoticeRequest,
} from '@zhucun/core';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import type { TDb } from '../../db/client.ts';
import { projectAwards, projectObjections, projectSelections } from '../../db/schema.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findNominations, findObjection, type TSelectionRow } from './selections.repository.ts';
import { refusalError, type TSelectionActor, type TSelectionsContext } from './selections.service.ts';
import { selectionView } from './selections.view.ts';

/** The county's decisions: open the scoring, publish the notice (公示), objections, confirm the awards. */
export function createSelectionDecisions(c: TSelectionsContext) {
  const { db } = c;

  /** Locks the selection and refuses `action` as core `selectionRefusal` says (409/403 naming why). */
  async function allowed(tx: TDb, id: number, action: TSelectionAction, actor: TSelectionActor) {
    const s = await c.selection(id, tx);
    const refusal = await refusalError(tx, s, action, { roles: actor.roles, onPanel: false }, c.today());
    if (refusal) throw refusal;
    return s;
  }
  async function move(tx: TDb, s: TSelectionRow, values: Partial<typeof projectSelections.$inferInsert>) {
    await tx.update(projectSelections).set(values).where(eq(projectSelections.id, s.id));
  }

  return {
    /** Closes nominations and opens the panel's scoring: something nominated, nobody over quota. */
    async openScoring(id: number, actor: TSelectionActor, ctx: TActorContext) {
      await db.transaction(async (tx) => {
        const s = await allowed(tx, id, 'open_scoring', actor);
        await move(tx, s, { state: 'scoring' });
        await recordAudit(tx, ctx, {
          action: 'selection.open_scoring',
          objectType: 'project_selection',
          objectId: id,
        });
      });
      return c.view(id, actor);
    },

    /**
     * Publishes the result as a public notice (公示) on `publishedOn` (today unless the notice went up
     * earlier this year): it runs 5 working days by the county's calendar of that year (core
     * `noticePeriod`). Every nomination must have 3 scores or more; the ranking is audited.
     */
    async publishNotice(
      id: number,
      body: z.infer<typeof ZPublishNoticeRequest>,
      actor: TSelectionActor,
      ctx: TActorContext,
    ) {
      const s0 = await c.selection(id);
      const today = c.today();
      const publishedOn = body.publishedOn ?? today;
      const from = `${s0.year}-01-01`;
      if (publishedOn < from || publishedOn > today)
        throw invalidField('publishedOn', 'notice_published_on', { from, to: today });
      const rules = await c.rules.ofDate(publishedOn);
      const period = noticePeriod(publishedOn, workingCalendarOf(rules));
      await db.transaction(async (tx) => {
        const s = await allowed(tx, id, 'publish_notice', actor);
        await move(tx, s, { state: 'notice', noticeStart: publishedOn, noticeEnd: period.to });
        const published = await selectionView(
          tx,
          { ...s, state: 'notice' },
          { ...callerOfCounty(actor) },
          c.now(),
        );
        await recordAudit(tx, ctx, {
          action: 'selection.publish_notice',
          objectType: 'project_selection',
          objectId: id,
          details: {
            publishedOn,
            noticeEnd: period.to,
            workingDays: period.days,
            ranking: published.nominations
              .filter((n) => !n.withdrawn)
              .map((n) => ({ projectId: n.projectId, score: n.combined?.score ?? null, rank: n.rank })),
          },
        });
      });
      return c.view(id, actor);
    },

    /** Sends a notice back to scoring (an objection upheld): the notice's dates are cleared. */
    async reopenScoring(id: number, actor: TSelectionActor, ctx: TActorContext) {
      await db.transaction(async (tx) => {
        const s = await allowed(tx, id, 'reopen_scoring', actor);
        await move(tx, s, { state: 'scoring', noticeStart: null, noticeEnd: null });
        await recordAudit(tx, ctx, {
          action: 'selection.reopen_scoring',
          objectType: 'project_selection',
          objectId: id,
          details: { noticeStart: s.noticeStart, noticeEnd: s.noticeEnd },
        });
      });
      return c.view(id, actor);
    },

    /** Records an objection received during the notice (who raised it, what it says), pending; audited. */
    async recordObjection(
      id: number,
      body: z.infer<typeof ZObjectionRequest>,
      actor: TSelectionActor,
      ctx: TActorContext,
    ) {
      await db.transaction(async (tx) => {
        const s = await allowed(tx, id, 'record_objection', actor);
        const nomination = (await findNominations(tx, id, { all: true })).find(
          (n) => n.id === body.nominationId && !n.withdrawnAt,
        );
        if (!nomination) throw invalidField('nominationId', 'confirm_unknown');
        const [from, to] = [s.noticeStart ?? '', s.noticeEnd ?? ''];
        if (!isNoticeOpen(from, to, body.receivedOn) || body.receivedOn > c.today())
          throw invalidField('receivedOn', 'objection_outside_notice', { from, to });
        const [row] = await tx
          .insert(projectObjections)
          .values({
            nominationId: nomination.id,
            receivedOn: body.receivedOn,
            raisedBy: body.raisedBy,
            text: body.content,
            recordedBy: actor.userId,
            createdAt: c.now(),
          })
          .returning({ id: projectObjections.id });
        await recordAudit(tx, ctx, {
          action: 'selection.record_objection',
          objectType: 'project_objection',
          objectId: row!.id,
          details: { selectionId: id, nominationId: nomination.id, receivedOn: body.receivedOn },
        });
      });
      return c.view(id, actor);
    },

    /** Answers an objection (upheld or dismissed, and how it was handled) while the notice stands. */
    async handleObjection(
      objectionId: number,
      body: z.infer<typeof ZHandleObjectionRequest>,
      actor: TSelectionActor,
      ctx: TActorContext,
    ) {
      const found = await findObjection(db, objectionId);
      if (!found) throw notFound();
      await db.transaction(async (tx) => {
        const s = await c.selection(found.selectionId, tx);
        if (s.state !== 'notice')
          throw new AppError('conflict', 'selection_wrong_stage', {
            selectionStage: s.state,
            selectionAction: 'record_objection',
          });
        const now = await findObjection(tx, objectionId);
        if (now?.o.outcome !== 'pending')
          throw new AppError('conflict', 'objection_handled', { objectionOutcome: now?.o.outcome ?? '' });
        await tx
          .update(projectObjections)
          .set({
            outcome: body.outcome,
            handling: body.handling,
            handledBy: actor.userId,
            handledAt: c.now(),
          })
          .where(eq(projectObjections.id, objectionId));
        await recordAudit(tx, ctx, {
          action: 'selection.handle_objection',
          objectType: 'project_objection',
          objectId: objectionId,
          details: { selectionId: s.id, outcome: body.outcome },
        });
      });
      return c.view(found.selectionId, actor);
    },

    /**
     * Confirms the awards once the notice has ended with every objection answered: the chosen
     * nominations (at most the award count; none withdrawn or with an objection upheld) become
     * awards, each with its combined score and an empty case page.
     */
    async confirm(
      id: number,
      body: z.infer<typeof ZConfirmSelectionRequest>,
      actor: TSelectionActor,
      ctx: TActorContext,
    ) {
      await db.transaction(async (tx) => {
        const s = await allowed(tx, id, 'confirm', actor);
        const view = await selectionView(tx, s, callerOfCounty(actor), c.now());
        if (body.nominationIds.length > s.awardCount)
          throw invalidField('nominationIds', 'confirm_too_many', { awardCount: s.awardCount });
        const chosen = body.nominationIds.map((nid, i) => {
          const n = view.nominations.find((x) => x.id === nid);
          if (!n) throw invalidField(`nominationIds.${i}`, 'confirm_unknown');
          if (n.withdrawn || n.upheldObjections > 0)
            throw invalidField(`nominationIds.${i}`, 'confirm_not_awardable', { title: n.title });
          return n;
        });
        const at = c.now();
        for (const n of new Map(chosen.map((x) => [x.id, x])).values())
          await tx.insert(projectAwards).values({
            selectionId: id,
            nominationId: n.id,
            projectId: n.projectId,
            score: n.combined?.score ?? null,
            confirmedBy: actor.userId,
            confirmedAt: at,
            updatedAt: at,
          });
        await move(tx, s, { state: 'confirmed', confirmedAt: at, confirmedBy: actor.userId });
        await recordAudit(tx, ctx, {
          action: 'selection.confirm',
          objectType: 'project_selection',
          objectId: id,
          details: {
            awards: chosen.map((n) => ({ projectId: n.projectId, score: n.combined?.score ?? null })),
          },
        });
      });
      return c.view(id, actor);
    },
  };
}

/** The county's view of a selection, whatever the caller: used for what it decides on. */
function callerOfCounty(actor: TSelectionActor) {
  return {
    roles: actor.roles,
    userId: actor.userId,
    readScope: { all: true } as const,
    mayManage: true,
    mayNominate: false,
  };
}
