import { ZHomeSign, ZIdParam } from '@zhucun/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { scopeOf } from '../../plugins/auth.ts';
import { JPEG, sendJpeg, ZJpeg } from '../files/image-routes.ts';
import type { THomeSignService } from './home-sign.service.ts';

const id = ZIdParam;

/**
 * The sign of a home (统一标识) and its residents' photos. The QR code on it is the village's
 * (GET /api/villages/:code/qr.svg, `requests:read`, which every holder of `homes:read` holds).
 */
export async function homeSignRoutes(
  app: FastifyInstance,
  deps: { signs: THomeSignService; baseUrl: string | null },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['homes'];
  // the configured public address, else this request's own, as the village's public link is built
  const originOf = (request: FastifyRequest) => deps.baseUrl ?? `${request.protocol}://${request.host}`;

  r.get(
    '/api/homes/:id/sign',
    {
      config: { policy: 'homes:read' },
      schema: {
        tags,
        summary: '家园统一标识：村名、入住干部与二维码地址 The home’s sign',
        params: z.object({ id }),
        response: { 200: ZHomeSign },
      },
    },
    async (request) => deps.signs.sign(scopeOf(request, 'homes:read'), request.params.id, originOf(request)),
  );

  r.get(
    '/api/homes/:id/sign/photos/:personId',
    {
      config: { policy: 'homes:read' },
      schema: {
        tags,
        summary: '标识上入住干部的照片 A resident’s photo (JPEG)',
        params: z.object({ id, personId: id }),
        produces: [JPEG],
        response: { 200: ZJpeg },
      },
    },
    async (request, reply) =>
      sendJpeg(
        reply,
        await deps.signs.residentPhoto(
          scopeOf(request, 'homes:read'),
          request.params.id,
          request.params.personId,
        ),
      ),
  );
}
