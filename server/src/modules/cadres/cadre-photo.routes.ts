import { ZIdParam } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import {
  acceptRawImages,
  IMAGE_TYPES,
  imageUploadOptions,
  JPEG,
  sendJpeg,
  uploadedBytes,
  ZJpeg,
} from '../files/image-routes.ts';
import type { TCadrePhotoService } from './cadre-photo.service.ts';

const ZPhotoState = z.object({ hasPhoto: z.boolean() });
const params = z.object({ id: ZIdParam });

/** A person's photo: upload (JPEG, PNG or WebP), replace, remove and view; the cadre's own photo. */
export async function cadrePhotoRoutes(app: FastifyInstance, deps: { photos: TCadrePhotoService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['registry'];
  acceptRawImages(app);

  r.put(
    '/api/cadres/:id/photo',
    {
      config: { policy: 'registry:amend' },
      ...imageUploadOptions('photo'),
      schema: {
        tags,
        summary: '上传或更换照片（JPEG、PNG、WebP，≤10 MB） Set the photo',
        params,
        consumes: IMAGE_TYPES,
        response: { 200: ZPhotoState },
      },
    },
    async (request) =>
      deps.photos.set(
        scopeOf(request, 'registry:amend'),
        request.params.id,
        uploadedBytes(request, 'photo'),
        contextOf(request),
      ),
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
