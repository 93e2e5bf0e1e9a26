import type { TScope } from '@zhucun/core';
import { and, asc, count, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { TDb } from '../../db/client.ts';
import {
  divisions,
  homeOccupants,
  homePhotos,
  homeRooms,
  homes,
  persons,
  postings,
} from '../../db/schema.ts';
import { villageInScope } from '../duty/duty.repository.ts';

export type THomeRow = typeof homes.$inferSelect;
export type THomeRoomRow = typeof homeRooms.$inferSelect;
export type THomeWithNames = { home: THomeRow; villageName: string; townshipName: string | null };
export type THomeFilter = { ids?: number[]; township?: string; village?: string; kind?: string };

const village = alias(divisions, 'village');
const township = alias(divisions, 'township');
const postedVillage = alias(divisions, 'posted_village');

/** A home's row by id (no scope: see home-access.ts). */
export async function findHomeRow(exec: TDb, id: number): Promise<THomeRow | undefined> {
  const [row] = await exec.select().from(homes).where(eq(homes.id, id)).limit(1);
  return row;
}

export async function insertHome(exec: TDb, values: typeof homes.$inferInsert): Promise<THomeRow> {
  const [row] = await exec.insert(homes).values(values).returning();
  return row!;
}

export async function updateHome(exec: TDb, id: number, values: Partial<typeof homes.$inferInsert>) {
  await exec.update(homes).set(values).where(eq(homes.id, id));
}

/**
 * Locks a home's row for the rest of the transaction: changes to one home's rooms, occupants,
 * photos and contract file queue up. Its kind and contract file as they are now (none: no home).
 */
export async function lockHome(exec: TDb, id: number) {
  const [row] = await exec
    .select({ kind: homes.kind, contractFileId: homes.contractFileId })
    .from(homes)
    .where(eq(homes.id, id))
    .for('update');
  return row;
}

/** Homes in the scope with their village's and township's names, by village code then id. */
export async function findHomes(exec: TDb, scope: TScope, f: THomeFilter = {}): Promise<THomeWithNames[]> {
  const conds: SQL[] = [];
  const within = villageInScope(homes.villageCode, scope);
  if (within) conds.push(within);
  if (f.ids) conds.push(f.ids.length ? inArray(homes.id, f.ids) : sql`false`);
  if (f.township) conds.push(sql`${homes.villageCode} like ${`${f.township}%`}`);
  if (f.village) conds.push(eq(homes.villageCode, f.village));
  if (f.kind) conds.push(eq(homes.kind, f.kind));
  return exec
    .select({ home: homes, villageName: village.name, townshipName: township.name })
    .from(homes)
    .innerJoin(village, eq(village.code, homes.villageCode))
    .leftJoin(township, eq(township.code, sql`substr(${homes.villageCode}, 1, 9)`))
    .where(and(...conds))
    .orderBy(asc(homes.villageCode), asc(homes.id));
}

/** The rooms of some homes, by home and position. */
export async function findRoomsOf(exec: TDb, homeIds: number[]): Promise<THomeRoomRow[]> {
  if (homeIds.length === 0) return [];
  return exec
    .select()
    .from(homeRooms)
    .where(inArray(homeRooms.homeId, homeIds))
    .orderBy(asc(homeRooms.homeId), asc(homeRooms.position), asc(homeRooms.id));
}

/** How many people live in each room of some homes (rooms nobody lives in are absent). */
export async function countOccupantsByRoom(exec: TDb, homeIds: number[]): Promise<Map<number, number>> {
  if (homeIds.length === 0) return new Map();
  const rows = await exec
    .select({ roomId: homeOccupants.roomId, n: count() })
    .from(homeOccupants)
    .where(inArray(homeOccupants.homeId, homeIds))
    .groupBy(homeOccupants.roomId);
  return new Map(rows.map((r) => [r.roomId, Number(r.n)]));
}

/** Who lives in a home: the person and their current (active) posting, if any; by date moved in, then name. */
export async function findOccupantsOf(exec: TDb, homeId: number) {
  return exec
    .select({
      roomId: homeOccupants.roomId,
      personId: homeOccupants.personId,
      since: homeOccupants.since,
      name: persons.name,
      category: postings.category,
      postTitle: postings.postTitle,
      villageCode: postings.villageCode,
      villageName: postedVillage.name,
    })
    .from(homeOccupants)
    .innerJoin(persons, eq(persons.id, homeOccupants.personId))
    .leftJoin(postings, and(eq(postings.personId, persons.id), isNull(postings.actualEndDate)))
    .leftJoin(postedVillage, eq(postedVillage.code, postings.villageCode))
    .where(eq(homeOccupants.homeId, homeId))
    .orderBy(asc(homeOccupants.since), asc(persons.name), asc(persons.id));
}
export type THomeOccupantRow = Awaited<ReturnType<typeof findOccupantsOf>>[number];

export async function findPhotoIdsOf(exec: TDb, homeId: number): Promise<number[]> {
  const rows = await exec
    .select({ fileId: homePhotos.fileId })
    .from(homePhotos)
    .where(eq(homePhotos.homeId, homeId))
    .orderBy(asc(homePhotos.createdAt), asc(homePhotos.fileId));
  return rows.map((r) => r.fileId);
}

export async function insertRooms(exec: TDb, rows: (typeof homeRooms.$inferInsert)[]): Promise<void> {
  if (rows.length) await exec.insert(homeRooms).values(rows);
}

export async function updateRoom(
  exec: TDb,
  id: number,
  values: { label: string; beds: number; position: number },
) {
  await exec.update(homeRooms).set(values).where(eq(homeRooms.id, id));
}

export async function deleteRooms(exec: TDb, ids: number[]): Promise<void> {
  if (ids.length) await exec.delete(homeRooms).where(inArray(homeRooms.id, ids));
}

/**
 * The townships a scope reaches, by code: those under a county or township code, and the township
 * of a village code (a cadre's scope).
 */
export async function findTownshipsIn(exec: TDb, scope: TScope) {
  const conds: SQL[] = [eq(divisions.level, 'township')];
  if (!scope.all) {
    const reach = scope.codes.map((c) =>
      c.length > 9 ? eq(divisions.code, c.slice(0, 9)) : sql`${divisions.code} like ${`${c}%`}`,
    );
    conds.push(reach.length ? sql`(${sql.join(reach, sql` or `)})` : sql`false`);
  }
  return exec
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(and(...conds))
    .orderBy(asc(divisions.code));
}
