import { and, eq, isNull, lt } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { idempotencyKeys } from '../../db/schema.ts';

export type TIdempotencyRow = typeof idempotencyKeys.$inferSelect;
/** One key of one account: the primary key. */
export type TKeyRef = { userId: number; key: string };
/** The answer remembered for a key. */
export type TStoredAnswer = { statusCode: number; contentType: string | null; body: string };

const keyIs = (ref: TKeyRef) => and(eq(idempotencyKeys.userId, ref.userId), eq(idempotencyKeys.key, ref.key));

/**
 * Reserves a key for a request about to run (the answer still null); false when the account already
 * holds the key, so of two requests racing with one key exactly one runs.
 */
export async function reserveKey(
  exec: TDb,
  row: TKeyRef & { method: string; path: string; requestHash: string; at: Date },
): Promise<boolean> {
  const made = await exec
    .insert(idempotencyKeys)
    .values({
      userId: row.userId,
      key: row.key,
      method: row.method,
      path: row.path,
      requestHash: row.requestHash,
      createdAt: row.at,
    })
    .onConflictDoNothing()
    .returning({ key: idempotencyKeys.key });
  return made.length === 1;
}

export async function findKey(exec: TDb, ref: TKeyRef): Promise<TIdempotencyRow | undefined> {
  const [row] = await exec.select().from(idempotencyKeys).where(keyIs(ref)).limit(1);
  return row;
}

/**
 * Takes over a reservation left in progress since before `staleBefore` (its process is gone): it
 * becomes this request's, reserved `at`. False when another request took it, or it was completed.
 */
export async function takeOverKey(exec: TDb, ref: TKeyRef, staleBefore: Date, at: Date): Promise<boolean> {
  const taken = await exec
    .update(idempotencyKeys)
    .set({ createdAt: at })
    .where(and(keyIs(ref), isNull(idempotencyKeys.completedAt), lt(idempotencyKeys.createdAt, staleBefore)))
    .returning({ key: idempotencyKeys.key });
  return taken.length === 1;
}

/** Stores the answer of the reservation made `reservedAt` (not one another request took over since). */
export async function completeKey(
  exec: TDb,
  ref: TKeyRef,
  reservedAt: Date,
  answer: TStoredAnswer,
  at: Date,
): Promise<void> {
  await exec
    .update(idempotencyKeys)
    .set({
      statusCode: answer.statusCode,
      contentType: answer.contentType,
      responseBody: answer.body,
      completedAt: at,
    })
    .where(and(keyIs(ref), eq(idempotencyKeys.createdAt, reservedAt), isNull(idempotencyKeys.completedAt)));
}

/** Forgets the reservation made `reservedAt` (a refused request): a corrected retry with the key may run. */
export async function releaseKey(exec: TDb, ref: TKeyRef, reservedAt: Date): Promise<void> {
  await exec
    .delete(idempotencyKeys)
    .where(and(keyIs(ref), eq(idempotencyKeys.createdAt, reservedAt), isNull(idempotencyKeys.completedAt)));
}

/** Deletes the keys reserved before `before`, answered or not; returns how many. */
export async function deleteKeysBefore(exec: TDb, before: Date): Promise<number> {
  const gone = await exec
    .delete(idempotencyKeys)
    .where(lt(idempotencyKeys.createdAt, before))
    .returning({ key: idempotencyKeys.key });
  return gone.length;
}
