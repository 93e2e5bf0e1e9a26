import { HOME_LIMITS, homeTitleOf, type THomeKind, type TScope } from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { invalidField, notFound } from '../../errors.ts';
import type { TFileStorage } from '../../storage/file-storage.ts';
import { newStorageKey } from '../../storage/local-file-storage.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findDivision } from '../divisions/divisions.repository.ts';
import type { TDocumentService } from '../files/documents.ts';
import { processImage } from '../files/images.ts';
import {
  deleteStoredFile,
  findStoredFile,
  insertStoredFile,
  storedFileRow,
} from '../files/stored-files.repository.ts';
import { findHomeInScope } from './home-access.ts';
import {
  countHomePhotos,
  deleteHomePhoto,
  findContractFile,
  findHomePhoto,
  insertHomePhoto,
  updateContractFile,
} from './home-files.repository.ts';
import { lockHome } from './homes.repository.ts';

export const HOME_PHOTO = 'home_photo';
export const HOME_CONTRACT = 'home_contract';

/**
 * A home's files: up to 12 photos (JPEG, re-encoded without EXIF or location) and the rent contract
 * of a farmhouse (PDF or an image of the paper). Rows and the audit row commit together; a file no row
 * points to any more is deleted from the storage only after the commit.
 */
export function createHomeFilesService(deps: {
  db: TDb;
  storage: TFileStorage;
  documents: TDocumentService;
  warn: (details: object, message: string) => void;
}) {
  const { db, storage, documents } = deps;

  const removeLater = async (key: string) => {
    try {
      await storage.remove(key);
    } catch (err) {
      deps.warn({ err, key }, 'could not delete a removed file'); // an orphan file, harmless
    }
  };
  const photosFull = () => invalidField('photo', 'home_photos_full', { max: HOME_LIMITS.photos });
  const contractApartment = () => invalidField('contractFile', 'home_contract_apartment');

  return {
    /** Adds a photo to a home in scope, unless it has its 12 already. */
    async addPhoto(scope: TScope, homeId: number, upload: Buffer, ctx: TActorContext) {
      await findHomeInScope(db, scope, homeId);
      if ((await countHomePhotos(db, homeId)) >= HOME_LIMITS.photos) throw photosFull();
      const image = await processImage(upload, { keepLocation: false, field: 'photo' });
      const key = newStorageKey(HOME_PHOTO, 'jpg');
      await storage.put(key, image.bytes);
      try {
        const fileId = await db.transaction(async (tx) => {
          if (!(await lockHome(tx, homeId))) throw notFound();
          if ((await countHomePhotos(tx, homeId)) >= HOME_LIMITS.photos) throw photosFull();
          const file = await insertStoredFile(tx, storedFileRow(key, image, HOME_PHOTO, ctx.userId));
          await insertHomePhoto(tx, homeId, file.id);
          await recordAudit(tx, ctx, {
            action: 'home.photo_add',
            objectType: 'home',
            objectId: homeId,
            details: { fileId: file.id, bytes: file.byteSize },
          });
          return file.id;
        });
        return { id: fileId, width: image.width, height: image.height };
      } catch (error) {
        await removeLater(key);
        throw error;
      }
    },

    /** The JPEG of a photo of a home in scope; not found unless the file is a photo of that home. */
    async readPhoto(scope: TScope, homeId: number, fileId: number): Promise<Buffer> {
      await findHomeInScope(db, scope, homeId);
      const found = await findHomePhoto(db, homeId, fileId);
      const bytes = found ? await storage.get(found.storageKey) : null;
      if (!bytes) throw notFound();
      return bytes;
    },

    /** Removes a photo from a home in scope, and its file. */
    async removePhoto(scope: TScope, homeId: number, fileId: number, ctx: TActorContext) {
      await findHomeInScope(db, scope, homeId);
      const removed = await db.transaction(async (tx) => {
        const found = await findHomePhoto(tx, homeId, fileId);
        if (!found || !(await deleteHomePhoto(tx, homeId, fileId))) return null;
        await deleteStoredFile(tx, fileId);
        await recordAudit(tx, ctx, {
          action: 'home.photo_remove',
          objectType: 'home',
          objectId: homeId,
          details: { fileId },
        });
        return found.storageKey;
      });
      if (!removed) throw notFound();
      await removeLater(removed);
      return { id: fileId };
    },

    /** Sets or replaces the rent contract's file of a farmhouse in scope (an apartment has no contract). */
    async setContract(scope: TScope, homeId: number, upload: Buffer, ctx: TActorContext) {
      const home = await findHomeInScope(db, scope, homeId);
      if ((home.kind as THomeKind) !== 'farmhouse') throw contractApartment();
      const uploaded = await documents.upload(ctx.userId!, upload, HOME_CONTRACT, 'contractFile');
      let replaced: string | null;
      try {
        replaced = await db.transaction(async (tx) => {
          const locked = await lockHome(tx, homeId);
          if (!locked) throw notFound();
          if (locked.kind !== 'farmhouse') throw contractApartment();
          const previous = locked.contractFileId
            ? await findStoredFile(tx, locked.contractFileId)
            : undefined;
          await updateContractFile(tx, homeId, uploaded.id);
          if (previous) await deleteStoredFile(tx, previous.id);
          await recordAudit(tx, ctx, {
            action: 'home.contract_file_set',
            objectType: 'home',
            objectId: homeId,
            details: {
              fileId: uploaded.id,
              contentType: uploaded.contentType,
              replacedFileId: previous?.id ?? null,
            },
          });
          return previous?.storageKey ?? null;
        });
      } catch (error) {
        const orphan = await findStoredFile(db, uploaded.id);
        if (orphan) {
          await deleteStoredFile(db, orphan.id).catch(() => {});
          await removeLater(orphan.storageKey);
        }
        throw error;
      }
      if (replaced) await removeLater(replaced);
      return uploaded;
    },

    /** The rent contract's file of a home in scope, named after the home; not found when there is none. */
    async readContract(scope: TScope, homeId: number) {
      const home = await findHomeInScope(db, scope, homeId);
      const found = await findContractFile(db, homeId);
      const doc = await documents.read(found);
      const village = await findDivision(db, home.villageCode);
      const title = homeTitleOf({ title: home.title, kind: home.kind as THomeKind }, village?.name ?? '');
      return { doc, filename: `租房合同-${title}` };
    },
  };
}
export type THomeFilesService = ReturnType<typeof createHomeFilesService>;
