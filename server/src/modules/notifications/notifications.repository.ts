import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { notifications } from '../../db/schema.ts';

/** Adds a notification; with a dedupe key a second identical one is silently skipped. */
export async function insertNotification(
  exec: TDb,
  values: typeof notifications.$inferInsert,
): Promise<void> {
  await exec.insert(notifications).values(values).onConflictDoNothing();
}

export async function findNotifications(exec: TDb, userId: number, limit: number) {
  return exec
    .select()
    .from(notifications)
    .where(eq(notifications.userId, userId))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(limit);
}

export async function countUnread(exec: TDb, userId: number): Promise<number> {
  const [row] = await exec
    .select({ n: sql<number>`count(*)` })
    .from(notifications)
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt)));
  return Number(row?.n ?? 0);
}

export async function markRead(exec: TDb, userId: number, id: number | 'all', at: Date): Promise<void> {
  await exec
    .update(notifications)
    .set({ readAt: at })
    .where(
      and(
        eq(notifications.userId, userId),
        isNull(notifications.readAt),
        id === 'all' ? undefined : eq(notifications.id, id),
      ),
    );
}
