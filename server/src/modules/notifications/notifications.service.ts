import type { TNotificationKind } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import { countUnread, findNotifications, insertNotification, markRead } from './notifications.repository.ts';

/** In-app notifications (not SMS): reminders, approvals waiting, a log returned. */
export function createNotificationsService(deps: { db: TDb; now: () => Date }) {
  const { db } = deps;
  return {
    /** Puts a notice in the bell; with `exec` (a transaction), it stands or falls with the change it tells of. */
    async notify(
      userId: number,
      kind: TNotificationKind,
      payload: Record<string, unknown>,
      dedupeKey?: string,
      exec: TDb = db,
    ) {
      await insertNotification(exec, { userId, kind, payload, dedupeKey, createdAt: deps.now() });
    },
    async list(userId: number) {
      const rows = await findNotifications(db, userId, 50);
      return {
        unread: await countUnread(db, userId),
        items: rows.map((n) => ({
          id: n.id,
          kind: n.kind,
          payload: n.payload as Record<string, unknown>,
          createdAt: n.createdAt.toISOString(),
          read: n.readAt !== null,
        })),
      };
    },
    /** Someone else's notification is as unknown as a missing one: 404. */
    async read(userId: number, id: number | 'all') {
      if (!(await markRead(db, userId, id, deps.now()))) throw notFound();
    },
  };
}
export type TNotificationsService = ReturnType<typeof createNotificationsService>;
