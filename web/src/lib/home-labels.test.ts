import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { homesZhCN } from '../i18n/homes.zh-CN.ts';
import { facilityChoices, facilityLabel, shortfallLabels } from './home-labels.ts';

/** A tiny t over the Chinese strings, enough for these labels. */
const t = ((key: string, params: Record<string, unknown> = {}) => {
  let node: unknown = homesZhCN;
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return String(node).replace(/\{\{(\w+)\}\}/g, (_m, name: string) => String(params[name]));
}) as unknown as TFunction;

describe('home labels', () => {
  it('names known facilities in words and keeps the county’s own wording', () => {
    expect(facilityLabel('water_heater', t)).toBe('热水器');
    expect(facilityLabel('电暖气', t)).toBe('电暖气');
  });

  it('names each shortfall, the missing facilities in one tag', () => {
    expect(
      shortfallLabels(
        [
          { kind: 'too_few_rooms', rooms: 1, min: 2 },
          { kind: 'room_without_bed', room: 3 },
          { kind: 'no_kitchen' },
          { kind: 'missing_facility', facility: 'water_heater' },
          { kind: 'missing_facility', facility: 'internet' },
        ],
        t,
      ),
    ).toEqual(['少于2间房', '3号房无床', '无公共厨房', '缺：热水器、网络']);
    expect(shortfallLabels([], t)).toEqual([]);
  });

  it('offers the standard first, then what the home has beyond it', () => {
    expect(facilityChoices(['bed', 'desk'], ['desk', '电暖气'])).toEqual(['bed', 'desk', '电暖气']);
  });
});
