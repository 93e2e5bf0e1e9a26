import { formatLocalMinute } from '@zhucun/core';
import { STATEMENT_TIMEOUT_MS, type TDb, withStatementTimeout } from '../../db/client.ts';
import type { TRulesService } from '../rules/rules.service.ts';
import { findAccountsToRemind, insertNotificationsOnce, reminderKeyOf } from './notifications.repository.ts';

/**
 * The evening reminder (docs/rules.md §4.1, default 21:00 Shanghai): once the county's reminder time has
 * passed, every stationed cadre (not the village committee) who has not recorded today (and is not on leave) gets one in-app notification.
 * Safe to run any number of times: the dedupe key makes a second run create nothing.
 */
export function createDayReminderJob(deps: { db: TDb; rules: Pick<TRulesService, 'get'> }) {
  return async function sendDayReminders(now: Date): Promise<number> {
    const local = formatLocalMinute(now);
    const rules = await deps.rules.get();
    if (local.slice(11, 16) < rules.reminderTime) return 0;
    const date = local.slice(0, 10);
    const userIds = await withStatementTimeout(deps.db, STATEMENT_TIMEOUT_MS.job, (tx) =>
      findAccountsToRemind(tx, date),
    );
    if (userIds.length === 0) return 0;
    return insertNotificationsOnce(
      deps.db,
      userIds.map((userId) => ({
        userId,
        kind: 'reminder',
        payload: { date },
        dedupeKey: reminderKeyOf(userId, date),
        createdAt: now,
      })),
    );
  };
}
export type TDayReminderJob = ReturnType<typeof createDayReminderJob>;
