import type { TProjectGapList } from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre } from '../../test/cadre-account.ts';
import { insertTestProject } from '../../test/project-factory.ts';

/** 东关村委会, 金城镇. */
const VILLAGE = '140622100200';

describe('gaps of 项目化帮扶 (一村一示范, 责任田): lists by village and name, never rankings', () => {
  let t: TTestApp;
  let admin: TClient;
  let township: TClient;
  let otherTownship: TClient;
  beforeAll(async () => {
    t = await buildTestApp();
    [admin, township, otherTownship] = await Promise.all([
      t.signIn('admin'),
      t.signIn('jincheng'),
      t.signIn('nanhezhong'),
    ]);
  });
  afterAll(() => t.close());

  const gaps = async (client: TClient, which: 'demonstration' | 'unassigned', query = '') => {
    const res = await client.request({
      method: 'GET',
      url: `/api/projects/gaps/${which}?pageSize=500${query}`,
    });
    expect(res.statusCode, res.body).toBe(200);
    return res.json<TProjectGapList>();
  };
  const ids = async (client: TClient, which: 'demonstration' | 'unassigned') =>
    (await gaps(client, which, `&village=${VILLAGE}`)).items.map((i) => i.personId);
  const cadre = (category: 'party_secretary' | 'graduate_official' | 'village_committee') =>
    createSignedInCadre(t, admin, { villageCode: VILLAGE, category, postTitle: '村干部' });

  it('lists a village whose secretary leads no demonstration project until one is submitted', async () => {
    const s = await cadre('party_secretary');
    expect(await ids(township, 'demonstration')).toContain(s.personId);
    // a draft, an ordinary project and a stopped demonstration do not close the gap
    const db = t.database.db;
    await insertTestProject(db, {
      villageCodes: [VILLAGE],
      leaderPersonId: s.personId,
      isDemonstration: true,
    });
    await insertTestProject(db, {
      villageCodes: [VILLAGE],
      leaderPersonId: s.personId,
      state: 'in_progress',
    });
    await insertTestProject(db, {
      villageCodes: [VILLAGE],
      leaderPersonId: s.personId,
      isDemonstration: true,
      state: 'stopped',
    });
    expect(await ids(township, 'demonstration')).toContain(s.personId);
    await insertTestProject(db, {
      villageCodes: [VILLAGE],
      leaderPersonId: s.personId,
      isDemonstration: true,
      state: 'submitted',
    });
    expect(await ids(township, 'demonstration')).not.toContain(s.personId);
  });

  it('lists stationed cadres and committee members who lead or claim no project, until they do', async () => {
    const [graduate, member, leader] = await Promise.all([
      cadre('graduate_official'),
      cadre('village_committee'),
      cadre('party_secretary'),
    ]);
    const before = await ids(township, 'unassigned');
    for (const p of [graduate, member, leader]) expect(before).toContain(p.personId);
    await insertTestProject(t.database.db, {
      villageCodes: [VILLAGE],
      leaderPersonId: leader.personId,
      claimantIds: [member.personId],
      state: 'approved',
    });
    const after = await ids(township, 'unassigned');
    expect(after).toContain(graduate.personId);
    expect(after).not.toContain(member.personId);
    expect(after).not.toContain(leader.personId);
  });

  it('sorts by village and name, names township and village, and keeps to the caller’s scope', async () => {
    await cadre('graduate_official');
    const list = await gaps(township, 'unassigned');
    expect(list.items.length).toBeGreaterThan(1);
    expect(list.total).toBeGreaterThanOrEqual(list.items.length);
    expect(list.items.every((i) => i.townshipCode === '140622100' && i.townshipName === '金城镇')).toBe(true);
    const villages = list.items.map((i) => i.villageCode);
    expect(villages).toEqual([...villages].sort());
    const elsewhere = await gaps(otherTownship, 'unassigned');
    expect(elsewhere.items.length).toBeGreaterThan(0);
    expect(elsewhere.items.every((i) => i.villageCode.startsWith('140622101'))).toBe(true);
    // a cadre sees their own village's gaps only
    const own = await cadre('graduate_official');
    const mine = await gaps(own.client, 'unassigned');
    expect(mine.items.map((i) => i.personId)).toContain(own.personId);
    expect(mine.items.every((i) => i.villageCode === VILLAGE)).toBe(true);
  });
});
