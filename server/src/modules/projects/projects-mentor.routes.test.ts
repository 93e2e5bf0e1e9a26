import { addDays, localDate, type TProgressList, type TProject, type TProjectList } from '@zhucun/core';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre } from '../../test/cadre-account.ts';
import { createUser, ROOMY_LOGIN, signInReady } from '../../test/factories.ts';
import { insertTestProject } from '../../test/project-factory.ts';
import { insertPair } from '../mentoring/mentoring.repository.ts';

const VILLAGE = '140622100200'; // 东关村委会, 金城镇
const OTHER_TOWNSHIP_VILLAGE = '140622101200'; // 南河种镇

describe('结对帮带: a mentor reads and comments on their mentees’ projects, nobody else’s', () => {
  let t: TTestApp;
  let admin: TClient;
  let today: string;
  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    admin = await t.signIn('admin');
    today = localDate(t.clock.now());
  });
  afterAll(() => t.close());

  const ok = <T>(res: LightMyRequestResponse) => {
    expect(res.statusCode, res.body).toBe(200);
    return res.json<T>();
  };
  /** A fresh account holding the `mentor` role, signed in. */
  const newMentor = async () => {
    const created = await createUser(admin, {
      displayName: '导师测试',
      roles: [{ role: 'mentor', divisionCode: '140622' }],
    });
    return { id: created.user.id, client: await signInReady(t, created) };
  };
  /** An in-progress project led by `leaderPersonId` (claimed by `claimantIds`), with one progress report by its leader. */
  const projectWithProgress = async (
    leader: { client: TClient; personId: number },
    villageCode: string,
    title: string,
    claimantIds: number[] = [],
  ) => {
    const { id } = await insertTestProject(t.database.db, {
      villageCodes: [villageCode],
      leaderPersonId: leader.personId,
      claimantIds,
      title,
      state: 'in_progress',
      startDate: addDays(today, -60),
      plannedEndDate: addDays(today, 120),
    });
    ok(
      await leader.client.request({
        method: 'POST',
        url: `/api/projects/${id}/progress`,
        payload: { date: today, text: '10 座大棚钢架立起' },
      }),
    );
    return id;
  };

  it('sees the projects a mentee leads or claims, 404 for others, comments on progress, and loses them when the pair ends', async () => {
    const mentor = await newMentor();
    const mentee = await createSignedInCadre(t, admin, { villageCode: VILLAGE });
    const secretary = await createSignedInCadre(t, admin, {
      villageCode: VILLAGE,
      category: 'party_secretary',
      postTitle: '村党组织书记',
    });
    const stranger = await createSignedInCadre(t, admin, { villageCode: OTHER_TOWNSHIP_VILLAGE });
    const led = await projectWithProgress(mentee, VILLAGE, '导师测试·蔬菜大棚');
    const claimed = await projectWithProgress(secretary, VILLAGE, '导师测试·冷链物流', [mentee.personId]);
    const others = await projectWithProgress(stranger, OTHER_TOWNSHIP_VILLAGE, '导师测试·羊肚菌种植');
    const neighbours = await projectWithProgress(secretary, VILLAGE, '导师测试·光伏电站');

    // before any pair the mentor reaches nothing
    expect(ok<TProjectList>(await mentor.client.request({ method: 'GET', url: '/api/projects' })).total).toBe(
      0,
    );
    expect((await mentor.client.request({ method: 'GET', url: `/api/projects/${led}` })).statusCode).toBe(
      404,
    );

    const pair = await insertPair(t.database.db, {
      personId: mentee.personId,
      level: 'county',
      mentorUserId: mentor.id,
      startDate: addDays(today, -30),
      createdBy: (await admin.request({ method: 'GET', url: '/api/auth/me' })).json<{
        user: { id: number };
      }>().user.id,
    });

    const list = ok<TProjectList>(await mentor.client.request({ method: 'GET', url: '/api/projects' }));
    expect(list.items.length).toBeGreaterThan(0);
    expect(list.items.map((p) => p.id).sort((a, b) => a - b)).toEqual([led, claimed].sort((a, b) => a - b));
    const project = ok<TProject>(
      await mentor.client.request({ method: 'GET', url: `/api/projects/${claimed}` }),
    );
    expect(project.title).toBe('导师测试·冷链物流');
    // reading is all: no state button for a mentor
    expect(project.actions).toEqual([]);
    for (const id of [others, neighbours]) {
      expect((await mentor.client.request({ method: 'GET', url: `/api/projects/${id}` })).statusCode).toBe(
        404,
      );
      expect(
        (await mentor.client.request({ method: 'GET', url: `/api/projects/${id}/progress` })).statusCode,
      ).toBe(404);
    }
    // the mentee's gaps are not the mentor's to read
    const gaps = ok<{ total: number }>(
      await mentor.client.request({ method: 'GET', url: '/api/projects/gaps/unassigned' }),
    );
    expect(gaps.total).toBe(0);

    // the progress of a mentee's project, and a comment on it
    const progress = ok<TProgressList>(
      await mentor.client.request({ method: 'GET', url: `/api/projects/${led}/progress` }),
    );
    expect(progress.items.map((i) => i.text)).toEqual(['10 座大棚钢架立起']);
    const commented = ok<TProgressList>(
      await mentor.client.request({
        method: 'POST',
        url: `/api/projects/${led}/progress/${progress.items[0]!.id}/comments`,
        payload: { text: '进度不错，注意棚膜采购的价格比选' },
      }),
    );
    expect(commented.items[0]!.comments.map((c) => c.text)).toEqual(['进度不错，注意棚膜采购的价格比选']);
    // the leader sees the mentor's comment
    const seen = ok<TProgressList>(
      await mentee.client.request({ method: 'GET', url: `/api/projects/${led}/progress` }),
    );
    expect(seen.items[0]!.comments[0]).toMatchObject({
      text: '进度不错，注意棚膜采购的价格比选',
      author: '导师测试',
    });
    // no comment on another's project
    const otherProgress = ok<TProgressList>(
      await admin.request({ method: 'GET', url: `/api/projects/${others}/progress` }),
    );
    const refused = await mentor.client.request({
      method: 'POST',
      url: `/api/projects/${others}/progress/${otherProgress.items[0]!.id}/comments`,
      payload: { text: '越权点评' },
    });
    expect(refused.statusCode).toBe(404);
    // nor a state change or a report on the mentee's own
    const started = await mentor.client.request({
      method: 'POST',
      url: `/api/projects/${led}/request-acceptance`,
      payload: {},
    });
    expect(started.statusCode).toBe(403);

    // the pair ends: the mentee's projects are gone from the mentor's reach
    ok(
      await admin.request({
        method: 'POST',
        url: `/api/mentoring/pairs/${pair.id}/end`,
        payload: { endDate: today, endReason: 'mentor_changed' },
      }),
    );
    expect(ok<TProjectList>(await mentor.client.request({ method: 'GET', url: '/api/projects' })).total).toBe(
      0,
    );
    for (const id of [led, claimed])
      expect((await mentor.client.request({ method: 'GET', url: `/api/projects/${id}` })).statusCode).toBe(
        404,
      );
    const late = await mentor.client.request({
      method: 'POST',
      url: `/api/projects/${led}/progress/${progress.items[0]!.id}/comments`,
      payload: { text: '结对结束后的点评' },
    });
    expect(late.statusCode).toBe(404);
  });
});
