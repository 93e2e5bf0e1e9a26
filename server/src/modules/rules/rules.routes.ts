import { ZCountyRules, ZUpdateCountyRulesRequest } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contextOf } from '../../plugins/auth.ts';
import type { TRulesService } from './rules.service.ts';

export async function rulesRoutes(app: FastifyInstance, deps: { rules: TRulesService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/rules',
    {
      config: { policy: 'rules:read' },
      schema: {
        tags: ['rules'],
        summary: '县级规则 The county rules (targets, term, holidays)',
        response: { 200: ZCountyRules },
      },
    },
    async () => deps.rules.get(),
  );
  r.patch(
    '/api/rules',
    {
      config: { policy: 'rules:write' },
      schema: {
        tags: ['rules'],
        summary: '修改县级规则 Change some county rules (audited)',
        body: ZUpdateCountyRulesRequest.strict(),
        response: { 200: ZCountyRules },
      },
    },
    async (request) => deps.rules.update(request.body, contextOf(request)),
  );
}
