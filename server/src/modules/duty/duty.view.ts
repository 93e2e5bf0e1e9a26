import type { TDayView, TFourRole, TPlace } from '@zhucun/core';
import type { findDayExtras, TDayWithNames } from './duty.repository.ts';

type TExtras = Awaited<ReturnType<typeof findDayExtras>>;

/** Day rows with their photos and comments, as everyone reads them. */
export function toDayViews(rows: TDayWithNames[], extras: TExtras): TDayView[] {
  return rows.map(({ day, personName, villageName }) => ({
    id: day.id,
    personId: day.personId,
    personName,
    villageCode: day.villageCode,
    villageName,
    date: day.date,
    day: day.dayPlace as TPlace,
    night: day.nightPlace as TPlace,
    work: day.work,
    activities: day.activities,
    rolePlayed: day.rolePlayed,
    roles: day.roles as TFourRole[],
    photoIds: extras.photos.filter((p) => p.dutyDayId === day.id).map((p) => p.fileId),
    backfilled: day.backfilled,
    returned: day.returnedAt !== null,
    version: day.version,
    updatedAt: day.updatedAt.toISOString(),
    comments: extras.comments
      .filter((c) => c.comment.dutyDayId === day.id)
      .map((c) => ({
        id: c.comment.id,
        author: c.author,
        text: c.comment.text,
        returned: c.comment.returned,
        createdAt: c.comment.createdAt.toISOString(),
      })),
    project: extras.ties.get(day.id) ?? null,
  }));
}
