import {
  ZIdParam,
  ZVisitCreate,
  ZVisitList,
  ZVisitListQuery,
  ZVisitSummary,
  ZVisitSummaryQuery,
  ZVisitView,
} from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import type { TVisitsService } from './visits.service.ts';

export async function visitsRoutes(app: FastifyInstance, deps: { visits: TVisitsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['visits'];
  r.post(
    '/api/visits',
    {
      config: { policy: 'requests:work' },
      schema: {
        tags,
        summary: '记录走访（可同时登记新农户和诉求） Record my visit',
        body: ZVisitCreate,
        response: { 200: ZVisitView },
      },
    },
    async (request) => deps.visits.create(actorOf(request).userId, request.body, contextOf(request)),
  );
  r.get(
    '/api/visits',
    {
      config: { policy: 'requests:read' },
      schema: {
        tags,
        summary: '走访记录（最新在前） Visits in scope',
        querystring: ZVisitListQuery,
        response: { 200: ZVisitList },
      },
    },
    async (request) => deps.visits.list(scopeOf(request, 'requests:read'), request.query),
  );
  r.get(
    '/api/visits/summary',
    {
      config: { policy: 'requests:read' },
      schema: {
        tags,
        summary: '每月夜访情况（按村和姓名排列，不排名） Night visits a month per cadre',
        querystring: ZVisitSummaryQuery,
        response: { 200: ZVisitSummary },
      },
    },
    async (request) => deps.visits.summary(scopeOf(request, 'requests:read'), request.query),
  );
  r.get(
    '/api/visits/:id',
    {
      config: { policy: 'requests:read' },
      schema: {
        tags,
        summary: '一次走访 A visit',
        params: z.object({ id: ZIdParam }),
        response: { 200: ZVisitView },
      },
    },
    async (request) => deps.visits.get(scopeOf(request, 'requests:read'), request.params.id),
  );
}
