import {
  addDays,
  localDate,
  type TMeetingList,
  type TMeetingView,
  type TMyMeetingList,
  type TSpotCheckList,
} from '@zhucun/core';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rowsOf } from '../../db/client.ts';
import type { TClient, TTestApp } from '../../test/build-test-app.ts';
import { dutyContext, type TDutyContext } from '../../test/duty-context.ts';
import { errorOf } from '../../test/factories.ts';
import {
  buildMeeting,
  insertApprovedAbsence,
  latestWorkingDayBefore,
  localMinuteFrom,
  markAttendance,
  scheduleMeeting,
} from '../../test/meeting-factory.ts';

describe('meetings and video roll calls (会议 / 视频点名)', () => {
  let ctx: TDutyContext;
  let t: TTestApp;
  let township: TClient;
  let own: string;
  let other: string;
  beforeAll(async () => {
    ctx = await dutyContext();
    ({ t, township } = ctx);
    own = ctx.villageCode.slice(0, 9);
    other = own === '140622100' ? '140622101' : '140622100';
  });
  afterAll(() => t.close());

  const count = async (table: 'meetings' | 'spot_checks') =>
    Number(
      (await rowsOf<{ n: number }>(t.database.db, sql`select count(*) as n from ${sql.raw(table)}`))[0]!.n,
    );
  const soon = () => localMinuteFrom(t.clock.now(), 120);
  const started = () => localMinuteFrom(t.clock.now(), -10);
  const post = (payload: unknown, client = township) =>
    client.request({ method: 'POST', url: '/api/meetings', payload: payload as object });

  it('refuses a bad link, another level, townships outside and an empty selection, with the field named, storing nothing', async () => {
    const before = await count('meetings');
    const ok = buildMeeting({ divisionCode: own, invitees: { townships: [own] }, startsAt: soon() });
    const cases: [object, string, RegExp][] = [
      [{ ...ok, videoUrl: 'javascript:alert(1)' }, 'videoUrl', /视频会议链接/],
      [{ ...ok, videoUrl: 'ftp://sjxf.example.cn/1' }, 'videoUrl', /视频会议链接/],
      [{ ...ok, divisionCode: '140622' }, 'divisionCode', /本级/],
      [{ ...ok, invitees: { townships: [other] } }, 'invitees.townships', /不在会议的组织范围内/],
      [{ ...ok, invitees: {} }, 'invitees', /参会人员/],
      [{ ...ok, invitees: { personIds: [2_000_000_000] } }, 'invitees.personIds', /不是本级范围内的在岗干部/],
      [{ ...ok, startsAt: '2026-02-30T09:00' }, 'startsAt', /开始时间/],
      [{ ...ok, durationMinutes: 0 }, 'durationMinutes', /时长/],
    ];
    for (const [payload, field, message] of cases) {
      const res = await post(payload);
      expect(res.statusCode, field).toBe(400);
      const error = errorOf(res);
      expect(error.details?.[0]?.field).toBe(field);
      expect(error.message).toMatch(message);
    }
    expect(await count('meetings')).toBe(before);
  });

  it('keeps another township’s meeting out of sight (404), and a cadre sees only the meetings they are invited to', async () => {
    const mine = await scheduleMeeting(township, {
      kind: 'meeting',
      divisionCode: own,
      startsAt: soon(),
      invitees: { personIds: [ctx.personId] },
    });
    expect(mine.invitees.map((i) => i.personId)).toEqual([ctx.personId]);
    const theirs = await scheduleMeeting(ctx.otherTownship, {
      divisionCode: other,
      startsAt: soon(),
      invitees: { townships: [other] },
    });
    for (const req of [
      { method: 'GET' as const, url: `/api/meetings/${mine.id}` },
      { method: 'PUT' as const, url: `/api/meetings/${mine.id}/minutes`, payload: { minutes: '越权' } },
      {
        method: 'PUT' as const,
        url: `/api/meetings/${mine.id}/attendance/${ctx.personId}`,
        payload: { attendance: 'present' },
      },
    ])
      expect((await ctx.otherTownship.request(req)).statusCode, req.url).toBe(404);
    const list = (await township.request({ method: 'GET', url: '/api/meetings' })).json<TMeetingList>();
    expect(list.items.map((m) => m.id)).toContain(mine.id);
    expect(list.items.map((m) => m.id)).not.toContain(theirs.id);
    // the county reads both, but does not keep a township's minutes
    expect((await ctx.admin.request({ method: 'GET', url: `/api/meetings/${theirs.id}` })).statusCode).toBe(
      200,
    );
    const county = await ctx.admin.request({
      method: 'PUT',
      url: `/api/meetings/${mine.id}/minutes`,
      payload: { minutes: '县级改写' },
    });
    expect(county.statusCode).toBe(403);
    expect(errorOf(county).message).toMatch(/组织会议的一级/);

    const listed = (
      await ctx.cadre.request({ method: 'GET', url: '/api/duty/my/meetings' })
    ).json<TMyMeetingList>();
    expect(listed.items.map((m) => m.id)).toContain(mine.id);
    expect(listed.items.map((m) => m.id)).not.toContain(theirs.id);
    expect(listed.items.find((m) => m.id === mine.id)!.videoUrl).toBe('https://sjxf.example.cn/room/8801');
    expect((await ctx.cadre.request({ method: 'GET', url: `/api/meetings/${mine.id}` })).statusCode).toBe(
      403,
    );
  });

  it('keeps the minutes, audited, and refuses marks before the start', async () => {
    const m = await scheduleMeeting(township, { kind: 'meeting', divisionCode: own, startsAt: soon() });
    const early = await markAttendance(township, m.id, m.invitees[0]!.personId, 'present');
    expect(early.statusCode).toBe(409);
    expect(errorOf(early).message).toMatch(/开始后才能登记/);
    const res = await township.request({
      method: 'PUT',
      url: `/api/meetings/${m.id}/minutes`,
      payload: { minutes: '一、部署冬季防火。' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json<TMeetingView>().minutes).toBe('一、部署冬季防火。');
    const audit = await rowsOf<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where object_type = 'meeting' and object_id = ${String(m.id)} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['meeting.create', 'meeting.minutes']);
  });

  it('excuses an invitee on approved leave or official duty on their own, naming the request', async () => {
    const { cadre: onLeave } = await ctx.newCadre('请假干部');
    const today = localDate(t.clock.now());
    const absenceId = await insertApprovedAbsence(t.database.db, {
      personId: onLeave.id,
      villageCode: onLeave.postings[0]!.villageCode,
      startDate: addDays(today, -1),
      endDate: addDays(today, 1),
      kind: 'official_duty',
    });
    const m = await scheduleMeeting(township, {
      kind: 'meeting',
      divisionCode: own,
      startsAt: started(),
      invitees: { personIds: [onLeave.id, ctx.personId] },
    });
    const invitee = m.invitees.find((i) => i.personId === onLeave.id)!;
    expect(invitee.attendance).toBe('excused');
    expect(invitee.marked).toBeNull();
    expect(invitee.excusedBy).toMatchObject({ absenceId, kind: 'official_duty' });
    expect(m.invitees.find((i) => i.personId === ctx.personId)!.attendance).toBeNull();
    // marked absent, still excused; marked present, present
    const absent = (await markAttendance(township, m.id, onLeave.id, 'absent')).json<TMeetingView>();
    expect(absent.invitees.find((i) => i.personId === onLeave.id)).toMatchObject({
      attendance: 'excused',
      marked: 'absent',
    });
    expect(absent.counts).toMatchObject({ excused: 1, unmarked: 1 });
    // a meeting's attendance is not a spot check
    expect(absent.invitees.every((i) => i.spotCheckId === null)).toBe(true);
  });

  it('records a roll call’s mark as one spot check, changed in place: no double counting towards the grade cap', async () => {
    const { cadre } = await ctx.newCadre('点名干部');
    const day = await latestWorkingDayBefore(ctx.admin, localDate(t.clock.now()));
    const m = await scheduleMeeting(township, {
      divisionCode: own,
      startsAt: `${day}T10:00`,
      invitees: { personIds: [cadre.id] },
    });
    const checksOf = async () =>
      (
        await township.request({ method: 'GET', url: `/api/spot-checks?personId=${cadre.id}` })
      ).json<TSpotCheckList>().items;
    const before = await count('spot_checks');

    const absent = (await markAttendance(township, m.id, cadre.id, 'absent')).json<TMeetingView>();
    const spotCheckId = absent.invitees[0]!.spotCheckId!;
    expect(spotCheckId).toBeGreaterThan(0);
    let checks = await checksOf();
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({
      id: spotCheckId,
      method: 'video',
      finding: 'absent',
      absencesThisYear: 1,
    });
    expect(checks[0]!.localTime).toBe(`${day} 10:00`);
    expect(checks[0]!.gradeCap).toBe('competent');

    // changed to present: the same check, no absence left
    const present = (await markAttendance(township, m.id, cadre.id, 'present')).json<TMeetingView>();
    expect(present.invitees[0]!.spotCheckId).toBe(spotCheckId);
    checks = await checksOf();
    expect(checks.map((c) => [c.id, c.finding, c.absencesThisYear])).toEqual([[spotCheckId, 'present', 0]]);

    // absent again, twice: still one check, one absence
    await markAttendance(township, m.id, cadre.id, 'absent');
    await markAttendance(township, m.id, cadre.id, 'absent');
    checks = await checksOf();
    expect(checks).toHaveLength(1);
    expect(checks[0]).toMatchObject({ id: spotCheckId, finding: 'absent', absencesThisYear: 1 });
    expect(await count('spot_checks')).toBe(before + 1);

    // a separate spot check on another day counts on its own: two absences, not three
    const manual = await township.request({
      method: 'POST',
      url: '/api/spot-checks',
      payload: {
        personId: cadre.id,
        checkedAt: `${await latestWorkingDayBefore(ctx.admin, day)}T15:00`,
        method: 'phone',
        finding: 'absent',
      },
    });
    expect(manual.statusCode).toBe(200);
    checks = await checksOf();
    expect(checks).toHaveLength(2);
    const sameYear = new Set(checks.map((c) => c.localTime.slice(0, 4))).size === 1;
    for (const c of checks) expect(c.absencesThisYear).toBe(sameYear ? 2 : 1);
    const audit = await rowsOf<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where object_type = 'spot_check' and object_id = ${String(spotCheckId)} order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual([
      'spot_check.create',
      'spot_check.update',
      'spot_check.update',
      'spot_check.update',
    ]);
  });

  it('makes a decision a task in one step, linked to the meeting, by the organising level only', async () => {
    const m = await scheduleMeeting(township, { kind: 'meeting', divisionCode: own, startsAt: started() });
    const decision = {
      text: '各村于月底前完成冬季防火隐患排查',
      deadline: addDays(localDate(t.clock.now()), 14),
      evidenceRequired: '排查台账照片',
      priority: 'high',
      target: { kind: 'village', codes: [ctx.villageCode] },
    };
    const url = `/api/meetings/${m.id}/decisions`;
    expect((await ctx.otherTownship.request({ method: 'POST', url, payload: decision })).statusCode).toBe(
      404,
    );
    expect((await ctx.admin.request({ method: 'POST', url, payload: decision })).statusCode).toBe(403);
    const bad = await township.request({ method: 'POST', url, payload: { ...decision, text: '' } });
    expect(bad.statusCode).toBe(400);
    expect(errorOf(bad).details?.[0]?.field).toBe('text');

    const res = await township.request({ method: 'POST', url, payload: decision });
    expect(res.statusCode).toBe(200);
    const view = res.json<TMeetingView>();
    expect(view.decisions).toHaveLength(1);
    const taskId = view.decisions[0]!.taskId!;
    const task = await township.request({ method: 'GET', url: `/api/tasks/${taskId}` });
    expect(task.statusCode).toBe(200);
    expect(task.json()).toMatchObject({
      title: decision.text,
      priority: 'high',
      source: { kind: 'meeting', id: m.id },
    });
    const audit = await rowsOf<{ action: string }>(
      t.database.db,
      sql`select action from audit_log where (object_type = 'meeting' and object_id = ${String(m.id)})
          or (object_type = 'task' and object_id = ${String(taskId)}) order by id`,
    );
    expect(audit.map((a) => a.action)).toEqual(['meeting.create', 'task.assign', 'meeting.decision']);
  });
});
