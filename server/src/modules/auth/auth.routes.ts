import { ZChangePasswordRequest, ZLoginRequest, ZOk, ZSession } from '@zhucun/core';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { actorOf, clearSessionCookies, contextOf, setSessionCookies } from '../../plugins/auth.ts';
import { type TAuthService, toMe } from './auth.service.ts';

export type TAuthRoutesDeps = {
  auth: TAuthService;
  cookieSecure: (protocol: string) => boolean;
  loginRateLimitPerMinute: number;
};

export async function authRoutes(app: FastifyInstance, deps: TAuthRoutesDeps) {
  const r = app.withTypeProvider<ZodTypeProvider>();
  const tags = ['auth'];

  r.post(
    '/api/auth/login',
    {
      config: {
        policy: 'public',
        rateLimit: { max: deps.loginRateLimitPerMinute, timeWindow: '1 minute' },
      },
      schema: { tags, summary: '登录 Sign in', body: ZLoginRequest, response: { 200: ZSession } },
    },
    async (request, reply) => {
      const { token, actor } = await deps.auth.login(request.body.username, request.body.password, {
        ...contextOf(request),
        userAgent: request.headers['user-agent'] ?? null,
      });
      setSessionCookies(reply, deps.cookieSecure(request.protocol), token, actor.csrfToken);
      return { user: toMe(actor), csrfToken: actor.csrfToken };
    },
  );

  r.post(
    '/api/auth/logout',
    {
      config: { policy: 'signed-in', csrf: false },
      schema: { tags, summary: '退出登录 Sign out', response: { 200: ZOk } },
    },
    async (request, reply) => {
      await deps.auth.logout(actorOf(request), contextOf(request));
      clearSessionCookies(reply);
      return { ok: true as const };
    },
  );

  r.get(
    '/api/auth/me',
    {
      config: { policy: 'signed-in' },
      schema: { tags, summary: '当前账号 Current account', response: { 200: ZSession } },
    },
    async (request) => {
      const actor = actorOf(request);
      return { user: toMe(actor), csrfToken: actor.csrfToken };
    },
  );

  r.post(
    '/api/auth/password',
    {
      config: { policy: 'signed-in' },
      schema: {
        tags,
        summary: '修改密码 Change password',
        body: ZChangePasswordRequest,
        response: { 200: ZOk },
      },
    },
    async (request) => {
      await deps.auth.changePassword(
        actorOf(request),
        request.body.currentPassword,
        request.body.newPassword,
        contextOf(request),
      );
      return { ok: true as const };
    },
  );
}
