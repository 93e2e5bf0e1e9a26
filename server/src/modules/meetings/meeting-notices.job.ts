import { formatLocalMinute, meetingNoticeDue, meetingNoticeKey } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { insertNotificationsOnce } from '../notifications/notifications.repository.ts';
import { findInviteesToNotify } from './meetings.repository.ts';

/**
 * Invitees are told the day before (24 hours) and an hour before a meeting or roll call (docs/rules.md §4.12,
 * core meetingNoticeDue), each notice once per invitee and meeting whatever the job's runs (the notifications'
 * unique dedupe key). Returns how many notices were added.
 */
export function createMeetingNoticeJob(deps: { db: TDb }) {
  const { db } = deps;
  return async function notifyInvitees(now: Date): Promise<number> {
    const rows = await findInviteesToNotify(db, now, new Date(now.getTime() + 24 * 3_600_000));
    const notices = rows.flatMap((r) => {
      const kind = meetingNoticeDue(r.startsAt, now);
      if (!kind || r.userId === null) return [];
      return [
        {
          userId: r.userId,
          kind,
          payload: {
            meetingId: r.meetingId,
            meetingKind: r.kind,
            title: r.title,
            localStart: formatLocalMinute(r.startsAt),
            videoUrl: r.videoUrl,
          },
          dedupeKey: meetingNoticeKey(kind, r.meetingId, r.userId),
          createdAt: now,
        },
      ];
    });
    let added = 0;
    for (let i = 0; i < notices.length; i += 2000)
      added += await insertNotificationsOnce(db, notices.slice(i, i + 2000));
    return added;
  };
}
export type TMeetingNoticeJob = ReturnType<typeof createMeetingNoticeJob>;
