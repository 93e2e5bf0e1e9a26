import { DEFAULT_HOME_FACILITIES, type THomeShortfall } from '@zhucun/core';
import type { TFunction } from 'i18next';

type TKnownFacility = (typeof DEFAULT_HOME_FACILITIES)[number];

export function isKnownFacility(key: string): key is TKnownFacility {
  return (DEFAULT_HOME_FACILITIES as readonly string[]).includes(key);
}

/** A facility of the checklist as people read it: a known key in words, a county's own wording as it is. */
export function facilityLabel(key: string, t: TFunction): string {
  return isKnownFacility(key) ? t(`homes.facilities.${key}`) : key;
}

/**
 * What a home lacks, one phrase per tag: 少于2间房, 3号房无床, 无公共厨房, and the missing
 * facilities together (缺：热水器、洗衣机) so a card stays short.
 */
export function shortfallLabels(shortfalls: readonly THomeShortfall[], t: TFunction): string[] {
  const out: string[] = [];
  const missing: string[] = [];
  for (const s of shortfalls) {
    if (s.kind === 'too_few_rooms') out.push(t('homes.shortfall.too_few_rooms', { min: s.min }));
    else if (s.kind === 'room_without_bed') out.push(t('homes.shortfall.room_without_bed', { room: s.room }));
    else if (s.kind === 'no_kitchen') out.push(t('homes.shortfall.no_kitchen'));
    else missing.push(facilityLabel(s.facility, t));
  }
  if (missing.length > 0)
    out.push(t('homes.shortfall.missing', { list: missing.join(t('homes.shortfall.separator')) }));
  return out;
}

/**
 * The checklist a form offers: the county's standard first, then whatever the home already has that
 * the standard no longer names (so editing never drops it silently).
 */
export function facilityChoices(standard: readonly string[], present: readonly string[]): string[] {
  return [...standard, ...present.filter((f) => !standard.includes(f))];
}
