import { ZIdParam } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, scopeOf } from '../../plugins/auth.ts';
import type { TDutyPhotoService } from '../duty/duty-photo.service.ts';
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
import { RECTIFICATION_PHOTO } from './rectification.act.ts';
import type { TRectificationService } from './rectification.service.ts';

/**
 * Photos of rectification reports (整改佐证): optional, uploaded first through the duty photo store
 * (re-encoded, location removed) and sent as photoIds; shown to whoever reads the problem.
 */
export function rectificationPhotoRoutes(rectification: TRectificationService) {
  return async (app: FastifyInstance, deps: { photos: TDutyPhotoService }) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['rectification'];
    acceptRawImages(app);
    r.post(
      '/api/rectifications/photos',
      {
        config: { policy: 'rectification:report' },
        ...imageUploadOptions('photoIds'),
        schema: {
          tags,
          summary: '上传整改佐证照片（可选；位置信息去除），再以 photoIds 提交 Upload a report photo',
          consumes: IMAGE_TYPES,
          response: { 200: ZUploadedImage },
        },
      },
      async (request) =>
        deps.photos.upload(
          actorOf(request).userId,
          uploadedBytes(request, 'photoIds'),
          false,
          RECTIFICATION_PHOTO,
          'photoIds',
        ),
    );
    r.get(
      '/api/rectifications/photos/:id',
      {
        config: { policy: 'rectification:read' },
        schema: {
          tags,
          summary: '整改佐证照片 A report photo',
          params: z.object({ id: ZIdParam }),
          produces: [JPEG],
          response: { 200: ZJpeg },
        },
      },
      async (request, reply) =>
        sendJpeg(
          reply,
          await deps.photos.readKey(
            await rectification.photoKey(
              scopeOf(request, 'rectification:read'),
              request.params.id,
              actorOf(request).userId,
            ),
          ),
        ),
    );
  };
}
