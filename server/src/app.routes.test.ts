import { PERMISSIONS, ROLE_PERMISSIONS, ROLES, type TPermission, type TRole } from '@zhucun/core';
import type { HTTPMethods } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { TPolicy } from './plugins/policy.ts';
import { buildTestApp, type TClient, type TTestApp } from './test/build-test-app.ts';
import { createUser, errorOf, ROOMY_LOGIN, signInReady } from './test/factories.ts';

type TRouteCall = { method: HTTPMethods; url: string; policy: TPolicy | undefined };

/** Demo accounts by role; roles without one get an account made by the county administrator. */
const DEMO_ACCOUNT: Partial<Record<TRole, string>> = {
  county_admin: 'admin',
  county_viewer: 'viewer',
  township_admin: 'jincheng',
  system_admin: 'sysadmin',
  security_admin: 'secadmin',
  audit_admin: 'auditor',
  unit_admin: 'danwei',
};
const MADE_ACCOUNT_DIVISION: Partial<Record<TRole, string>> = {
  cadre: '140622100001',
  mentor: '140622',
};

const isPermission = (policy: TPolicy | undefined): policy is TPermission =>
  PERMISSIONS.some((p) => p === policy);

describe('route policies and the role × route matrix', () => {
  let t: TTestApp;
  let routes: TRouteCall[];
  let targetId: number;
  const clients = new Map<TRole, TClient>();

  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    routes = t.app.routeList.flatMap((r) =>
      (Array.isArray(r.method) ? r.method : [r.method]).map((method) => ({
        method,
        url: r.url,
        policy: r.config?.policy,
      })),
    );
    const admin = await t.signIn('admin');
    // the :id every user route is called with: an account the matrix may disable, reset and re-enable
    targetId = (await createUser(admin, { username: 'matrix-target' })).user.id;
    for (const role of ROLES) {
      const username = DEMO_ACCOUNT[role];
      if (username) {
        clients.set(role, await t.signIn(username));
        continue;
      }
      const created = await createUser(admin, {
        username: `matrix-${role.replace('_', '-')}`,
        roles: [{ role, divisionCode: MADE_ACCOUNT_DIVISION[role] ?? null }],
      });
      clients.set(role, await signInReady(t, created));
    }
  });
  afterAll(() => t.close());

  const urlOf = (route: TRouteCall) => {
    const url = route.url
      .replace(':code', '140622')
      .replace(':id', String(targetId))
      .replace(':personId', String(targetId))
      .replace(':fileId', '1')
      .replace(':entryId', '1')
      .replace(':milestoneId', '1')
      .replace(':progressId', '1')
      .replace(':date', '2026-01-05')
      .replace(':year', '2026');
    if (url.includes(':')) throw new Error(`no test value for a parameter of ${route.url}`);
    return url;
  };
  const payloadOf = (method: HTTPMethods) =>
    ['POST', 'PUT', 'PATCH'].includes(method) ? { payload: {} } : {};

  it('every registered route declares a policy', () => {
    expect(routes.length).toBeGreaterThan(20);
    const missing = routes.filter((r) => !r.policy).map((r) => `${r.method} ${r.url}`);
    expect(missing, `routes without config.policy:\n${missing.join('\n')}`).toEqual([]);
  });

  it('refuses every non-public route without a session (401 unauthenticated)', async () => {
    const open = routes.filter((r) => r.policy !== 'public');
    expect(open.length).toBeGreaterThan(10);
    for (const route of open) {
      const res = await t.app.inject({ method: route.method, url: urlOf(route), ...payloadOf(route.method) });
      expect(res.statusCode, `${route.method} ${route.url}`).toBe(401);
      if (route.method !== 'HEAD') expect(errorOf(res).code).toBe('unauthenticated');
    }
  });

  /** What is wrong with one role's answer to one guarded route, or null when it is right. */
  const judge = async (role: TRole, client: TClient, route: TRouteCall): Promise<string | null> => {
    const res = await client.request({ method: route.method, url: urlOf(route), ...payloadOf(route.method) });
    const allowed = ROLE_PERMISSIONS[role].includes(route.policy as TPermission);
    const label = `${role} ${route.method} ${route.url} → ${res.statusCode} ${res.body.slice(0, 120)}`;
    if (res.statusCode >= 500) return `failed: ${label}`;
    if (allowed && [401, 403].includes(res.statusCode)) return `refused: ${label}`;
    if (!allowed && (res.statusCode !== 403 || errorOf(res).code !== 'forbidden'))
      return `not refused: ${label}`;
    return null;
  };

  // One test per role. Reads run concurrently in bounded batches; changes (to the matrix's own
  // target account and empty payloads) run one at a time so that none races another.
  const BATCH = 6;
  for (const role of ROLES)
    it(`answers ${role} 403 forbidden exactly when it lacks the route’s permission, and never fails`, async () => {
      const guarded = routes.filter((r) => isPermission(r.policy) && r.method !== 'HEAD');
      expect(guarded.length).toBeGreaterThanOrEqual(13);
      const client = clients.get(role)!;
      const reads = guarded.filter((r) => r.method === 'GET');
      const changes = guarded.filter((r) => r.method !== 'GET');
      const wrong: (string | null)[] = [];
      for (let i = 0; i < reads.length; i += BATCH)
        wrong.push(...(await Promise.all(reads.slice(i, i + BATCH).map((r) => judge(role, client, r)))));
      for (const route of changes) wrong.push(await judge(role, client, route));
      expect(wrong).toHaveLength(guarded.length);
      expect(wrong.filter((w) => w !== null)).toEqual([]);
    });

  it('answers an unknown /api route with a 404 JSON body in Chinese', async () => {
    const res = await t.app.inject({ method: 'GET', url: '/api/no-such-thing?x=1' });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).toMatch(/application\/json/);
    expect(errorOf(res)).toEqual({ code: 'not_found', message: '接口不存在：GET /api/no-such-thing' });
  });
});
