import {
  addDays,
  datesBetween,
  isoWeekday,
  isWorkingDay,
  localDate,
  type TCountyRulesOfYear,
  type TSpotCheckDraw,
  type TSpotCheckItem,
  type TSpotCheckList,
  type TTodayView,
  workingCalendarOf,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import type { TClient, TTestApp } from '../../test/build-test-app.ts';
import { createSignedInCadre } from '../../test/cadre-account.ts';
import { dutyContext } from '../../test/duty-context.ts';
import { errorOf } from '../../test/factories.ts';
import { jpegWithGps } from '../../test/images.ts';

/** Moves the test clock back (sessions stay valid) to the latest Friday, from `today`, whose Tuesday to Thursday are working days. */
async function backToWorkingFriday(t: TTestApp, admin: TClient, today: string): Promise<string> {
  const year = Number(today.slice(0, 4));
  const calendars = await Promise.all(
    [year - 1, year].map(async (y) =>
      (await admin.request({ method: 'GET', url: `/api/rules?year=${y}` })).json<TCountyRulesOfYear>(),
    ),
  );
  const calendar = workingCalendarOf({
    holidays: calendars.flatMap((c) => c.holidays),
    workdays: calendars.flatMap((c) => c.workdays),
  });
  let friday = today;
  while (isoWeekday(friday) !== 5 || ![1, 2, 3].every((n) => isWorkingDay(addDays(friday, -n), calendar)))
    friday = addDays(friday, -1);
  t.clock.advanceMinutes(-24 * 60 * datesBetween(friday, today).slice(1).length);
  expect(localDate(t.clock.now())).toBe(friday);
  return friday;
}

describe('spot checks (抽查)', () => {
  let t: TTestApp;
  let cadre: TClient;
  let township: TClient;
  let otherTownship: TClient;
  let viewer: TClient;
  let admin: TClient;
  let villageCode: string;
  let today: string;
  let yesterday: string;
  let personId: number;
  let own: string;
  let other: string;
  beforeAll(async () => {
    ({ t, cadre, township, otherTownship, viewer, admin, villageCode, today, personId } =
      await dutyContext());
    // a check on a rest day is excused: the tests' today is moved back to a Friday whose Tuesday to
    // Thursday the county works, so "yesterday" and the days before it are duty days whatever the date
    today = await backToWorkingFriday(t, admin, today);
    yesterday = addDays(today, -1);
    own = (await cadre.request({ method: 'GET', url: '/api/duty/today' }))
      .json<TTodayView>()
      .person!.villageCode.slice(0, 9);
    other = own === '140622100' ? '140622101' : '140622100';
  });
  afterAll(() => t.close());

  const countChecks = async () =>
    Number((await rowsOf<{ n: number }>(t.database.db, sql`select count(*) as n from spot_checks`))[0]!.n);
  const check = (payload: Record<string, unknown>, client = township) =>
    client.request({ method: 'POST', url: '/api/spot-checks', payload });
  const CHECK = { method: 'video', finding: 'absent', note: '视频点名未接通' };

  it('refuses bad input with a Chinese message naming the field, and stores nothing', async () => {
    const before = await countChecks();
    const future = await check({ ...CHECK, personId, checkedAt: `${addDays(today, 1)}T10:00` });
    expect(future.statusCode).toBe(400);
    expect(errorOf(future).details?.[0]?.message).toBe(
      `抽查时间：${addDays(today, 1)} 10:00 还没到，不能登记未来的抽查`,
    );
    const method = await check({ ...CHECK, method: 'telepathy', personId, checkedAt: `${yesterday}T10:00` });
    expect(method.statusCode).toBe(400);
    expect(errorOf(method).details?.[0]?.message).toMatch(/^抽查方式/);
    const badTime = await check({ ...CHECK, personId, checkedAt: '2026-02-30T10:00' });
    expect(badTime.statusCode).toBe(400);
    expect(errorOf(badTime).details?.[0]?.message).toMatch(/^抽查时间/);
    const size = await township.request({
      method: 'POST',
      url: '/api/spot-checks/draw',
      payload: { divisionCode: own, size: 0 },
    });
    expect(size.statusCode).toBe(400);
    expect(errorOf(size).details?.[0]?.message).toMatch(/^抽取人数/);
    expect(await countChecks()).toBe(before);
  });

  it('answers 404 for a cadre of another township and 403 for the county viewer; nothing stored', async () => {
    const before = await countChecks();
    const outside = await check({ ...CHECK, personId, checkedAt: `${yesterday}T10:00` }, otherTownship);
    expect(outside.statusCode).toBe(404);
    const unknown = await check({ ...CHECK, personId: 999_999, checkedAt: `${yesterday}T10:00` });
    expect(unknown.statusCode).toBe(404);
    const viewerPost = await check({ ...CHECK, personId, checkedAt: `${yesterday}T10:00` }, viewer);
    expect(viewerPost.statusCode).toBe(403);
    expect(await countChecks()).toBe(before);
  });

  it('flags a discrepancy when a check finds absent on a day recorded 在村, shown to both sides', async () => {
    // a cadre of the test's own, in the same village: their checks and counts are this test's alone
    const checked = await createSignedInCadre(t, admin, { villageCode });
    const personId = checked.personId;
    const saved = await checked.client.request({
      method: 'PUT',
      url: `/api/duty/my/days/${yesterday}`,
      payload: { day: 'village', night: 'village', work: '走访农户' },
    });
    expect(saved.statusCode).toBe(200);
    const absent = await check({ ...CHECK, personId, checkedAt: `${yesterday}T10:00` });
    expect(absent.statusCode).toBe(200);
    expect(absent.json<TSpotCheckItem>()).toMatchObject({
      personId,
      localTime: `${yesterday} 10:00`,
      slot: { date: yesterday, part: 'day' },
      finding: 'absent',
      discrepancy: true,
      absencesThisYear: 1,
      gradeCap: 'competent',
    });
    const stored = await rowsOf<{ checked_at: Date | string }>(
      t.database.db,
      sql`select checked_at from spot_checks where person_id = ${personId}`,
    );
    expect(new Date(stored[0]!.checked_at).toISOString()).toBe(`${yesterday}T02:00:00.000Z`);
    const present = await check({ ...CHECK, finding: 'present', personId, checkedAt: `${yesterday}T15:30` });
    expect(present.json<TSpotCheckItem>().discrepancy).toBe(false);
    // 02:00 belongs to the previous date's night
    const before = addDays(today, -2);
    await checked.client.request({
      method: 'PUT',
      url: `/api/duty/my/days/${before}`,
      payload: { day: 'village', night: 'village', work: '入户走访' },
    });
    const night = await check({ ...CHECK, personId, checkedAt: `${yesterday}T02:00` });
    expect(night.json<TSpotCheckItem>()).toMatchObject({
      slot: { date: before, part: 'night' },
      discrepancy: true,
      absencesThisYear: 2,
      gradeCap: 'basically_competent',
    });
    const audit = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(*) as n from audit_log where action = 'spot_check.create'
          and details->>'personId' = ${String(personId)}`,
    );
    expect(Number(audit[0]!.n)).toBe(3);

    const list = await township.request({
      method: 'GET',
      url: `/api/spot-checks?from=${yesterday}&to=${today}&township=${own}&personId=${personId}`,
    });
    expect(list.statusCode).toBe(200);
    const items = list.json<TSpotCheckList>().items;
    expect(items.map((i) => [i.localTime, i.discrepancy])).toEqual([
      [`${yesterday} 15:30`, false],
      [`${yesterday} 10:00`, true],
      [`${yesterday} 02:00`, true],
    ]);
    expect(items).toHaveLength(3);
    expect(items.every((i) => i.absencesThisYear === 2 && i.gradeCap === 'basically_competent')).toBe(true);
    const narrowed = await township.request({
      method: 'GET',
      url: `/api/spot-checks?to=${addDays(today, -2)}&personId=${personId}`,
    });
    expect(narrowed.json<TSpotCheckList>().items).toHaveLength(0);
    const mine = await checked.client.request({ method: 'GET', url: '/api/duty/my/spot-checks' });
    expect(mine.statusCode).toBe(200);
    expect(mine.json<TSpotCheckList>().items.map((i) => i.discrepancy)).toEqual([false, true, true]);
    const outside = await otherTownship.request({ method: 'GET', url: '/api/spot-checks' });
    expect(outside.statusCode).toBe(200);
    expect(outside.json<TSpotCheckList>().items).toEqual([]);
    expect(
      (await cadre.request({ method: 'GET', url: '/api/duty/my/spot-checks' }))
        .json<TSpotCheckList>()
        .items.map((i) => i.personId),
    ).not.toContain(personId);
    const county = await viewer.request({ method: 'GET', url: `/api/spot-checks?personId=${personId}` });
    expect(county.json<TSpotCheckList>().items).toHaveLength(3);
    const badDate = await viewer.request({ method: 'GET', url: '/api/spot-checks?from=2026-13-01' });
    expect(badDate.statusCode).toBe(400);
    expect(errorOf(badDate).details?.[0]?.message).toMatch(/^开始日期/);
  });

  it('draws a reproducible sample of dispatched cadres within the caller’s scope', async () => {
    const draw = (payload: Record<string, unknown>, client = township) =>
      client.request({ method: 'POST', url: '/api/spot-checks/draw', payload });
    const first = await draw({ divisionCode: own, size: 5, seed: 42 });
    expect(first.statusCode).toBe(200);
    const a = first.json<TSpotCheckDraw>();
    expect(a.seed).toBe(42);
    expect(a.items).toHaveLength(Math.min(5, a.population));
    expect(a.items.length).toBeGreaterThan(0);
    expect(a.items.every((i) => i.villageCode.startsWith(own) && i.category !== 'village_committee')).toBe(
      true,
    );
    const again = (await draw({ divisionCode: own, size: 5, seed: 42 })).json<TSpotCheckDraw>();
    expect(again.items).toEqual(a.items);
    const unseeded = (await draw({ divisionCode: own, size: 3 })).json<TSpotCheckDraw>();
    expect(Number.isInteger(unseeded.seed)).toBe(true);
    const replay = (await draw({ divisionCode: own, size: 3, seed: unseeded.seed })).json<TSpotCheckDraw>();
    expect(replay.items).toEqual(unseeded.items);
    expect((await draw({ divisionCode: other, size: 5 })).statusCode).toBe(404);
    expect((await draw({ divisionCode: '140622', size: 5 })).statusCode).toBe(404);
    expect((await draw({ divisionCode: own, size: 5 }, viewer)).statusCode).toBe(403);
  });

  it('keeps an optional photo or screenshot as evidence, seen by the township and the cadre checked, no one else', async () => {
    const upload = (client: TClient) =>
      client.request({
        method: 'POST',
        url: '/api/spot-checks/evidence',
        headers: { 'content-type': 'image/jpeg' },
        payload: jpeg,
      });
    const jpeg = await jpegWithGps();
    const mine = (await upload(township)).json<{ id: number }>();
    const theirs = (await upload(otherTownship)).json<{ id: number }>();
    const before = await countChecks();
    const borrowed = await check({ ...CHECK, personId, checkedAt: `${yesterday}T21:00`, fileId: theirs.id });
    expect(borrowed.statusCode).toBe(400);
    expect(errorOf(borrowed).details?.[0]?.message).toBe(`抽查凭证：照片 ${theirs.id} 不存在或不是您上传的`);
    expect(await countChecks()).toBe(before);

    const res = await check({ ...CHECK, personId, checkedAt: `${yesterday}T21:00`, fileId: mine.id });
    expect(res.statusCode).toBe(200);
    const item = res.json<TSpotCheckItem>();
    expect(item.hasFile).toBe(true);
    const url = `/api/spot-checks/${item.id}/evidence`;
    const seen = await township.request({ method: 'GET', url });
    expect(seen.statusCode).toBe(200);
    expect((await sharp(seen.rawPayload).metadata()).exif).toBeUndefined(); // no location kept
    expect((await cadre.request({ method: 'GET', url })).statusCode).toBe(200);
    expect((await otherTownship.request({ method: 'GET', url })).statusCode).toBe(404);
    expect((await (await t.signIn('daxuesheng')).request({ method: 'GET', url })).statusCode).toBe(404);
    expect(
      (await viewer.request({ method: 'POST', url: '/api/spot-checks/evidence', payload: jpeg })).statusCode,
    ).toBe(403);
  });

  it('records "absent" on a day of approved leave or official duty as excused, never counted towards the cap', async () => {
    const checked = await createSignedInCadre(t, admin, { villageCode });
    const personId = checked.personId;
    const twoDaysAgo = addDays(today, -2);
    const threeDaysAgo = addDays(today, -3);
    const applyAndApprove = async (kind: string, date: string) => {
      const applied = await checked.client.request({
        method: 'POST',
        url: '/api/absences',
        payload: { kind, startDate: date, endDate: date, reason: '到县里参加培训' },
      });
      expect(applied.statusCode, applied.body).toBe(200);
      const id = applied.json<{ id: number }>().id;
      const approved = await township.request({
        method: 'POST',
        url: `/api/absences/${id}/approve`,
        payload: {},
      });
      expect(approved.json<{ state: string }>().state).toBe('approved');
      return id;
    };
    const leaveId = await applyAndApprove('leave', yesterday);
    await applyAndApprove('official_duty', twoDaysAgo);

    const onLeave = await check({ ...CHECK, personId, checkedAt: `${yesterday}T10:00` });
    expect(onLeave.statusCode, onLeave.body).toBe(200);
    expect(onLeave.json<TSpotCheckItem>()).toMatchObject({
      finding: 'excused',
      excusedBy: { kind: 'leave', startDate: yesterday, endDate: yesterday },
      discrepancy: false,
      absencesThisYear: 0,
      gradeCap: null,
    });
    // a night check at 02:00 belongs to the night before: the day of official duty
    const onDuty = await check({ ...CHECK, personId, checkedAt: `${yesterday}T02:00` });
    expect(onDuty.json<TSpotCheckItem>()).toMatchObject({
      slot: { date: twoDaysAgo, part: 'night' },
      finding: 'excused',
      excusedBy: { kind: 'official_duty' },
      absencesThisYear: 0,
    });
    const stored = await rowsOf<{ finding: string }>(
      t.database.db,
      sql`select finding from spot_checks where person_id = ${personId}`,
    );
    expect(stored.map((r) => r.finding)).toEqual(['excused', 'excused']);
    const audit = await rowsOf<{ details: { found?: string; excusedBy?: number } }>(
      t.database.db,
      sql`select details from audit_log where action = 'spot_check.create' and details->>'personId' = ${String(personId)}
          order by id limit 1`,
    );
    expect(audit[0]?.details).toMatchObject({ found: 'absent', excusedBy: leaveId });

    // an "absent" stored before this rule, on the day of leave, is shown excused and not counted either
    await t.database.db.execute(
      sql`insert into spot_checks (person_id, village_code, checked_at, method, finding, checked_by)
          select ${personId}, ${villageCode}, ${`${yesterday} 15:00:00+08`}::timestamptz, 'phone', 'absent', checked_by
          from spot_checks where person_id = ${personId} limit 1`,
    );
    // a day with no approved leave: a real absence, the only one counted
    const real = await check({ ...CHECK, personId, checkedAt: `${threeDaysAgo}T11:00` });
    expect(real.json<TSpotCheckItem>()).toMatchObject({
      finding: 'absent',
      excusedBy: null,
      absencesThisYear: 1,
      gradeCap: 'competent',
    });
    const list = (
      await township.request({ method: 'GET', url: `/api/spot-checks?personId=${personId}` })
    ).json<TSpotCheckList>().items;
    expect(list.map((i) => [i.localTime, i.finding])).toEqual([
      [`${yesterday} 15:00`, 'excused'],
      [`${yesterday} 10:00`, 'excused'],
      [`${yesterday} 02:00`, 'excused'],
      [`${threeDaysAgo} 11:00`, 'absent'],
    ]);
    expect(list.every((i) => i.absencesThisYear === 1 && i.gradeCap === 'competent')).toBe(true);
  });

  it('counts "absent" on the cadre’s rest as excused: a day the county rests, a night of rest the week allows', async () => {
    // fixed dates of 2025 (posted since 2025-09-01), so the result does not depend on today's date:
    // Saturday 27 September rests, Sunday 28 September is a working day (调休), Friday 3 October a holiday
    const checked = await createSignedInCadre(t, admin, { villageCode, startDate: '2025-09-01' });
    const personId = checked.personId;
    const mark = async (date: string, day: string, night: string) => {
      const res = await township.request({
        method: 'PUT',
        url: `/api/duty/people/${personId}/days/${date}/attendance`,
        payload: { day, night, reason: '考勤登记' },
      });
      expect(res.statusCode, res.body).toBe(200);
    };
    // the week of 22 September: four nights in the village, the others at rest; Sunday a working day (调休)
    for (const date of ['2025-09-22', '2025-09-23', '2025-09-24', '2025-09-25'])
      await mark(date, 'village', 'village');
    await mark('2025-09-26', 'village', 'rest');
    await mark('2025-09-27', 'rest', 'rest');
    await mark('2025-09-28', 'village', 'rest');
    // the week of 15 September: two nights in the village, then Wednesday night at rest, which the week still needs
    await mark('2025-09-15', 'village', 'village');
    await mark('2025-09-16', 'village', 'village');
    await mark('2025-09-17', 'village', 'rest');

    const saturday = await check({ ...CHECK, personId, checkedAt: '2025-09-27T10:00' });
    expect(saturday.statusCode, saturday.body).toBe(200);
    expect(saturday.json<TSpotCheckItem>()).toMatchObject({
      finding: 'excused',
      excusedBy: { kind: 'rest_day', date: '2025-09-27' },
      discrepancy: false,
      absencesThisYear: 0,
      gradeCap: null,
    });
    const fridayNight = await check({ ...CHECK, personId, checkedAt: '2025-09-26T21:30' });
    expect(fridayNight.json<TSpotCheckItem>()).toMatchObject({
      slot: { date: '2025-09-26', part: 'night' },
      finding: 'excused',
      excusedBy: { kind: 'rest_night', date: '2025-09-26' },
      absencesThisYear: 0,
    });
    // a holiday on a Friday, nothing recorded: a rest day all the same
    const holiday = await check({ ...CHECK, personId, checkedAt: '2025-10-03T15:00' });
    expect(holiday.json<TSpotCheckItem>()).toMatchObject({
      finding: 'excused',
      excusedBy: { kind: 'rest_day', date: '2025-10-03' },
    });
    // a Sunday moved to work, recorded in the village: an absence, and a discrepancy
    const workday = await check({ ...CHECK, personId, checkedAt: '2025-09-28T10:00' });
    expect(workday.json<TSpotCheckItem>()).toMatchObject({
      finding: 'absent',
      excusedBy: null,
      discrepancy: true,
      absencesThisYear: 1,
      gradeCap: 'competent',
    });
    // a night recorded as rest that the week still needs (only two others in the village): an absence
    const needed = await check({ ...CHECK, personId, checkedAt: '2025-09-17T22:00' });
    expect(needed.json<TSpotCheckItem>()).toMatchObject({
      finding: 'absent',
      excusedBy: null,
      discrepancy: false,
      absencesThisYear: 2,
      gradeCap: 'basically_competent',
    });

    // the township's list and the cadre's own page say the same, reasons included
    const listed = (
      await township.request({ method: 'GET', url: `/api/spot-checks?personId=${personId}` })
    ).json<TSpotCheckList>().items;
    const mine = (
      await checked.client.request({ method: 'GET', url: '/api/duty/my/spot-checks' })
    ).json<TSpotCheckList>().items;
    for (const items of [listed, mine]) {
      expect(items.map((i) => [i.localTime, i.finding, i.excusedBy?.kind ?? null])).toEqual([
        ['2025-10-03 15:00', 'excused', 'rest_day'],
        ['2025-09-28 10:00', 'absent', null],
        ['2025-09-27 10:00', 'excused', 'rest_day'],
        ['2025-09-26 21:30', 'excused', 'rest_night'],
        ['2025-09-17 22:00', 'absent', null],
      ]);
      expect(items.every((i) => i.absencesThisYear === 2 && i.gradeCap === 'basically_competent')).toBe(true);
    }
    // nothing to answer on a rest: the check did not find them absent
    const answer = await checked.client.request({
      method: 'POST',
      url: `/api/duty/my/spot-checks/${saturday.json<TSpotCheckItem>().id}/answer`,
      payload: { answer: '周六休息' },
    });
    expect(answer.statusCode).toBe(409);

    // a night becomes duty again when the week loses one of its four: the check counts from then on
    await mark('2025-09-25', 'village', 'absent');
    const after = (
      await township.request({ method: 'GET', url: `/api/spot-checks?personId=${personId}` })
    ).json<TSpotCheckList>().items;
    expect(after.find((i) => i.localTime === '2025-09-26 21:30')).toMatchObject({
      finding: 'absent',
      excusedBy: null,
      absencesThisYear: 3,
      gradeCap: 'incompetent',
    });
  });

  it('caps the grade by the county’s thresholds of the check’s year', async () => {
    const year = yesterday.slice(0, 4);
    if (year !== today.slice(0, 4)) return; // on 1 January yesterday's year is closed: nothing to change
    const checked = await createSignedInCadre(t, admin, { villageCode });
    const first = await check({ ...CHECK, personId: checked.personId, checkedAt: `${yesterday}T10:00` });
    expect(first.json<TSpotCheckItem>()).toMatchObject({ absencesThisYear: 1, gradeCap: 'competent' });
    const caps = (spotCheckCaps: Record<string, number>) =>
      admin.request({ method: 'PATCH', url: `/api/rules?year=${year}`, payload: { spotCheckCaps } });
    const set = await caps({ competent: 2, basically_competent: 3, incompetent: 4 });
    expect(set.statusCode, set.body).toBe(200);
    const listed = async () =>
      (
        await township.request({ method: 'GET', url: `/api/spot-checks?personId=${checked.personId}` })
      ).json<TSpotCheckList>().items;
    expect((await listed())[0]).toMatchObject({ absencesThisYear: 1, gradeCap: null });
    await check({ ...CHECK, personId: checked.personId, checkedAt: `${yesterday}T21:00` });
    expect((await listed()).every((i) => i.absencesThisYear === 2 && i.gradeCap === 'competent')).toBe(true);
    expect((await caps({ competent: 1, basically_competent: 2, incompetent: 3 })).statusCode).toBe(200);
    expect((await listed()).every((i) => i.gradeCap === 'basically_competent')).toBe(true);
  });

  it('tells the cadre of a discrepancy with the checker’s note, and keeps their one answer beside the check', async () => {
    const checked = await createSignedInCadre(t, admin, { villageCode });
    const personId = checked.personId;
    await checked.client.request({
      method: 'PUT',
      url: `/api/duty/my/days/${yesterday}`,
      payload: { day: 'village', night: 'village', work: '入户走访' },
    });
    const found = await check({
      ...CHECK,
      note: '视频点名未接通，电话称在县城',
      personId,
      checkedAt: `${yesterday}T20:30`,
    });
    const item = found.json<TSpotCheckItem>();
    expect(item).toMatchObject({ discrepancy: true, answer: null });

    const bell = (await checked.client.request({ method: 'GET', url: '/api/notifications' })).json<{
      items: { kind: string; payload: Record<string, unknown> }[];
    }>();
    const told = bell.items.filter((n) => n.kind === 'spot_check_discrepancy');
    expect(told).toHaveLength(1);
    expect(told[0]!.payload).toMatchObject({
      spotCheckId: item.id,
      date: yesterday,
      part: 'night',
      note: '视频点名未接通，电话称在县城',
    });
    // a check that found them present tells nobody, and has nothing to answer
    const present = (
      await check({ ...CHECK, finding: 'present', personId, checkedAt: `${yesterday}T10:00` })
    ).json<TSpotCheckItem>();
    const bellAfter = (await checked.client.request({ method: 'GET', url: '/api/notifications' })).json<{
      items: { kind: string }[];
    }>();
    expect(bellAfter.items.filter((n) => n.kind === 'spot_check_discrepancy')).toHaveLength(1);

    const answer = (id: number, text: unknown, client = checked.client) =>
      client.request({
        method: 'POST',
        url: `/api/duty/my/spot-checks/${id}/answer`,
        payload: { answer: text },
      });
    const empty = await answer(item.id, '  ');
    expect(empty.statusCode).toBe(400);
    expect(errorOf(empty).details?.[0]?.message).toMatch(/^情况说明/);
    // only the cadre checked may answer: anyone else does not find the check
    expect((await answer(item.id, '我来替他说明', cadre)).statusCode).toBe(404);
    expect((await answer(item.id, '乡镇说明', township)).statusCode).toBe(403);
    expect((await answer(999_999, '没有这次抽查')).statusCode).toBe(404);
    const notAbsent = await answer(present.id, '当时在村');
    expect(notAbsent.statusCode).toBe(409);
    expect(errorOf(notAbsent).message).toBe('这次抽查没有发现您不在岗，无需说明');

    const text = '当晚在村委会值班，手机没电未接通视频，可请村支书作证';
    const answered = await answer(item.id, text);
    expect(answered.statusCode, answered.body).toBe(200);
    expect(answered.json<TSpotCheckItem>().answer?.text).toBe(text);
    const again = await answer(item.id, '再补充一句');
    expect(again.statusCode).toBe(409);
    expect(errorOf(again).message).toBe('您已对这次抽查作出说明，说明只能提交一次');

    // the checker's township, the county and the cadre read the answer with the check
    for (const client of [township, viewer, checked.client]) {
      const url =
        client === checked.client ? '/api/duty/my/spot-checks' : `/api/spot-checks?personId=${personId}`;
      const items = (await client.request({ method: 'GET', url })).json<TSpotCheckList>().items;
      expect(items.find((i) => i.id === item.id)?.answer?.text).toBe(text);
    }
    const audit = await rowsOf<{ n: number }>(
      t.database.db,
      sql`select count(*) as n from audit_log where action = 'spot_check.answer' and object_id = ${String(item.id)}`,
    );
    expect(Number(audit[0]!.n)).toBe(1);
  });
});
