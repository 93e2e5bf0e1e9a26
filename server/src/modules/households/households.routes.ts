import { ZHouseholdCreate, ZHouseholdList, ZHouseholdListQuery, ZHouseholdView } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import type { THouseholdsService } from './households.service.ts';

export async function householdsRoutes(app: FastifyInstance, deps: { households: THouseholdsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['households'];
  r.post(
    '/api/households',
    {
      config: { policy: 'requests:work' },
      schema: {
        tags,
        summary: '登记农户 Register a household',
        body: ZHouseholdCreate,
        response: { 200: ZHouseholdView },
      },
    },
    async (request) =>
      deps.households.create(
        scopeOf(request, 'requests:work'),
        request.body,
        actorOf(request).userId,
        contextOf(request),
      ),
  );
  r.get(
    '/api/households',
    {
      config: { policy: 'requests:read' },
      schema: {
        tags,
        summary: '农户（按户主姓名查找，手机号脱敏） Households in scope',
        querystring: ZHouseholdListQuery,
        response: { 200: ZHouseholdList },
      },
    },
    async (request) => deps.households.list(scopeOf(request, 'requests:read'), request.query),
  );
}
