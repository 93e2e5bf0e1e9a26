import { ZCadreProfile, ZUpdateOwnPhoneRequest } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, contextOf } from '../../plugins/auth.ts';
import type { TOwnProfileService } from './own-profile.service.ts';

export async function ownProfileRoutes(app: FastifyInstance, deps: { ownProfile: TOwnProfileService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['registry'];
  r.get(
    '/api/me/cadre',
    {
      config: { policy: 'profile:self' },
      schema: { tags, summary: '我的档案 My registry entry', response: { 200: ZCadreProfile } },
    },
    async (request) => deps.ownProfile.get(actorOf(request).userId),
  );
  r.put(
    '/api/me/cadre/phone',
    {
      config: { policy: 'profile:self' },
      schema: {
        tags,
        summary: '更正本人手机号 Correct my phone',
        body: ZUpdateOwnPhoneRequest,
        response: { 200: ZCadreProfile },
      },
    },
    async (request) =>
      deps.ownProfile.updatePhone(actorOf(request).userId, request.body.phone, contextOf(request)),
  );
}
