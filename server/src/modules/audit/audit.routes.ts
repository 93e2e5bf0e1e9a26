import { ZAuditList, ZAuditQuery, ZAuditVerification } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { invalidField } from '../../errors.ts';
import type { TAuditService } from './audit.service.ts';

export async function auditRoutes(app: FastifyInstance, deps: { audit: TAuditService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['audit'];

  r.get(
    '/api/audit',
    {
      config: { policy: 'audit:read' },
      schema: {
        tags,
        summary: '审计日志 Search the audit log',
        querystring: ZAuditQuery,
        response: { 200: ZAuditList },
      },
    },
    async (request) => {
      const q = request.query;
      if (q.from && q.to && q.to < q.from) throw invalidField('to', 'date_range');
      return deps.audit.find(q);
    },
  );

  r.get(
    '/api/audit/verify',
    {
      config: { policy: 'audit:read' },
      schema: { tags, summary: '校验哈希链 Verify the hash chain', response: { 200: ZAuditVerification } },
    },
    async () => deps.audit.verify(),
  );
}
