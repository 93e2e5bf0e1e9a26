import { ZRegistrySummary, ZTeamGaps, ZVillageStaff } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { scopeOf } from '../../plugins/auth.ts';
import type { TVillagesService } from './villages.service.ts';

export async function villagesRoutes(app: FastifyInstance, deps: { villages: TVillagesService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['registry'];

  r.get(
    '/api/villages/:code/staff',
    {
      config: { policy: 'registry:read' },
      schema: {
        tags,
        summary: '村里的干部 Who serves in a village',
        params: z.object({ code: z.string().regex(/^\d{12}$/) }),
        response: { 200: ZVillageStaff },
      },
    },
    async (request) => deps.villages.staff(scopeOf(request, 'registry:read'), request.params.code),
  );

  r.get(
    '/api/registry/gaps',
    {
      config: { policy: 'registry:read' },
      schema: {
        tags,
        summary: '缺第一书记的工作队 Teams without a first secretary',
        response: { 200: ZTeamGaps },
      },
    },
    async (request) => deps.villages.gaps(scopeOf(request, 'registry:read')),
  );

  r.get(
    '/api/registry/summary',
    {
      config: { policy: 'registry:read' },
      schema: { tags, summary: '台账统计 Counts by category and teams', response: { 200: ZRegistrySummary } },
    },
    async (request) => deps.villages.summary(scopeOf(request, 'registry:read')),
  );
}
