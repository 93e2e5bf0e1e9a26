import type { FastifyReply } from 'fastify';
import type { TDb } from '../../db/client.ts';
import { invalidField, notFound } from '../../errors.ts';
import type { TFileStorage } from '../../storage/file-storage.ts';
import { newStorageKey } from '../../storage/local-file-storage.ts';
import { detectImageType, MAX_IMAGE_BYTES, processImage } from './images.ts';
import { insertStoredFile, storedFileRow } from './stored-files.repository.ts';

export const PDF = 'application/pdf';
/** What a document upload accepts: a PDF kept as it is, or a photo of the paper (re-encoded, no EXIF). */
export const DOCUMENT_TYPES = [PDF, 'image/jpeg', 'image/png', 'image/webp'];

const isPdf = (bytes: Buffer) => bytes.subarray(0, 5).toString('latin1') === '%PDF-';

/**
 * Documents such as a rent contract or a voucher (凭证): PDF (by its content, never by what the
 * request claimed) or an image. Errors name `field`.
 */
export function createDocumentService(deps: { db: TDb; storage: TFileStorage }) {
  const { db, storage } = deps;
  return {
    async upload(userId: number, bytes: Buffer, purpose: string, field: string) {
      if (bytes.length > MAX_IMAGE_BYTES)
        throw invalidField(field, 'image_too_large', { max: MAX_IMAGE_BYTES / 1024 / 1024 });
      let kept: { bytes: Buffer; contentType: string; width: number | null; height: number | null };
      if (isPdf(bytes)) kept = { bytes, contentType: PDF, width: null, height: null };
      else if (detectImageType(bytes)) kept = await processImage(bytes, { keepLocation: false, field });
      else throw invalidField(field, 'file_type_unsupported');
      const key = newStorageKey(purpose, kept.contentType === PDF ? 'pdf' : 'jpg');
      await storage.put(key, kept.bytes);
      try {
        const file = await insertStoredFile(db, storedFileRow(key, kept, purpose, userId));
        return { id: file.id, contentType: kept.contentType };
      } catch (error) {
        await storage.remove(key).catch(() => {});
        throw error;
      }
    },

    /** The bytes of a stored document the caller was found allowed to see (404 otherwise). */
    async read(found: { storageKey: string; contentType: string } | undefined) {
      const bytes = found ? await storage.get(found.storageKey) : null;
      if (!found || !bytes) throw notFound();
      return { bytes, contentType: found.contentType };
    },
  };
}
export type TDocumentService = ReturnType<typeof createDocumentService>;

/**
 * Sends a document privately, never stored by a cache, as what it is: a PDF as a download (a file
 * someone uploaded is not opened inside Zhucun's origin), a photo inline.
 */
export const sendDocument = (
  reply: FastifyReply,
  doc: { bytes: Buffer; contentType: string },
  filename: string,
) =>
  reply
    .type(doc.contentType)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .header(
      'content-disposition',
      `${doc.contentType === PDF ? 'attachment' : 'inline'}; filename*=UTF-8''${encodeURIComponent(`${filename}.${doc.contentType === PDF ? 'pdf' : 'jpg'}`)}`,
    )
    .send(doc.bytes);
