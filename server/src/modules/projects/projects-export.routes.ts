import { ZIdParam, ZProjectListQuery } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, contextOf, scopeOf } from '../../plugins/auth.ts';
import type { TProjectsExportService } from './projects-export.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const attachment = (fallback: string, name: string) =>
  `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** 项目台账 (Excel, by any filter of the list) and 项目卡 (Word), in the caller's scope. */
export async function projectsExportRoutes(app: FastifyInstance, deps: { exports: TProjectsExportService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['projects'];
  const config = { policy: 'projects:read' } as const;

  r.get(
    '/api/projects/export.xlsx',
    {
      config,
      schema: {
        tags,
        summary: '导出帮扶项目台账（与列表相同的筛选，管辖范围内；留痕） Export the project ledger',
        querystring: ZProjectListQuery,
        produces: [XLSX],
        response: { 200: z.any().describe('an .xlsx workbook') },
      },
    },
    async (request, reply) => {
      const { file, filename } = await deps.exports.ledger(
        scopeOf(request, 'projects:read'),
        request.query,
        contextOf(request),
      );
      return reply.type(XLSX).header('content-disposition', attachment('projects.xlsx', filename)).send(file);
    },
  );
  r.get(
    '/api/projects/:id/card.docx',
    {
      config,
      schema: {
        tags,
        summary: '导出项目卡（Word；留痕） Export a project card',
        params: z.object({ id: ZIdParam }),
        produces: [DOCX],
        response: { 200: z.any().describe('a .docx document') },
      },
    },
    async (request, reply) => {
      const { file, filename } = await deps.exports.card(
        scopeOf(request, 'projects:read'),
        request.params.id,
        actorOf(request).grants,
        contextOf(request),
      );
      return reply.type(DOCX).header('content-disposition', attachment('project.docx', filename)).send(file);
    },
  );
}
