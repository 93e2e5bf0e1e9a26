import { ZHealth } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { TDatabase } from '../../db/client.ts';

export async function healthRoutes(
  app: FastifyInstance,
  deps: { database: TDatabase; demo: () => boolean; version: string },
) {
  app.withTypeProvider<ZodTypeProvider>().get(
    '/api/health',
    {
      config: { policy: 'public' },
      schema: { tags: ['health'], summary: '健康检查 Health', response: { 200: ZHealth } },
    },
    async () => ({
      status: 'ok' as const,
      database: { kind: deps.database.kind, migration: await deps.database.migrationVersion() },
      demo: deps.demo(),
      version: deps.version,
    }),
  );
}
