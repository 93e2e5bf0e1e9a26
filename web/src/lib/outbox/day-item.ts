import type { TDayDraft } from '../day-draft.ts';
import type { TNewItem } from './outbox.ts';
import { photosOfWrite } from './photo-ids.ts';

/**
 * The outbox item of a day's save: the draft's entry as `PUT /api/duty/my/days/:date`, its photos taken
 * without signal uploaded first, and the version it was edited from (`If-Match`; null: a day the phone
 * knew unsaved). `subject.queuedAt` tells the draft it came from (lib/day-draft `afterDaySent`).
 */
export function dayItem(userId: number, draft: TDayDraft, baseVersion: number | null): TNewItem {
  const { localPhotos = [], ...entry } = draft.entry;
  // a photo taken offline and uploaded since goes by its server id; the others are waited for
  const { photoIds, photos } = photosOfWrite(entry.photoIds, localPhotos);
  return {
    userId,
    kind: 'day',
    method: 'PUT',
    path: `/api/duty/my/days/${draft.date}`,
    body: { ...entry, photoIds },
    photos,
    baseVersion,
    subject: { date: draft.date, queuedAt: draft.changedAt },
  };
}

/**
 * Days saved offline by an earlier version of the app kept only a pending draft: each gets its outbox
 * item (once), so nothing the cadre saved is lost by the update.
 */
export async function queuePendingDrafts(
  userId: number,
  drafts: TDayDraft[],
  queued: { kind: string; subject: Record<string, string> }[],
  enqueue: (item: TNewItem) => Promise<unknown>,
): Promise<number> {
  let added = 0;
  for (const draft of drafts) {
    if (!draft.pending || queued.some((q) => q.kind === 'day' && q.subject.date === draft.date)) continue;
    await enqueue({ ...dayItem(userId, draft, null), baseVersion: undefined });
    added += 1;
  }
  return added;
}
