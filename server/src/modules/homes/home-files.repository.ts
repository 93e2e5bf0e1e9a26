import { and, count, eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { homePhotos, homes, storedFiles } from '../../db/schema.ts';

export async function countHomePhotos(exec: TDb, homeId: number): Promise<number> {
  const [row] = await exec.select({ n: count() }).from(homePhotos).where(eq(homePhotos.homeId, homeId));
  return Number(row?.n ?? 0);
}

export async function insertHomePhoto(exec: TDb, homeId: number, fileId: number): Promise<void> {
  await exec.insert(homePhotos).values({ homeId, fileId });
}

/** A photo of that home (its stored file), or undefined when the file is no photo of it. */
export async function findHomePhoto(exec: TDb, homeId: number, fileId: number) {
  const [row] = await exec
    .select({ id: storedFiles.id, storageKey: storedFiles.storageKey })
    .from(homePhotos)
    .innerJoin(storedFiles, eq(storedFiles.id, homePhotos.fileId))
    .where(and(eq(homePhotos.homeId, homeId), eq(homePhotos.fileId, fileId)))
    .limit(1);
  return row;
}

/** Unlinks a photo from its home; false when it was no photo of it (any more). */
export async function deleteHomePhoto(exec: TDb, homeId: number, fileId: number): Promise<boolean> {
  const rows = await exec
    .delete(homePhotos)
    .where(and(eq(homePhotos.homeId, homeId), eq(homePhotos.fileId, fileId)))
    .returning({ fileId: homePhotos.fileId });
  return rows.length > 0;
}

export async function updateContractFile(exec: TDb, homeId: number, fileId: number): Promise<void> {
  await exec.update(homes).set({ contractFileId: fileId }).where(eq(homes.id, homeId));
}

/** The stored file of a home's rent contract, if one was uploaded. */
export async function findContractFile(exec: TDb, homeId: number) {
  const [row] = await exec
    .select({ id: storedFiles.id, storageKey: storedFiles.storageKey, contentType: storedFiles.contentType })
    .from(homes)
    .innerJoin(storedFiles, eq(storedFiles.id, homes.contractFileId))
    .where(eq(homes.id, homeId))
    .limit(1);
  return row;
}
