import { ZAward, ZAwardList, ZAwardQuery, ZCreateAwardRequest, ZIdParam } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import { evidenceRoutes } from '../files/evidence-routes.ts';
import { AWARD_EVIDENCE, type TAwardRegisterService } from './awards.service.ts';

/** 表彰登记: the register read in scope by whoever reads the registry, kept by the county. */
export async function awardRegisterRoutes(app: FastifyInstance, deps: { awards: TAwardRegisterService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['awards'];
  r.get(
    '/api/awards',
    {
      config: { policy: 'registry:read' },
      schema: {
        tags,
        summary: '表彰登记（管辖范围内） Commendations in scope',
        querystring: ZAwardQuery.strict(),
        response: { 200: ZAwardList },
      },
    },
    async (request) => deps.awards.list(scopeOf(request, 'registry:read'), request.query),
  );
  r.post(
    '/api/awards',
    {
      config: { policy: 'awards:write' },
      schema: {
        tags,
        summary: '登记表彰（干部或村集体；国家级 +2 星，省部级 +1 星） Register a commendation',
        body: ZCreateAwardRequest,
        response: { 200: ZAward },
      },
    },
    async (request) =>
      deps.awards.create(scopeOf(request, 'awards:write'), request.body, {
        ...contextOf(request),
        userId: actorOf(request).userId,
      }),
  );
  r.delete(
    '/api/awards/:id',
    {
      config: { policy: 'awards:write' },
      schema: {
        tags,
        summary: '删除误登的表彰（留痕） Remove a commendation registered by mistake',
        params: z.object({ id: ZIdParam }),
        response: { 200: z.object({ id: z.number().int() }) },
      },
    },
    async (request) =>
      deps.awards.remove(scopeOf(request, 'awards:write'), request.params.id, contextOf(request)),
  );
}

/** An award's evidence (a scan or photo of the certificate or document): upload, then view in scope. */
export const awardEvidenceRoutes = (awards: TAwardRegisterService) =>
  evidenceRoutes({
    tags: ['awards'],
    purpose: AWARD_EVIDENCE,
    field: 'fileId',
    upload: {
      url: '/api/awards/evidence',
      policy: 'awards:write',
      summary: '上传表彰证书或文件的照片（可选），再以 fileId 提交 Upload evidence',
    },
    view: {
      url: '/api/awards/:id/evidence',
      policy: 'registry:read',
      summary: '表彰证书或文件 The evidence of a commendation',
    },
    find: (request, id) => awards.evidenceKey(scopeOf(request, 'registry:read'), id),
  });
