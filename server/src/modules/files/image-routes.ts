import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { invalidField } from '../../errors.ts';
import { MAX_IMAGE_BYTES } from './images.ts';

export const JPEG = 'image/jpeg';
export const IMAGE_TYPES = [JPEG, 'image/png', 'image/webp'];
/** The schema of an image answer (documentation only: the body is bytes). */
export const ZJpeg = z.any().describe('a JPEG image');
export const ZUploadedImage = z.object({
  id: z.number().int(),
  width: z.number().int(),
  height: z.number().int(),
});

/**
 * Lets the routes of this plugin take an uploaded image as the raw request body, whatever type it
 * claims: its content decides (images.ts). Call it inside the plugin that holds the upload routes.
 */
export function acceptRawImages(app: FastifyInstance): void {
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_IMAGE_BYTES }, (_req, body, done) =>
    done(null, body),
  );
}

/** Route options for an image upload: the size limit, refused before reading with a message naming `field`. */
export function imageUploadOptions(field: string) {
  return {
    bodyLimit: MAX_IMAGE_BYTES,
    preParsing: async (request: FastifyRequest) => {
      if (Number(request.headers['content-length'] ?? 0) > MAX_IMAGE_BYTES)
        throw invalidField(field, 'image_too_large', { max: MAX_IMAGE_BYTES / 1024 / 1024 });
    },
  };
}

/** The uploaded bytes, or a "required" error naming `field` when the body is empty. */
export function uploadedBytes(request: FastifyRequest, field: string): Buffer {
  const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
  if (!body.length) throw invalidField(field, 'required');
  return body;
}

/** Private to the signed-in reader, checked on every view, kept by no cache; never sniffed as anything else. */
export const sendJpeg = (reply: FastifyReply, bytes: Buffer) =>
  reply
    .type(JPEG)
    .header('cache-control', 'no-store')
    .header('x-content-type-options', 'nosniff')
    .send(bytes);
