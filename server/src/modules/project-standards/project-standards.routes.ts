import {
  ZAcceptanceRequest,
  ZCreateAssessmentRequest,
  ZIdParam,
  ZProjectStandard,
  ZSetCriteriaRequest,
  ZUpdateAssessmentRequest,
} from '@zhucun/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import { evidenceRoutes } from '../files/evidence-routes.ts';
import { PROJECT_EVIDENCE } from './project-standards.repository.ts';
import type { TProjectStandardsService, TStandardActor } from './project-standards.service.ts';

const params = z.object({ id: ZIdParam });
const actorFor = (request: FastifyRequest): TStandardActor => {
  const a = actorOf(request);
  return { userId: a.userId, grants: a.grants, permissions: a.permissions };
};

/** 一项目一标准: a project's criteria, quarterly assessments, acceptance and score explained. */
export async function projectStandardsRoutes(
  app: FastifyInstance,
  deps: { standards: TProjectStandardsService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['project-standards'];
  const read = (request: FastifyRequest) => scopeOf(request, 'projects:read');

  r.get(
    '/api/projects/:id/standard',
    {
      config: { policy: 'projects:read' },
      schema: {
        tags,
        summary: '项目验收标准、季度评估、验收与得分说明 A project’s standard and score explained',
        params,
        response: { 200: ZProjectStandard },
      },
    },
    async (request) => deps.standards.get(read(request), request.params.id, actorFor(request)),
  );
  r.put(
    '/api/projects/:id/criteria',
    {
      config: { policy: 'projects:write' },
      schema: {
        tags,
        summary:
          '设定验收标准（审核通过前由村级填写；通过后冻结，只能由乡镇或县级写明理由调整；留痕） Set the criteria',
        params,
        body: ZSetCriteriaRequest.strict(),
        response: { 200: ZProjectStandard },
      },
    },
    async (request) =>
      deps.standards.setCriteria(
        read(request),
        request.params.id,
        request.body,
        actorFor(request),
        contextOf(request),
      ),
  );
  r.post(
    '/api/projects/:id/assessments',
    {
      config: { policy: 'projects:approve' },
      schema: {
        tags,
        summary: '乡镇季度评估：逐项打分、评语和佐证（每季度一次；留痕） Assess a quarter',
        params,
        body: ZCreateAssessmentRequest.strict(),
        response: { 200: ZProjectStandard },
      },
    },
    async (request) =>
      deps.standards.assess(
        read(request),
        request.params.id,
        request.body,
        actorFor(request),
        contextOf(request),
      ),
  );
  r.put(
    '/api/project-assessments/:id',
    {
      config: { policy: 'projects:approve' },
      schema: {
        tags,
        summary: '更正季度评估（原评分记入审计日志） Correct an assessment',
        params,
        body: ZUpdateAssessmentRequest.strict(),
        response: { 200: ZProjectStandard },
      },
    },
    async (request) =>
      deps.standards.editAssessment(
        read(request),
        request.params.id,
        request.body,
        actorFor(request),
        contextOf(request),
      ),
  );
  r.post(
    '/api/projects/:id/acceptance',
    {
      config: { policy: 'projects:approve' },
      schema: {
        tags,
        summary: '县级验收：结论、日期、意见、逐项得分与佐证（通过即完成；留痕） Record acceptance',
        params,
        body: ZAcceptanceRequest.strict(),
        response: { 200: ZProjectStandard },
      },
    },
    async (request) =>
      deps.standards.accept(
        read(request),
        request.params.id,
        request.body,
        actorFor(request),
        contextOf(request),
      ),
  );
}

/** Evidence photos of assessments and acceptances: upload, then send the id as evidencePhotoId; view in scope. */
export const projectEvidenceRoutes = (standards: TProjectStandardsService) =>
  evidenceRoutes({
    tags: ['project-standards'],
    purpose: PROJECT_EVIDENCE,
    field: 'evidencePhotoId',
    upload: {
      url: '/api/project-standards/evidence',
      policy: 'projects:approve',
      summary: '上传评估或验收佐证照片（可选），再以 evidencePhotoId 提交 Upload evidence',
    },
    view: {
      url: '/api/project-standards/evidence/:id',
      policy: 'projects:read',
      summary: '评估或验收佐证照片 Evidence photo',
    },
    find: (request, id) =>
      standards.evidenceKey(scopeOf(request, 'projects:read'), id, actorOf(request).userId),
  });
