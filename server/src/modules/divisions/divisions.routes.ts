import { ZDivisionCode, ZDivisionNode, ZDivisionTree, ZMapPoint, ZPointsImportResult } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, scopeOf } from '../../plugins/auth.ts';
import type { TDivisionsService } from './divisions.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export async function divisionsRoutes(app: FastifyInstance, deps: { divisions: TDivisionsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['divisions'];
  const params = z.object({ code: ZDivisionCode });
  // an uploaded 村庄坐标 workbook arrives as it is
  app.addContentTypeParser(
    [XLSX, 'application/octet-stream'],
    { parseAs: 'buffer', bodyLimit: 5 * 1024 * 1024 },
    (_req, body, done) => done(null, body),
  );

  r.get(
    '/api/divisions/points/template.xlsx',
    {
      config: { policy: 'divisions:write' },
      schema: {
        tags,
        summary: '村庄坐标表（管辖范围内的村及已有坐标） The villages and their points, to fill in',
        produces: [XLSX],
        response: { 200: z.any().describe('an .xlsx workbook') },
      },
    },
    async (request, reply) =>
      reply
        .type(XLSX)
        .header(
          'content-disposition',
          `attachment; filename="village-points.xlsx"; filename*=UTF-8''${encodeURIComponent('村庄坐标.xlsx')}`,
        )
        .send(await deps.divisions.pointsTemplate(scopeOf(request, 'divisions:write'))),
  );
  r.post(
    '/api/divisions/points',
    {
      config: { policy: 'divisions:write' },
      bodyLimit: 5 * 1024 * 1024,
      schema: {
        tags,
        summary: '导入村庄坐标（全部校验通过才导入；经纬度都空则清除） Import village points',
        consumes: [XLSX],
        body: z.instanceof(Buffer),
        response: { 200: ZPointsImportResult },
      },
    },
    async (request) =>
      deps.divisions.importPoints(scopeOf(request, 'divisions:write'), request.body, contextOf(request)),
  );

  r.get(
    '/api/divisions/tree',
    {
      config: { policy: 'divisions:read' },
      schema: { tags, summary: '行政区划树 Division tree (in scope)', response: { 200: ZDivisionTree } },
    },
    async (request) => deps.divisions.tree(scopeOf(request, 'divisions:read')),
  );

  r.get(
    '/api/divisions/:code',
    {
      config: { policy: 'divisions:read' },
      schema: {
        tags,
        summary: '行政区划 One division with its subtree',
        params,
        response: { 200: ZDivisionNode },
      },
    },
    async (request) => deps.divisions.get(scopeOf(request, 'divisions:read'), request.params.code),
  );

  r.put(
    '/api/divisions/:code/point',
    {
      config: { policy: 'divisions:write' },
      schema: {
        tags,
        summary: '设置地图位置 Set or clear the map point',
        params,
        body: z.object({ point: ZMapPoint.nullable() }),
        response: { 200: ZDivisionNode },
      },
    },
    async (request) =>
      deps.divisions.setPoint(
        scopeOf(request, 'divisions:write'),
        request.params.code,
        request.body.point,
        contextOf(request),
      ),
  );
}
