import {
  ZDutyListHistory,
  ZDutyListHistoryQuery,
  ZDutyListOverview,
  ZDutyListOverviewQuery,
  ZDutyListVersion,
  ZIdParam,
  ZMyDutyLists,
  ZPublicDutyLists,
  ZPublishDutyListRequest,
  ZSaveDutyListDraftRequest,
} from '@zhucun/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import type { TDutyListReadersService } from './duty-list-readers.service.ts';
import type { TDutyListsService } from './duty-lists.service.ts';

const params = z.object({ id: ZIdParam });
// a malformed token is not found (404), like an unknown one
const tokenParams = z.object({ token: z.string().max(64) });
const mayEdit = (request: FastifyRequest) => actorOf(request).permissions.includes('duty_lists:write');

/**
 * 岗位职责清单: the county edits a post's draft and publishes it as a dated version; everyone signed in
 * with the rules reads the versions; a cadre reads their own post's; the village's public page shows
 * its posts' lists with the holders' names.
 */
export async function dutyListsRoutes(
  app: FastifyInstance,
  deps: { dutyLists: TDutyListsService; readers: TDutyListReadersService; lookupsPerMinute: number },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['duty-lists'];
  const write = { policy: 'duty_lists:write' } as const;

  r.get(
    '/api/duty-lists',
    {
      config: { policy: 'rules:read' },
      schema: {
        tags,
        summary: '五类岗位的职责清单：某日施行的版本、待施行版本、草稿 The five posts’ duty lists',
        querystring: ZDutyListOverviewQuery,
        response: { 200: ZDutyListOverview },
      },
    },
    async (request) => deps.dutyLists.overview(request.query.on, mayEdit(request)),
  );
  r.get(
    '/api/duty-lists/history',
    {
      config: { policy: 'rules:read' },
      schema: {
        tags,
        summary: '某岗位职责清单的历次发布版本 A post’s published versions',
        querystring: ZDutyListHistoryQuery,
        response: { 200: ZDutyListHistory },
      },
    },
    async (request) => deps.dutyLists.history(request.query.category),
  );
  r.get(
    '/api/duty-lists/:id',
    {
      config: { policy: 'rules:read' },
      schema: {
        tags,
        summary: '职责清单的一个版本 One version',
        params,
        response: { 200: ZDutyListVersion },
      },
    },
    async (request) => deps.dutyLists.get(request.params.id, mayEdit(request)),
  );
  r.put(
    '/api/duty-lists/draft',
    {
      config: write,
      schema: {
        tags,
        summary: '保存岗位职责清单草稿（县级；留痕） Save a post’s draft',
        body: ZSaveDutyListDraftRequest,
        response: { 200: ZDutyListVersion },
      },
    },
    async (request) =>
      deps.dutyLists.saveDraft(scopeOf(request, 'duty_lists:write'), request.body, contextOf(request)),
  );
  r.post(
    '/api/duty-lists/:id/publish',
    {
      config: write,
      schema: {
        tags,
        summary: '发布草稿为新版本，自施行日期起施行（发布后不能修改；留痕） Publish a draft',
        params,
        body: ZPublishDutyListRequest,
        response: { 200: ZDutyListVersion },
      },
    },
    async (request) =>
      deps.dutyLists.publish(
        scopeOf(request, 'duty_lists:write'),
        request.params.id,
        request.body,
        contextOf(request),
      ),
  );
  r.delete(
    '/api/duty-lists/:id',
    {
      config: write,
      schema: {
        tags,
        summary: '放弃草稿（已发布版本不能删除；留痕） Discard a draft',
        params,
        response: { 200: z.object({ id: z.number().int() }) },
      },
    },
    async (request) => {
      await deps.dutyLists.discard(
        scopeOf(request, 'duty_lists:write'),
        request.params.id,
        contextOf(request),
      );
      return { id: request.params.id };
    },
  );
  r.get(
    '/api/me/duty-lists',
    {
      config: { policy: 'profile:self' },
      schema: {
        tags,
        summary: '我的岗位职责清单（今日施行的版本） My post’s duty list',
        response: { 200: ZMyDutyLists },
      },
    },
    async (request) => deps.readers.mine(actorOf(request).userId),
  );
  r.get(
    '/api/public/v/:token/duty-lists',
    {
      config: { policy: 'public', rateLimit: { max: deps.lookupsPerMinute, timeWindow: '1 minute' } },
      schema: {
        tags: ['public'],
        summary: '村公开页：驻村干部岗位职责清单公示（仅姓名与岗位） The village’s duty lists, public',
        params: tokenParams,
        response: { 200: ZPublicDutyLists },
      },
    },
    async (request) => deps.readers.publicLists(request.params.token),
  );
}
