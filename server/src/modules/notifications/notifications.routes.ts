import { ZIdParam } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { actorOf } from '../../plugins/auth.ts';
import type { TNotificationsService } from './notifications.service.ts';

const ZNotificationList = z.object({
  unread: z.number().int(),
  items: z.array(
    z.object({
      id: z.number().int(),
      kind: z.string(),
      payload: z.record(z.string(), z.unknown()),
      createdAt: z.string(),
      read: z.boolean(),
    }),
  ),
});

export async function notificationsRoutes(
  app: FastifyInstance,
  deps: { notifications: TNotificationsService },
) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['notifications'];
  r.get(
    '/api/notifications',
    {
      config: { policy: 'signed-in' },
      schema: { tags, summary: '我的消息 My notifications', response: { 200: ZNotificationList } },
    },
    async (request) => deps.notifications.list(actorOf(request).userId),
  );
  r.post(
    '/api/notifications/:id/read',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: '标为已读（all = 全部） Mark read',
        params: z.object({ id: z.union([z.literal('all'), ZIdParam]) }),
        response: { 204: z.null() },
      },
    },
    async (request, reply) => {
      await deps.notifications.read(actorOf(request).userId, request.params.id);
      return reply.code(204).send(null);
    },
  );
}
