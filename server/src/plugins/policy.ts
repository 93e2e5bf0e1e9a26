import type { TPermission } from '@zhucun/core';

/**
 * What a route requires. Every route declares one (`config: { policy }`); a route without
 * one is refused at run time and fails the route-policy test.
 * - `public`: anyone, no session (health, sign-in, docs, the web app's files)
 * - `signed-in`: any session, even one that must still change its password (me, password, sign-out)
 * - a permission: a session whose roles grant it; data scope is then applied by the service
 */
export type TPolicy = 'public' | 'signed-in' | TPermission;

declare module 'fastify' {
  interface FastifyContextConfig {
    policy?: TPolicy;
    /** false only for routes where a forged request can do no harm (sign-out). */
    csrf?: boolean;
  }
}
