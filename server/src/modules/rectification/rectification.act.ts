import {
  localDate,
  RECTIFICATION_ACTION_PATHS,
  rectificationTransition,
  type TRectificationActionBody,
  type TRectificationActionPath,
  type TRectificationLevel,
  type TRectificationState,
  type TRoleAssignment,
  type TScope,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { unknownDutyPhotos } from '../duty/duty-photo.repository.ts';
import {
  findRectificationEvents,
  findRectificationInScope,
  insertRectificationEvent,
  lockRectification,
  type TRectificationRow,
  updateRectification,
} from './rectification.repository.ts';
import { actingLevel } from './rectification.rules.ts';
import { noticePayload, notifyAll, staffOver, type TRectificationNotify } from './rectification-notices.ts';

/** The purpose of a photo of a rectification report (a stored file, JPEG without metadata). */
export const RECTIFICATION_PHOTO = 'rectification_photo';

export type TRectificationActor = {
  userId: number;
  grants: readonly TRoleAssignment[];
};

/**
 * One step of a problem's state machine (core `rectificationTransition`) at the level the actor holds
 * over its division, in one transaction with its timeline entry and audit row. Refusals change
 * nothing: 404 out of scope, 409 in a state that does not allow it, 403 at the wrong level, 400
 * without the statement or reason it needs. Then the next level to act is told.
 */
export async function actOnRectification(
  deps: { db: TDb; now: () => Date; notify: TRectificationNotify },
  scope: TScope,
  id: number,
  path: TRectificationActionPath,
  body: TRectificationActionBody,
  actor: TRectificationActor,
  ctx: TActorContext,
): Promise<TRectificationRow> {
  const { db } = deps;
  const action = RECTIFICATION_ACTION_PATHS[path];
  const found = await findRectificationInScope(db, scope, id);
  if (!found) throw notFound();
  const permission =
    action === 'progress' || action === 'report' ? 'rectification:report' : 'rectification:review';
  const level = actingLevel(actor.grants, found.divisionCode, permission);
  const photoIds = body.photoIds ?? [];
  if (photoIds.length) {
    const unknown = await unknownDutyPhotos(db, actor.userId, photoIds, RECTIFICATION_PHOTO);
    if (unknown.length)
      throw invalidField('photoIds', 'rectification_photo_unknown', { ids: unknown.join('、') });
  }
  const now = deps.now();
  const today = localDate(now);
  const row = await db.transaction(async (tx) => {
    const r = (await lockRectification(tx, id)) as TRectificationRow;
    const facts = {
      state: r.state as TRectificationState,
      level: r.level as TRectificationLevel,
      superviseLevel: r.superviseLevel as TRectificationLevel,
    };
    const t = level
      ? rectificationTransition(facts, action, level, { text: body.statement, reason: body.reason })
      : ({ ok: false, reason: 'wrong_level' } as const);
    const params = {
      rectificationState: facts.state,
      rectificationAction: action,
      rectificationLevel: facts.level,
    };
    if (!t.ok) {
      if (t.reason === 'text_required') throw invalidField('statement', 'rectification_text_required');
      if (t.reason === 'reason_required') throw invalidField('reason', 'rectification_reason_required');
      if (t.reason === 'wrong_level') throw new AppError('forbidden', 'rectification_wrong_level', params);
      throw new AppError('conflict', 'rectification_not_allowed_in_state', params);
    }
    const returning = action === 'township_return' || action === 'county_return';
    const next = await updateRectification(tx, id, {
      state: t.state,
      superviseLevel: t.superviseLevel,
      ...(action === 'report' ? { reportedOn: today } : {}),
      ...(action === 'close' ? { closedOn: today } : {}),
      ...(returning ? { returnCount: r.returnCount + 1 } : {}),
      updatedAt: now,
    });
    const note = (returning ? body.reason : body.statement)?.trim() || null;
    await insertRectificationEvent(
      tx,
      {
        itemId: id,
        at: now,
        actorKind: 'user',
        actorUserId: actor.userId,
        action,
        fromState: facts.state,
        toState: t.state,
        superviseLevel: t.superviseLevel,
        note,
      },
      action === 'progress' || action === 'report' ? photoIds : [],
    );
    await recordAudit(tx, ctx, {
      action: `rectification.${action}`,
      objectType: 'rectification_item',
      objectId: id,
      details: { from: facts.state, to: t.state, ...(note ? { note } : {}), photos: photoIds.length },
    });
    return next;
  });
  await tellNext(deps, row, action);
  return row;
}

/** After a step: who acts next is told (a report awaits the township or the county; a return its reporter). */
async function tellNext(
  deps: { db: TDb; notify: TRectificationNotify },
  r: TRectificationRow,
  action: string,
) {
  const { db, notify } = deps;
  if (r.state === 'reported' || r.state === 'township_approved') {
    const level = r.level === 'village' && r.state === 'reported' ? 'township' : 'county';
    const ids = await staffOver(db, level, r.divisionCode);
    await notifyAll(notify, ids, 'rectification_awaiting_review', noticePayload(r, { level }));
    return;
  }
  if (action === 'township_return' || action === 'county_return') {
    const events = await findRectificationEvents(db, r.id);
    const last = events.filter((e) => e.event.action === 'report').at(-1);
    const reason = events.at(-1)?.event.note ?? '';
    if (last?.event.actorUserId)
      await notifyAll(
        notify,
        [last.event.actorUserId],
        'rectification_returned',
        noticePayload(r, { reason }),
      );
  }
}
