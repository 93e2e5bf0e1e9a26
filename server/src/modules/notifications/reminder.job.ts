import { formatLocalMinute } from '@zhucun/core';
import { and, eq, isNull, lte, notExists, sql } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { absences, dutyDays, notifications, persons, postings, users } from '../../db/schema.ts';
import type { TRulesService } from '../rules/rules.service.ts';

const dedupeKeyOf = (userId: number, date: string) => `reminder:${userId}:${date}`;

/** Accounts of cadres posted on a date with no record of it, not on approved leave, not yet reminded. */
async function findAccountsToRemind(exec: TDb, date: string): Promise<number[]> {
  const rows = await exec
    .selectDistinct({ userId: users.id })
    .from(persons)
    .innerJoin(users, and(eq(users.id, persons.userId), isNull(users.disabledAt)))
    .innerJoin(
      postings,
      and(eq(postings.personId, persons.id), isNull(postings.actualEndDate), lte(postings.startDate, date)),
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

/**
 * The evening reminder (DESIGN §4.1, default 21:00 Shanghai): once the county's reminder time has
 * passed, every cadre who has not recorded today (and is not on leave) gets one in-app notification.
 * Safe to run any number of times: the dedupe key makes a second run create nothing.
 */
export function createDayReminderJob(deps: { db: TDb; rules: Pick<TRulesService, 'get'> }) {
  return async function sendDayReminders(now: Date): Promise<number> {
    const local = formatLocalMinute(now);
    const rules = await deps.rules.get();
    if (local.slice(11, 16) < rules.reminderTime) return 0;
    const date = local.slice(0, 10);
    const userIds = await findAccountsToRemind(deps.db, date);
    if (userIds.length === 0) return 0;
    const inserted = await deps.db
      .insert(notifications)
      .values(
        userIds.map((userId) => ({
          userId,
          kind: 'reminder',
          payload: { date },
          dedupeKey: dedupeKeyOf(userId, date),
          createdAt: now,
        })),
      )
      .onConflictDoNothing()
      .returning({ id: notifications.id });
    return inserted.length;
  };
}
export type TDayReminderJob = ReturnType<typeof createDayReminderJob>;
