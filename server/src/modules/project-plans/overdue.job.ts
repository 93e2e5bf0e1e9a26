import { localDate, newlyOverdueMilestones, overdueKey } from '@zhucun/core';
import { STATEMENT_TIMEOUT_MS, type TDb, withStatementTimeout } from '../../db/client.ts';
import { insertNotificationsOnce } from '../notifications/notifications.repository.ts';
import { findUsersWithRoleOver } from '../notifications/recipients.repository.ts';
import { findOverdueMilestones, findUsedDedupeKeys } from './overdue.repository.ts';
import { PLAN_REPORTING_STATES } from './plan-access.ts';

/** One recipient's notice of an overdue milestone: core's key (milestone and due date) and the account. */
const keyFor = (milestoneKey: string, userId: number) => `${milestoneKey}:${userId}`;
const milestoneKeyOf = (key: string) => key.slice(0, key.lastIndexOf(':'));

/**
 * Overdue milestones (docs/rules.md §4.7): each milestone of a project under way that passed its due
 * date undone is told once, per due date (core overdueKey), to its owner's account and the township's
 * administrators. Moved to a new date and missed again, it is told again. Safe to run any number of
 * times (the notifications' unique dedupe key). Returns how many notices were added.
 */
export function createMilestoneOverdueJob(deps: { db: TDb }) {
  const { db } = deps;
  return async function notifyOverdueMilestones(now: Date): Promise<number> {
    const today = localDate(now);
    const { candidates, township } = await withStatementTimeout(db, STATEMENT_TIMEOUT_MS.job, async (tx) => {
      const candidates = await findOverdueMilestones(tx, today, PLAN_REPORTING_STATES);
      const codes = [...new Set(candidates.map((c) => c.townshipCode))];
      // one query at a time: a transaction's queries share one connection
      const township = new Map<string, number[]>();
      for (const c of codes) township.set(c, await findUsersWithRoleOver(tx, 'township_admin', c));
      return { candidates, township };
    });
    if (candidates.length === 0) return 0;
    const recipientsOf = (c: (typeof candidates)[number]) => [
      ...new Set([...(c.ownerUserId ? [c.ownerUserId] : []), ...(township.get(c.townshipCode) ?? [])]),
    ];
    const milestones = candidates.map((c) => ({
      ...c,
      due: c.dueDate,
      ownerId: c.ownerPersonId,
      recipients: recipientsOf(c),
    }));
    const used = await findUsedDedupeKeys(
      db,
      milestones.flatMap((m) => m.recipients.map((u) => keyFor(overdueKey(m), u))),
    );
    const fresh = newlyOverdueMilestones(milestones, today, [...used].map(milestoneKeyOf));
    const notices = fresh.flatMap(({ milestone: m, key, overdueDays }) =>
      m.recipients.map((userId) => ({
        userId,
        kind: 'milestone_overdue',
        payload: {
          projectId: m.projectId,
          projectTitle: m.projectTitle,
          milestoneId: m.id,
          milestoneTitle: m.title,
          due: m.due,
          overdueDays,
          villageName: m.villageNames ?? '',
          ownerName: m.ownerName,
        },
        dedupeKey: keyFor(key, userId),
        createdAt: now,
      })),
    );
    let added = 0;
    // a query holds at most 65,535 parameters: insert in slices
    for (let i = 0; i < notices.length; i += 2000)
      added += await insertNotificationsOnce(db, notices.slice(i, i + 2000));
    return added;
  };
}
export type TMilestoneOverdueJob = ReturnType<typeof createMilestoneOverdueJob>;
