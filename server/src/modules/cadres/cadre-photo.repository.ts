import { eq } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { persons, storedFiles } from '../../db/schema.ts';

/**
 * The person's current photo file, with the person's row locked until the transaction ends,
 * so two uploads for one person replace each other in turn.
 */
export async function lockPersonPhoto(exec: TDb, personId: number) {
  const [row] = await exec
    .select({ fileId: persons.photoFileId })
    .from(persons)
    .where(eq(persons.id, personId))
    .for('update');
  if (!row?.fileId) return null;
  const [file] = await exec.select().from(storedFiles).where(eq(storedFiles.id, row.fileId)).limit(1);
  return file ?? null;
}

/** The storage key of a person's photo, or null when they have none. */
export async function findPhotoKeyOf(exec: TDb, personId: number): Promise<string | null> {
  const [row] = await exec
    .select({ key: storedFiles.storageKey })
    .from(persons)
    .innerJoin(storedFiles, eq(storedFiles.id, persons.photoFileId))
    .where(eq(persons.id, personId))
    .limit(1);
  return row?.key ?? null;
}
