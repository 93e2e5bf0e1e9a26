import { ZLoginLockLift, ZLoginLockList, ZOk } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { contextOf } from '../../plugins/auth.ts';
import type { TLoginLocks } from './login-locks.service.ts';

/** The security administrator's view of sign-in locks, and lifting one (audited). */
export async function loginLocksRoutes(app: FastifyInstance, deps: { locks: TLoginLocks }) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  r.get(
    '/api/login-locks',
    {
      config: { policy: 'logins:unlock' },
      schema: { tags, summary: '登录锁定 Sign-in locks in force', response: { 200: ZLoginLockList } },
    },
    async () => ({ items: await deps.locks.list() }),
  );

  r.post(
    '/api/login-locks/lift',
    {
      config: { policy: 'logins:unlock' },
      schema: {
        tags,
        summary: '解除登录锁定 Lift a sign-in lock (audited)',
        body: ZLoginLockLift,
        response: { 200: ZOk },
      },
    },
    async (request) => {
      await deps.locks.lift(request.body.login, request.body.address, contextOf(request));
      return { ok: true as const };
    },
  );
}
