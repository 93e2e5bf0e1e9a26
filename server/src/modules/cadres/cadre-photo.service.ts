import type { TScope } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import type { TFileStorage } from '../../storage/file-storage.ts';
import { newStorageKey } from '../../storage/local-file-storage.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { processImage } from '../files/images.ts';
import { deleteStoredFile, insertStoredFile, storedFileRow } from '../files/stored-files.repository.ts';
import { findPhotoKeyOf, lockPersonPhoto } from './cadre-photo.repository.ts';
import { findPersonByUser, findPersonInScope, updatePerson } from './cadres.repository.ts';

export const PERSON_PHOTO = 'person_photo';

/**
 * A person's photo (证件照): one JPEG without metadata per person, in the file storage.
 * The database changes and the audit row commit together; a file no row points to any more
 * is deleted only after the commit, so a failed change never loses the photo shown before.
 */
export function createCadrePhotoService(deps: {
  db: TDb;
  storage: TFileStorage;
  warn: (details: object, message: string) => void;
}) {
  const { db, storage } = deps;

  const removeLater = async (key: string) => {
    try {
      await storage.remove(key);
    } catch (err) {
      deps.warn({ err, key }, 'could not delete a replaced file'); // an orphan file, harmless
    }
  };

  async function readPhoto(personId: number): Promise<Buffer> {
    const key = await findPhotoKeyOf(db, personId);
    const bytes = key ? await storage.get(key) : null;
    if (!bytes) throw notFound();
    return bytes;
  }

  return {
    /** Sets or replaces the photo of a person in the scope; the image is checked and re-encoded first. */
    async set(scope: TScope, personId: number, upload: Buffer, ctx: TActorContext) {
      if (!(await findPersonInScope(db, scope, personId))) throw notFound();
      const image = await processImage(upload, { keepLocation: false });
      const key = newStorageKey(PERSON_PHOTO, 'jpg');
      await storage.put(key, image.bytes);
      let replaced: string | null;
      try {
        replaced = await db.transaction(async (tx) => {
          const previous = await lockPersonPhoto(tx, personId);
          const file = await insertStoredFile(tx, storedFileRow(key, image, PERSON_PHOTO, ctx.userId));
          await updatePerson(tx, personId, { photoFileId: file.id });
          if (previous) await deleteStoredFile(tx, previous.id);
          await recordAudit(tx, ctx, {
            action: 'cadre.photo.set',
            objectType: 'cadre',
            objectId: personId,
            details: { fileId: file.id, bytes: file.byteSize, replacedFileId: previous?.id ?? null },
          });
          return previous?.storageKey ?? null;
        });
      } catch (error) {
        await removeLater(key);
        throw error;
      }
      if (replaced) await removeLater(replaced);
      return { hasPhoto: true };
    },

    /** Removes the photo of a person in the scope; not found when there is none. */
    async remove(scope: TScope, personId: number, ctx: TActorContext) {
      if (!(await findPersonInScope(db, scope, personId))) throw notFound();
      const removed = await db.transaction(async (tx) => {
        const previous = await lockPersonPhoto(tx, personId);
        if (!previous) return null;
        await updatePerson(tx, personId, { photoFileId: null });
        await deleteStoredFile(tx, previous.id);
        await recordAudit(tx, ctx, {
          action: 'cadre.photo.remove',
          objectType: 'cadre',
          objectId: personId,
          details: { fileId: previous.id },
        });
        return previous.storageKey;
      });
      if (!removed) throw notFound();
      await removeLater(removed);
      return { hasPhoto: false };
    },

    /** The JPEG of a person in the scope. */
    async get(scope: TScope, personId: number): Promise<Buffer> {
      if (!(await findPersonInScope(db, scope, personId))) throw notFound();
      return readPhoto(personId);
    },

    /** The signed-in cadre's own photo. */
    async getOwn(userId: number): Promise<Buffer> {
      const person = await findPersonByUser(db, userId);
      if (!person) throw notFound();
      return readPhoto(person.id);
    },
  };
}
export type TCadrePhotoService = ReturnType<typeof createCadrePhotoService>;
