import { quotaCheck, type ZNominateRequest, type ZPanelMemberRequest } from '@zhucun/core';
import { eq } from 'drizzle-orm';
import type { z } from 'zod';
import { projectNominations, projectPanelMembers } from '../../db/schema.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import {
  countActiveNominations,
  findActiveUser,
  findNomination,
  findNominationOfProject,
  findPanel,
  findPanelMember,
  findProjectInScope,
  findQuotas,
  unitExists,
  unknownTownships,
} from './selections.repository.ts';
import type { TSelectionActor, TSelectionsContext } from './selections.service.ts';

/** Projects a township may nominate: filed by the county, being implemented, waiting for or past acceptance. */
const NOMINABLE_STATES = ['filed', 'in_progress', 'acceptance', 'done'];
/** Stages in which the county may change the panel: until the notice. */
const PANEL_STAGES = ['nominating', 'scoring'];

/** The township's nominations within quota, and the county's panel. */
export function createNominations(c: TSelectionsContext) {
  const { db } = c;

  return {
    /**
     * The township nominates one of its own projects (404 outside its scope) while nominating, within
     * its quota (core `quotaCheck`, 409 naming quota and count). A withdrawn nomination comes back.
     */
    async nominate(
      selectionId: number,
      body: z.infer<typeof ZNominateRequest>,
      actor: TSelectionActor,
      ctx: TActorContext,
    ) {
      await c.selection(selectionId);
      const project = await findProjectInScope(db, actor.nominateScope, body.projectId);
      if (!project) throw notFound();
      if (!NOMINABLE_STATES.includes(project.state))
        throw new AppError('conflict', 'nomination_project_state', { projectState: project.state });
      await db.transaction(async (tx) => {
        const s = await c.selection(selectionId, tx);
        if (s.state !== 'nominating')
          throw new AppError('conflict', 'selection_wrong_stage', {
            selectionStage: s.state,
            selectionAction: 'nominate',
          });
        const before = await findNominationOfProject(tx, selectionId, project.id);
        if (before && !before.withdrawnAt) throw new AppError('conflict', 'nomination_exists');
        const active = await countActiveNominations(tx, selectionId);
        const quotas = Object.fromEntries(
          (await findQuotas(tx, selectionId)).map((q) => [q.townshipCode, q.quota]),
        );
        const own = quotaCheck(
          [...active, { projectId: project.id, townshipCode: project.townshipCode }],
          quotas,
        ).find((q) => q.townshipCode === project.townshipCode);
        if (own && own.over > 0)
          throw new AppError('conflict', 'nomination_over_quota', {
            quota: own.quota,
            nominated: own.nominated - 1,
          });
        const values = {
          townshipCode: project.townshipCode,
          reason: body.reason,
          nominatedBy: actor.userId,
          nominatedAt: c.now(),
          withdrawnAt: null,
        };
        let id = before?.id ?? 0;
        if (before)
          await tx.update(projectNominations).set(values).where(eq(projectNominations.id, before.id));
        else {
          const [row] = await tx
            .insert(projectNominations)
            .values({ ...values, selectionId, projectId: project.id })
            .returning({ id: projectNominations.id });
          id = row!.id;
        }
        await recordAudit(tx, ctx, {
          action: 'selection.nominate',
          objectType: 'project_nomination',
          objectId: id,
          details: { selectionId, projectId: project.id, title: project.title },
        });
      });
      return c.view(selectionId, actor);
    },

    /** The township withdraws its nomination while nominating (kept, marked withdrawn). */
    async withdraw(nominationId: number, actor: TSelectionActor, ctx: TActorContext) {
      const n = await findNomination(db, nominationId);
      if (!n || !(await findProjectInScope(db, actor.nominateScope, n.projectId))) throw notFound();
      await db.transaction(async (tx) => {
        const s = await c.selection(n.selectionId, tx);
        if (s.state !== 'nominating')
          throw new AppError('conflict', 'selection_wrong_stage', {
            selectionStage: s.state,
            selectionAction: 'withdraw_nomination',
          });
        if (n.withdrawnAt) throw new AppError('conflict', 'nomination_withdrawn');
        await tx
          .update(projectNominations)
          .set({ withdrawnAt: c.now() })
          .where(eq(projectNominations.id, n.id));
        await recordAudit(tx, ctx, {
          action: 'selection.withdraw_nomination',
          objectType: 'project_nomination',
          objectId: n.id,
          details: { selectionId: n.selectionId, projectId: n.projectId },
        });
      });
      return c.view(n.selectionId, actor);
    },

    /**
     * Seats an account on the panel, with the township and unit it answers to (the conflict rule),
     * until the notice; audited.
     */
    async addPanelMember(
      selectionId: number,
      body: z.infer<typeof ZPanelMemberRequest>,
      actor: TSelectionActor,
      ctx: TActorContext,
    ) {
      const user = await findActiveUser(db, body.userId);
      if (!user) throw invalidField('userId', 'panel_user_unknown');
      if (body.townshipCode && (await unknownTownships(db, [body.townshipCode])).length)
        throw invalidField('townshipCode', 'selection_township_unknown', { code: body.townshipCode });
      if (body.unitId && !(await unitExists(db, body.unitId))) throw invalidField('unitId', 'invalid');
      await db.transaction(async (tx) => {
        const s = await c.selection(selectionId, tx);
        if (!PANEL_STAGES.includes(s.state)) throw new AppError('conflict', 'panel_closed');
        if ((await findPanel(tx, selectionId)).some((m) => m.userId === user.id))
          throw new AppError('conflict', 'panel_exists');
        const [row] = await tx
          .insert(projectPanelMembers)
          .values({
            selectionId,
            userId: user.id,
            name: user.displayName,
            townshipCode: body.townshipCode,
            unitId: body.unitId,
          })
          .returning({ id: projectPanelMembers.id });
        await recordAudit(tx, ctx, {
          action: 'selection.panel_add',
          objectType: 'project_selection',
          objectId: selectionId,
          details: {
            panelMemberId: row!.id,
            userId: user.id,
            townshipCode: body.townshipCode,
            unitId: body.unitId,
          },
        });
      });
      return c.view(selectionId, actor);
    },

    /** Takes a member off the panel before they have scored, until the notice; audited. */
    async removePanelMember(memberId: number, actor: TSelectionActor, ctx: TActorContext) {
      const m = await findPanelMember(db, memberId);
      if (!m) throw notFound();
      await db.transaction(async (tx) => {
        const s = await c.selection(m.selectionId, tx);
        if (!PANEL_STAGES.includes(s.state)) throw new AppError('conflict', 'panel_closed');
        const seat = (await findPanel(tx, m.selectionId)).find((p) => p.id === m.id);
        if ((seat?.scored ?? 0) > 0) throw new AppError('conflict', 'panel_has_scores');
        await tx.delete(projectPanelMembers).where(eq(projectPanelMembers.id, m.id));
        await recordAudit(tx, ctx, {
          action: 'selection.panel_remove',
          objectType: 'project_selection',
          objectId: m.selectionId,
          details: { panelMemberId: m.id, userId: m.userId },
        });
      });
      return c.view(m.selectionId, actor);
    },
  };
}
