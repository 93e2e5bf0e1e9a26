import {
  RECTIFICATION_ACTION_PATHS,
  type TRectificationActionPath,
  ZIdParam,
  ZRectificationActionBody,
  ZRectificationCreate,
  ZRectificationList,
  ZRectificationListQuery,
  ZRectificationView,
} from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import type { TRectificationService } from './rectification.service.ts';
import type { TRectificationExportService } from './rectification-export.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const params = z.object({ id: ZIdParam });
const attachment = (fallback: string, name: string) =>
  `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;

const SUMMARIES: Record<TRectificationActionPath, string> = {
  progress: '报告整改进展（文字与照片） Report progress',
  report: '报送整改完成（须写明整改情况，可附照片） Report completion',
  'township-approve': '乡镇审核通过（村级问题） Township approves',
  'township-return': '乡镇退回（须写明理由） Township returns',
  close: '县级销号 County closes',
  'county-return': '县级退回（须写明理由） County returns',
};
const REPORTING: readonly TRectificationActionPath[] = ['progress', 'report'];

/** 整改台账: register, the ledger, the three-list workbook, one problem with its timeline, and each step. */
export async function rectificationRoutes(
  app: FastifyInstance,
  deps: { rectification: TRectificationService; exports: TRectificationExportService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['rectification'];

  r.post(
    '/api/rectifications',
    {
      config: { policy: 'rectification:manage' },
      schema: {
        tags,
        summary: '登记整改问题（含整改措施与责任人） Register a problem',
        body: ZRectificationCreate,
        response: { 200: ZRectificationView },
      },
    },
    async (request) => {
      const actor = actorOf(request);
      return deps.rectification.create(
        scopeOf(request, 'rectification:manage'),
        request.body,
        { userId: actor.userId, grants: actor.grants },
        contextOf(request),
      );
    },
  );
  r.get(
    '/api/rectifications',
    {
      config: { policy: 'rectification:read' },
      schema: {
        tags,
        summary: '整改台账（按状态计数） The ledger in scope, with counts by state',
        querystring: ZRectificationListQuery,
        response: { 200: ZRectificationList },
      },
    },
    async (request) => deps.rectification.list(scopeOf(request, 'rectification:read'), request.query),
  );
  r.get(
    '/api/rectifications/export.xlsx',
    {
      config: { policy: 'rectification:read' },
      schema: {
        tags,
        summary: '导出整改台账：问题清单、任务清单、责任清单（留痕） Export the three lists',
        querystring: ZRectificationListQuery,
        produces: [XLSX],
        response: { 200: z.any().describe('an .xlsx workbook') },
      },
    },
    async (request, reply) => {
      const { file, filename } = await deps.exports.ledger(
        scopeOf(request, 'rectification:read'),
        request.query,
        contextOf(request),
      );
      return reply
        .type(XLSX)
        .header('content-disposition', attachment('rectification.xlsx', filename))
        .send(file);
    },
  );
  r.get(
    '/api/rectifications/:id',
    {
      config: { policy: 'rectification:read' },
      schema: { tags, summary: '整改问题与时间线 A problem', params, response: { 200: ZRectificationView } },
    },
    async (request) =>
      deps.rectification.get(
        scopeOf(request, 'rectification:read'),
        request.params.id,
        actorOf(request).grants,
      ),
  );
  for (const path of Object.keys(RECTIFICATION_ACTION_PATHS) as TRectificationActionPath[]) {
    const permission = REPORTING.includes(path) ? 'rectification:report' : 'rectification:review';
    r.post(
      `/api/rectifications/:id/${path}`,
      {
        config: { policy: permission },
        schema: {
          tags,
          summary: SUMMARIES[path],
          params,
          body: ZRectificationActionBody,
          response: { 200: ZRectificationView },
        },
      },
      async (request) => {
        const actor = actorOf(request);
        return deps.rectification.act(
          scopeOf(request, permission),
          request.params.id,
          path,
          request.body,
          { userId: actor.userId, grants: actor.grants },
          contextOf(request),
        );
      },
    );
  }
}
