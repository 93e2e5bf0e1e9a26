import {
  localDate,
  PROJECT_ACTION_MIN_LEVEL,
  projectActorLevel,
  projectTransition,
  type TProjectAction,
  type TProjectState,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { projectAcceptances } from '../../db/schema.ts';
import { AppError, invalidField } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { freezeBaseline } from '../project-plans/plan.repository.ts';
import { findVillagesOf, insertProjectEvent, lockProject, updateProject } from './projects.repository.ts';
import type { TProjectActor } from './projects.service.ts';

/**
 * One step of a project's state machine (core `projectTransition`) at the level the actor holds over
 * the project's villages, in one transaction with its history row and audit row. Refusals change
 * nothing: 409 in a state that does not allow it, 403 below the level, 400 without a needed reason.
 * Approval freezes the baseline; the county's acceptance records its result.
 */
export async function actOnProject(
  db: TDb,
  at: Date,
  id: number,
  action: TProjectAction,
  reason: string | undefined,
  actor: TProjectActor,
  ctx: TActorContext,
): Promise<void> {
  const villages = (await findVillagesOf(db, [id])).map((v) => v.code);
  const level = projectActorLevel(actor.grants, villages);
  const note = reason?.trim() || null;
  await db.transaction(async (tx) => {
    const from = (await lockProject(tx, id))?.state as TProjectState;
    const t = level
      ? projectTransition(from, action, level, note)
      : ({ ok: false, reason: 'level_too_low' } as const);
    if (!t.ok) {
      const params = { projectState: from, projectAction: action };
      if (t.reason === 'reason_required')
        throw invalidField('reason', 'project_reason_required', { projectAction: action });
      if (t.reason === 'level_too_low')
        throw new AppError('forbidden', 'project_level_too_low', {
          ...params,
          projectLevel: action === 'stop' ? 'township' : PROJECT_ACTION_MIN_LEVEL[action],
        });
      throw new AppError('conflict', 'project_not_allowed_in_state', params);
    }
    const today = localDate(at);
    await updateProject(tx, id, {
      state: t.state,
      updatedAt: at,
      ...(action === 'stop' ? { stopReason: note } : {}),
      ...(action === 'pass_acceptance' ? { actualEndDate: today } : {}),
    });
    if (action === 'approve') await freezeBaseline(tx, id, at);
    if (action === 'pass_acceptance' || action === 'fail_acceptance')
      await tx.insert(projectAcceptances).values({
        projectId: id,
        result: action === 'pass_acceptance' ? 'passed' : 'failed',
        acceptedOn: today,
        note: note ?? '',
        acceptedBy: actor.userId,
        createdAt: at,
      });
    await insertProjectEvent(tx, {
      projectId: id,
      at,
      actorUserId: actor.userId,
      action,
      fromState: from,
      toState: t.state,
      note,
    });
    await recordAudit(tx, ctx, {
      action: `project.${action}`,
      objectType: 'project',
      objectId: id,
      details: { from, to: t.state, ...(note ? { reason: note } : {}) },
    });
  });
}
