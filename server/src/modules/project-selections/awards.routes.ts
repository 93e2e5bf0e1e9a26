import {
  ZAddCasePhotoRequest,
  ZIdParam,
  ZProjectAward,
  ZProjectAwardList,
  ZUpdateCaseRequest,
} from '@zhucun/core';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeIfHeld, scopeOf } from '../../plugins/auth.ts';
import { evidenceRoutes } from '../files/evidence-routes.ts';
import { CASE_PHOTO } from './awards.repository.ts';
import type { TAwardCaller, TAwardsService } from './awards.service.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const params = z.object({ id: ZIdParam });
const tags = ['project-selections'];

const callerFor = (request: FastifyRequest): TAwardCaller => {
  const a = actorOf(request);
  return {
    userId: a.userId,
    read: scopeOf(request, 'projects:read'),
    write: scopeIfHeld(request, 'projects:approve'),
    manage: a.permissions.includes('selections:manage'),
  };
};
const attachment = (fallback: string, name: string) =>
  `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** 典型案例: awarded projects' case pages (what was done, results, photos) and their Word export. */
export async function awardsRoutes(app: FastifyInstance, deps: { awards: TAwardsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const read = { policy: 'projects:read' } as const;
  const write = { policy: 'projects:approve' } as const;

  r.get(
    '/api/project-awards',
    {
      config: read,
      schema: {
        tags,
        summary: '优秀创新项目典型案例 Awarded projects',
        response: { 200: ZProjectAwardList },
      },
    },
    async (request) => deps.awards.list(callerFor(request)),
  );
  r.get(
    '/api/project-awards/:id',
    {
      config: read,
      schema: { tags, summary: '典型案例 A case page', params, response: { 200: ZProjectAward } },
    },
    async (request) => deps.awards.get(request.params.id, callerFor(request)),
  );
  r.put(
    '/api/project-awards/:id',
    {
      config: write,
      schema: {
        tags,
        summary: '编写典型案例：主要做法、取得成效（县级或项目所在乡镇；留痕） Edit a case page',
        params,
        body: ZUpdateCaseRequest.strict(),
        response: { 200: ZProjectAward },
      },
    },
    async (request) =>
      deps.awards.updateCase(request.params.id, request.body, callerFor(request), contextOf(request)),
  );
  r.post(
    '/api/project-awards/:id/photos',
    {
      config: write,
      schema: {
        tags,
        summary: '为典型案例添加照片（先上传，再以 photoId 提交） Add a case photo',
        params,
        body: ZAddCasePhotoRequest.strict(),
        response: { 200: ZProjectAward },
      },
    },
    async (request) =>
      deps.awards.addPhoto(request.params.id, request.body.photoId, callerFor(request), contextOf(request)),
  );
  r.delete(
    '/api/project-awards/:id/photos/:fileId',
    {
      config: write,
      schema: {
        tags,
        summary: '删除典型案例照片 Remove a case photo',
        params: z.object({ id: ZIdParam, fileId: ZIdParam }),
        response: { 200: ZProjectAward },
      },
    },
    async (request) =>
      deps.awards.removePhoto(
        request.params.id,
        request.params.fileId,
        callerFor(request),
        contextOf(request),
      ),
  );
  r.get(
    '/api/project-awards/:id/case.docx',
    {
      config: read,
      schema: {
        tags,
        summary: '导出典型案例（Word） The case page as a Word document',
        params,
        produces: [DOCX],
        response: { 200: z.any().describe('a file') },
      },
    },
    async (request, reply) => {
      const { file, filename } = await deps.awards.caseDocx(request.params.id, callerFor(request));
      return reply.type(DOCX).header('content-disposition', attachment('case.docx', filename)).send(file);
    },
  );
}

/** Case photos: uploaded first (then added with photoId), seen by every reader of projects once on a case page. */
export const casePhotoRoutes = (awards: TAwardsService) =>
  evidenceRoutes({
    tags,
    purpose: CASE_PHOTO,
    field: 'photoId',
    upload: {
      url: '/api/project-awards/photos',
      policy: 'projects:approve',
      summary: '上传典型案例照片，再以 photoId 添加 Upload a case photo',
    },
    view: {
      url: '/api/project-awards/photos/:id',
      policy: 'projects:read',
      summary: '典型案例照片 A case photo',
    },
    find: (request, id) => awards.photoKey(id, actorOf(request).userId),
  });
