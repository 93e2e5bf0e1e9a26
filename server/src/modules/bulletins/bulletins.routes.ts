import {
  ZBulletinDetail,
  ZBulletinFigures,
  ZBulletinFiguresQuery,
  ZBulletinList,
  ZCreateBulletin,
  ZIdParam,
  ZUpdateBulletin,
} from '@zhucun/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import type { TBulletinsService } from './bulletins.service.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const ZFile = z.any().describe('a file');
const attachment = (fallback: string, name: string) =>
  `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;
const params = z.object({ id: ZIdParam });
const read = { policy: 'bulletins:read' } as const;
const write = { policy: 'bulletins:write' } as const;
const actor = (request: FastifyRequest) => ({ ...contextOf(request), userId: actorOf(request).userId });

/** 简报: the county's bulletins, composed from live figures, issued with the figures frozen, as Word. */
export async function bulletinsRoutes(app: FastifyInstance, deps: { bulletins: TBulletinsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['bulletins'];
  const s = deps.bulletins;
  r.get(
    '/api/bulletins',
    {
      config: read,
      schema: {
        tags,
        summary: '简报（各期，及下一期建议期号） The county’s bulletins',
        response: { 200: ZBulletinList },
      },
    },
    async (request) => s.list(scopeOf(request, 'bulletins:read')),
  );
  r.get(
    '/api/bulletins/figures',
    {
      config: read,
      schema: {
        tags,
        summary: '简报可插入的数字（截至某日） The figures a bulletin may insert, as of a date',
        querystring: ZBulletinFiguresQuery.strict(),
        response: { 200: ZBulletinFigures },
      },
    },
    async (request) => s.figures(scopeOf(request, 'bulletins:read'), request.query.asOf),
  );
  r.get(
    '/api/bulletins/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '一期简报及其数字（草稿实时统计，已印发的为定稿数字） A bulletin with its figures',
        params,
        response: { 200: ZBulletinDetail },
      },
    },
    async (request) => s.get(scopeOf(request, 'bulletins:read'), request.params.id),
  );
  r.post(
    '/api/bulletins',
    {
      config: write,
      schema: {
        tags,
        summary: '新建简报草稿（期号顺延，正文沿用上一期；留痕） Start a draft',
        body: ZCreateBulletin.strict(),
        response: { 200: ZBulletinDetail },
      },
    },
    async (request) => s.create(scopeOf(request, 'bulletins:write'), request.body, actor(request)),
  );
  r.put(
    '/api/bulletins/:id',
    {
      config: write,
      schema: {
        tags,
        summary: '修改简报草稿（已印发的不能修改；留痕） Edit a draft',
        params,
        body: ZUpdateBulletin.strict(),
        response: { 200: ZBulletinDetail },
      },
    },
    async (request) =>
      s.update(scopeOf(request, 'bulletins:write'), request.params.id, request.body, actor(request)),
  );
  r.post(
    '/api/bulletins/:id/issue',
    {
      config: write,
      schema: {
        tags,
        summary: '印发简报：数字定稿保存，此后不再变化（留痕） Issue a bulletin, freezing its figures',
        params,
        response: { 200: ZBulletinDetail },
      },
    },
    async (request) => s.issue(scopeOf(request, 'bulletins:write'), request.params.id, actor(request)),
  );
  r.get(
    '/api/bulletins/:id/document.docx',
    {
      config: read,
      schema: {
        tags,
        summary: '简报（Word） A bulletin as Word',
        params,
        produces: [DOCX],
        response: { 200: ZFile },
      },
    },
    async (request, reply) => {
      const { buffer, fileName } = await s.document(scopeOf(request, 'bulletins:read'), request.params.id);
      return reply
        .type(DOCX)
        .header('content-disposition', attachment('bulletin.docx', fileName))
        .send(buffer);
    },
  );
}
