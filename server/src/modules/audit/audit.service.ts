import type { TAuditAction, TAuditObjectType, TAuditOutcome, TAuditQuery } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { appendAuditRow, findAuditBatch, findAuditRows } from './audit.repository.ts';
import { auditHash, GENESIS_HASH } from './audit.rules.ts';

/** Who did it and from where: taken from the request once, passed to services. */
export type TActorContext = {
  userId: number | null;
  username: string | null;
  roles: string[];
  ip: string | null;
  requestId: string | null;
};

export type TAuditEvent = {
  /** One of core's AUDIT_ACTIONS: a new action is added there, with its labels. */
  action: TAuditAction;
  /** One of core's AUDIT_OBJECT_TYPES, named on screen like the actions. */
  objectType?: TAuditObjectType;
  objectId?: string | number;
  outcome?: TAuditOutcome;
  details?: Record<string, unknown>;
};

/** Records an event; `exec` is the transaction of the change, so both commit or neither. */
export async function recordAudit(exec: TDb, actor: TActorContext, event: TAuditEvent): Promise<void> {
  await appendAuditRow(exec, {
    at: new Date(),
    actorId: actor.userId,
    actorName: actor.username,
    role: actor.roles.length ? actor.roles.join(',') : null,
    ip: actor.ip,
    action: event.action,
    objectType: event.objectType ?? null,
    objectId: event.objectId === undefined ? null : String(event.objectId),
    outcome: event.outcome ?? 'success',
    requestId: actor.requestId,
    details: event.details ?? null,
  });
}

export function createAuditService(deps: { db: TDb }) {
  return {
    /** Searches the log, newest first. */
    async find(q: TAuditQuery) {
      const { items, total } = await findAuditRows(deps.db, q);
      return {
        total,
        items: items.map((r) => ({
          id: r.id,
          at: r.at.toISOString(),
          actorId: r.actorId,
          actorName: r.actorName,
          role: r.role,
          ip: r.ip,
          action: r.action,
          objectType: r.objectType,
          objectId: r.objectId,
          outcome: r.outcome as TAuditOutcome,
          requestId: r.requestId,
          details: r.details ?? null,
        })),
      };
    },

    /** Walks the whole chain and reports the first row whose link does not match. */
    async verify() {
      let prevHash = GENESIS_HASH;
      let afterId = 0;
      let checked = 0;
      for (;;) {
        const batch = await findAuditBatch(deps.db, afterId, 1000);
        if (batch.length === 0) return { intact: true, checked, firstBrokenId: null };
        for (const row of batch) {
          const expected = auditHash(prevHash, { ...row, details: row.details ?? null });
          if (row.prevHash !== prevHash || row.hash !== expected)
            return { intact: false, checked, firstBrokenId: row.id };
          prevHash = row.hash;
          afterId = row.id;
          checked++;
        }
      }
    },
  };
}
export type TAuditService = ReturnType<typeof createAuditService>;
