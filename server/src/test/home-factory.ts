import type { TDb } from '../db/client.ts';
import { homeRooms, homes } from '../db/schema.ts';

/**
 * A home written straight to the database, for tests of what builds on homes (funding, files,
 * signs) that should not depend on the homes routes. Two rooms of one bed each by default.
 */
export async function insertTestHome(
  db: TDb,
  values: {
    villageCode: string;
    kind?: 'apartment' | 'farmhouse';
    rooms?: { label: string; beds: number }[];
    title?: string;
  },
): Promise<{ id: number; roomIds: number[] }> {
  const kind = values.kind ?? 'apartment';
  const [home] = await db
    .insert(homes)
    .values({
      villageCode: values.villageCode,
      kind,
      title: values.title ?? '',
      address: '村党群服务中心二楼',
      hasKitchen: true,
      facilities: ['bed', 'desk', 'wardrobe', 'heating', 'water_heater', 'washing_machine', 'internet'],
      ...(kind === 'farmhouse'
        ? {
            landlord: '张大爷',
            contractStart: '2026-01-01',
            contractEnd: '2027-12-31',
            annualRentFen: 360_000,
          }
        : {}),
    })
    .returning({ id: homes.id });
  const rooms = values.rooms ?? [
    { label: '1号房', beds: 1 },
    { label: '2号房', beds: 1 },
  ];
  const roomRows = await db
    .insert(homeRooms)
    .values(rooms.map((r, i) => ({ homeId: home!.id, label: r.label, beds: r.beds, position: i })))
    .returning({ id: homeRooms.id });
  return { id: home!.id, roomIds: roomRows.map((r) => r.id) };
}
