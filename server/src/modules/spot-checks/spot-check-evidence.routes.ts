import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, scopeIfHeld } from '../../plugins/auth.ts';
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
import type { TSpotChecksService } from './spot-checks.service.ts';

/** The purpose of a photo or screenshot kept as evidence of a spot check. */
export const SPOT_CHECK_EVIDENCE = 'spot_check_evidence';

/** Evidence of a spot check (a photo, a screenshot of the video roll call): upload, then view. */
export async function spotCheckEvidenceRoutes(
  app: FastifyInstance,
  deps: { photos: TDutyPhotoService; spotChecks: TSpotChecksService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['spot-checks'];
  acceptRawImages(app);
  r.post(
    '/api/spot-checks/evidence',
    {
      config: { policy: 'duty:review' },
      ...imageUploadOptions('fileId'),
      schema: {
        tags,
        summary: '上传抽查凭证（照片或截图，可选） Upload evidence, then send its id as fileId',
        consumes: IMAGE_TYPES,
        response: { 200: ZUploadedImage },
      },
    },
    async (request) =>
      deps.photos.upload(
        actorOf(request).userId,
        uploadedBytes(request, 'fileId'),
        false,
        SPOT_CHECK_EVIDENCE,
        'fileId',
      ),
  );
  r.get(
    '/api/spot-checks/:id/evidence',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: '查看抽查凭证（管辖范围内，或被抽查的本人） Evidence of a check',
        params: z.object({ id: z.coerce.number().int().positive() }),
        produces: [JPEG],
        response: { 200: ZJpeg },
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const scope = scopeIfHeld(request, 'duty:read');
      const found = await deps.spotChecks.evidenceKey(request.params.id, scope, actor.userId);
      const bytes = await deps.photos.readKey(found);
      return sendJpeg(reply, bytes);
    },
  );
}
