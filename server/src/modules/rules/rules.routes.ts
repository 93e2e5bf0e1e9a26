import {
  RULES_FIRST_YEAR,
  RULES_LAST_YEAR,
  ZCountyRulesOfYear,
  ZUpdateCountyRulesRequest,
} from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { contextOf } from '../../plugins/auth.ts';
import type { TRulesService } from './rules.service.ts';

/** `?year=2026`: four digits, within the years rules are kept for; none means the current year. */
const ZYearQuery = z.object({
  year: z
    .string()
    .regex(/^\d{4}$/)
    .transform(Number)
    .pipe(z.number().int().min(RULES_FIRST_YEAR).max(RULES_LAST_YEAR))
    .optional(),
});

export async function rulesRoutes(app: FastifyInstance, deps: { rules: TRulesService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/rules',
    {
      config: { policy: 'rules:read' },
      schema: {
        tags: ['rules'],
        summary: '县级规则（某年，默认本年） The county rules of a year (targets, term, holidays)',
        querystring: ZYearQuery,
        response: { 200: ZCountyRulesOfYear },
      },
    },
    async (request) => deps.rules.ofYear(request.query.year),
  );
  r.patch(
    '/api/rules',
    {
      config: { policy: 'rules:write' },
      schema: {
        tags: ['rules'],
        summary: '修改县级规则（本年及以后，往年不可改） Change some county rules of a year (audited)',
        querystring: ZYearQuery,
        body: ZUpdateCountyRulesRequest.strict(),
        response: { 200: ZCountyRulesOfYear },
      },
    },
    async (request) => deps.rules.update(request.body, contextOf(request), request.query.year),
  );
}
