import { createHash } from 'node:crypto';
import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { storedFiles } from '../../db/schema.ts';

export type TStoredFileRow = typeof storedFiles.$inferSelect;

/** The row of a checked file kept under `storageKey`, with its size and SHA-256. */
export function storedFileRow(
  storageKey: string,
  kept: { bytes: Buffer; contentType: string; width: number | null; height: number | null },
  purpose: string,
  createdBy: number | null,
): typeof storedFiles.$inferInsert {
  return {
    storageKey,
    contentType: kept.contentType,
    byteSize: kept.bytes.length,
    width: kept.width,
    height: kept.height,
    sha256: createHash('sha256').update(kept.bytes).digest('hex'),
    purpose,
    createdBy,
  };
}

export async function insertStoredFile(
  exec: TDb,
  values: typeof storedFiles.$inferInsert,
): Promise<TStoredFileRow> {
  const [row] = await exec.insert(storedFiles).values(values).returning();
  return row!;
}

export async function findStoredFile(exec: TDb, id: number): Promise<TStoredFileRow | undefined> {
  const [row] = await exec.select().from(storedFiles).where(eq(storedFiles.id, id)).limit(1);
  return row;
}

export async function deleteStoredFile(exec: TDb, id: number): Promise<void> {
  await exec.delete(storedFiles).where(eq(storedFiles.id, id));
}
