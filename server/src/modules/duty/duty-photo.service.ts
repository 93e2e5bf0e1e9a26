import type { TScope } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import type { TFileStorage } from '../../storage/file-storage.ts';
import { newStorageKey } from '../../storage/local-file-storage.ts';
import { processImage } from '../files/images.ts';
import { insertStoredFile, storedFileRow } from '../files/stored-files.repository.ts';
import { DUTY_PHOTO, findVisibleDutyPhoto } from './duty-photo.repository.ts';

/**
 * Photos for a day's log: optional evidence, never required (docs/domain.md §0). Re-encoded without
 * metadata; the location stays only when the cadre chose to attach it.
 */
export function createDutyPhotoService(deps: { db: TDb; storage: TFileStorage }) {
  const { db, storage } = deps;
  return {
    /** Checks, re-encodes and stores an image; `purpose` says what it is evidence of (a day, a spot check). */
    async upload(
      userId: number,
      bytes: Buffer,
      keepLocation: boolean,
      purpose = DUTY_PHOTO,
      field = 'photoIds',
    ) {
      const image = await processImage(bytes, { keepLocation, field });
      const key = newStorageKey(purpose, 'jpg');
      await storage.put(key, image.bytes);
      try {
        const file = await insertStoredFile(db, storedFileRow(key, image, purpose, userId));
        return { id: file.id, width: image.width, height: image.height };
      } catch (error) {
        await storage.remove(key).catch(() => {});
        throw error;
      }
    },

    async read(id: number, userId: number, scope: TScope | null): Promise<Buffer> {
      return this.readKey(await findVisibleDutyPhoto(db, id, userId, scope));
    },

    /** The bytes of a stored file the caller was found allowed to see (404 otherwise). */
    async readKey(found: { storageKey: string } | undefined): Promise<Buffer> {
      const bytes = found ? await storage.get(found.storageKey) : null;
      if (!bytes) throw notFound();
      return bytes;
    },
  };
}
export type TDutyPhotoService = ReturnType<typeof createDutyPhotoService>;
