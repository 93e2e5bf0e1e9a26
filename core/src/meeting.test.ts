import { describe, expect, it } from 'vitest';
import type { TAbsence } from './leave.ts';
import {
  ATTENDANCE_LABELS,
  ATTENDANCES,
  attendanceCounts,
  attendanceRefusal,
  effectiveAttendance,
  isOrganiserOf,
  isVideoUrl,
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  meetingNoticeDue,
  meetingNoticeKey,
} from './meeting.ts';
import { ZMeetingCreate } from './meeting-api.ts';

const CJK = /[\u3400-\u9fff]/;
const at = (iso: string) => new Date(iso);
const leave = (over: Partial<TAbsence> = {}): TAbsence => ({
  kind: 'leave',
  startDate: '2026-12-07',
  endDate: '2026-12-08',
  state: 'approved',
  ...over,
});

describe('meetings (会议 / 视频点名)', () => {
  it.each([
    ['kinds', MEETING_KINDS, MEETING_KIND_LABELS],
    ['attendances', ATTENDANCES, ATTENDANCE_LABELS],
  ] as const)('names every one of the %s in Chinese and English', (_, codes, labels) => {
    expect(Object.keys(labels).sort()).toEqual([...codes].sort());
    for (const [zh, en] of Object.values(labels) as (readonly [string, string])[]) {
      expect(zh).toMatch(CJK);
      expect(en).not.toMatch(CJK);
    }
  });

  it('takes only an http(s) link with a host', () => {
    expect(isVideoUrl('https://sjxf.example.cn/room/123')).toBe(true);
    expect(isVideoUrl('http://10.0.0.8:8080/m?id=1')).toBe(true);
    for (const bad of ['javascript:alert(1)', 'ftp://x.cn/a', 'sjxf.cn/room', '', 'https://'])
      expect(isVideoUrl(bad)).toBe(false);
  });

  it('tells "tomorrow" from 24 hours to an hour before, "soon" in the last hour, nothing after the start', () => {
    const start = at('2026-12-07T09:00:00+08:00');
    expect(meetingNoticeDue(start, at('2026-12-06T08:59:00+08:00'))).toBeNull();
    expect(meetingNoticeDue(start, at('2026-12-06T09:00:00+08:00'))).toBe('meeting_tomorrow');
    expect(meetingNoticeDue(start, at('2026-12-07T07:59:00+08:00'))).toBe('meeting_tomorrow');
    expect(meetingNoticeDue(start, at('2026-12-07T08:00:00+08:00'))).toBe('meeting_soon');
    expect(meetingNoticeDue(start, at('2026-12-07T08:59:00+08:00'))).toBe('meeting_soon');
    expect(meetingNoticeDue(start, at('2026-12-07T09:00:00+08:00'))).toBeNull();
    expect(meetingNoticeKey('meeting_soon', 4, 9)).toBe('meeting_soon:4:9');
  });

  it('excuses an invitee with approved leave or official duty on the date, unless marked present', () => {
    const date = '2026-12-07';
    expect(effectiveAttendance(null, [leave()], date)).toEqual({ attendance: 'excused', excusedBy: leave() });
    expect(effectiveAttendance('absent', [leave({ kind: 'official_duty' })], date).attendance).toBe(
      'excused',
    );
    expect(effectiveAttendance('present', [leave()], date)).toEqual({
      attendance: 'present',
      excusedBy: null,
    });
    expect(effectiveAttendance('absent', [leave({ state: 'pending_township' })], date).attendance).toBe(
      'absent',
    );
    expect(effectiveAttendance('absent', [leave({ startDate: '2026-12-08' })], date).attendance).toBe(
      'absent',
    );
    expect(effectiveAttendance(null, [], date).attendance).toBeNull();
  });

  it('marks from the start on, and only the organising level manages', () => {
    const start = at('2026-12-07T09:00:00+08:00');
    expect(attendanceRefusal(start, at('2026-12-07T08:59:00+08:00'))).toBe('not_started');
    expect(attendanceRefusal(start, start)).toBeNull();
    expect(isOrganiserOf({ all: false, codes: ['140622'] }, '140622')).toBe(true);
    expect(isOrganiserOf({ all: false, codes: ['140622'] }, '140622100')).toBe(false);
    expect(isOrganiserOf({ all: false, codes: ['140622100'] }, '140622100')).toBe(true);
  });

  it('counts attendance, unmarked apart', () => {
    expect(attendanceCounts(['present', 'present', null, 'excused'])).toEqual({
      present: 2,
      absent: 0,
      excused: 1,
      unmarked: 1,
    });
  });

  it('refuses a link that is not http(s) and a duration out of range', () => {
    const ok = {
      kind: 'roll_call',
      title: '视频点名',
      divisionCode: '140622100',
      startsAt: '2026-12-07T09:00',
      durationMinutes: 30,
      videoUrl: 'https://sjxf.example.cn/r/1',
      invitees: { townships: ['140622100'] },
    };
    expect(ZMeetingCreate.safeParse(ok).success).toBe(true);
    expect(ZMeetingCreate.safeParse({ ...ok, videoUrl: 'javascript:alert(1)' }).success).toBe(false);
    expect(ZMeetingCreate.safeParse({ ...ok, durationMinutes: 1 }).success).toBe(false);
    expect(ZMeetingCreate.safeParse({ ...ok, divisionCode: '140622100201' }).success).toBe(false);
  });
});
