import { dayWithNightInVillage, type TPlace } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { findDay, insertDay, updateDayKeepingHistory } from './duty.repository.ts';

/**
 * Records the night of a cadre's night visit 在村 on that day's record, inside the visit's
 * transaction: one record per person and date, an edit keeps the earlier version. The caller has
 * checked what a cadre's own day needs (the backfill window, the posting's start).
 */
export async function markNightInVillage(
  tx: TDb,
  v: {
    personId: number;
    villageCode: string;
    date: string;
    heard: string;
    userId: number;
    backfilled: boolean;
    /** The date is a day the county rests (a new day then starts as 休息 by day). */
    restDay: boolean;
    at: Date;
  },
): Promise<void> {
  const existing = await findDay(tx, v.personId, v.date);
  const next = dayWithNightInVillage(
    existing
      ? { day: existing.dayPlace as TPlace, night: existing.nightPlace as TPlace, work: existing.work }
      : null,
    v.heard,
    v.restDay,
  );
  if (!next) return;
  if (existing) {
    await updateDayKeepingHistory(
      tx,
      existing,
      { nightPlace: next.night, recordedBy: v.userId },
      v.userId,
      v.at,
    );
    return;
  }
  await insertDay(tx, {
    personId: v.personId,
    villageCode: v.villageCode,
    date: v.date,
    dayPlace: next.day,
    nightPlace: next.night,
    work: next.work,
    recordedBy: v.userId,
    backfilled: v.backfilled,
    createdAt: v.at,
    updatedAt: v.at,
  });
}
