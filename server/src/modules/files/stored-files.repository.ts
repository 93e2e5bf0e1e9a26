import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { storedFiles } from '../../db/schema.ts';

export type TStoredFileRow = typeof storedFiles.$inferSelect;

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
