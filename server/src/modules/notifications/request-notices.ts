import type { TNotificationKind, TOwnerLevel } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { findDivision } from '../divisions/divisions.repository.ts';
import { findRequestHandlers } from './recipients.repository.ts';

export type TNotifyFn = (
  userId: number,
  kind: TNotificationKind,
  payload: Record<string, unknown>,
  dedupeKey?: string,
  exec?: TDb,
) => Promise<void>;

/** A request as a notification names it. */
type TRequestLike = { id: number; villageCode: string; category: string; description: string };

/** How much of a request's words a notification carries: enough to know which one it is. */
export const REQUEST_TEXT_MAX = 60;

/** The start of a request's words on one line, cut with an ellipsis. */
export function excerptOf(text: string, max = REQUEST_TEXT_MAX): string {
  const line = text.replace(/\s+/g, ' ').trim();
  return [...line].length <= max ? line : `${[...line].slice(0, max - 1).join('')}…`;
}

/**
 * What every notification about a request names (the bell renders it in the reader's language):
 * the request, its village by name, its category and the start of its words.
 */
export async function requestParamsOf(db: TDb, r: TRequestLike) {
  const village = await findDivision(db, r.villageCode);
  return {
    requestId: r.id,
    villageCode: r.villageCode,
    villageName: village?.name ?? r.villageCode,
    category: r.category,
    text: excerptOf(r.description),
  };
}

/**
 * Tells whoever handles the village's requests at the levels given (each account once): a villager's
 * submission or reopening goes to the village's stationed cadres and its township; a hand-up to the new level.
 * Given the change's transaction as `db`, the notices are written with it: both stand, or neither.
 */
export async function notifyRequestHandlers(
  db: TDb,
  notify: TNotifyFn,
  kind: TNotificationKind,
  r: TRequestLike,
  levels: readonly TOwnerLevel[],
  extra: Record<string, unknown> = {},
): Promise<number[]> {
  const recipients = new Set<number>();
  for (const level of levels)
    for (const userId of await findRequestHandlers(db, level, r.villageCode)) recipients.add(userId);
  if (recipients.size === 0) return [];
  const payload = { ...(await requestParamsOf(db, r)), ...extra };
  for (const userId of recipients) await notify(userId, kind, payload, undefined, db);
  return [...recipients];
}
