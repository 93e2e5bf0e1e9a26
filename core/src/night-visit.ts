import { DAY_LIMITS } from './duty.ts';
import type { TPlace } from './place.ts';

/** The part of a day's record that marking a visit's night 在村 reads and writes. */
export type TDayPlaces = { day: TPlace; night: TPlace; work: string };

/** The work line a new day gets from the night visit that records it (typed once, docs/domain.md §0.2). */
export function workFromVisit(heard: string): string {
  return `夜访：${heard.trim()}`.slice(0, DAY_LIMITS.work);
}

/**
 * What recording a night visit "当晚在村" writes to the day, on the cadre's request only (never
 * forced, docs/domain.md §0): a recorded day gets its night set to 在村 and keeps everything else; a day
 * not recorded yet starts as a new day does (在村 by day, or 休息 on a day the county rests; 在村 by
 * night) with the visit as its work, for the cadre to change later. Null when there is nothing to change.
 */
export function dayWithNightInVillage(
  existing: TDayPlaces | null,
  heard: string,
  restDay = false,
): TDayPlaces | null {
  if (!existing) return { day: restDay ? 'rest' : 'village', night: 'village', work: workFromVisit(heard) };
  if (existing.night === 'village') return null;
  return { ...existing, night: 'village' };
}
