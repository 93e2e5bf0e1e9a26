import type { TDb } from '../../db/client.ts';
import { deleteKeysBefore } from './idempotency.repository.ts';

/** How long an Idempotency-Key is remembered: longer than a phone stays offline with a queued write. */
export const KEEP_KEYS_DAYS = 7;

/**
 * Forgets the Idempotency-Keys reserved more than 7 days before `now` (docs/security.md), answered or
 * not: a write resent later runs again. Safe to run any number of times; returns how many were deleted.
 */
export function createIdempotencyPurgeJob(deps: { db: TDb }) {
  return async function purgeIdempotencyKeys(now: Date): Promise<number> {
    return deleteKeysBefore(deps.db, new Date(now.getTime() - KEEP_KEYS_DAYS * 86_400_000));
  };
}
