import { ZIdParam } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf, scopeOf } from '../../plugins/auth.ts';
import type { TDutyExportsService } from './duty-exports.service.ts';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZFile = z.any().describe('a file');
const ZYear = z
  .string()
  .regex(/^\d{4}$/)
  .optional();

const attachment = (fallback: string, name: string) =>
  `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;

export async function dutyExportsRoutes(app: FastifyInstance, deps: { exports: TDutyExportsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['duty'];

  r.get(
    '/api/duty/people/:personId/book.docx',
    {
      config: { policy: 'duty:read' },
      schema: {
        tags,
        summary: '一人一册：某干部的年度驻村工作日志（Word） A cadre’s log book',
        params: z.object({ personId: ZIdParam }),
        querystring: z.object({ year: ZYear }),
        produces: [DOCX],
        response: { 200: ZFile },
      },
    },
    async (request, reply) => {
      const { file, filename } = await deps.exports.personBook(
        scopeOf(request, 'duty:read'),
        request.params.personId,
        request.query.year,
      );
      return reply.type(DOCX).header('content-disposition', attachment('book.docx', filename)).send(file);
    },
  );
  r.get(
    '/api/duty/my/book.docx',
    {
      config: { policy: 'duty:self' },
      schema: {
        tags,
        summary: '我的驻村工作日志（Word） My log book',
        querystring: z.object({ year: ZYear }),
        produces: [DOCX],
        response: { 200: ZFile },
      },
    },
    async (request, reply) => {
      const { file, filename } = await deps.exports.ownBook(actorOf(request).userId, request.query.year);
      return reply.type(DOCX).header('content-disposition', attachment('book.docx', filename)).send(file);
    },
  );
  r.get(
    '/api/duty/attendance.xlsx',
    {
      config: { policy: 'duty:read' },
      schema: {
        tags,
        summary: '乡镇月度考勤台账（Excel） A township’s attendance for a month',
        querystring: z.object({
          township: z.string().regex(/^\d{9}$/),
          month: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/),
        }),
        produces: [XLSX],
        response: { 200: ZFile },
      },
    },
    async (request, reply) => {
      const { file, filename } = await deps.exports.attendance(
        scopeOf(request, 'duty:read'),
        request.query.township,
        request.query.month,
      );
      return reply
        .type(XLSX)
        .header('content-disposition', attachment('attendance.xlsx', filename))
        .send(file);
    },
  );
}
