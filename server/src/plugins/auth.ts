import { CSRF_HEADER, scopeFor, type TPermission, type TScope } from '@zhucun/core';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { TDb } from '../db/client.ts';
import { AppError } from '../errors.ts';
import { recordAudit, type TActorContext } from '../modules/audit/audit.service.ts';
import type { TActor, TAuthService } from '../modules/auth/auth.service.ts';

export const SESSION_COOKIE = 'zc_session';
export const CSRF_COOKIE = 'zc_csrf';
const STATE_CHANGING = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  interface FastifyRequest {
    actor: TActor | null;
  }
}

/** The signed-in caller; only call it on routes whose policy requires a session. */
export function actorOf(request: FastifyRequest): TActor {
  if (!request.actor) throw new AppError('unauthenticated', 'unauthenticated');
  return request.actor;
}

/** Who, from where, in which request: what the audit log records. */
export function contextOf(request: FastifyRequest): TActorContext {
  return {
    userId: request.actor?.userId ?? null,
    username: request.actor?.username ?? null,
    roles: request.actor?.grants.map((g) => g.role) ?? [],
    ip: request.ip,
    requestId: request.id,
  };
}

export function setSessionCookies(
  reply: FastifyReply,
  secure: boolean,
  token: string,
  csrfToken: string,
): void {
  const base = { path: '/', secure, sameSite: 'lax' as const };
  reply.setCookie(SESSION_COOKIE, token, { ...base, httpOnly: true });
  reply.setCookie(CSRF_COOKIE, csrfToken, { ...base, httpOnly: false, sameSite: 'strict' });
}

export function clearSessionCookies(reply: FastifyReply): void {
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
  reply.clearCookie(CSRF_COOKIE, { path: '/' });
}

/**
 * The one place access is decided: loads the session, then applies the route's policy
 * (session, CSRF on state-changing requests, forced password change, permission).
 */
export function registerAccessControl(app: FastifyInstance, deps: { auth: TAuthService; db: TDb }): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request, reply) => {
    if (request.is404) return;
    const policy = request.routeOptions.config.policy;
    if (policy === 'public') return;
    if (!policy) throw new AppError('forbidden', 'forbidden'); // fail closed
    const token = request.cookies[SESSION_COOKIE];
    const found = token ? await deps.auth.authenticate(token) : null;
    request.actor = found && found !== 'expired' ? found : null;
    if (!request.actor) {
      if (token) clearSessionCookies(reply);
      throw new AppError('unauthenticated', found === 'expired' ? 'session_expired' : 'unauthenticated');
    }
    if (STATE_CHANGING.has(request.method) && request.routeOptions.config.csrf !== false) {
      if (request.headers[CSRF_HEADER] !== request.actor.csrfToken) throw new AppError('csrf', 'csrf');
    }
    if (policy === 'signed-in') return;
    if (request.actor.mustChangePassword)
      throw new AppError('password_change_required', 'password_change_required');
    if (!request.actor.permissions.includes(policy)) {
      await recordAudit(deps.db, contextOf(request), {
        action: 'access.denied',
        outcome: 'denied',
        details: { method: request.method, route: request.routeOptions.url ?? request.url, policy },
      });
      throw new AppError('forbidden', 'forbidden');
    }
  });
}

/** The data scope of the caller for a permission (the route's policy has already checked they hold it). */
export function scopeOf(request: FastifyRequest, permission: TPermission): TScope {
  const actor = actorOf(request);
  return (
    scopeFor(actor.grants, permission, { ...actor.access, userId: actor.userId }) ?? { all: false, codes: [] }
  );
}

/** The caller's scope for a permission they may or may not hold (null without it): routes open to several roles. */
export function scopeIfHeld(request: FastifyRequest, permission: TPermission): TScope | null {
  const actor = actorOf(request);
  return actor.permissions.includes(permission)
    ? scopeFor(actor.grants, permission, { ...actor.access, userId: actor.userId })
    : null;
}
