import { scopeFor } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { invalidField } from '../../errors.ts';
import { actorOf } from '../../plugins/auth.ts';
import { MAX_IMAGE_BYTES } from '../files/images.ts';
import type { TDutyPhotoService } from './duty-photo.service.ts';

/** Upload a photo for a day's log (then list its id in the day's photoIds), and view one. */
export async function dutyPhotoRoutes(app: FastifyInstance, deps: { photos: TDutyPhotoService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['duty'];
  // the raw file, whatever type it claims: its content decides (images.ts)
  app.removeAllContentTypeParsers();
  app.addContentTypeParser('*', { parseAs: 'buffer', bodyLimit: MAX_IMAGE_BYTES }, (_req, body, done) =>
    done(null, body),
  );
  r.post(
    '/api/duty/photos',
    {
      config: { policy: 'duty:self' },
      bodyLimit: MAX_IMAGE_BYTES,
      preParsing: async (request) => {
        if (Number(request.headers['content-length'] ?? 0) > MAX_IMAGE_BYTES)
          throw invalidField('photoIds', 'image_too_large', { max: MAX_IMAGE_BYTES / 1024 / 1024 });
      },
      schema: {
        tags,
        summary: '上传日志照片（可选；位置信息默认去除） Upload a log photo',
        querystring: z.object({ keepLocation: z.stringbool().default(false) }),
        consumes: ['image/jpeg', 'image/png', 'image/webp'],
        response: {
          200: z.object({ id: z.number().int(), width: z.number().int(), height: z.number().int() }),
        },
      },
    },
    async (request) => {
      const body = Buffer.isBuffer(request.body) ? request.body : Buffer.alloc(0);
      if (!body.length) throw invalidField('photoIds', 'required');
      return deps.photos.upload(actorOf(request).userId, body, request.query.keepLocation);
    },
  );
  r.get(
    '/api/duty/photos/:id',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: '查看日志照片 A log photo',
        params: z.object({ id: z.coerce.number().int().positive() }),
      },
    },
    async (request, reply) => {
      const actor = actorOf(request);
      const scope = actor.permissions.includes('duty:read')
        ? scopeFor(actor.grants, 'duty:read', actor.access)
        : null;
      const bytes = await deps.photos.read(request.params.id, actor.userId, scope);
      return reply
        .header('content-type', 'image/jpeg')
        .header('cache-control', 'private, no-cache')
        .header('x-content-type-options', 'nosniff')
        .send(bytes);
    },
  );
}
