import { addDays, addYears, DEFAULT_HOME_FACILITIES, type THomeKind } from '@zhucun/core';
import type { TRandom } from './demo-registry/random.ts';

/** The bulletin's numbers: 44 apartments in Party-mass service centres, 42 rented farmhouses. */
export const DEMO_APARTMENTS = 44;
export const DEMO_FARMHOUSES = 42;

/** Villages whose home the demo shows: the demo accounts' cadres live there, and 辛圐圙 has a farmhouse. */
const REQUIRED_VILLAGES = ['140622100211', '140622100214', '140622100219', '140622100222', '140622102205'];
const REQUIRED_FARMHOUSE = '140622102205';
/**
 * Townships where the end-to-end tests register homes and move cadres in: their cadres without a
 * home in their own village stay unhoused (not moved into a neighbour's spare bed).
 */
const LEFT_FOR_TESTS = ['140622100', '140622102'];

/** Ways a demo home falls short of the standard, so the county view has something to show. */
const SHORTFALLS = [
  'one_room',
  'bedless_room',
  'no_kitchen',
  'no_water_heater',
  'no_internet',
  'no_kitchen_no_washer',
  'no_desk_wardrobe',
] as const;
type TShortfall = (typeof SHORTFALLS)[number];

const NOTES: Partial<Record<TShortfall, string>> = {
  one_room: '第二间宿舍正在装修，预计年底完工',
  no_kitchen: '暂与村委会共用厨房，独立厨房正在改造',
  bedless_room: '3号房暂作活动室，尚未配床',
};

export type TDemoCadre = { personId: number; village: string; category: string; start: string };

export type TDemoHomePlan = {
  village: string;
  kind: THomeKind;
  rooms: { label: string; beds: number }[];
  hasKitchen: boolean;
  facilities: string[];
  note: string;
  /** Who lives where: index into `rooms`. */
  occupants: { cadre: TDemoCadre; room: number }[];
};

/** The townships' shares of `total` homes by their villages with stationed cadres (largest remainder). */
function shares(byTownship: Map<string, string[]>, total: number): Map<string, number> {
  const villages = [...byTownship.values()].reduce((n, v) => n + v.length, 0);
  const exact = [...byTownship].map(([t, v]) => [t, (v.length * total) / villages] as const);
  const out = new Map(exact.map(([t, x]) => [t, Math.floor(x)]));
  let left = total - [...out.values()].reduce((a, b) => a + b, 0);
  for (const [t] of [...exact].sort((a, b) => (b[1] % 1) - (a[1] % 1) || (a[0] < b[0] ? -1 : 1))) {
    if (left-- <= 0) break;
    out.set(t, out.get(t)! + 1);
  }
  return out;
}

/** Rooms for `n` cadres of the village: 2–4 rooms of 1–2 beds, enough beds for all of them. */
function roomsFor(random: TRandom, n: number, shortfall: TShortfall | undefined) {
  if (shortfall === 'one_room') return [{ label: '1号房', beds: 2 }];
  if (shortfall === 'bedless_room')
    return [
      { label: '1号房', beds: 2 },
      { label: '2号房', beds: n > 2 ? 2 : 1 },
      { label: '3号房', beds: 0 },
    ];
  const count = Math.min(4, Math.max(Math.ceil(n / 2), random.int(2, 3)));
  const rooms = Array.from({ length: count }, (_, i) => ({
    label: `${i + 1}号房`,
    beds: random.chance(0.35) ? 2 : 1,
  }));
  for (let i = 0; rooms.reduce((s, r) => s + r.beds, 0) < n; i++) rooms[i % count]!.beds = 2;
  return rooms;
}

function facilitiesFor(shortfall: TShortfall | undefined): string[] {
  const missing: Partial<Record<TShortfall, string[]>> = {
    no_water_heater: ['water_heater'],
    no_internet: ['internet'],
    no_kitchen_no_washer: ['washing_machine'],
    no_desk_wardrobe: ['desk', 'wardrobe'],
  };
  const without = new Set(shortfall ? (missing[shortfall] ?? []) : []);
  return DEFAULT_HOME_FACILITIES.filter((f) => !without.has(f));
}

/** Puts a cadre in the room with the fewest people that still has a free bed; false when the home is full. */
function moveIn(plan: TDemoHomePlan, cadre: TDemoCadre): boolean {
  const used = plan.rooms.map((_, i) => plan.occupants.filter((o) => o.room === i).length);
  const free = plan.rooms.map((_, i) => i).filter((i) => used[i]! < plan.rooms[i]!.beds);
  if (free.length === 0) return false;
  const room = free.sort((a, b) => used[a]! - used[b]! || a - b)[0]!;
  plan.occupants.push({ cadre, room });
  return true;
}

/**
 * Where the demo county's 86 homes are and who lives in them: each township gets its share by
 * villages with stationed cadres (one home a village, in the villages with most cadres), 44 are
 * apartments and 42 farmhouses, seven fall short of the standard in different ways. The cadres of
 * a home's village move in; the spare beds take cadres of the township's villages without a home,
 * most of them — the rest stay unhoused (走读).
 */
export function planDemoHomes(random: TRandom, cadres: readonly TDemoCadre[]): TDemoHomePlan[] {
  const byVillage = new Map<string, TDemoCadre[]>();
  for (const c of cadres) byVillage.set(c.village, [...(byVillage.get(c.village) ?? []), c]);
  const byTownship = new Map<string, string[]>();
  for (const v of [...byVillage.keys()].sort())
    byTownship.set(v.slice(0, 9), [...(byTownship.get(v.slice(0, 9)) ?? []), v]);
  const quota = shares(byTownship, DEMO_APARTMENTS + DEMO_FARMHOUSES);

  const chosen: string[] = [];
  for (const [township, villages] of byTownship) {
    const required = villages.filter((v) => REQUIRED_VILLAGES.includes(v));
    const weighed = villages
      .filter((v) => !required.includes(v))
      .map((v) => [v, byVillage.get(v)!.length + random.next() * 2] as const)
      .sort((a, b) => b[1] - a[1])
      .map(([v]) => v);
    chosen.push(...[...required, ...weighed].slice(0, quota.get(township)));
  }
  chosen.sort();

  const kinds = random.shuffle([
    ...Array<THomeKind>(DEMO_APARTMENTS).fill('apartment'),
    ...Array<THomeKind>(DEMO_FARMHOUSES).fill('farmhouse'),
  ]);
  const must = chosen.indexOf(REQUIRED_FARMHOUSE);
  if (must >= 0 && kinds[must] === 'apartment') {
    const swap = kinds.findIndex((k, i) => k === 'farmhouse' && i !== must);
    [kinds[must], kinds[swap]] = ['farmhouse', 'apartment'];
  }

  // the homes that fall short: not the demo accounts' homes; one room only where two beds are enough
  const short = new Map<string, TShortfall>();
  const candidates = random.shuffle(chosen.filter((v) => !REQUIRED_VILLAGES.includes(v)));
  for (const s of SHORTFALLS) {
    const limit = s === 'one_room' ? 2 : s === 'bedless_room' ? 3 : 8;
    const v = candidates.find((c) => !short.has(c) && byVillage.get(c)!.length <= limit);
    if (v) short.set(v, s);
  }

  const plans = chosen.map((village, i): TDemoHomePlan => {
    const shortfall = short.get(village);
    const plan: TDemoHomePlan = {
      village,
      kind: kinds[i]!,
      rooms: roomsFor(random, byVillage.get(village)!.length, shortfall),
      hasKitchen: shortfall !== 'no_kitchen' && shortfall !== 'no_kitchen_no_washer',
      facilities: facilitiesFor(shortfall),
      note: (shortfall && NOTES[shortfall]) ?? '',
      occupants: [],
    };
    for (const c of byVillage.get(village)!) moveIn(plan, c);
    return plan;
  });

  // neighbours without a home in their own village take spare beds of their township, most of them
  const housed = new Set(chosen);
  for (const [township, villages] of byTownship) {
    if (LEFT_FOR_TESTS.includes(township)) continue;
    const homes = plans.filter((p) => p.village.startsWith(township));
    const neighbours = villages.filter((v) => !housed.has(v)).flatMap((v) => byVillage.get(v)!);
    for (const c of neighbours) {
      if (!random.chance(0.85)) continue;
      const spare = (p: TDemoHomePlan) => p.rooms.reduce((s, r) => s + r.beds, 0) - p.occupants.length;
      const home = [...homes].sort((a, b) => spare(b) - spare(a))[0];
      if (home) moveIn(home, c);
    }
  }
  return plans;
}

/** A farmhouse's rent contract: a landlord of the village, 1–3 years within 2025–2027, ¥3,000–¥8,000 a year. */
export function demoContract(random: TRandom, landlord: string, today: string) {
  const start = random.chance(0.7)
    ? `2025-${String(random.int(1, 12)).padStart(2, '0')}-01`
    : `2026-${String(random.int(1, 6)).padStart(2, '0')}-01`;
  const ends = [1, 2, 3].map((y) => addDays(addYears(start, y), -1)).filter((e) => e <= '2027-12-31');
  const current = ends.filter((e) => e >= today);
  const landlordPhone = `1${random.pick(['35', '39', '52', '58', '82', '87', '55'])}${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
  return {
    landlord,
    landlordPhone,
    contractStart: start,
    contractEnd: random.pick(current.length ? current : ends),
    annualRentFen: random.int(30, 80) * 10_000,
  };
}
