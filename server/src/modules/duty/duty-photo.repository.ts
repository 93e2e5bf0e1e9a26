import type { TScope } from '@zhucun/core';
import { and, eq, inArray } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { dutyDayPhotos, dutyDays, storedFiles } from '../../db/schema.ts';
import { villageInScope } from './duty.repository.ts';

/** The purpose of a photo attached to a day's log. */
export const DUTY_PHOTO = 'duty_photo';

/** Of some file ids, those that are not images of this purpose uploaded by this account. */
export async function unknownDutyPhotos(
  exec: TDb,
  userId: number,
  ids: number[],
  purpose = DUTY_PHOTO,
): Promise<number[]> {
  if (ids.length === 0) return [];
  const found = await exec
    .select({ id: storedFiles.id })
    .from(storedFiles)
    .where(
      and(inArray(storedFiles.id, ids), eq(storedFiles.purpose, purpose), eq(storedFiles.createdBy, userId)),
    );
  const ok = new Set(found.map((f) => f.id));
  return ids.filter((id) => !ok.has(id));
}

/** A day-log photo the caller may see: their own upload, or one attached to a day inside the scope. */
export async function findVisibleDutyPhoto(exec: TDb, id: number, userId: number, scope: TScope | null) {
  const [own] = await exec
    .select({ storageKey: storedFiles.storageKey })
    .from(storedFiles)
    .where(
      and(eq(storedFiles.id, id), eq(storedFiles.purpose, DUTY_PHOTO), eq(storedFiles.createdBy, userId)),
    );
  if (own) return own;
  if (!scope) return undefined;
  const [attached] = await exec
    .select({ storageKey: storedFiles.storageKey })
    .from(storedFiles)
    .innerJoin(dutyDayPhotos, eq(dutyDayPhotos.fileId, storedFiles.id))
    .innerJoin(dutyDays, eq(dutyDays.id, dutyDayPhotos.dutyDayId))
    .where(
      and(
        eq(storedFiles.id, id),
        eq(storedFiles.purpose, DUTY_PHOTO),
        villageInScope(dutyDays.villageCode, scope),
      ),
    )
    .limit(1);
  return attached;
}
