import {
  isRectificationOverdue,
  type TRectificationAction,
  type TRectificationEvent,
  type TRectificationLevel,
  type TRectificationListItem,
  type TRectificationOwnerRole,
  type TRectificationSource,
  type TRectificationState,
  type TRectificationView,
} from '@zhucun/core';
import type {
  findMeasuresAndOwners,
  findRectificationEvents,
  TRectificationListRow,
} from './rectification.repository.ts';

/** A row of the ledger as the list shows it: where, what, who, the deadline and whether it is overdue. */
export function rectificationListItem(w: TRectificationListRow, today: string): TRectificationListItem {
  const i = w.item;
  const state = i.state as TRectificationState;
  return {
    id: i.id,
    source: i.source as TRectificationSource,
    sourceRef: i.sourceRef,
    problem: i.problem,
    level: i.level as TRectificationLevel,
    division: { code: i.divisionCode, name: w.divisionName },
    township: w.townshipCode && w.townshipName ? { code: w.townshipCode, name: w.townshipName } : null,
    superviseLevel: i.superviseLevel as TRectificationLevel,
    state,
    deadline: i.deadline,
    overdue: isRectificationOverdue({ state, deadline: i.deadline }, today),
    owners: w.owners,
    returnCount: i.returnCount,
  };
}

/** One problem with its measures, owners, timeline and the caller's buttons. */
export function rectificationView(
  w: TRectificationListRow,
  today: string,
  parts: Awaited<ReturnType<typeof findMeasuresAndOwners>>,
  events: Awaited<ReturnType<typeof findRectificationEvents>>,
  allowedActions: TRectificationAction[],
): TRectificationView {
  return {
    ...rectificationListItem(w, today),
    evidenceRequired: w.item.evidenceRequired,
    measures: parts.measures.map((m) => ({ id: m.id, text: m.text, deadline: m.deadline })),
    ownerList: parts.owners.map((o) => ({
      role: o.role as TRectificationOwnerRole,
      name: o.name,
      personId: o.personId,
    })),
    events: events.map(
      (e): TRectificationEvent => ({
        id: e.event.id,
        at: e.event.at.toISOString(),
        action: e.event.action as TRectificationEvent['action'],
        actor: e.event.actorKind === 'system' ? null : (e.actor ?? ''),
        fromState: e.event.fromState as TRectificationState | null,
        toState: e.event.toState as TRectificationState,
        superviseLevel: e.event.superviseLevel as TRectificationLevel,
        note: e.event.note,
        photoIds: e.photoIds,
      }),
    ),
    allowedActions,
    today,
  };
}
