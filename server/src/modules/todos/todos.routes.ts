import { ZTodoList } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf } from '../../plugins/auth.ts';
import type { TTodosService } from './todos.service.ts';

/** 待办: what still waits for the signed-in person, on their home page (docs/rules.md, 待办). */
export async function todosRoutes(app: FastifyInstance, deps: { todos: TTodosService }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  r.get(
    '/api/todos',
    {
      // every account may ask; each kind is counted only under the permission (and scope) it needs
      config: { policy: 'signed-in' },
      schema: {
        tags: ['todos'],
        summary: '我的待办（按类别计数，管辖范围内） What waits for me',
        response: { 200: ZTodoList },
      },
    },
    async (request) => deps.todos.list(actorOf(request)),
  );
}
