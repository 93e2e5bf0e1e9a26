import { DISPATCHED_CATEGORIES, type TScope } from '@zhucun/core';
import { and, asc, count, eq, inArray, isNull, lte, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TDb } from '../../db/client.ts';
import { divisions, homeOccupants, homeRooms, homes, persons, postings, units } from '../../db/schema.ts';
import { villageInScope } from '../duty/duty.repository.ts';

const village = alias(divisions, 'village');
const township = alias(divisions, 'township');

export type TStationedFilter = {
  township?: string;
  village?: string;
  /** Only those who live in no home (走读 risk). */
  withoutHome?: boolean;
};

/**
 * Stationed cadres on `today`: an active posting of a dispatched category that has begun, in the
 * scope; with the room they live in, if any. By village code, then name.
 */
export async function findStationedCadres(exec: TDb, scope: TScope, today: string, f: TStationedFilter = {}) {
  const conds: SQL[] = [
    isNull(postings.actualEndDate),
    lte(postings.startDate, today),
    inArray(postings.category, [...DISPATCHED_CATEGORIES]),
  ];
  const within = villageInScope(postings.villageCode, scope);
  if (within) conds.push(within);
  if (f.township) conds.push(sql`${postings.villageCode} like ${`${f.township}%`}`);
  if (f.village) conds.push(eq(postings.villageCode, f.village));
  if (f.withoutHome) conds.push(isNull(homeOccupants.id));
  return exec
    .select({
      personId: persons.id,
      name: persons.name,
      category: postings.category,
      postTitle: postings.postTitle,
      villageCode: postings.villageCode,
      villageName: village.name,
      townshipName: township.name,
      unitName: units.name,
      homeId: homeOccupants.homeId,
      roomLabel: homeRooms.label,
    })
    .from(postings)
    .innerJoin(persons, eq(persons.id, postings.personId))
    .innerJoin(village, eq(village.code, postings.villageCode))
    .leftJoin(township, eq(township.code, sql`substr(${postings.villageCode}, 1, 9)`))
    .leftJoin(units, eq(units.id, postings.unitId))
    .leftJoin(homeOccupants, eq(homeOccupants.personId, persons.id))
    .leftJoin(homeRooms, eq(homeRooms.id, homeOccupants.roomId))
    .where(and(...conds))
    .orderBy(asc(postings.villageCode), asc(persons.name), asc(persons.id));
}
export type TStationedRow = Awaited<ReturnType<typeof findStationedCadres>>[number];

/** A person with their active posting (if any) and the name of its township. */
export async function findPersonPosting(exec: TDb, personId: number) {
  const [row] = await exec
    .select({
      name: persons.name,
      villageCode: postings.villageCode,
      category: postings.category,
      startDate: postings.startDate,
      townshipName: township.name,
    })
    .from(persons)
    .leftJoin(postings, and(eq(postings.personId, persons.id), isNull(postings.actualEndDate)))
    .leftJoin(township, eq(township.code, sql`substr(${postings.villageCode}, 1, 9)`))
    .where(eq(persons.id, personId))
    .limit(1);
  return row;
}

/** Where a person lives: the home (with its village's name, for its title) and the room. */
export async function findHousingOf(exec: TDb, personId: number) {
  const [row] = await exec
    .select({
      homeId: homes.id,
      title: homes.title,
      kind: homes.kind,
      villageName: village.name,
      roomLabel: homeRooms.label,
    })
    .from(homeOccupants)
    .innerJoin(homes, eq(homes.id, homeOccupants.homeId))
    .innerJoin(village, eq(village.code, homes.villageCode))
    .innerJoin(homeRooms, eq(homeRooms.id, homeOccupants.roomId))
    .where(eq(homeOccupants.personId, personId))
    .limit(1);
  return row;
}

export async function countRoomOccupants(exec: TDb, roomId: number): Promise<number> {
  const [row] = await exec.select({ n: count() }).from(homeOccupants).where(eq(homeOccupants.roomId, roomId));
  return Number(row?.n ?? 0);
}

export async function insertOccupant(exec: TDb, values: typeof homeOccupants.$inferInsert): Promise<void> {
  await exec.insert(homeOccupants).values(values);
}

/** Moves a person out of a home; the row removed (with its room), or undefined when they did not live there. */
export async function deleteOccupant(exec: TDb, homeId: number, personId: number) {
  const [row] = await exec
    .delete(homeOccupants)
    .where(and(eq(homeOccupants.homeId, homeId), eq(homeOccupants.personId, personId)))
    .returning();
  return row;
}

/** True for a unique-key violation (PostgreSQL 23505), however the driver wrapped it. */
export function isUniqueViolation(err: unknown): boolean {
  for (let e: unknown = err; e && typeof e === 'object'; e = (e as { cause?: unknown }).cause)
    if ((e as { code?: unknown }).code === '23505') return true;
  return false;
}
