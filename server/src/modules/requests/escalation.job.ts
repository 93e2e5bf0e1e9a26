import { localDate, requestTransition, type TOwnerLevel, type TRequestState } from '@zhucun/core';
import { STATEMENT_TIMEOUT_MS, type TDb, withStatementTimeout } from '../../db/client.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import type { TRulesService } from '../rules/rules.service.ts';
import { deadlinesFrom, ownerDivisionOf } from './requests.register.ts';
import {
  findLastEscalations,
  findOverdueOpen,
  insertRequestEvent,
  updateRequest,
} from './requests.repository.ts';
import { notifyNewOwners, type TNotify } from './requests.service.ts';

const SYSTEM: TActorContext = { userId: null, username: 'system', roles: [], ip: null, requestId: null };

/**
 * Overdue escalation (docs/rules.md §4.3): every open request overdue today moves one level up
 * (village → township → county) and its deadlines restart from today. Safe to run any number of
 * times: a request escalated today is not escalated again the same day. Returns how many moved.
 */
export function createEscalationJob(deps: { db: TDb; rules: Pick<TRulesService, 'get'>; notify: TNotify }) {
  const { db } = deps;
  return async function escalateOverdue(now: Date): Promise<number> {
    const today = localDate(now);
    // the reads of the whole county run under the job time limit; each move is its own transaction
    const { overdue, last } = await withStatementTimeout(db, STATEMENT_TIMEOUT_MS.job, async (tx) => {
      const overdue = await findOverdueOpen(tx, today);
      return {
        overdue,
        last: await findLastEscalations(
          tx,
          overdue.map((r) => r.id),
        ),
      };
    });
    if (overdue.length === 0) return 0;
    const rules = await deps.rules.get();
    let moved = 0;
    for (const r of overdue) {
      const at = last.get(r.id);
      if (at && localDate(at) === today) continue;
      const state = r.state as TRequestState;
      const t = requestTransition(
        { state, ownerLevel: r.ownerLevel as TOwnerLevel },
        { type: 'escalate' },
        'system',
      );
      if (!t.ok) continue; // already at the county: stays overdue there, highlighted in the queue
      const next = await db.transaction(async (tx) => {
        const row = await updateRequest(tx, r.id, {
          state: t.state,
          ownerLevel: t.ownerLevel,
          ownerDivisionCode: ownerDivisionOf(t.ownerLevel, r.villageCode),
          ownerName: null,
          ...deadlinesFrom(today, r.category, r.urgency, rules),
          updatedAt: now,
        });
        await insertRequestEvent(tx, {
          requestId: r.id,
          at: now,
          actorKind: 'system',
          actorUserId: null,
          action: 'escalate',
          fromState: state,
          toState: t.state,
          ownerLevel: t.ownerLevel,
          note: `逾期未${state === 'registered' ? '受理' : '办结'}（期限 ${state === 'registered' ? r.acceptBy : r.resolveBy}）`,
        });
        await recordAudit(tx, SYSTEM, {
          action: 'request.escalate',
          objectType: 'request',
          objectId: r.id,
          details: { from: r.ownerLevel, to: t.ownerLevel, state },
        });
        return row;
      });
      await notifyNewOwners(db, deps.notify, next);
      moved++;
    }
    return moved;
  };
}
export type TEscalationJob = ReturnType<typeof createEscalationJob>;
