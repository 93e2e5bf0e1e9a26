import { scopeFor } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalidField } from '../../errors.ts';
import { actorOf } from '../../plugins/auth.ts';
import type { TDutyPhotoService } from '../duty/duty-photo.service.ts';
import { MAX_IMAGE_BYTES } from '../files/images.ts';
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
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_IMAGE_BYTES }, (_req, body, done) =>
    done(null, body),
  );
  r.post(
    '/api/spot-checks/evidence',
    {
      config: { policy: 'duty:review' },
      bodyLimit: MAX_IMAGE_BYTES,
      preParsing: async (request) => {
        if (Number(request.headers['content-length'] ?? 0) > MAX_IMAGE_BYTES)
          throw invalidField('fileId', 'image_too_large', { max: MAX_IMAGE_BYTES / 1024 / 1024 });
      },
      schema: {
        tags,
        summary: '上传抽查凭证（照片或截图，可选） Upload evidence, then send its id as fileId',
        consumes: ['image/jpeg', 'image/png', 'image/webp'],
        response: {
          200: z.object({ id: z.number().int(), width: z.number().int(), height: z.number().int() }),
        },
      },
    },
    async (request) => {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      if (!body.length) throw invalidField('fileId', 'required');
      return deps.photos.upload(actorOf(request).userId, body, false, SPOT_CHECK_EVIDENCE, 'fileId');
    },
  );
  r.get(
    '/api/spot-checks/:id/evidence',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: '查看抽查凭证（管辖范围内，或被抽查的本人） Evidence of a check',
        params: z.object({ id: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const scope = actor.permissions.includes('duty:read')
        ? scopeFor(actor.grants, 'duty:read', actor.access)
        : null;
      const found = await deps.spotChecks.evidenceKey(request.params.id, scope, actor.userId);
      const bytes = await deps.photos.readKey(found);
      return reply
        .header('content-type', 'image/jpeg')
        .header('cache-control', 'private, no-cache')
        .header('x-content-type-options', 'nosniff')
        .send(bytes);
    },
  );
}
