import { ZPublicLink, ZVillageSign } from '@zhucun/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, scopeOf } from '../../plugins/auth.ts';
import type { TPublicVillageService } from './public-village.service.ts';
import type { TVillageSignService } from './village-sign.service.ts';

const ZFile = z.any().describe('a file');
const params = z.object({ code: z.string().regex(/^\d{12}$/) });

/** The village's QR code for its signage, the address in it, its printable card, and replacing a leaked token. */
export async function publicVillageRoutes(
  app: FastifyInstance,
  deps: { publicVillage: TPublicVillageService; villageSigns: TVillageSignService; baseUrl: string | null },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['requests'];
  // PUBLIC_URL, else this request's own origin (trustProxy decides protocol and host)
  const originOf = (request: FastifyRequest) => deps.baseUrl ?? `${request.protocol}://${request.host}`;

  r.get(
    '/api/villages/:code/public-link',
    {
      config: { policy: 'requests:read' },
      schema: {
        tags,
        summary: '村公开页地址 The village’s public page address',
        params,
        response: { 200: ZPublicLink },
      },
    },
    async (request) =>
      deps.publicVillage.link(scopeOf(request, 'requests:read'), request.params.code, originOf(request)),
  );

  r.get(
    '/api/villages/:code/qr.png',
    {
      config: { policy: 'requests:read' },
      schema: {
        tags,
        summary: '村公示牌二维码（PNG） QR code',
        params,
        produces: ['image/png'],
        response: { 200: ZFile },
      },
    },
    async (request, reply) => {
      const png = await deps.publicVillage.qrPng(
        scopeOf(request, 'requests:read'),
        request.params.code,
        originOf(request),
      );
      return reply.type('image/png').header('cache-control', 'no-store').send(png);
    },
  );

  r.get(
    '/api/villages/:code/qr.svg',
    {
      config: { policy: 'requests:read' },
      schema: {
        tags,
        summary: '村公示牌二维码（SVG） QR code',
        params,
        produces: ['image/svg+xml'],
        response: { 200: ZFile },
      },
    },
    async (request, reply) => {
      const svg = await deps.publicVillage.qrSvg(
        scopeOf(request, 'requests:read'),
        request.params.code,
        originOf(request),
      );
      return reply.type('image/svg+xml').header('cache-control', 'no-store').send(Buffer.from(svg));
    },
  );

  r.get(
    '/api/villages/:code/sign',
    {
      config: { policy: 'requests:read' },
      schema: {
        tags,
        summary: '村民扫码牌：村名、驻村干部与二维码地址 The village’s printable card',
        params,
        response: { 200: ZVillageSign },
      },
    },
    async (request) =>
      deps.villageSigns.sign(scopeOf(request, 'requests:read'), request.params.code, originOf(request)),
  );

  r.post(
    '/api/villages/:code/public-token/rotate',
    {
      config: { policy: 'registry:write' },
      schema: {
        tags,
        summary: '更换村公开页令牌（旧二维码作废） Replace a leaked token',
        params,
        response: { 200: ZPublicLink },
      },
    },
    async (request) =>
      deps.publicVillage.rotate(
        scopeOf(request, 'registry:write'),
        request.params.code,
        originOf(request),
        contextOf(request),
      ),
  );
}
