import { localDate } from '@zhucun/core';
import { sql } from 'drizzle-orm';
import type { HTTPMethods } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from './db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from './test/build-test-app.ts';
import { createSignedInCadre } from './test/cadre-account.ts';
import { ROOMY_LOGIN } from './test/factories.ts';
import { insertTestHome } from './test/home-factory.ts';
import { inBatches } from './test/in-batches.ts';
import { openApiRoutes, sampleOf, type TOpenApiRoute } from './test/openapi-routes.ts';
import { recordNightVisit } from './test/request-factory.ts';

const TOWNSHIP = '140622100'; // 金城镇, the demo township administrator `jincheng`
const OTHER_VILLAGE = '140622101200'; // a village of 南河种镇
const OWN_VILLAGE = '140622100200';
const WALKED_IDS = Array.from({ length: 200 }, (_, i) => i + 1);
const isId = (name: string) => /(^id|Id|Ids)$/.test(name);

/**
 * The names of people of other townships (cadres, villagers' households) that no one inside the
 * township shares, and that is no part of a division's name or a dispatching unit's contact (both
 * county-wide reference data): any of them in an answer to the township's administrator is a leak.
 */
async function foreignNames(t: TTestApp): Promise<string[]> {
  const rows = await rowsOf<{ name: string }>(
    t.database.db,
    sql`with named as (
          select name, filed_under as code from persons
          union all select head_name, village_code from households)
        select distinct name from named
        where code not like ${`${TOWNSHIP}%`} and char_length(name) >= 2
          and name not in (select name from named where code like ${`${TOWNSHIP}%`})
          and not exists (select 1 from divisions d where strpos(d.name, named.name) > 0)
          and not exists (select 1 from units u where strpos(u.contact_name, named.name) > 0)`,
  );
  return rows.map((r) => r.name);
}

/** The township's own objects: every id a route takes but does not walk is one of these. */
type TAnchors = { home: number; room: number; person: number; request: number };

describe('a township administrator walking ids through every route that takes one', () => {
  let t: TTestApp;
  let jincheng: TClient;
  let names: string[];
  let own: TAnchors;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    const admin = await t.signIn('admin');
    // another township's people and things: a cadre with a night visit, households and requests,
    // living in a home of theirs
    const foreign = await createSignedInCadre(t, admin, { villageCode: OTHER_VILLAGE });
    await recordNightVisit(foreign.client, OTHER_VILLAGE, localDate(new Date()));
    const theirs = await insertTestHome(t.database.db, { villageCode: OTHER_VILLAGE });
    const housed = await admin.request({
      method: 'POST',
      url: `/api/homes/${theirs.id}/occupants`,
      payload: { roomId: theirs.roomIds[0], personId: foreign.personId },
    });
    expect(housed.statusCode, housed.body).toBe(200);
    // and the township's own, which the routes are anchored on while another id walks
    const cadre = await createSignedInCadre(t, admin, { villageCode: OWN_VILLAGE });
    const visit = await recordNightVisit(cadre.client, OWN_VILLAGE, localDate(new Date()));
    const home = await insertTestHome(t.database.db, { villageCode: OWN_VILLAGE });
    own = { home: home.id, room: home.roomIds[0]!, person: cadre.personId, request: visit.infrastructureId };
    jincheng = await t.signIn('jincheng');
    names = await foreignNames(t);
  });
  afterAll(() => t.close());

  /** The township's own object for an id the walk holds still. */
  const anchorOf = (route: TOpenApiRoute, name: string): number => {
    if (name === 'roomId') return own.room;
    if (name === 'personId') return own.person;
    if (name !== 'id') return 1;
    if (route.url.startsWith('/api/homes/')) return own.home;
    if (route.url.startsWith('/api/requests/')) return own.request;
    return route.url.startsWith('/api/cadres/') ? own.person : 1;
  };
  const idFields = (route: TOpenApiRoute) => [
    ...route.pathParams.filter(isId),
    ...Object.keys(route.body?.properties ?? {}).filter(isId),
  ];
  /** The request with `walked` set to `id`, every other id anchored in the township. */
  const requestOf = (route: TOpenApiRoute, walked: string, id: number) => {
    const idFor = (name: string) => (name === walked ? id : anchorOf(route, name));
    const url = route.url.replace(/:(\w+)/g, (_, name: string) =>
      isId(name) ? String(idFor(name)) : name === 'code' ? OTHER_VILLAGE : '2026-12-01',
    );
    const pick = (name: string) => (isId(name) ? idFor(name) : undefined);
    const payload = route.body && route.jsonBody ? (sampleOf(route.body, pick) as object) : undefined;
    return { method: route.method as HTTPMethods, url, ...(payload ? { payload } : {}) };
  };

  it("finds no name of another township's people in any answer", async () => {
    expect(names.length).toBeGreaterThan(100);
    const foreignName = new RegExp(names.map((n) => n.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|'));
    // deletions last, the deepest first: the township's own home must still be there for its rooms
    const routes = openApiRoutes(t.app)
      .filter((r) => r.url.startsWith('/api/') && idFields(r).length > 0)
      .sort(
        (a, b) =>
          Number(a.method === 'DELETE') - Number(b.method === 'DELETE') ||
          (a.method === 'DELETE' ? b.url.length - a.url.length : 0),
      );
    expect(routes.length).toBeGreaterThan(30);
    const leaks: string[] = [];
    let sent = 0;
    for (const route of routes)
      for (const walked of idFields(route))
        await inBatches(WALKED_IDS, 8, async (id) => {
          const request = requestOf(route, walked, id);
          const res = await jincheng.request(request);
          sent++;
          expect(res.statusCode, `${request.method} ${request.url}: ${res.body}`).toBeLessThan(500);
          const leaked = foreignName.exec(res.body)?.[0];
          if (leaked)
            leaks.push(`${request.method} ${request.url} ${walked}=${id} → ${res.statusCode}: ${leaked}`);
        });
    expect(sent).toBeGreaterThan(30 * WALKED_IDS.length);
    expect(leaks).toEqual([]);
  }, 300_000);
});
