import {
  inScope,
  levelRank,
  localDate,
  REQUEST_ACTION_PATHS,
  ROLE_REQUEST_LEVEL,
  requestTransition,
  type TNotificationKind,
  type TOwnerLevel,
  type TRequestAction,
  type TRequestActionPath,
  type TRequestQueueQuery,
  type TRequestState,
  type TRoleAssignment,
  type TSatisfaction,
  type TScope,
  type ZRequestCreate,
} from '@zhucun/core';
import type { z } from 'zod';
import type { TDb } from '../../db/client.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findVillage } from '../households/households.repository.ts';
import { notifyRequestHandlers } from '../notifications/request-notices.ts';
import type { TRulesService } from '../rules/rules.service.ts';
import { followUpNote } from './requests.labels.ts';
import { deadlinesFrom, ownerDivisionOf, registerRequest } from './requests.register.ts';
import {
  findEvidenceKey,
  findHouseholdRow,
  findRequestEvents,
  findRequestInScope,
  findRequests,
  insertRequestEvent,
  type TRequestRow,
  updateRequest,
} from './requests.repository.ts';
import { requestListItem, requestView } from './requests.view.ts';

export type TNotify = (
  userId: number,
  kind: TNotificationKind,
  payload: Record<string, unknown>,
  dedupeKey?: string,
) => Promise<void>;

export type TRequestsDeps = {
  db: TDb;
  now: () => Date;
  rules: Pick<TRulesService, 'get'>;
  notify: TNotify;
  /** Of some file ids, those that are not evidence images this account uploaded. */
  unknownEvidence: (userId: number, ids: number[]) => Promise<number[]>;
};

/** The level an account acts at on requests: its highest role's (a cadre: the village). */
export function actorLevelOf(grants: readonly TRoleAssignment[]): TOwnerLevel | null {
  let best: TOwnerLevel | null = null;
  for (const g of grants) {
    const level = ROLE_REQUEST_LEVEL[g.role];
    if (level && (best === null || levelRank(level) > levelRank(best))) best = level;
  }
  return best;
}

/** What an action's body carries (one shape for all: each action reads its own fields). */
export type TActionBody = {
  ownerName?: string;
  note?: string;
  result?: string;
  fourRole?: string;
  evidenceFileId?: number;
  reason?: string;
  duplicateOfId?: number;
  responsibleParty?: string;
  satisfaction?: TSatisfaction;
};

export type TActingUser = { userId: number; displayName: string; grants: readonly TRoleAssignment[] };

/** Tells whoever works requests at the level a request has reached (a hand-up or an escalation). */
export async function notifyNewOwners(db: TDb, notify: TNotify, r: TRequestRow) {
  if (r.ownerLevel === 'village') return;
  const level = r.ownerLevel as TOwnerLevel;
  await notifyRequestHandlers(db, notify, 'request_handed_up', r, [level], { level });
}

/** 群众诉求: register, the queue, one request with its history, and every action of the state machine. */
export function createRequestsService(deps: TRequestsDeps) {
  const { db } = deps;
  const today = () => localDate(deps.now());

  async function viewOf(scope: TScope, id: number) {
    const { items } = await findRequests(db, scope, { ids: [id] });
    const w = items[0];
    if (!w) throw notFound();
    const household = w.request.householdId ? await findHouseholdRow(db, w.request.householdId) : undefined;
    return requestView(w, today(), household, await findRequestEvents(db, id));
  }

  /** The changes an allowed action makes besides state and owner. */
  function changesOf(
    r: TRequestRow,
    action: TRequestAction,
    body: TActionBody,
    who: TActingUser,
    t: { ownerLevel: TOwnerLevel; reopened: boolean },
    rules: Awaited<ReturnType<TRulesService['get']>>,
    now: Date,
  ) {
    const from = localDate(now);
    switch (action.type) {
      case 'accept':
        return { ownerName: body.ownerName ?? who.displayName };
      case 'resolve':
        return {
          result: body.result ?? null,
          ...(body.fourRole ? { fourRole: body.fourRole } : {}),
          ...(body.evidenceFileId ? { evidenceFileId: body.evidenceFileId } : {}),
          resolvedAt: now,
        };
      case 'hand_up':
      case 'escalate':
        return {
          ownerDivisionCode: ownerDivisionOf(t.ownerLevel, r.villageCode),
          ownerName: null,
          ...deadlinesFrom(from, r.category, r.urgency, rules),
        };
      case 'mark_duplicate':
        return { duplicateOfId: body.duplicateOfId ?? null };
      case 'not_ours':
        return { responsibleParty: body.responsibleParty ?? null };
      case 'follow_up':
        return {
          satisfaction: action.satisfaction,
          ...(t.reopened
            ? {
                reopenCount: r.reopenCount + 1,
                resolvedAt: null, // open again: no longer counted as resolved
                resolveBy: deadlinesFrom(from, r.category, r.urgency, rules).resolveBy,
              }
            : {}),
        };
      default:
        return {};
    }
  }

  return {
    /** A cadre or an administrator registers a request heard anywhere (source 'cadre'). */
    async create(scope: TScope, input: z.infer<typeof ZRequestCreate>, userId: number, ctx: TActorContext) {
      const village = await findVillage(db, input.villageCode);
      if (!village || !inScope(scope, village.code)) throw notFound();
      if (input.householdId) {
        const h = await findHouseholdRow(db, input.householdId);
        if (!h || h.villageCode !== village.code)
          throw invalidField('householdId', 'household_unknown', { ids: String(input.householdId) });
      }
      const rules = await deps.rules.get();
      const row = await db.transaction((tx) =>
        registerRequest(tx, { ...input, source: 'cadre' }, { userId, rules, now: deps.now(), ctx }),
      );
      return viewOf({ all: true }, row.id);
    },

    /** The queue in scope: by deadline, then id. */
    async queue(scope: TScope, q: TRequestQueueQuery) {
      const day = today();
      const { items, total } = await findRequests(
        db,
        scope,
        {
          state: q.state,
          open: q.open,
          category: q.category,
          level: q.level,
          village: q.village,
          township: q.township,
          ...(q.overdue === true ? { overdueOn: day } : {}),
          ...(q.overdue === false ? { notOverdueOn: day } : {}),
        },
        { limit: q.pageSize, offset: (q.page - 1) * q.pageSize },
      );
      return { items: items.map((w) => requestListItem(w, day)), total, today: day };
    },

    get: (scope: TScope, id: number) => viewOf(scope, id),

    /** The household's and the submitter's full names and phones, for a stated reason; every view is audited. */
    async unmask(scope: TScope, id: number, reason: string, ctx: TActorContext) {
      const r = await findRequestInScope(db, scope, id);
      if (!r) throw notFound();
      const household = r.householdId ? await findHouseholdRow(db, r.householdId) : undefined;
      await recordAudit(db, ctx, {
        action: 'request.unmask',
        objectType: 'request',
        objectId: id,
        details: { reason },
      });
      return {
        household: household ? { headName: household.headName, phone: household.phone } : null,
        submitter:
          r.submitterName || r.submitterPhone ? { name: r.submitterName, phone: r.submitterPhone } : null,
      };
    },

    async evidenceKey(scope: TScope, id: number) {
      const found = await findEvidenceKey(db, scope, id);
      if (!found) throw notFound();
      return found;
    },

    /**
     * One action through the core state machine at the actor's highest level. Refusals change
     * nothing: 409 in a state that does not allow it, 403 below the owner's level.
     */
    async act(
      scopes: { read: TScope; work: TScope },
      id: number,
      path: TRequestActionPath,
      body: TActionBody,
      who: TActingUser,
      ctx: TActorContext,
    ) {
      const r = await findRequestInScope(db, scopes.read, id);
      if (!r) throw notFound();
      const level = actorLevelOf(who.grants);
      if (!level) throw new AppError('forbidden', 'forbidden');
      const type = REQUEST_ACTION_PATHS[path];
      const action = (
        type === 'follow_up' ? { type, satisfaction: body.satisfaction } : { type }
      ) as TRequestAction;
      const state = r.state as TRequestState;
      const t = requestTransition({ state, ownerLevel: r.ownerLevel as TOwnerLevel }, action, level);
      if (!t.ok) {
        if (t.reason === 'top_level') throw new AppError('conflict', 'request_top_level');
        if (t.reason === 'below_owner_level')
          throw new AppError('forbidden', 'request_below_owner_level', {
            ownerLevel: r.ownerLevel,
            requestAction: type,
          });
        throw new AppError('conflict', 'request_not_allowed_in_state', {
          requestState: state,
          requestAction: type,
        });
      }
      // the owner's division must lie within the actor's working scope (a township over its villages)
      if (!inScope(scopes.work, r.ownerDivisionCode))
        throw new AppError('forbidden', 'request_below_owner_level', {
          ownerLevel: r.ownerLevel,
          requestAction: type,
        });
      if (action.type === 'mark_duplicate') {
        const other = body.duplicateOfId
          ? await findRequestInScope(db, scopes.read, body.duplicateOfId)
          : undefined;
        if (!other || other.id === r.id)
          throw invalidField('duplicateOfId', 'request_unknown', { id: String(body.duplicateOfId ?? '') });
      }
      if (action.type === 'resolve' && body.evidenceFileId) {
        const unknown = await deps.unknownEvidence(who.userId, [body.evidenceFileId]);
        if (unknown.length)
          throw invalidField('evidenceFileId', 'photo_unknown', { ids: unknown.join('、') });
      }
      const rules = await deps.rules.get();
      const now = deps.now();
      const note =
        body.reason ?? body.note ?? (type === 'not_ours' ? body.responsibleParty : undefined) ?? null;
      const next = await db.transaction(async (tx) => {
        const row = await updateRequest(tx, id, {
          state: t.state,
          ownerLevel: t.ownerLevel,
          ...changesOf(r, action, body, who, t, rules, now),
          updatedAt: now,
        });
        await insertRequestEvent(tx, {
          requestId: id,
          at: now,
          actorKind: 'user',
          actorUserId: who.userId,
          action: type,
          fromState: state,
          toState: t.state,
          ownerLevel: t.ownerLevel,
          note:
            type === 'resolve'
              ? (body.result ?? null)
              : type === 'follow_up'
                ? followUpNote(body.satisfaction!, body.note)
                : note,
        });
        await recordAudit(tx, ctx, {
          action: `request.${type}`,
          objectType: 'request',
          objectId: id,
          details: {
            from: state,
            to: t.state,
            ownerLevel: t.ownerLevel,
            ...(t.reopened ? { reopened: true } : {}),
          },
        });
        return row;
      });
      if (next.ownerLevel !== r.ownerLevel) await notifyNewOwners(db, deps.notify, next);
      return viewOf(scopes.read, id);
    },
  };
}
export type TRequestsService = ReturnType<typeof createRequestsService>;
