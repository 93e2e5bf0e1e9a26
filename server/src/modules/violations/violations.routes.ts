import {
  ZIdParam,
  ZMyViolations,
  ZViolationDecisionRequest,
  ZViolationDetail,
  ZViolationList,
  ZViolationQuery,
  ZViolationRecordRequest,
  ZViolationStatementRequest,
  ZViolationYearView,
} from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeIfHeld, scopeOf } from '../../plugins/auth.ts';
import type { TViolationsReader } from './violations.read.ts';
import type { TViolationsService } from './violations.service.ts';

const params = z.object({ id: ZIdParam });
const ZYear = z.coerce.number().int().min(2000).max(2100);

/**
 * 违规记录 (docs/rules.md §4.10): never public. The county organisation department and the cadre's township read
 * and record them in scope; the county decides; the cadre answers and appeals their own.
 */
export async function violationsRoutes(
  app: FastifyInstance,
  deps: { violations: TViolationsService; reader: TViolationsReader },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['violations'];

  r.get(
    '/api/violations',
    {
      config: { policy: 'violations:read' },
      schema: {
        tags,
        summary: '违规记录（管辖范围内，可按状态、乡镇、年度筛选） Violation records in scope',
        querystring: ZViolationQuery,
        response: { 200: ZViolationList },
      },
    },
    async (request) => deps.reader.list(scopeOf(request, 'violations:read'), request.query),
  );
  r.post(
    '/api/violations',
    {
      config: { policy: 'violations:record' },
      schema: {
        tags,
        summary: '登记违规记录（附凭证），并告知干部 Record a violation and notify the cadre',
        body: ZViolationRecordRequest.strict(),
        response: { 200: ZViolationDetail },
      },
    },
    async (request) =>
      deps.violations.record(
        scopeOf(request, 'violations:record'),
        request.body,
        actorOf(request),
        contextOf(request),
      ),
  );
  r.get(
    '/api/violations/year',
    {
      config: { policy: 'violations:read' },
      schema: {
        tags,
        summary: '某人某年度的负面清单扣分与一票否决（等次上限） A person’s year',
        querystring: z.object({ personId: ZIdParam, year: ZYear }),
        response: { 200: ZViolationYearView },
      },
    },
    async (request) =>
      deps.reader.year(scopeOf(request, 'violations:read'), request.query.personId, request.query.year),
  );
  r.get(
    '/api/violations/:id',
    {
      config: { policy: 'violations:read' },
      schema: {
        tags,
        summary: '违规记录详情与处理过程 A violation record and its timeline',
        params,
        response: { 200: ZViolationDetail },
      },
    },
    async (request) => {
      const decider = scopeIfHeld(request, 'violations:decide');
      return decider
        ? deps.violations.one(decider, request.params.id, 'decider')
        : deps.violations.one(scopeOf(request, 'violations:read'), request.params.id, 'reader');
    },
  );
  r.post(
    '/api/violations/:id/decide',
    {
      config: { policy: 'violations:decide' },
      schema: {
        tags,
        summary: '作出决定或复核申诉：认定、减轻或不予认定（写明理由） Decide a record or its appeal',
        params,
        body: ZViolationDecisionRequest.strict(),
        response: { 200: ZViolationDetail },
      },
    },
    async (request) =>
      deps.violations.decide(
        scopeOf(request, 'violations:decide'),
        request.params.id,
        request.body,
        actorOf(request),
        contextOf(request),
      ),
  );
  r.get(
    '/api/duty/my/violations',
    {
      config: { policy: 'duty:self' },
      schema: {
        tags,
        summary: '我的违规记录与本年度扣分 My violation records and my year',
        querystring: z.object({ year: ZYear.optional() }),
        response: { 200: ZMyViolations },
      },
    },
    async (request) => deps.reader.mine(actorOf(request).userId, request.query.year),
  );
  for (const action of ['answer', 'appeal'] as const)
    r.post(
      `/api/duty/my/violations/:id/${action}`,
      {
        config: { policy: 'duty:self' },
        schema: {
          tags,
          summary:
            action === 'answer'
              ? '书面申辩（仅本人，申辩期内） Answer a record of me in writing'
              : '申诉（仅本人，决定后一次） Appeal a decision on me, once',
          params,
          body: ZViolationStatementRequest.strict(),
          response: { 200: ZViolationDetail },
        },
      },
      async (request) =>
        deps.violations[action](actorOf(request).userId, request.params.id, request.body, contextOf(request)),
    );
}
