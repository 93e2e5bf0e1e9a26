import {
  localDate,
  requestDeadlines,
  type TCountyRules,
  type TFourRole,
  type TOwnerLevel,
  type TRequestCategory,
  type TRequestSource,
  type TUrgency,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { insertRequest, insertRequestEvent, type TRequestRow } from './requests.repository.ts';

/** The division a level means for a request of a village: the village, its township, its county. */
export function ownerDivisionOf(level: TOwnerLevel, villageCode: string): string {
  return level === 'village'
    ? villageCode
    : level === 'township'
      ? villageCode.slice(0, 9)
      : villageCode.slice(0, 6);
}

/** Accept and resolve dates counted from `from` in working days, with the county's table, holidays and adjusted working days (调休). */
export function deadlinesFrom(from: string, category: string, urgency: string, rules: TCountyRules) {
  return requestDeadlines(
    from,
    category as TRequestCategory,
    urgency as TUrgency,
    { holidays: rules.holidays, workdays: rules.workdays },
    rules.requestDeadlines,
  );
}

export type TNewRequest = {
  villageCode: string;
  category: TRequestCategory;
  urgency: TUrgency;
  description: string;
  fourRole?: TFourRole;
  householdId?: number | null;
  visitId?: number | null;
  source: TRequestSource;
};

/**
 * Registers a request inside the caller's transaction: owned by its village, deadlines from today,
 * the first event and the audit row written with it.
 */
export async function registerRequest(
  tx: TDb,
  input: TNewRequest,
  who: { userId: number; rules: TCountyRules; now: Date; ctx: TActorContext },
): Promise<TRequestRow> {
  const today = localDate(who.now);
  const row = await insertRequest(tx, {
    villageCode: input.villageCode,
    category: input.category,
    urgency: input.urgency,
    description: input.description,
    fourRole: input.fourRole ?? null,
    state: 'registered',
    ownerLevel: 'village',
    ownerDivisionCode: input.villageCode,
    source: input.source,
    visitId: input.visitId ?? null,
    householdId: input.householdId ?? null,
    registeredOn: today,
    ...deadlinesFrom(today, input.category, input.urgency, who.rules),
    createdBy: who.userId,
    createdAt: who.now,
    updatedAt: who.now,
  });
  await insertRequestEvent(tx, {
    requestId: row.id,
    at: who.now,
    actorKind: 'user',
    actorUserId: who.userId,
    action: 'register',
    fromState: null,
    toState: 'registered',
    ownerLevel: 'village',
  });
  await recordAudit(tx, who.ctx, {
    action: 'request.register',
    objectType: 'request',
    objectId: row.id,
    details: { source: input.source, category: input.category, villageCode: input.villageCode },
  });
  return row;
}
