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
import { PROJECT_PHOTO } from './progress.repository.ts';
import type { TProgressService } from './progress.service.ts';

/**
 * Photos of progress reports: optional, uploaded first (re-encoded, location removed) and sent as
 * photoIds; shown to whoever reads the project (and to the uploader), with the photos of tied logs.
 */
export function progressPhotoRoutes(progress: TProgressService) {
  return async (app: FastifyInstance, deps: { photos: TDutyPhotoService }) => {
    const r = app.withTypeProvider<ZodTypeProvider>();
    const tags = ['project-plans'];
    acceptRawImages(app);
    r.post(
      '/api/project-plans/photos',
      {
        config: { policy: 'projects:write' },
        ...imageUploadOptions('photoIds'),
        schema: {
          tags,
          summary: '上传进展照片（可选；位置信息去除），再以 photoIds 提交 Upload a progress photo',
          consumes: IMAGE_TYPES,
          response: { 200: ZUploadedImage },
        },
      },
      async (request) =>
        deps.photos.upload(
          actorOf(request).userId,
          uploadedBytes(request, 'photoIds'),
          false,
          PROJECT_PHOTO,
          'photoIds',
        ),
    );
    r.get(
      '/api/project-plans/photos/:id',
      {
        config: { policy: 'projects:read' },
        schema: {
          tags,
          summary: '项目进展照片 A progress photo',
          params: z.object({ id: ZIdParam }),
          produces: [JPEG],
          response: { 200: ZJpeg },
        },
      },
      async (request, reply) =>
        sendJpeg(
          reply,
          await deps.photos.readKey(
            await progress.photoKey(
              scopeOf(request, 'projects:read'),
              request.params.id,
              actorOf(request).userId,
            ),
          ),
        ),
    );
  };
}
