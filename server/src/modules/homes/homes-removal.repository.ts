import { count, eq, inArray } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { homeFundingEntries, homePhotos, homeRooms, homes, storedFiles } from '../../db/schema.ts';

/** How many funding entries a home has (corrections included). */
export async function countFundingEntries(exec: TDb, homeId: number): Promise<number> {
  const [row] = await exec
    .select({ n: count() })
    .from(homeFundingEntries)
    .where(eq(homeFundingEntries.homeId, homeId));
  return Number(row?.n ?? 0);
}

/** The stored files of a home: its photos and its contract file. */
export async function findHomeFiles(exec: TDb, homeId: number, contractFileId: number | null) {
  const photos = await exec
    .select({ id: storedFiles.id, key: storedFiles.storageKey })
    .from(homePhotos)
    .innerJoin(storedFiles, eq(storedFiles.id, homePhotos.fileId))
    .where(eq(homePhotos.homeId, homeId));
  const contract = contractFileId
    ? await exec
        .select({ id: storedFiles.id, key: storedFiles.storageKey })
        .from(storedFiles)
        .where(eq(storedFiles.id, contractFileId))
    : [];
  return [...photos, ...contract];
}

/** Deletes a home's rows, then the stored-file rows it pointed to (foreign keys in that order). */
export async function deleteHomeRows(exec: TDb, homeId: number, fileIds: number[]): Promise<void> {
  await exec.delete(homePhotos).where(eq(homePhotos.homeId, homeId));
  await exec.delete(homeRooms).where(eq(homeRooms.homeId, homeId));
  await exec.delete(homes).where(eq(homes.id, homeId));
  if (fileIds.length) await exec.delete(storedFiles).where(inArray(storedFiles.id, fileIds));
}
