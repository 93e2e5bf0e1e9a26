import type { FastifyInstance, FastifyReply } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalidField } from '../../errors.ts';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import { MAX_IMAGE_BYTES } from '../files/images.ts';
import type { TCadrePhotoService } from './cadre-photo.service.ts';

const JPEG = 'image/jpeg';
const ZJpeg = z.any().describe('a JPEG image');
const ZPhotoState = z.object({ hasPhoto: z.boolean() });
const params = z.object({ id: z.coerce.number().int().positive() });

/** Private to the signed-in reader, checked again on every view; never sniffed as anything else. */
const sendJpeg = (reply: FastifyReply, bytes: Buffer) =>
  reply
    .type(JPEG)
    .header('cache-control', 'private, no-cache')
    .header('x-content-type-options', 'nosniff')
    .send(bytes);

/** A person's photo: upload (JPEG, PNG or WebP), replace, remove and view; the cadre's own photo. */
export async function cadrePhotoRoutes(app: FastifyInstance, deps: { photos: TCadrePhotoService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['registry'];
  // the upload arrives as the raw file, whatever type it claims: its content decides (images.ts)
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_IMAGE_BYTES }, (_req, body, done) =>
    done(null, body),
  );

  r.put(
    '/api/cadres/:id/photo',
    {
      config: { policy: 'registry:amend' },
      bodyLimit: MAX_IMAGE_BYTES,
      // a declared size over the limit is refused before reading, with a message naming the photo
      preParsing: async (request) => {
        if (Number(request.headers['content-length'] ?? 0) > MAX_IMAGE_BYTES)
          throw invalidField('photo', 'image_too_large', { max: MAX_IMAGE_BYTES / 1024 / 1024 });
      },
      schema: {
        tags,
        summary: '上传或更换照片（JPEG、PNG、WebP，≤10 MB） Set the photo',
        params,
        consumes: [JPEG, 'image/png', 'image/webp'],
        response: { 200: ZPhotoState },
      },
    },
    async (request) => {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      if (!body.length) throw invalidField('photo', 'required');
      return deps.photos.set(scopeOf(request, 'registry:amend'), request.params.id, body, contextOf(request));
    },
  );

  r.delete(
    '/api/cadres/:id/photo',
    {
      config: { policy: 'registry:amend' },
      schema: { tags, summary: '删除照片 Remove the photo', params, response: { 200: ZPhotoState } },
    },
    async (request) =>
      deps.photos.remove(scopeOf(request, 'registry:amend'), request.params.id, contextOf(request)),
  );

  r.get(
    '/api/cadres/:id/photo',
    {
      config: { policy: 'registry:read' },
      schema: { tags, summary: '照片 The photo (JPEG)', params, produces: [JPEG], response: { 200: ZJpeg } },
    },
    async (request, reply) =>
      sendJpeg(reply, await deps.photos.get(scopeOf(request, 'registry:read'), request.params.id)),
  );

  r.get(
    '/api/me/cadre/photo',
    {
      config: { policy: 'profile:self' },
      schema: { tags, summary: '我的照片 My photo (JPEG)', produces: [JPEG], response: { 200: ZJpeg } },
    },
    async (request, reply) => sendJpeg(reply, await deps.photos.getOwn(actorOf(request).userId)),
  );
}
