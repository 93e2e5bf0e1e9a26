/**
 * Where a cadre was, by day or by night (docs/rules.md §4.1), without zod: the cadre's light pages
 * (docs/web.md §Size) import it directly. `presence.ts` builds its schemas on it.
 */
export const PLACES = [
  'village', // 在村
  'official_duty', // 公务外出 (reported): counts as in the village
  'leave', // 请假
  'rest', // 休息: the days and nights beyond five and four, weekends, holidays; neither in the village nor absent
  'absent', // 不在岗: an unexplained absence on a duty day or night, never rest
] as const;
export type TPlace = (typeof PLACES)[number];

/** True when the place counts as being in the village (in the village, or on reported official duty); rest does not. */
export function isInVillage(place: TPlace): boolean {
  return place === 'village' || place === 'official_duty';
}
