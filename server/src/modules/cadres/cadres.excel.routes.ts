import { ZCadreListQuery, ZUnmaskRequest } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, scopeOf } from '../../plugins/auth.ts';
import { assertStarsFilterAllowed } from '../rating-follow/stars-filter.ts';
import type { TCadresExportService } from './cadres.export.service.ts';
import type { TCadresImportService } from './cadres.import.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZXlsx = z.any().describe('an .xlsx workbook');
const ZImportResult = z.object({
  created: z.number().int(),
  updated: z.number().int(),
  unchanged: z.number().int(),
});

const attachment = (name: string) =>
  `attachment; filename="ledger.xlsx"; filename*=UTF-8''${encodeURIComponent(name)}`;

export async function cadresExcelRoutes(
  app: FastifyInstance,
  deps: { exports: TCadresExportService; imports: TCadresImportService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['registry'];
  // an uploaded ledger arrives as the raw workbook
  app.addContentTypeParser(
    [XLSX, 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: 20 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );

  r.get(
    '/api/cadres/template.xlsx',
    {
      config: { policy: 'registry:write' },
      schema: {
        tags,
        summary: '干部台账导入模板 Import template',
        produces: [XLSX],
        response: { 200: ZXlsx },
      },
    },
    async (request, reply) => {
      const file = await deps.exports.template(scopeOf(request, 'registry:write'));
      return reply.type(XLSX).header('content-disposition', attachment('干部台账导入模板.xlsx')).send(file);
    },
  );

  r.get(
    '/api/cadres/export.xlsx',
    {
      config: { policy: 'registry:read' },
      schema: {
        tags,
        summary: '导出干部台账（身份证号、手机号脱敏） Export the filtered ledger, masked',
        querystring: ZCadreListQuery,
        produces: [XLSX],
        response: { 200: ZXlsx },
      },
    },
    async (request, reply) => {
      assertStarsFilterAllowed(request, request.query);
      const file = await deps.exports.ledger(
        scopeOf(request, 'registry:read'),
        request.query,
        null,
        contextOf(request),
      );
      return reply.type(XLSX).header('content-disposition', attachment('干部台账.xlsx')).send(file);
    },
  );

  r.post(
    '/api/cadres/export.xlsx',
    {
      config: { policy: 'pii:unmask' },
      schema: {
        tags,
        summary:
          '导出完整身份证号和手机号的干部台账（须说明理由，留痕） Export in full, audited with the reason',
        querystring: ZCadreListQuery,
        body: ZUnmaskRequest,
        produces: [XLSX],
        response: { 200: ZXlsx },
      },
    },
    async (request, reply) => {
      assertStarsFilterAllowed(request, request.query);
      const file = await deps.exports.ledger(
        scopeOf(request, 'pii:unmask'),
        request.query,
        request.body.reason,
        contextOf(request),
      );
      return reply
        .type(XLSX)
        .header('content-disposition', attachment('干部台账（完整信息）.xlsx'))
        .send(file);
    },
  );

  r.post(
    '/api/cadres/import',
    {
      config: { policy: 'registry:write' },
      bodyLimit: 20 * 1024 * 1024,
      schema: {
        tags,
        summary: '导入干部台账（全部校验通过才导入；按身份证号，重复导入不变） Import a ledger',
        consumes: [XLSX],
        body: z.instanceof(Buffer),
        response: { 200: ZImportResult },
      },
    },
    async (request) =>
      deps.imports.importLedger(scopeOf(request, 'registry:write'), request.body, contextOf(request)),
  );
}
