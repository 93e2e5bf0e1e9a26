import { randomUUID } from 'node:crypto';
import { addDays, localDate, type TTaskView } from '@zhucun/core';
import { type SQL, sql } from 'drizzle-orm';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../db/client.ts';
import { buildTestApp, type TClient, type TTestApp } from '../test/build-test-app.ts';
import { createSignedInCadre, type TSignedInCadre } from '../test/cadre-account.ts';
import { ROOMY_LOGIN } from '../test/factories.ts';
import { jpegWithGps } from '../test/images.ts';
import { insertTestProject } from '../test/project-factory.ts';
import { buildTask } from '../test/task-factory.ts';

/** Every write the phone's outbox queues, sent twice with one Idempotency-Key: stored exactly once. */
describe('Idempotency-Key on the writes of the phone’s outbox', () => {
  let t: TTestApp;
  let admin: TClient;
  let township: TClient;
  let today: string;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    [admin, township] = await Promise.all([t.signIn('admin'), t.signIn('jincheng')]);
    today = localDate(t.clock.now());
  });
  afterAll(() => t.close());

  const cadre = (): Promise<TSignedInCadre> => createSignedInCadre(t, admin);
  const count = async (query: SQL) => (await rowsOf<{ n: number }>(t.database.db, query))[0]!.n;
  /** Sends the request twice with one new key; both answers are the same, the second one replayed. */
  const twice = async (client: TClient, opts: InjectOptions): Promise<LightMyRequestResponse> => {
    const headers = { ...(opts.headers ?? {}), 'idempotency-key': randomUUID() };
    const first = await client.request({ ...opts, headers });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.headers['idempotent-replayed']).toBeUndefined();
    const second = await client.request({ ...opts, headers });
    expect(second.statusCode).toBe(200);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(second.headers['content-type']).toBe(first.headers['content-type']);
    expect(second.body).toBe(first.body);
    return first;
  };

  it('a photo and the day record it is attached to', async () => {
    const me = await cadre();
    const files = () => count(sql`select count(*)::int as n from stored_files where purpose = 'duty_photo'`);
    const before = await files();
    const photo = await twice(me.client, {
      method: 'POST',
      url: '/api/duty/photos',
      headers: { 'content-type': 'image/jpeg' },
      payload: await jpegWithGps(),
    });
    expect(await files()).toBe(before + 1);
    const photoId = photo.json<{ id: number }>().id;
    const day = await twice(me.client, {
      method: 'PUT',
      url: `/api/duty/my/days/${today}`,
      payload: { day: 'village', night: 'village', work: '召开村民代表会', photoIds: [photoId] },
    });
    expect(day.json()).toMatchObject({ version: 1, photoIds: [photoId] });
    const days = sql`select count(*)::int as n from duty_days where person_id = ${me.personId}`;
    expect(await count(days)).toBe(1);
    const versions = sql`select count(*)::int as n from duty_day_versions v
      join duty_days d on d.id = v.duty_day_id where d.person_id = ${me.personId}`;
    expect(await count(versions)).toBe(0);
  });

  it('a visit with two requests', async () => {
    const me = await cadre();
    const visit = await twice(me.client, {
      method: 'POST',
      url: '/api/visits',
      payload: {
        visitedAt: `${addDays(today, -1)}T20:30`,
        newHouseholds: [{ headName: '李秀英', address: '五组' }],
        heard: '村道坑洼，雨天难走；老人医保报销不清楚',
        requests: [
          { category: 'infrastructure', description: '三组村道坑洼需修补' },
          { category: 'social_security', description: '老人医保报销咨询' },
        ],
      },
    });
    expect(visit.json<{ requests: unknown[] }>().requests).toHaveLength(2);
    expect(await count(sql`select count(*)::int as n from visits where person_id = ${me.personId}`)).toBe(1);
    const requests = sql`select count(*)::int as n from requests r join visits v on v.id = r.visit_id
      where v.person_id = ${me.personId}`;
    expect(await count(requests)).toBe(2);
    const households = sql`select count(*)::int as n from visit_households h join visits v on v.id = h.visit_id
      where v.person_id = ${me.personId}`;
    expect(await count(households)).toBe(1);
  });

  it('a leave request', async () => {
    const me = await cadre();
    await twice(me.client, {
      method: 'POST',
      url: '/api/absences',
      payload: {
        kind: 'leave',
        startDate: addDays(today, 10),
        endDate: addDays(today, 11),
        reason: '家中老人住院',
      },
    });
    expect(await count(sql`select count(*)::int as n from absences where person_id = ${me.personId}`)).toBe(
      1,
    );
  });

  it('a task report', async () => {
    const me = await cadre();
    const assigned = await township.request({
      method: 'POST',
      url: '/api/tasks',
      payload: buildTask(t, { kind: 'person', personIds: [me.personId] }),
    });
    expect(assigned.statusCode, assigned.body).toBe(200);
    const task = await me.client.request({ method: 'GET', url: `/api/tasks/${assigned.json().id}` });
    const assignmentId = task.json<TTaskView>().assignments[0]!.id;
    await twice(me.client, {
      method: 'POST',
      url: `/api/tasks/assignments/${assignmentId}/report`,
      payload: { percent: 40, note: '已清理 2 处垃圾点' },
    });
    const reports = sql`select count(*)::int as n from task_reports where assignment_id = ${assignmentId}`;
    expect(await count(reports)).toBe(1);
  });

  it('a project progress report', async () => {
    const me = await cadre();
    const { id } = await insertTestProject(t.database.db, {
      villageCodes: [me.villageCode],
      leaderPersonId: me.personId,
      state: 'in_progress',
      startDate: addDays(today, -60),
      plannedEndDate: addDays(today, 120),
    });
    await twice(me.client, {
      method: 'POST',
      url: `/api/projects/${id}/progress`,
      payload: { date: today, text: '20 座大棚钢架全部立起' },
    });
    expect(await count(sql`select count(*)::int as n from project_progress where project_id = ${id}`)).toBe(
      1,
    );
  });
});
