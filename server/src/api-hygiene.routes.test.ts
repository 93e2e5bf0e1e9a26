import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from './db/client.ts';
import { buildTestApp, type TTestApp } from './test/build-test-app.ts';
import { ROOMY_LOGIN } from './test/factories.ts';

/** The smaller holes of the probe (issue 12, item 10): caching, someone else's notification, the rules. */
describe('API hygiene', () => {
  let t: TTestApp;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
  });
  afterAll(() => t.close());

  it('no answer of the API may be kept by a cache', async () => {
    const admin = await t.signIn('admin');
    for (const url of ['/api/auth/me', '/api/cadres', '/api/users', '/api/notifications', '/api/nowhere']) {
      const res = await admin.request({ method: 'GET', url });
      expect(res.headers['cache-control'], url).toBe('no-store');
    }
    const anonymous = await t.app.inject({ method: 'GET', url: '/api/auth/me' });
    expect(anonymous.headers['cache-control']).toBe('no-store');
  });

  it("someone else's notification is not found, and stays unread", async () => {
    const [owner] = await rowsOf<{ id: number }>(
      t.database.db,
      sql`select id from users where username = 'jincheng'`,
    );
    const [note] = await rowsOf<{ id: number }>(
      t.database.db,
      sql`insert into notifications (user_id, kind, payload, created_at)
          values (${owner!.id}, 'reminder', '{}'::jsonb, now()) returning id`,
    );
    const other = await t.signIn('xiashe');
    const res = await other.request({ method: 'POST', url: `/api/notifications/${note!.id}/read` });
    expect(res.statusCode).toBe(404);
    const [row] = await rowsOf<{ read: boolean }>(
      t.database.db,
      sql`select read_at is not null as read from notifications where id = ${note!.id}`,
    );
    expect(row?.read).toBe(false);
    const own = await t.signIn('jincheng');
    expect(
      (await own.request({ method: 'POST', url: `/api/notifications/${note!.id}/read` })).statusCode,
    ).toBe(204);
    // reading it again is no error
    expect(
      (await own.request({ method: 'POST', url: `/api/notifications/${note!.id}/read` })).statusCode,
    ).toBe(204);
  });

  it('the county rules are not for the three separated administrators', async () => {
    for (const username of ['sysadmin', 'secadmin', 'auditor']) {
      const client = await t.signIn(username);
      expect((await client.request({ method: 'GET', url: '/api/rules' })).statusCode, username).toBe(403);
    }
    for (const username of ['admin', 'viewer', 'jincheng', 'shuji', 'danwei']) {
      const client = await t.signIn(username);
      expect((await client.request({ method: 'GET', url: '/api/rules' })).statusCode, username).toBe(200);
    }
  });
});
