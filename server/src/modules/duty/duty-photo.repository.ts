import { and, eq, inArray } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { storedFiles } from '../../db/schema.ts';

/** The purpose of a photo attached to a day's log. */
export const DUTY_PHOTO = 'duty_photo';

/** Of some file ids, those that are not day-log photos uploaded by this account. */
export async function unknownDutyPhotos(exec: TDb, userId: number, ids: number[]): Promise<number[]> {
  if (ids.length === 0) return [];
  const found = await exec
    .select({ id: storedFiles.id })
    .from(storedFiles)
    .where(
      and(
        inArray(storedFiles.id, ids),
        eq(storedFiles.purpose, DUTY_PHOTO),
        eq(storedFiles.createdBy, userId),
      ),
    );
  const ok = new Set(found.map((f) => f.id));
  return ids.filter((id) => !ok.has(id));
}
