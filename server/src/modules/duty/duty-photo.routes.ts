import { ZIdParam } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, scopeIfHeld } from '../../plugins/auth.ts';
import {
  acceptRawImages,
  IMAGE_TYPES,
  imageUploadOptions,
  JPEG,
  sendJpeg,
  uploadedBytes,
  ZJpeg,
  ZUploadedImage,
} from '../files/image-routes.ts';
import type { TDutyPhotoService } from './duty-photo.service.ts';

/** Upload a photo for a day's log (then list its id in the day's photoIds), and view one. */
export async function dutyPhotoRoutes(app: FastifyInstance, deps: { photos: TDutyPhotoService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['duty'];
  acceptRawImages(app);
  r.post(
    '/api/duty/photos',
    {
      config: { policy: 'duty:self' },
      ...imageUploadOptions('photoIds'),
      schema: {
        tags,
        summary: '上传日志照片（可选；位置信息默认去除） Upload a log photo',
        querystring: z.object({ keepLocation: z.stringbool().default(false) }),
        consumes: IMAGE_TYPES,
        response: { 200: ZUploadedImage },
      },
    },
    async (request) =>
      deps.photos.upload(
        actorOf(request).userId,
        uploadedBytes(request, 'photoIds'),
        request.query.keepLocation,
      ),
  );
  r.get(
    '/api/duty/photos/:id',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: '查看日志照片 A log photo',
        params: z.object({ id: ZIdParam }),
        produces: [JPEG],
        response: { 200: ZJpeg },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const scope = scopeIfHeld(request, 'duty:read');
      return sendJpeg(reply, await deps.photos.read(request.params.id, actor.userId, scope));
    },
  );
}
