import {
  ZAdmonishmentList,
  ZAdmonishmentQuery,
  ZIdParam,
  ZPriorityLists,
  ZPriorityListsQuery,
  ZStarHistory,
} from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import type { TAdmonishmentsService } from './admonishments.service.ts';
import type { TPriorityService } from './priority.service.ts';
import type { TRatingExportsService } from './rating-exports.service.ts';
import type { TStarsService } from './stars.service.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZFile = z.any().describe('a file');
const attachment = (fallback: string, name: string) =>
  `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export type TRatingFollowDeps = {
  stars: TStarsService;
  priority: TPriorityService;
  admonishments: TAdmonishmentsService;
  exports: TRatingExportsService;
};

/** 结果运用: star histories, priority lists, admonishments and the rating's files (docs/rules.md §4.6). */
export async function ratingFollowRoutes(app: FastifyInstance, deps: TRatingFollowDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['rating'];
  const params = z.object({ id: ZIdParam });
  r.get(
    '/api/cadres/:id/stars',
    {
      config: { policy: 'rating:read' },
      schema: {
        tags,
        summary: '干部任期内星级记录 A cadre’s stars',
        params,
        response: { 200: ZStarHistory },
      },
    },
    async (request) => deps.stars.history(scopeOf(request, 'rating:read'), request.params.id),
  );
  r.get(
    '/api/me/stars',
    {
      config: { policy: 'profile:self' },
      schema: { tags, summary: '我的星级记录 My stars', response: { 200: ZStarHistory } },
    },
    async (request) => deps.stars.mine(actorOf(request).userId),
  );
  r.get(
    '/api/rating/priority-lists',
    {
      config: { policy: 'rating:read' },
      schema: {
        tags,
        summary: '结果运用优先名单（按人员身份，两星及以上） Priority lists',
        querystring: ZPriorityListsQuery.strict(),
        response: { 200: ZPriorityLists },
      },
    },
    async (request) => deps.priority.lists(scopeOf(request, 'rating:read'), request.query),
  );
  r.get(
    '/api/rating/priority-lists.docx',
    {
      config: { policy: 'rating:read' },
      schema: {
        tags,
        summary: '结果运用优先名单（Word） Priority lists in Word',
        querystring: ZPriorityListsQuery.strict(),
        produces: [DOCX],
        response: { 200: ZFile },
      },
    },
    async (request, reply) => {
      const { file, filename } = await deps.exports.priorityLists(
        scopeOf(request, 'rating:read'),
        request.query,
        contextOf(request),
      );
      return reply.type(DOCX).header('content-disposition', attachment('priority.docx', filename)).send(file);
    },
  );
  r.get(
    '/api/rating/admonishments',
    {
      config: { policy: 'rating:read' },
      schema: {
        tags,
        summary: '诫勉及其整改 Admonishments and their rectification',
        querystring: ZAdmonishmentQuery.strict(),
        response: { 200: ZAdmonishmentList },
      },
    },
    async (request) => deps.admonishments.list(scopeOf(request, 'rating:read'), request.query),
  );
  r.get(
    '/api/rating/cycles/:id/results.xlsx',
    {
      config: { policy: 'rating:read' },
      schema: {
        tags,
        summary: '星级评定结果表（Excel） The result table',
        params,
        produces: [XLSX],
        response: { 200: ZFile },
      },
    },
    async (request, reply) => {
      const { file, filename } = await deps.exports.results(
        scopeOf(request, 'rating:read'),
        request.params.id,
        contextOf(request),
      );
      return reply.type(XLSX).header('content-disposition', attachment('results.xlsx', filename)).send(file);
    },
  );
  r.get(
    '/api/rating/cycles/:id/notice.docx',
    {
      config: { policy: 'rating:read' },
      schema: {
        tags,
        summary: '星级评定结果公示（Word） The notice',
        params,
        produces: [DOCX],
        response: { 200: ZFile },
      },
    },
    async (request, reply) => {
      const { file, filename } = await deps.exports.notice(
        scopeOf(request, 'rating:read'),
        request.params.id,
        contextOf(request),
      );
      return reply.type(DOCX).header('content-disposition', attachment('notice.docx', filename)).send(file);
    },
  );
}
