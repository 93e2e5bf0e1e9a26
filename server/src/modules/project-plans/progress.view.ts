import type { TProgressItem } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { findProgressComments, findProgressPhotos, type TProgressPageRow } from './progress.repository.ts';

/**
 * Progress entries as the project's page lists them: a report with its own words and photos, or a
 * day's log tied to the project on 今天, shown with the log's words and photos (never typed twice).
 */
export async function progressItems(db: TDb, rows: TProgressPageRow[]): Promise<TProgressItem[]> {
  const refs = rows.map((r) => ({ id: r.progress.id, dutyDayId: r.progress.dutyDayId }));
  const [photos, comments] = await Promise.all([
    findProgressPhotos(db, refs),
    findProgressComments(
      db,
      refs.map((r) => r.id),
    ),
  ]);
  return rows.map((r) => {
    const p = r.progress;
    const fromDay = p.dutyDayId !== null;
    return {
      id: p.id,
      date: p.date,
      source: fromDay ? 'day_log' : 'report',
      text: fromDay ? (r.dayWork ?? '') : p.text,
      milestone: p.milestoneId !== null ? { id: p.milestoneId, title: r.milestoneTitle ?? '' } : null,
      reporter: { personId: p.reportedByPersonId, name: r.personName ?? r.userName },
      photoIds: fromDay
        ? photos.ofDays.filter((f) => f.dutyDayId === p.dutyDayId).map((f) => f.fileId)
        : photos.own.filter((f) => f.progressId === p.id).map((f) => f.fileId),
      day: fromDay ? { id: p.dutyDayId!, work: r.dayWork ?? '', activities: r.dayActivities ?? '' } : null,
      reportedAt: p.reportedAt.toISOString(),
      comments: comments
        .filter((c) => c.comment.progressId === p.id)
        .map((c) => ({
          id: c.comment.id,
          author: c.author,
          text: c.comment.text,
          createdAt: c.comment.createdAt.toISOString(),
        })),
    };
  });
}
