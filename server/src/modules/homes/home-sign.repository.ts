import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { divisions, homeOccupants, homeRooms, persons, postings } from '../../db/schema.ts';

/** The names of some divisions by code (a village, its township and its county). */
export async function findDivisionNames(exec: TDb, codes: string[]): Promise<Map<string, string>> {
  const rows = await exec
    .select({ code: divisions.code, name: divisions.name })
    .from(divisions)
    .where(inArray(divisions.code, codes));
  return new Map(rows.map((r) => [r.code, r.name]));
}

/** Who lives in the home, with their room's position and their active posting (if any). */
export async function findResidents(exec: TDb, homeId: number) {
  return exec
    .select({
      personId: persons.id,
      name: persons.name,
      phone: persons.phone,
      photoFileId: persons.photoFileId,
      roomPosition: homeRooms.position,
      category: postings.category,
      postTitle: postings.postTitle,
    })
    .from(homeOccupants)
    .innerJoin(homeRooms, eq(homeRooms.id, homeOccupants.roomId))
    .innerJoin(persons, eq(persons.id, homeOccupants.personId))
    .leftJoin(postings, and(eq(postings.personId, persons.id), isNull(postings.actualEndDate)))
    .where(eq(homeOccupants.homeId, homeId));
}

/** True when the person lives in that home. */
export async function livesIn(exec: TDb, homeId: number, personId: number): Promise<boolean> {
  const [row] = await exec
    .select({ id: homeOccupants.id })
    .from(homeOccupants)
    .where(and(eq(homeOccupants.homeId, homeId), eq(homeOccupants.personId, personId)))
    .limit(1);
  return row !== undefined;
}
