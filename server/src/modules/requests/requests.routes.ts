import {
  REQUEST_ACTION_PATHS,
  type TRequestActionPath,
  ZIdParam,
  ZLedger,
  ZLedgerQuery,
  ZRequestAcceptBody,
  ZRequestContacts,
  ZRequestCreate,
  ZRequestDuplicateBody,
  ZRequestFollowUpBody,
  ZRequestHandUpBody,
  ZRequestNotOursBody,
  ZRequestQueue,
  ZRequestQueueQuery,
  ZRequestResolveBody,
  ZRequestStartBody,
  ZRequestView,
  ZRequestWithdrawBody,
  ZUnmaskRequest,
} from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import type { TLedgerService } from './ledger.service.ts';
import type { TActionBody, TRequestsService } from './requests.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const params = z.object({ id: ZIdParam });
const attachment = (fallback: string, name: string) =>
  `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;

const ACTION_BODIES: Record<TRequestActionPath, z.ZodType<TActionBody>> = {
  accept: ZRequestAcceptBody,
  start: ZRequestStartBody,
  resolve: ZRequestResolveBody,
  'hand-up': ZRequestHandUpBody,
  duplicate: ZRequestDuplicateBody,
  'not-ours': ZRequestNotOursBody,
  withdraw: ZRequestWithdrawBody,
  'follow-up': ZRequestFollowUpBody,
};
const ACTION_SUMMARIES: Record<TRequestActionPath, string> = {
  accept: '受理（可指定责任人） Accept',
  start: '开始办理 Start',
  resolve: '办结（须填办理结果） Resolve',
  'hand-up': '上交上一级（须说明理由） Hand up',
  duplicate: '标记为重复（关联原诉求） Mark duplicate',
  'not-ours': '非本级职责（须写明责任单位） Not ours',
  withdraw: '撤回 Withdraw',
  'follow-up': '代群众回访（如电话回访） Follow up',
};

export async function requestsRoutes(
  app: FastifyInstance,
  deps: { requests: TRequestsService; ledger: TLedgerService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['requests'];

  r.post(
    '/api/requests',
    {
      config: { policy: 'requests:work' },
      schema: {
        tags,
        summary: '登记群众诉求 Register a request',
        body: ZRequestCreate,
        response: { 200: ZRequestView },
      },
    },
    async (request) =>
      deps.requests.create(
        scopeOf(request, 'requests:work'),
        request.body,
        actorOf(request).userId,
        contextOf(request),
      ),
  );
  r.get(
    '/api/requests',
    {
      config: { policy: 'requests:read' },
      schema: {
        tags,
        summary: '诉求队列（按期限排序） The queue in scope, by deadline',
        querystring: ZRequestQueueQuery,
        response: { 200: ZRequestQueue },
      },
    },
    async (request) => deps.requests.queue(scopeOf(request, 'requests:read'), request.query),
  );
  r.get(
    '/api/requests/ledger',
    {
      config: { policy: 'requests:read' },
      schema: {
        tags,
        summary: '我为群众办实事台账 The ledger of practical deeds',
        querystring: ZLedgerQuery,
        response: { 200: ZLedger },
      },
    },
    async (request) => deps.ledger.ledger(scopeOf(request, 'requests:read'), request.query),
  );
  r.get(
    '/api/requests/ledger.xlsx',
    {
      config: { policy: 'requests:read' },
      schema: {
        tags,
        summary: '我为群众办实事台账（Excel） The ledger as a workbook',
        querystring: ZLedgerQuery,
        produces: [XLSX],
        response: { 200: z.any().describe('a file') },
      },
    },
    async (request, reply) => {
      const { file, filename } = await deps.ledger.workbook(scopeOf(request, 'requests:read'), request.query);
      return reply.type(XLSX).header('content-disposition', attachment('ledger.xlsx', filename)).send(file);
    },
  );
  r.get(
    '/api/requests/:id',
    {
      config: { policy: 'requests:read' },
      schema: { tags, summary: '诉求详情与办理记录 A request', params, response: { 200: ZRequestView } },
    },
    async (request) => deps.requests.get(scopeOf(request, 'requests:read'), request.params.id),
  );
  r.post(
    '/api/requests/:id/unmask',
    {
      config: { policy: 'pii:unmask' },
      schema: {
        tags,
        summary: '查看农户与反映人的完整联系方式（须说明理由，留痕） Unmask, audited',
        params,
        body: ZUnmaskRequest,
        response: { 200: ZRequestContacts },
      },
    },
    async (request) =>
      deps.requests.unmask(
        scopeOf(request, 'pii:unmask'),
        request.params.id,
        request.body.reason,
        contextOf(request),
      ),
  );
  for (const path of Object.keys(REQUEST_ACTION_PATHS) as TRequestActionPath[])
    r.post(
      `/api/requests/:id/${path}`,
      {
        config: { policy: 'requests:work' },
        schema: {
          tags,
          summary: ACTION_SUMMARIES[path],
          params,
          body: ACTION_BODIES[path],
          response: { 200: ZRequestView },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        return deps.requests.act(
          { read: scopeOf(request, 'requests:read'), work: scopeOf(request, 'requests:work') },
          request.params.id,
          path,
          request.body as TActionBody,
          actor,
          contextOf(request),
        );
      },
    );
}
