import {
  ZCorrectDesignation,
  ZCorrectLabourReport,
  ZCreateDesignation,
  ZCreateLabourReport,
  ZDesignation,
  ZDesignationList,
  ZDesignationQuery,
  ZIdParam,
  ZLabourReportDetail,
  ZLabourReportList,
  ZLabourReportQuery,
  ZOutcomeFigures,
  ZOutcomeFiguresQuery,
  ZOutcomeReturn,
} from '@zhucun/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import { evidenceRoutes } from '../files/evidence-routes.ts';
import { DESIGNATION_DOCUMENT, type TOutcomesService } from './outcomes.service.ts';

const params = z.object({ id: ZIdParam });
const actor = (request: FastifyRequest) => ({ ...contextOf(request), userId: actorOf(request).userId });
const read = { policy: 'outcomes:read' } as const;
const report = { policy: 'outcomes:report' } as const;
const reviewPolicy = { policy: 'outcomes:review' } as const;

/** 帮扶成效: the figures, the villages' months of transfer employment and their designations. */
export async function outcomesRoutes(app: FastifyInstance, deps: { outcomes: TOutcomesService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['outcomes'];
  const s = deps.outcomes;
  r.get(
    '/api/outcomes/figures',
    {
      config: read,
      schema: {
        tags,
        summary: '帮扶成效（产业项目、外出务工、示范村；按乡镇和村；截至某日） Outcome figures as of a date',
        querystring: ZOutcomeFiguresQuery.strict(),
        response: { 200: ZOutcomeFigures },
      },
    },
    async (request) => s.figures(scopeOf(request, 'outcomes:read'), request.query.asOf),
  );
  r.get(
    '/api/outcomes/reports',
    {
      config: read,
      schema: {
        tags,
        summary: '村月度外出务工情况（管辖范围内） Villages’ monthly labour reports',
        querystring: ZLabourReportQuery.strict(),
        response: { 200: ZLabourReportList },
      },
    },
    async (request) => s.listReports(scopeOf(request, 'outcomes:read'), request.query),
  );
  r.get(
    '/api/outcomes/reports/:id',
    {
      config: read,
      schema: {
        tags,
        summary: '一个村一个月的外出务工农户 A village’s month',
        params,
        response: { 200: ZLabourReportDetail },
      },
    },
    async (request) => s.getReport(scopeOf(request, 'outcomes:read'), request.params.id),
  );
  r.post(
    '/api/outcomes/reports',
    {
      config: report,
      schema: {
        tags,
        summary: '报送村月度外出务工情况（逐户人数；县级审核；留痕） Send a village’s month',
        body: ZCreateLabourReport,
        response: { 200: ZLabourReportDetail },
      },
    },
    async (request) => s.createReport(scopeOf(request, 'outcomes:report'), request.body, actor(request)),
  );
  r.put(
    '/api/outcomes/reports/:id',
    {
      config: report,
      schema: {
        tags,
        summary: '修改后重新报送（已退回或待审核；留痕） Correct and resend a month',
        params,
        body: ZCorrectLabourReport,
        response: { 200: ZLabourReportDetail },
      },
    },
    async (request) =>
      s.correctReport(scopeOf(request, 'outcomes:report'), request.params.id, request.body, actor(request)),
  );
  r.post(
    '/api/outcomes/reports/:id/approve',
    {
      config: reviewPolicy,
      schema: {
        tags,
        summary: '县级审核通过（留痕） Approve a month',
        params,
        response: { 200: ZLabourReportDetail },
      },
    },
    async (request) =>
      s.decideReport(scopeOf(request, 'outcomes:review'), request.params.id, null, actor(request)),
  );
  r.post(
    '/api/outcomes/reports/:id/return',
    {
      config: reviewPolicy,
      schema: {
        tags,
        summary: '县级退回并说明理由（留痕） Return a month with a reason',
        params,
        body: ZOutcomeReturn,
        response: { 200: ZLabourReportDetail },
      },
    },
    async (request) =>
      s.decideReport(
        scopeOf(request, 'outcomes:review'),
        request.params.id,
        request.body.reason,
        actor(request),
      ),
  );
  await designationRoutes(app, s);
}

async function designationRoutes(app: FastifyInstance, s: TOutcomesService) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['outcomes'];
  r.get(
    '/api/outcomes/designations',
    {
      config: read,
      schema: {
        tags,
        summary: '示范村称号（管辖范围内） Demonstration designations',
        querystring: ZDesignationQuery.strict(),
        response: { 200: ZDesignationList },
      },
    },
    async (request) => s.listDesignations(scopeOf(request, 'outcomes:read'), request.query),
  );
  r.post(
    '/api/outcomes/designations',
    {
      config: report,
      schema: {
        tags,
        summary: '报送示范村称号（级别、日期、文号、文件；县级审核；留痕） Send a designation',
        body: ZCreateDesignation,
        response: { 200: ZDesignation },
      },
    },
    async (request) => s.createDesignation(scopeOf(request, 'outcomes:report'), request.body, actor(request)),
  );
  r.put(
    '/api/outcomes/designations/:id',
    {
      config: report,
      schema: {
        tags,
        summary: '修改后重新报送示范村称号（留痕） Correct and resend a designation',
        params,
        body: ZCorrectDesignation,
        response: { 200: ZDesignation },
      },
    },
    async (request) =>
      s.correctDesignation(
        scopeOf(request, 'outcomes:report'),
        request.params.id,
        request.body,
        actor(request),
      ),
  );
  r.post(
    '/api/outcomes/designations/:id/approve',
    {
      config: reviewPolicy,
      schema: {
        tags,
        summary: '县级审核通过示范村称号（留痕） Approve a designation',
        params,
        response: { 200: ZDesignation },
      },
    },
    async (request) =>
      s.decideDesignation(scopeOf(request, 'outcomes:review'), request.params.id, null, actor(request)),
  );
  r.post(
    '/api/outcomes/designations/:id/return',
    {
      config: reviewPolicy,
      schema: {
        tags,
        summary: '县级退回示范村称号并说明理由（留痕） Return a designation',
        params,
        body: ZOutcomeReturn,
        response: { 200: ZDesignation },
      },
    },
    async (request) =>
      s.decideDesignation(
        scopeOf(request, 'outcomes:review'),
        request.params.id,
        request.body.reason,
        actor(request),
      ),
  );
}

/** A designation's document (a scan or photo): upload, then view in scope. */
export const designationDocumentRoutes = (outcomes: TOutcomesService) =>
  evidenceRoutes({
    tags: ['outcomes'],
    purpose: DESIGNATION_DOCUMENT,
    field: 'fileId',
    upload: {
      url: '/api/outcomes/designations/document',
      policy: 'outcomes:report',
      summary: '上传命名文件的扫描件或照片，再以 fileId 提交 Upload a designation’s document',
    },
    view: {
      url: '/api/outcomes/designations/:id/document',
      policy: 'outcomes:read',
      summary: '示范村称号的命名文件 A designation’s document',
    },
    find: (request, id) => outcomes.documentKey(scopeOf(request, 'outcomes:read'), id),
  });
