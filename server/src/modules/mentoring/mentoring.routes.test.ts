import type {
  TAssignMentorRequest,
  TDayView,
  TMentee,
  TMenteeDetail,
  TMentoringGaps,
  TMentorLevel,
  TMentorPair,
  TPersonMentoring,
} from '@zhucun/core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TClient, type TTestApp } from '../../test/build-test-app.ts';
import { buildCadre, buildPerson, buildPosting } from '../../test/cadre-factory.ts';
import {
  createUser,
  errorOf,
  ROOMY_LOGIN,
  registerCadre,
  signInNewCadre,
  signInReady,
} from '../../test/factories.ts';
import { jpegWithGps } from '../../test/images.ts';

const START = '2025-10-01'; // the factories' postings begin on 2025-09-01
const JINCHENG_VILLAGE = '140622100200'; // 东关村委会, 金城镇
const OTHER_JINCHENG_VILLAGE = '140622100201';

describe('结对帮带: pairs, history, eligibility, gaps and the mentor’s own view', () => {
  let t: TTestApp;
  let admin: TClient;
  let township: TClient;
  let otherTownship: TClient;

  beforeAll(async () => {
    t = await buildTestApp({ login: ROOMY_LOGIN });
    admin = await t.signIn('admin');
    township = await t.signIn('jincheng');
    otherTownship = await t.signIn('nanhezhong');
  });
  afterAll(() => t.close());

  /** A new account holding the `mentor` role (made by the county), with its client when signed in. */
  const newMentor = async (displayName: string) => {
    const created = await createUser(admin, {
      displayName,
      roles: [{ role: 'mentor', divisionCode: '140622' }],
    });
    return { id: created.user.id, name: displayName, signIn: () => signInReady(t, created) };
  };
  /** A young graduate official of 金城镇, eligible for mentoring. */
  const newMentee = async (name: string, villageCode = JINCHENG_VILLAGE) =>
    (
      await registerCadre(
        admin,
        buildCadre({ person: buildPerson({ name }), posting: buildPosting({ villageCode }) }),
      )
    ).cadre.id;
  const assign = (client: TClient, body: TAssignMentorRequest) =>
    client.request({ method: 'POST', url: '/api/mentoring/pairs', payload: body });
  const pairOk = async (client: TClient, body: TAssignMentorRequest) => {
    const res = await assign(client, body);
    expect(res.statusCode, res.body).toBe(200);
    return res.json<TMentorPair>();
  };
  const mentoringOf = async (client: TClient, personId: number) =>
    (
      await client.request({ method: 'GET', url: `/api/mentoring/people/${personId}` })
    ).json<TPersonMentoring>();
  const gaps = async (client: TClient, query = '') =>
    (await client.request({ method: 'GET', url: `/api/mentoring/gaps${query}` })).json<TMentoringGaps>();

  it('the demo county: daoshi mentors six people of 金城镇; three there have all three mentors, others are gaps', async () => {
    const daoshi = await t.signIn('daoshi');
    const mine = (await daoshi.request({ method: 'GET', url: '/api/mentoring/my/mentees' })).json<{
      items: TMentee[];
    }>().items;
    expect(mine).toHaveLength(6);
    expect(mine.every((m) => m.pair.level === 'county' && m.posting?.townshipCode === '140622100')).toBe(
      true,
    );
    const pairs = (await township.request({ method: 'GET', url: '/api/mentoring/pairs' })).json<{
      items: { personId: number; mentorName: string }[];
    }>().items;
    const of = (mentorName: string) =>
      pairs.filter((p) => p.mentorName === mentorName).map((p) => p.personId);
    expect([of('王建军').length, of('赵永刚').length, of('周德胜').length]).toEqual([6, 4, 3]);
    const gapIds = (await gaps(township)).items.map((g) => g.personId);
    for (const full of of('周德胜')) expect(gapIds).not.toContain(full);
    // the fourth lost their village mentor: the ended pair is kept, and the level is a gap again
    const [fourth] = of('赵永刚').filter((id) => !of('周德胜').includes(id));
    expect(gapIds).toContain(fourth);
    const history = await mentoringOf(township, fourth!);
    expect(history.missingLevels).toEqual(['village']);
    expect(history.pairs.filter((p) => p.endDate).map((p) => [p.level, p.mentorName, p.endReason])).toEqual([
      ['village', '吴桂兰', 'mentor_changed'],
    ]);
  });

  it('pairs one mentor per level: the county at the county level, the township at its own two', async () => {
    const personId = await newMentee('甲结对');
    const [county, town, village] = await Promise.all([
      newMentor('县级导师甲'),
      newMentor('乡镇导师甲'),
      newMentor('村级导师甲'),
    ]);
    const refused = await assign(township, {
      personId,
      level: 'county',
      mentorUserId: county.id,
      startDate: START,
    });
    expect(refused.statusCode).toBe(403);
    expect(errorOf(refused).message).toBe('县级导师由县委组织部安排，乡镇可安排乡镇级和村级导师');

    const byLevel: [TClient, TMentorLevel, number][] = [
      [admin, 'county', county.id],
      [township, 'township', town.id],
      [township, 'village', village.id],
    ];
    for (const [client, level, mentorUserId] of byLevel) {
      const pair = await pairOk(client, { personId, level, mentorUserId, startDate: START });
      expect(pair).toMatchObject({ level, mentorUserId, personName: '甲结对', endDate: null });
    }
    const seen = await mentoringOf(township, personId);
    expect(seen.eligible).toBe(true);
    expect(seen.missingLevels).toEqual([]);
    expect(seen.pairs.map((p) => [p.level, p.mentorName])).toEqual([
      ['county', '县级导师甲'],
      ['township', '乡镇导师甲'],
      ['village', '村级导师甲'],
    ]);
  });

  it('refuses a second active mentor at a level (409, in Chinese); ending keeps the history', async () => {
    const personId = await newMentee('乙结对');
    const first = await newMentor('村级导师乙一');
    const second = await newMentor('村级导师乙二');
    const pair = await pairOk(township, {
      personId,
      level: 'village',
      mentorUserId: first.id,
      startDate: START,
    });
    const again = await assign(township, {
      personId,
      level: 'village',
      mentorUserId: second.id,
      startDate: START,
    });
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).message).toBe(
      `乙结对已有在任的村级导师（村级导师乙一，自 ${START} 起），每人每级只能有一名导师，请先结束原结对`,
    );
    // the same mentor at a second level is refused too
    const twice = await assign(township, {
      personId,
      level: 'township',
      mentorUserId: first.id,
      startDate: START,
    });
    expect(twice.statusCode).toBe(409);
    expect(errorOf(twice).message).toContain('村级导师乙一已是乙结对的村级导师');

    const endUrl = `/api/mentoring/pairs/${pair.id}/end`;
    const early = await township.request({
      method: 'POST',
      url: endUrl,
      payload: { endDate: '2025-09-30', endReason: 'mentor_changed' },
    });
    expect(early.statusCode).toBe(400);
    expect(errorOf(early).message).toContain(`结束日期不能早于开始日期 ${START}`);
    const ended = await township.request({
      method: 'POST',
      url: endUrl,
      payload: { endDate: '2026-03-01', endReason: 'mentor_changed', endNote: '导师调往县直单位' },
    });
    expect(ended.statusCode, ended.body).toBe(200);
    const endedAgain = await township.request({
      method: 'POST',
      url: endUrl,
      payload: { endDate: '2026-03-02', endReason: 'other' },
    });
    expect(endedAgain.statusCode).toBe(409);
    expect(errorOf(endedAgain).message).toBe('该结对已于 2026-03-01 结束');

    await pairOk(township, { personId, level: 'village', mentorUserId: second.id, startDate: '2026-03-02' });
    const history = (await mentoringOf(admin, personId)).pairs;
    expect(history.map((p) => [p.mentorName, p.startDate, p.endDate, p.endReason, p.endNote])).toEqual([
      ['村级导师乙二', '2026-03-02', null, null, null],
      ['村级导师乙一', START, '2026-03-01', 'mentor_changed', '导师调往县直单位'],
    ]);
  });

  it('refuses a mentee not eligible on the start date, naming why', async () => {
    const mentor = await newMentor('导师丙');
    const old = (
      await registerCadre(
        admin,
        buildCadre({
          person: buildPerson({
            name: '丙年长',
            birthDate: '1985-05-05',
            educationLevel: 'junior_college',
          }),
          posting: buildPosting(),
        }),
      )
    ).cadre.id;
    const res = await assign(township, {
      personId: old,
      level: 'village',
      mentorUserId: mentor.id,
      startDate: START,
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toBe(
      `丙年长在 ${START} 不符合结对帮带条件：已满 40 周岁（限 35 周岁以下）；学历不是本科及以上`,
    );

    const secretary = (
      await registerCadre(
        admin,
        buildCadre({
          person: buildPerson({ name: '丙书记', fullTimeEducation: false }),
          posting: buildPosting({ category: 'first_secretary', postTitle: '驻村第一书记' }),
        }),
      )
    ).cadre.id;
    const notOne = await assign(township, {
      personId: secretary,
      level: 'village',
      mentorUserId: mentor.id,
      startDate: START,
    });
    expect(errorOf(notOne).message).toBe(
      `丙书记在 ${START} 不符合结对帮带条件：干部类别不是机关干部任村党组织书记、到村任职大学生或选调生；学历不是全日制`,
    );

    const young = await newMentee('丙年轻');
    const beforePosting = await assign(township, {
      personId: young,
      level: 'village',
      mentorUserId: mentor.id,
      startDate: '2025-08-01',
    });
    expect(errorOf(beforePosting).message).toBe(
      '丙年轻在 2025-08-01 不符合结对帮带条件：当天没有在岗的驻村任职',
    );
    // today, the same person's profile says they are not eligible and why
    expect(await mentoringOf(township, old)).toMatchObject({
      eligible: false,
      ineligibleReasons: ['age', 'education'],
    });
  });

  it('pairs only an account holding the mentor role, saying so in Chinese', async () => {
    const personId = await newMentee('丁结对');
    const notMentor = await createUser(admin, { displayName: '丁乡镇干部' });
    const res = await assign(township, {
      personId,
      level: 'township',
      mentorUserId: notMentor.user.id,
      startDate: START,
    });
    expect(res.statusCode).toBe(400);
    expect(errorOf(res).message).toContain(
      '导师账号：账号“丁乡镇干部”没有“帮带导师”角色，请先在用户管理中为其添加该角色（或新建导师账号）',
    );
    const unknown = await assign(township, {
      personId,
      level: 'township',
      mentorUserId: 99999,
      startDate: START,
    });
    expect(errorOf(unknown).message).toContain('导师账号：该账号不存在');
  });

  it('keeps a township to its own people: another township’s is not found', async () => {
    const personId = await newMentee('戊结对');
    const mentor = await newMentor('导师戊');
    const body = { personId, level: 'village' as const, mentorUserId: mentor.id, startDate: START };
    expect((await assign(otherTownship, body)).statusCode).toBe(404);
    expect(
      (await otherTownship.request({ method: 'GET', url: `/api/mentoring/people/${personId}` })).statusCode,
    ).toBe(404);
    const pair = await pairOk(township, body);
    const end = await otherTownship.request({
      method: 'POST',
      url: `/api/mentoring/pairs/${pair.id}/end`,
      payload: { endDate: '2026-01-01', endReason: 'other' },
    });
    expect(end.statusCode).toBe(404);
    const others = await otherTownship.request({ method: 'GET', url: '/api/mentoring/pairs' });
    expect(others.json<{ items: { personId: number }[] }>().items.map((p) => p.personId)).not.toContain(
      personId,
    );
    const own = await township.request({ method: 'GET', url: '/api/mentoring/pairs' });
    expect(own.json<{ items: { personId: number }[] }>().items.map((p) => p.personId)).toContain(personId);
  });

  it('lists the gaps: eligible people without all three mentors, by village and name, in scope', async () => {
    const full = await newMentee('己配齐', OTHER_JINCHENG_VILLAGE);
    const partial = await newMentee('己缺两级', OTHER_JINCHENG_VILLAGE);
    const before = await gaps(township);
    const mentors = await Promise.all(['己县', '己乡', '己村'].map((n) => newMentor(n)));
    await pairOk(admin, { personId: full, level: 'county', mentorUserId: mentors[0]!.id, startDate: START });
    await pairOk(township, {
      personId: full,
      level: 'township',
      mentorUserId: mentors[1]!.id,
      startDate: START,
    });
    await pairOk(township, {
      personId: full,
      level: 'village',
      mentorUserId: mentors[2]!.id,
      startDate: START,
    });
    await pairOk(township, {
      personId: partial,
      level: 'village',
      mentorUserId: mentors[2]!.id,
      startDate: START,
    });

    const after = await gaps(township);
    expect(after.eligible).toBe(before.eligible);
    expect(after.complete).toBe(before.complete + 1);
    expect(after.items.length).toBeGreaterThan(0);
    expect(after.items.every((g) => g.posting.townshipCode === '140622100')).toBe(true);
    const codes = after.items.map((g) => g.posting.villageCode);
    expect(codes).toEqual([...codes].sort());
    expect(after.items.find((g) => g.personId === full)).toBeUndefined();
    expect(after.items.find((g) => g.personId === partial)).toMatchObject({
      name: '己缺两级',
      mentors: [{ level: 'village', mentorName: '己村' }],
      missingLevels: ['county', 'township'],
    });
    const village = await gaps(township, `?village=${OTHER_JINCHENG_VILLAGE}`);
    expect(village.items.length).toBeGreaterThan(0);
    expect(village.items.every((g) => g.posting.villageCode === OTHER_JINCHENG_VILLAGE)).toBe(true);
    const elsewhere = await gaps(otherTownship);
    expect(elsewhere.items.length).toBeGreaterThan(0);
    expect(elsewhere.items.every((g) => g.posting.townshipCode === '140622101')).toBe(true);
  });

  it('shows a mentor their mentees only: basics, logs read-only, comments and talks; others are not found', async () => {
    const mentee = await signInNewCadre(
      t,
      admin,
      buildCadre({ person: buildPerson({ name: '庚学员' }), posting: buildPosting() }),
    );
    const stranger = await signInNewCadre(
      t,
      admin,
      buildCadre({ person: buildPerson({ name: '庚他人' }), posting: buildPosting() }),
    );
    const mentor = await newMentor('庚导师');
    const pair = await pairOk(township, {
      personId: mentee.cadre.id,
      level: 'township',
      mentorUserId: mentor.id,
      startDate: START,
    });
    const today = (await mentee.client.request({ method: 'GET', url: '/api/duty/today' })).json<{
      today: string;
    }>().today;
    const work = { day: 'village', night: 'village', work: '走访脱贫户，了解大棚蔬菜销路' };
    const photoIds: number[] = [];
    for (const who of [mentee, stranger]) {
      const photo = await who.client.request({
        method: 'POST',
        url: '/api/duty/photos',
        headers: { 'content-type': 'image/jpeg' },
        payload: await jpegWithGps(),
      });
      photoIds.push(photo.json<{ id: number }>().id);
      const saved = await who.client.request({
        method: 'PUT',
        url: `/api/duty/my/days/${today}`,
        payload: { ...work, photoIds: [photoIds.at(-1)] },
      });
      expect(saved.statusCode, saved.body).toBe(200);
    }
    const strangerDay = (
      await stranger.client.request({ method: 'GET', url: `/api/duty/my/days?from=${today}&to=${today}` })
    ).json<{ items: TDayView[] }>().items[0]!;

    const client = await mentor.signIn();
    const list = (await client.request({ method: 'GET', url: '/api/mentoring/my/mentees' })).json<{
      items: TMentee[];
    }>().items;
    expect(list.map((m) => [m.name, m.pair.level, m.posting?.villageName])).toEqual([
      ['庚学员', 'township', '东关村委会'],
    ]);
    expect(list[0]).not.toHaveProperty('idNumber');
    expect(list[0]).not.toHaveProperty('phone');

    const days = (
      await client.request({ method: 'GET', url: `/api/mentoring/my/mentees/${mentee.cadre.id}/days` })
    ).json<{ items: TDayView[] }>().items;
    expect(days.map((d) => [d.date, d.work])).toEqual([[today, work.work]]);
    // the entry's photo is the mentor's to see; the stranger's is not
    const photo = await client.request({
      method: 'GET',
      url: `/api/mentoring/my/photos/${days[0]!.photoIds[0]}`,
    });
    expect(photo.statusCode).toBe(200);
    expect(photo.headers['content-type']).toBe('image/jpeg');
    const commented = await client.request({
      method: 'POST',
      url: `/api/mentoring/my/days/${days[0]!.id}/comments`,
      payload: { text: '销路问题可以对接县里的冷链物流项目' },
    });
    expect(commented.statusCode, commented.body).toBe(200);
    // the cadre reads the mentor's comment on their own log
    const own = (
      await mentee.client.request({ method: 'GET', url: `/api/duty/my/days?from=${today}&to=${today}` })
    ).json<{ items: TDayView[] }>().items[0]!;
    expect(own.comments.map((c) => [c.author, c.text, c.returned])).toEqual([
      ['庚导师', '销路问题可以对接县里的冷链物流项目', false],
    ]);

    const talk = await client.request({
      method: 'POST',
      url: `/api/mentoring/my/mentees/${mentee.cadre.id}/talks`,
      payload: { date: today, topic: '大棚项目怎么推进', notes: '先算清投入产出，再找合作社' },
    });
    expect(talk.statusCode, talk.body).toBe(200);
    const future = await client.request({
      method: 'POST',
      url: `/api/mentoring/my/mentees/${mentee.cadre.id}/talks`,
      payload: { date: '2099-01-01', topic: '未来' },
    });
    expect(future.statusCode).toBe(400);
    expect(errorOf(future).message).toContain('日期：2099-01-01 还没到');
    const detail = (
      await client.request({ method: 'GET', url: `/api/mentoring/my/mentees/${mentee.cadre.id}` })
    ).json<TMenteeDetail>();
    expect(detail.talks.map((x) => [x.date, x.topic, x.recordedBy])).toEqual([
      [today, '大棚项目怎么推进', '庚导师'],
    ]);
    // the township sees the talk in the pair's history
    const seen = await mentoringOf(township, mentee.cadre.id);
    expect(seen.pairs.find((p) => p.id === pair.id)?.talks.map((x) => x.topic)).toEqual(['大棚项目怎么推进']);

    const strangerId = stranger.cadre.id;
    for (const [method, url, payload] of [
      ['GET', `/api/mentoring/my/mentees/${strangerId}`, undefined],
      ['GET', `/api/mentoring/my/mentees/${strangerId}/days`, undefined],
      ['POST', `/api/mentoring/my/mentees/${strangerId}/talks`, { date: today, topic: '越界' }],
      ['POST', `/api/mentoring/my/days/${strangerDay.id}/comments`, { text: '越界' }],
      ['GET', `/api/mentoring/my/photos/${photoIds[1]}`, undefined],
    ] as const) {
      const res = await client.request({ method, url, ...(payload ? { payload } : {}) });
      expect(res.statusCode, url).toBe(404);
    }
    // the mentor cannot reach the township's pages of mentoring or the registry
    expect((await client.request({ method: 'GET', url: '/api/mentoring/gaps' })).statusCode).toBe(403);
    expect((await client.request({ method: 'GET', url: `/api/cadres/${strangerId}` })).statusCode).toBe(403);

    // once the pair ends, the mentee is no longer theirs to read
    const end = await township.request({
      method: 'POST',
      url: `/api/mentoring/pairs/${pair.id}/end`,
      payload: { endDate: today, endReason: 'completed' },
    });
    expect(end.statusCode, end.body).toBe(200);
    expect(
      (await client.request({ method: 'GET', url: `/api/mentoring/my/mentees/${mentee.cadre.id}/days` }))
        .statusCode,
    ).toBe(404);
    expect(
      (await client.request({ method: 'GET', url: '/api/mentoring/my/mentees' })).json<{ items: TMentee[] }>()
        .items,
    ).toEqual([]);
  });
});
