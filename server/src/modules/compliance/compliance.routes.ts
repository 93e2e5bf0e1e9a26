import { ZComplianceWeek, ZComplianceYear, ZDivisionCode, ZMissingDays } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { scopeOf } from '../../plugins/auth.ts';
import type { TComplianceService } from './compliance.service.ts';

const ZDate = z.iso.date();

export async function complianceRoutes(app: FastifyInstance, deps: { compliance: TComplianceService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['duty'];

  r.get(
    '/api/duty/compliance',
    {
      config: { policy: 'duty:read' },
      schema: {
        tags,
        summary: '五天四夜落实情况（一周，按乡镇或村统计） Weekly compliance',
        querystring: z.object({ week: ZDate.optional(), division: ZDivisionCode.optional() }),
        response: { 200: ZComplianceWeek },
      },
    },
    async (request) => deps.compliance.week(scopeOf(request, 'duty:read'), request.query),
  );
  r.get(
    '/api/duty/compliance/year',
    {
      config: { policy: 'duty:read' },
      schema: {
        tags,
        summary: '年度五天四夜落实率与在村天数（逐人） Yearly compliance per cadre',
        querystring: z.object({
          year: z
            .string()
            .regex(/^\d{4}$/)
            .optional(),
          division: ZDivisionCode.optional(),
        }),
        response: { 200: ZComplianceYear },
      },
    },
    async (request) => {
      const { year, division } = request.query;
      return deps.compliance.year(scopeOf(request, 'duty:read'), {
        year: year ?? deps.compliance.today().slice(0, 4),
        ...(division ? { division } : {}),
      });
    },
  );
  r.get(
    '/api/duty/missing',
    {
      config: { policy: 'duty:read' },
      schema: {
        tags,
        summary:
          '某日未记录的干部（默认最近一个工作日，已请假的除外；休息日不列） Cadres who did not record a working day',
        querystring: z.object({ date: ZDate.optional(), division: ZDivisionCode.optional() }),
        response: { 200: ZMissingDays },
      },
    },
    async (request) => deps.compliance.missing(scopeOf(request, 'duty:read'), request.query),
  );
}
