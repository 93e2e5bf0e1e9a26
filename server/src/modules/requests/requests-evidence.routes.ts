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
import type { TRequestsService } from './requests.service.ts';

/** The purpose of a photo kept as evidence of a resolved request. */
export const REQUEST_EVIDENCE = 'request_evidence';

const params = z.object({ id: z.coerce.number().int().positive() });

/** Evidence of a resolved request (a photo): upload, then send its id as evidenceFileId; view it in scope. */
export async function requestEvidenceRoutes(
  app: FastifyInstance,
  deps: { photos: TDutyPhotoService; requests: TRequestsService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['requests'];
  acceptRawImages(app);
  r.post(
    '/api/requests/evidence',
    {
      config: { policy: 'requests:work' },
      ...imageUploadOptions('evidenceFileId'),
      schema: {
        tags,
        summary: '上传办结凭证照片（可选），再以 evidenceFileId 提交 Upload evidence',
        consumes: IMAGE_TYPES,
        response: { 200: ZUploadedImage },
      },
    },
    async (request) =>
      deps.photos.upload(
        actorOf(request).userId,
        uploadedBytes(request, 'evidenceFileId'),
        false,
        REQUEST_EVIDENCE,
        'evidenceFileId',
      ),
  );
  r.get(
    '/api/requests/:id/evidence',
    {
      config: { policy: 'requests:read' },
      schema: { tags, summary: '办结凭证照片 Evidence', params, produces: [JPEG], response: { 200: ZJpeg } },
    },
    async (request, reply) => {
      const found = await deps.requests.evidenceKey(scopeOf(request, 'requests:read'), request.params.id);
      return sendJpeg(reply, await deps.photos.readKey(found));
    },
  );
}
