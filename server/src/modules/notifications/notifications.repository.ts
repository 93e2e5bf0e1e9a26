import { DISPATCHED_CATEGORIES } from '@zhucun/core';
import { and, desc, eq, inArray, isNull, lte, notExists, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { absences, dutyDays, notifications, persons, postings, users } from '../../db/schema.ts';

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

/** Marks the user's notification (or all of them) read; false when the id is none of theirs. */
export async function markRead(exec: TDb, userId: number, id: number | 'all', at: Date): Promise<boolean> {
  const rows = await exec
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, ${at.toISOString()}::timestamptz)` })
    .where(
      and(
        eq(notifications.userId, userId),
        id === 'all' ? isNull(notifications.readAt) : eq(notifications.id, id),
      ),
    )
    .returning({ id: notifications.id });
  return id === 'all' || rows.length > 0;
}

/** The evening reminder's dedupe key: one per account and day. */
export const reminderKeyOf = (userId: number, date: string) => `reminder:${userId}:${date}`;

/** Accounts of stationed cadres (dispatched categories) posted on a date with no record of it, not on approved leave, not yet reminded. */
export async function findAccountsToRemind(exec: TDb, date: string): Promise<number[]> {
  const rows = await exec
    .selectDistinct({ userId: users.id })
    .from(persons)
    .innerJoin(users, and(eq(users.id, persons.userId), isNull(users.disabledAt)))
    .innerJoin(
      postings,
      and(
        eq(postings.personId, persons.id),
        isNull(postings.actualEndDate),
        lte(postings.startDate, date),
        inArray(postings.category, [...DISPATCHED_CATEGORIES]),
      ),
    )
    .where(
      and(
        notExists(
          exec
            .select({ one: sql`1` })
            .from(dutyDays)
            .where(and(eq(dutyDays.personId, persons.id), eq(dutyDays.date, date))),
        ),
        notExists(
          exec
            .select({ one: sql`1` })
            .from(absences)
            .where(
              and(
                eq(absences.personId, persons.id),
                eq(absences.kind, 'leave'),
                eq(absences.state, 'approved'),
                lte(absences.startDate, date),
                sql`${absences.endDate} >= ${date}`,
              ),
            ),
        ),
        notExists(
          exec
            .select({ one: sql`1` })
            .from(notifications)
            .where(eq(notifications.dedupeKey, sql`'reminder:' || ${users.id} || ${`:${date}`}`)),
        ),
      ),
    );
  return rows.map((r) => r.userId);
}

/** Adds notifications; those whose dedupe key exists already are skipped. Returns how many were added. */
export async function insertNotificationsOnce(
  exec: TDb,
  values: (typeof notifications.$inferInsert)[],
): Promise<number> {
  if (values.length === 0) return 0;
  const rows = await exec
    .insert(notifications)
    .values(values)
    .onConflictDoNothing()
    .returning({ id: notifications.id });
  return rows.length;
}
