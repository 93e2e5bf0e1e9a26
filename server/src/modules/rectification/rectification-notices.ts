import type { TNotificationKind, TRectificationLevel } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { findUsersWithRolesOver } from '../notifications/recipients.repository.ts';
import type { TRectificationRow } from './rectification.repository.ts';

export type TRectificationNotify = (
  userId: number,
  kind: TNotificationKind,
  payload: Record<string, unknown>,
  dedupeKey?: string,
) => Promise<void>;

const STAFF_AT: Record<Exclude<TRectificationLevel, 'village'>, string> = {
  township: 'township_admin',
  county: 'county_admin',
};

/** The township's or the county's administrators over a problem's division. */
export function staffOver(db: TDb, level: Exclude<TRectificationLevel, 'village'>, divisionCode: string) {
  return findUsersWithRolesOver(db, [STAFF_AT[level]], divisionCode);
}

/** What a notice about a problem names: the problem (shortened), its place and deadline. */
export const noticePayload = (r: TRectificationRow, extra: Record<string, unknown> = {}) => ({
  rectificationId: r.id,
  problem: r.problem.length > 40 ? `${r.problem.slice(0, 40)}…` : r.problem,
  deadline: r.deadline,
  ...extra,
});

/** Tells each account once (a user may hold two roles over the same division). */
export async function notifyAll(
  notify: TRectificationNotify,
  userIds: readonly number[],
  kind: TNotificationKind,
  payload: Record<string, unknown>,
  dedupe?: (userId: number) => string,
) {
  for (const id of new Set(userIds)) await notify(id, kind, payload, dedupe?.(id));
}
