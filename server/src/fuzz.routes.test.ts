import { mulberry32 } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import type { HTTPMethods, InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from './db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from './test/build-test-app.ts';
import { createUser, ROOMY_LOGIN } from './test/factories.ts';
import { inBatches } from './test/in-batches.ts';
import { openApiRoutes, sampleOf, type TOpenApiRoute } from './test/openapi-routes.ts';

/** Malformed requests per route: at least this many, every run the same (a seeded generator). */
const PER_ROUTE = 100;
/** Tables a refused request may still write to: the audit trail of refusals, sessions, sign-in failures. */
const MAY_CHANGE = new Set(['audit_log', 'sessions', 'login_throttle', '__drizzle_migrations']);
/** Routes that would end the fuzzing session itself. */
const SKIPPED = new Set(['POST /api/auth/logout']);

/** Values no field expects: wrong types, NUL, lone surrogates, huge and odd numbers, deep nesting. */
const BAD_VALUES: unknown[] = [
  null,
  true,
  -1,
  0,
  1.5,
  1e308,
  2 ** 53 + 1,
  '',
  ' ',
  'a\u0000b',
  '\u0000',
  'x\uD800y',
  '\uDC00',
  'x'.repeat(100_000),
  '<script>alert(1)</script>',
  "' or 1=1 --",
  '１２３',
  '2026-02-30',
  '9999-99-99',
  '953.0',
  '0x10',
  [],
  [null],
  ['a\u0000'],
  {},
  { $gt: '' },
  { a: { b: { c: { d: { e: { f: 'deep' } } } } } },
  Array.from({ length: 2000 }, (_, i) => i),
];
/** Path segments in place of an id or code. */
const BAD_SEGMENTS = [
  '%20953',
  '0x3b9',
  '953.0',
  '%2B953',
  '-1',
  '0',
  '00953',
  '99999999999999999999',
  '2147483648',
  'abc',
  '%00',
  'a%00b',
  '%ED%A0%80',
  '%E2%80%AE1',
  'x'.repeat(300),
  '1e3',
  '%D9%A1%D9%A2',
  '..%2F..%2Fetc%2Fpasswd',
  'null',
  '%',
];
const BAD_QUERY = [
  '%00',
  'a%00',
  '%ED%A0%80',
  'x'.repeat(5000),
  '-1',
  '0x10',
  '[]',
  '%',
  '1e999',
  '2026-13-45',
];

/**
 * Requests that are each wrong in one way, for one route. `validId` stands in a path where a
 * request is wrong elsewhere (for the users' routes, an account of the test's own: disabling the
 * fuzzing administrator would leave the rest of the run unauthenticated).
 */
function malformed(route: TOpenApiRoute, seed: number, validId: string): InjectOptions[] {
  const random = mulberry32(seed); // seeded: a failure names a request that comes again
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const urlWith = (bad?: string) => route.url.replace(/:(\w+)/g, () => bad ?? validId);
  const valid = route.body && route.jsonBody ? (sampleOf(route.body) as Record<string, unknown>) : undefined;
  const method = route.method as HTTPMethods;
  const fields = Object.keys(route.body?.properties ?? {});
  const queries = Object.keys(route.query?.properties ?? {});
  const withBody = ['POST', 'PUT', 'PATCH'].includes(method);
  // only the ways this route can be wrong: a route without parameters gets no "bad id"
  const ways: (() => InjectOptions)[] = [
    // a query key or value no route accepts (NUL, a broken character), beside the valid request
    () => ({
      method,
      url: `${urlWith()}?${pick(['%00', 'a%00b', 'q%00'])}=${pick(BAD_QUERY)}`,
      payload: valid,
    }),
  ];
  if (route.pathParams.length)
    ways.push(() => ({ method, url: urlWith(pick(BAD_SEGMENTS)), payload: valid }));
  if (queries.length)
    ways.push(() => ({ method, url: `${urlWith()}?${pick(queries)}=${pick(BAD_QUERY)}`, payload: valid }));
  if (fields.length && valid)
    ways.push(() => ({ method, url: urlWith(), payload: { ...valid, [pick(fields)]: pick(BAD_VALUES) } }));
  if (withBody) {
    ways.push(() => ({
      method,
      url: urlWith(),
      headers: { 'content-type': 'application/json' },
      payload: pick(['{', '[1,', '"\\u0000"', '{"a":"\\ud800"}', '1'.repeat(3000), '{"__proto__":{"x":1}}']),
    }));
    ways.push(() => ({
      method,
      url: urlWith(),
      payload: pick(BAD_VALUES.filter((v) => typeof v === 'object')) as object,
    }));
  }
  const out: InjectOptions[] = [];
  while (out.length < PER_ROUTE) out.push(pick(ways)());
  return out;
}

/** One number per table that changes whenever any of its rows does. */
async function fingerprint(t: TTestApp): Promise<Record<string, string>> {
  const tables = await rowsOf<{ name: string }>(
    t.database.db,
    sql`select tablename as name from pg_tables where schemaname = 'public' order by tablename`,
  );
  const out: Record<string, string> = {};
  for (const { name } of tables) {
    if (MAY_CHANGE.has(name)) continue;
    const [row] = await rowsOf<{ f: string }>(
      t.database.db,
      sql.raw(`select count(*) || ':' || coalesce(sum(hashtext(x::text)::bigint), 0) as f from "${name}" x`),
    );
    out[name] = row!.f;
  }
  return out;
}

describe('every route of the API under malformed requests', () => {
  let t: TTestApp;
  let admin: TClient;
  let target: string;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    admin = await t.signIn('admin');
    target = String((await createUser(admin, { username: 'fuzz-target' })).user.id);
  });
  afterAll(() => t.close());

  it(`answers ${PER_ROUTE} malformed requests per route without a 500, and a refused one changes no row`, async () => {
    const routes = openApiRoutes(t.app).filter((r) => !SKIPPED.has(`${r.method} ${r.url}`));
    expect(routes.length).toBeGreaterThan(100);
    const failures: string[] = [];
    const changed: string[] = [];
    let sent = 0;
    let signedOut = 0;
    for (const [i, route] of routes.entries()) {
      const before = await fingerprint(t);
      let accepted = false;
      const validId = route.url.startsWith('/api/users/') ? target : '1';
      await inBatches(malformed(route, i + 1, validId), 8, async (request) => {
        const res = await admin.request(request);
        sent++;
        if (res.statusCode === 401 && res.json().error.code === 'unauthenticated') signedOut++;
        if (res.statusCode >= 500)
          failures.push(
            `${request.method} ${String(request.url).slice(0, 120)} → ${res.statusCode} ${res.body.slice(0, 200)}`,
          );
        if (res.statusCode < 400) accepted = true;
      });
      // only when every answer was a refusal: an accepted one may rightly have changed something
      if (!accepted) {
        const after = await fingerprint(t);
        for (const table of Object.keys(before))
          if (before[table] !== after[table]) changed.push(`${route.method} ${route.url}: ${table}`);
      }
    }
    expect(sent).toBeGreaterThanOrEqual(routes.length * PER_ROUTE);
    // the session held to the end: the requests reached validation and the services, not the sign-in check
    expect(signedOut).toBe(0);
    expect(failures.slice(0, 20), `${failures.length} answers ≥ 500`).toEqual([]);
    expect(changed).toEqual([]);
  }, 600_000);
});

describe('the probe’s malformed requests, by name', () => {
  let t: TTestApp;
  let admin: TClient;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    admin = await t.signIn('admin');
  });
  afterAll(() => t.close());

  it('refuses the probe’s cases by name: odd ids, a lone surrogate in a reason, NUL in a query', async () => {
    const [person] = await rowsOf<{ id: number }>(
      t.database.db,
      sql`select id from persons order by id limit 1`,
    );
    for (const id of [
      ` ${person!.id}`,
      `0x${person!.id.toString(16)}`,
      `${person!.id}.0`,
      `+${person!.id}`,
    ]) {
      const res = await admin.request({ method: 'GET', url: `/api/cadres/${encodeURIComponent(id)}` });
      expect(res.statusCode, id).toBe(400);
      expect(res.json().error.details[0].field).toBe('id');
    }
    const reset = await admin.request({ method: 'POST', url: '/api/users/0x10/reset-password' });
    expect(reset.statusCode).toBe(400);
    const auditBefore = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log`,
    );
    const unmask = await admin.request({
      method: 'POST',
      url: `/api/cadres/${person!.id}/unmask`,
      payload: { reason: '核对\uD800信息' },
    });
    expect(unmask.statusCode).toBe(400);
    expect(unmask.json().error.details).toEqual([
      { field: 'reason', message: expect.stringContaining('不允许的字符') },
    ]);
    const auditAfter = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(*)::int as n from audit_log`,
    );
    expect(auditAfter[0]!.n).toBe(auditBefore[0]!.n);
    const nul = await admin.request({ method: 'GET', url: '/api/users?q=%00' });
    expect(nul.statusCode).toBe(400);
    expect(nul.json().error.details[0].field).toBe('q');
  });

  it('answers malformed sign-ins and paths without a session with a 4xx too', async () => {
    const requests: InjectOptions[] = [
      { method: 'POST', url: '/api/auth/login', payload: { username: 'ad\u0000min', password: 'x' } },
      { method: 'POST', url: '/api/auth/login', payload: { username: 'admin', password: '\uD800' } },
      { method: 'GET', url: `/${'a'.repeat(300)}` },
      { method: 'GET', url: `/assets/${'a'.repeat(300)}.js` },
      { method: 'GET', url: `/api/${'a'.repeat(300)}` },
      { method: 'GET', url: '/api/cadres?q=%00' },
      { method: 'GET', url: '/api/public/track/%00' },
    ];
    for (const request of requests) {
      const res = await t.app.inject(request);
      expect(
        res.statusCode,
        `${request.method} ${String(request.url).slice(0, 60)}: ${res.body}`,
      ).toBeLessThan(500);
      expect(res.statusCode).toBeGreaterThanOrEqual(400);
    }
  });
});
