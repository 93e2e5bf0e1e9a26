import {
  isOverdue,
  maskPhone,
  maskVillagerName,
  type TFourRole,
  type TOwnerLevel,
  type TRequestCategory,
  type TRequestEvent,
  type TRequestListItem,
  type TRequestSource,
  type TRequestState,
  type TRequestView,
  type TSatisfaction,
  type TUrgency,
} from '@zhucun/core';
import type { households } from '../../db/schema.ts';
import type { findRequestEvents, TRequestWithNames } from './requests.repository.ts';

/** A request in the queue; `overdue` by core isOverdue on the server's today. */
export function requestListItem(w: TRequestWithNames, today: string): TRequestListItem {
  const r = w.request;
  const state = r.state as TRequestState;
  return {
    id: r.id,
    villageCode: r.villageCode,
    villageName: w.villageName,
    townshipCode: r.villageCode.slice(0, 9),
    townshipName: w.townshipName ?? '',
    category: r.category as TRequestCategory,
    urgency: r.urgency as TUrgency,
    description: r.description,
    state,
    ownerLevel: r.ownerLevel as TOwnerLevel,
    ownerDivision: { code: r.ownerDivisionCode, name: w.ownerDivisionName },
    ownerName: r.ownerName,
    source: r.source as TRequestSource,
    registeredOn: r.registeredOn,
    acceptBy: r.acceptBy,
    resolveBy: r.resolveBy,
    overdue: isOverdue({ state, acceptBy: r.acceptBy, resolveBy: r.resolveBy }, today),
    reopenCount: r.reopenCount,
    fourRole: (r.fourRole as TFourRole | null) ?? null,
  };
}

const ACTOR_OF_KIND = { system: '系统', submitter: '群众' } as const;

/** The whole request: household and submitter masked, every event with who did it. */
export function requestView(
  w: TRequestWithNames,
  today: string,
  household: typeof households.$inferSelect | undefined,
  events: Awaited<ReturnType<typeof findRequestEvents>>,
): TRequestView {
  const r = w.request;
  const hasSubmitter = r.submitterName !== null || r.submitterPhone !== null;
  return {
    ...requestListItem(w, today),
    household: household
      ? {
          id: household.id,
          headName: household.headName,
          address: household.address,
          phone: household.phone ? maskPhone(household.phone) : null,
        }
      : null,
    submitter: hasSubmitter
      ? {
          name: r.submitterName ? maskVillagerName(r.submitterName) : null,
          phone: r.submitterPhone ? maskPhone(r.submitterPhone) : null,
        }
      : null,
    visitId: r.visitId,
    result: r.result,
    evidenceFileId: r.evidenceFileId,
    satisfaction: (r.satisfaction as TSatisfaction | null) ?? null,
    duplicateOfId: r.duplicateOfId,
    responsibleParty: r.responsibleParty,
    resolvedAt: r.resolvedAt?.toISOString() ?? null,
    createdAt: r.createdAt.toISOString(),
    events: events.map(({ event: e, actorName }): TRequestEvent => {
      const kind = e.actorKind as TRequestEvent['actorKind'];
      return {
        id: e.id,
        at: e.at.toISOString(),
        actorKind: kind,
        actor: kind === 'user' ? (actorName ?? '—') : ACTOR_OF_KIND[kind],
        action: e.action,
        fromState: (e.fromState as TRequestState | null) ?? null,
        toState: e.toState as TRequestState,
        ownerLevel: e.ownerLevel as TOwnerLevel,
        note: e.note,
      };
    }),
  };
}
