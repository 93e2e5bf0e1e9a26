import {
  escalationDue,
  localDate,
  rectificationTransition,
  type TRectificationLevel,
  type TRectificationState,
} from '@zhucun/core';
import { and, inArray, lt } from 'drizzle-orm';
import { STATEMENT_TIMEOUT_MS, type TDb, withStatementTimeout } from '../../db/client.ts';
import { rectificationItems } from '../../db/schema.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import {
  insertRectificationEvent,
  lockRectification,
  updateRectification,
} from './rectification.repository.ts';
import { noticePayload, notifyAll, staffOver, type TRectificationNotify } from './rectification-notices.ts';

const SYSTEM: TActorContext = { userId: null, username: 'system', roles: [], ip: null, requestId: null };

/**
 * Overdue escalation of rectification problems (docs/rules.md §4.13): a problem still being worked
 * after its deadline moves its supervision one level up (village → township → county), then again
 * every 7 days while it stays overdue (core escalationDue); the state stays. Each move is its own
 * transaction with its timeline entry and audit row, and the new level's administrators are told.
 * Safe to run any number of times. Returns how many moved.
 */
export function createRectificationEscalationJob(deps: { db: TDb; notify: TRectificationNotify }) {
  const { db } = deps;
  return async function escalateOverdueRectifications(now: Date): Promise<number> {
    const today = localDate(now);
    const overdue = await withStatementTimeout(db, STATEMENT_TIMEOUT_MS.job, (tx) =>
      tx
        .select()
        .from(rectificationItems)
        .where(
          and(
            inArray(rectificationItems.state, ['open', 'returned']),
            lt(rectificationItems.deadline, today),
            inArray(rectificationItems.superviseLevel, ['village', 'township']),
          ),
        ),
    );
    let moved = 0;
    for (const candidate of overdue) {
      const row = await db.transaction(async (tx) => {
        const r = await lockRectification(tx, candidate.id);
        if (!r) return undefined;
        const facts = {
          state: r.state as TRectificationState,
          level: r.level as TRectificationLevel,
          superviseLevel: r.superviseLevel as TRectificationLevel,
        };
        const up = escalationDue({ ...facts, deadline: r.deadline, escalatedOn: r.escalatedOn }, today);
        if (!up) return undefined;
        const t = rectificationTransition(facts, 'escalate', 'system');
        if (!t.ok) return undefined;
        const next = await updateRectification(tx, r.id, {
          superviseLevel: t.superviseLevel,
          escalatedOn: today,
          updatedAt: now,
        });
        await insertRectificationEvent(tx, {
          itemId: r.id,
          at: now,
          actorKind: 'system',
          actorUserId: null,
          action: 'escalate',
          fromState: facts.state,
          toState: t.state,
          superviseLevel: t.superviseLevel,
          note: `逾期未整改完成（时限 ${r.deadline}）`,
        });
        await recordAudit(tx, SYSTEM, {
          action: 'rectification.escalate',
          objectType: 'rectification_item',
          objectId: r.id,
          details: { from: facts.superviseLevel, to: t.superviseLevel, deadline: r.deadline },
        });
        return next;
      });
      if (!row) continue;
      const level = row.superviseLevel as Exclude<TRectificationLevel, 'village'>;
      const ids = await staffOver(db, level, row.divisionCode);
      await notifyAll(
        deps.notify,
        ids,
        'rectification_escalated',
        noticePayload(row, { level }),
        (userId) => `rectification-escalated:${row.id}:${level}:${userId}`,
      );
      moved++;
    }
    return moved;
  };
}
export type TRectificationEscalationJob = ReturnType<typeof createRectificationEscalationJob>;
