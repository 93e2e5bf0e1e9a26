import {
  ZCreateUnitRequest,
  ZIdParam,
  ZUnit,
  ZUnitKind,
  ZUnitLevel,
  ZUnitList,
  ZUpdateUnitRequest,
} from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../plugins/auth.ts';
import type { TUnitsService } from './units.service.ts';

const ZUnitQuery = z.object({
  q: z.string().trim().max(50).optional(),
  kind: ZUnitKind.optional(),
  level: ZUnitLevel.optional(),
  page: z.coerce.number().int().min(1).default(1),
  pageSize: z.coerce.number().int().min(1).max(500).default(50),
});

export async function unitsRoutes(app: FastifyInstance, deps: { units: TUnitsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['units'];
  const params = z.object({ id: ZIdParam });

  r.get(
    '/api/units',
    {
      config: { policy: 'registry:read' },
      schema: {
        tags,
        summary: '派出单位 Dispatching units',
        querystring: ZUnitQuery,
        response: { 200: ZUnitList },
      },
    },
    async (request) => deps.units.find(request.query),
  );
  r.post(
    '/api/units',
    {
      config: { policy: 'units:write' },
      schema: {
        tags,
        summary: '新增派出单位 Add a unit',
        body: ZCreateUnitRequest,
        response: { 200: ZUnit },
      },
    },
    async (request) => deps.units.create(request.body, contextOf(request)),
  );
  r.get(
    '/api/units/:id',
    {
      config: { policy: 'registry:read' },
      schema: { tags, summary: '派出单位 One unit', params, response: { 200: ZUnit } },
    },
    async (request) => deps.units.get(request.params.id),
  );
  r.patch(
    '/api/units/:id',
    {
      config: { policy: 'units:write' },
      schema: {
        tags,
        summary: '修改派出单位 Update a unit',
        params,
        body: ZUpdateUnitRequest,
        response: { 200: ZUnit },
      },
    },
    async (request) => deps.units.update(request.params.id, request.body, contextOf(request)),
  );
}
