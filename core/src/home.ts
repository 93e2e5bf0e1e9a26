import { z } from 'zod';
import { daysBetween } from './posting.ts';

/** 标准化家园 (docs/domain.md §1): an apartment in the Party-mass service centre, or a rented farmhouse. */
export const HOME_KINDS = ['apartment', 'farmhouse'] as const;
export const ZHomeKind = z.enum(HOME_KINDS);
export type THomeKind = z.infer<typeof ZHomeKind>;

/** The standard facilities checklist (configurable per county; these are the defaults). */
export const DEFAULT_HOME_FACILITIES = [
  'bed', // 床
  'desk', // 书桌
  'wardrobe', // 衣柜
  'heating', // 取暖
  'water_heater', // 热水器
  'washing_machine', // 洗衣机
  'internet', // 网络
] as const;

/** A home has 2 to 4 standard rooms, each with at least one bed. */
export const HOME_ROOMS = { min: 2, max: 4 } as const;

export type THomeFacts = {
  rooms: readonly { beds: number }[];
  hasKitchen: boolean;
  facilities: readonly string[];
};

/** What a home lacks against the standard; an empty list means it meets it. */
export type THomeShortfall =
  | { kind: 'too_few_rooms'; rooms: number; min: number }
  | { kind: 'room_without_bed'; room: number }
  | { kind: 'no_kitchen' }
  | { kind: 'missing_facility'; facility: string };

/** The standard check (below standard: fewer than 2 rooms, a room without a bed, no kitchen, missing facilities). */
export function homeShortfalls(
  home: THomeFacts,
  standard: readonly string[] = DEFAULT_HOME_FACILITIES,
): THomeShortfall[] {
  const out: THomeShortfall[] = [];
  if (home.rooms.length < HOME_ROOMS.min)
    out.push({ kind: 'too_few_rooms', rooms: home.rooms.length, min: HOME_ROOMS.min });
  home.rooms.forEach((r, i) => {
    if (r.beds < 1) out.push({ kind: 'room_without_bed', room: i + 1 });
  });
  if (!home.hasKitchen) out.push({ kind: 'no_kitchen' });
  const present = new Set(home.facilities);
  for (const f of standard) if (!present.has(f)) out.push({ kind: 'missing_facility', facility: f });
  return out;
}

/** 统一资金 sources (docs/domain.md §1). */
export const FUNDING_SOURCES = [
  'selectee_settlement', // 选调生一次性安置费
  'team_funds', // 第一书记和工作队经费
  'township_party_award', // 市级乡镇党建奖补资金
  'other', // 其他
] as const;
export const ZFundingSource = z.enum(FUNDING_SOURCES);
export type TFundingSource = z.infer<typeof ZFundingSource>;

/** Money is integer fen (分), never floating point: ¥1.00 = 100. */
export const ZFen = z.number().int().safe();

/**
 * A ledger entry: money in (positive) or out (negative), never edited in place. A correction is a
 * new entry that names the one it corrects and carries the difference.
 */
export type TFundingEntry = {
  id: number;
  source: TFundingSource;
  amountFen: number;
  correctsId: number | null;
};

/** Totals per source and overall, in fen: every entry counted once, corrections included. */
export function fundingTotals(entries: readonly TFundingEntry[]): {
  bySource: Record<TFundingSource, number>;
  total: number;
} {
  const bySource = Object.fromEntries(FUNDING_SOURCES.map((s) => [s, 0])) as Record<TFundingSource, number>;
  for (const e of entries) bySource[e.source] += e.amountFen;
  return { bySource, total: FUNDING_SOURCES.reduce((sum, s) => sum + bySource[s], 0) };
}

/** The entry a correction must carry to bring an entry's amount to `intended` (same source, the difference). */
export function correctionFor(entry: TFundingEntry, intended: number): Omit<TFundingEntry, 'id'> {
  return { source: entry.source, amountFen: intended - entry.amountFen, correctsId: entry.id };
}

/** "¥1,234.50" from fen, without floating point on the way. */
export function formatYuan(fen: number): string {
  const sign = fen < 0 ? '-' : '';
  const abs = Math.abs(fen);
  const yuan = Math.trunc(abs / 100).toLocaleString('en-US');
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** Fen from a typed amount in yuan ("1234.5", "1,234.50"); null when it is not a money amount. */
export function parseYuan(text: string): number | null {
  const m = /^(-)?(\d{1,3}(?:,\d{3})*|\d+)(?:\.(\d{1,2}))?$/.exec(text.trim());
  if (!m) return null;
  const fen = Number(m[2]!.replaceAll(',', '')) * 100 + Number((m[3] ?? '').padEnd(2, '0'));
  return m[1] ? -fen : fen;
}

/** What a home is called when it was given no title of its own (a name, the same in every language). */
const KIND_TITLES: Record<THomeKind, string> = {
  apartment: '驻村干部公寓',
  farmhouse: '驻村干部农家小院',
};
export function homeTitleOf(home: { title: string; kind: THomeKind }, villageName: string): string {
  return home.title || `${villageDisplayName(villageName)}${KIND_TITLES[home.kind]}`;
}

/**
 * A village as people name it on a sign or a title: the division list names its committee
 * (辛圐圙村委会), the village is 辛圐圙村 (and a 社区居委会 is the 社区).
 */
export function villageDisplayName(name: string): string {
  return name.replace(/村(民委员会|委会)$/, '村').replace(/社区(居民委员会|居委会)$/, '社区');
}

/** A farmhouse's lease ending within this many days is flagged, so it is renewed in time. */
export const LEASE_ENDING_DAYS = 60;
export const LEASE_STATES = ['running', 'ending', 'ended'] as const;
export const ZLeaseState = z.enum(LEASE_STATES);
export type TLeaseState = z.infer<typeof ZLeaseState>;

/** Where a rent contract stands today: running, ending within 60 days (today included), or ended; null without one. */
export function leaseState(endDate: string | null, today: string): TLeaseState | null {
  if (endDate === null) return null;
  const left = daysBetween(today, endDate);
  if (left < 0) return 'ended';
  return left <= LEASE_ENDING_DAYS ? 'ending' : 'running';
}
