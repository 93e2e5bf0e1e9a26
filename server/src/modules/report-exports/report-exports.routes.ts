import { type TReportExport, ZReportPeriodQuery } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf, scopeOf } from '../../plugins/auth.ts';
import type { TReportExportsService } from './report-exports.service.ts';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const ZXlsx = z.any().describe('an .xlsx workbook');
const attachment = (fallback: string, name: string) =>
  `attachment; filename="${fallback}"; filename*=UTF-8''${encodeURIComponent(name)}`;

/** Which permission reads each report (the same as the list it comes from). */
const POLICY = {
  registry: 'registry:read',
  presence: 'duty:read',
  requests: 'requests:read',
  projects: 'projects:read',
} as const satisfies Record<TReportExport, string>;

/**
 * 上报数据: the registry, 五天四夜 by month, requests and projects in their documented column sets
 * (core/src/report-sets.ts), in the caller's scope, audited. The people's workbooks (the registry's
 * ledger, the request ledger, the project ledger) stay as they are; these are the platform's.
 */
export async function reportExportsRoutes(app: FastifyInstance, deps: { reports: TReportExportsService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['reports'];

  const plain = (e: 'registry' | 'projects', summary: string) =>
    r.get(
      `/api/reports/${e}.xlsx`,
      {
        config: { policy: POLICY[e] },
        schema: { tags, summary, produces: [XLSX], response: { 200: ZXlsx } },
      },
      async (request, reply) => {
        const { file, filename } = await deps.reports.workbook(
          scopeOf(request, POLICY[e]),
          e,
          null,
          contextOf(request),
        );
        return reply
          .type(XLSX)
          .header('content-disposition', attachment(`${e}.xlsx`, filename))
          .send(file);
      },
    );
  const byPeriod = (e: 'presence' | 'requests', summary: string) =>
    r.get(
      `/api/reports/${e}.xlsx`,
      {
        config: { policy: POLICY[e] },
        schema: {
          tags,
          summary,
          querystring: ZReportPeriodQuery,
          produces: [XLSX],
          response: { 200: ZXlsx },
        },
      },
      async (request, reply) => {
        const { file, filename } = await deps.reports.workbook(
          scopeOf(request, POLICY[e]),
          e,
          request.query,
          contextOf(request),
        );
        return reply
          .type(XLSX)
          .header('content-disposition', attachment(`${e}.xlsx`, filename))
          .send(file);
      },
    );

  plain('registry', '上报数据：驻村干部台账（固定列，含字段说明） Registry for upward reporting');
  byPeriod('presence', '上报数据：五天四夜月度统计（年度或一个月） Presence by month for upward reporting');
  byPeriod('requests', '上报数据：群众诉求台账（按登记期间） Requests for upward reporting');
  plain('projects', '上报数据：帮扶项目台账（固定列，含字段说明） Projects for upward reporting');
}
