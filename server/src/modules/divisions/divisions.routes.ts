import { ZDivisionCode, ZDivisionNode, ZDivisionTree, ZMapPoint } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, scopeOf } from '../../plugins/auth.ts';
import type { TDivisionsService } from './divisions.service.ts';

export async function divisionsRoutes(app: FastifyInstance, deps: { divisions: TDivisionsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['divisions'];
  const params = z.object({ code: ZDivisionCode });

  r.get(
    '/api/divisions/tree',
    {
      config: { policy: 'divisions:read' },
      schema: { tags, summary: '行政区划树 Division tree (in scope)', response: { 200: ZDivisionTree } },
    },
    async (request) => deps.divisions.tree(scopeOf(request, 'divisions:read')),
  );

  r.get(
    '/api/divisions/:code',
    {
      config: { policy: 'divisions:read' },
      schema: {
        tags,
        summary: '行政区划 One division with its subtree',
        params,
        response: { 200: ZDivisionNode },
      },
    },
    async (request) => deps.divisions.get(scopeOf(request, 'divisions:read'), request.params.code),
  );

  r.put(
    '/api/divisions/:code/point',
    {
      config: { policy: 'divisions:write' },
      schema: {
        tags,
        summary: '设置地图位置 Set or clear the map point',
        params,
        body: z.object({ point: ZMapPoint.nullable() }),
        response: { 200: ZDivisionNode },
      },
    },
    async (request) =>
      deps.divisions.setPoint(
        scopeOf(request, 'divisions:write'),
        request.params.code,
        request.body.point,
        contextOf(request),
      ),
  );
}
