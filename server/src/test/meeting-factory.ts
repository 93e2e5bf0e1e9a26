import {
  addDays,
  formatLocalMinute,
  isWorkingDay,
  type TCountyRulesOfYear,
  type TMeetingCreate,
  type TMeetingView,
  workingCalendarOf,
} from '@zhucun/core';
import type { TDb } from '../db/client.ts';
import { absences } from '../db/schema.ts';
import type { TClient } from './build-test-app.ts';

/** A local minute (`YYYY-MM-DDTHH:MM`, Asia/Shanghai) some minutes from an instant. */
export const localMinuteFrom = (at: Date, minutes: number) =>
  formatLocalMinute(new Date(at.getTime() + minutes * 60_000)).replace(' ', 'T');

/** A meeting as the schedule form sends it: a township's roll call of its cadres unless overridden. */
export function buildMeeting(overrides: Partial<TMeetingCreate> = {}): TMeetingCreate {
  return {
    kind: 'roll_call',
    title: '视频点名（测试）',
    divisionCode: '140622100',
    startsAt: '2026-12-07T09:00',
    durationMinutes: 30,
    videoUrl: 'https://sjxf.example.cn/room/8801',
    invitees: { townships: ['140622100'] },
    ...overrides,
  };
}

/** Schedules a meeting through the API; fails the test when refused. */
export async function scheduleMeeting(
  client: TClient,
  input: Partial<TMeetingCreate> = {},
): Promise<TMeetingView> {
  const res = await client.request({ method: 'POST', url: '/api/meetings', payload: buildMeeting(input) });
  if (res.statusCode !== 200) throw new Error(`schedule meeting failed: ${res.statusCode} ${res.body}`);
  return res.json<TMeetingView>();
}

/** Marks an invitee through the API. */
export function markAttendance(client: TClient, meetingId: number, personId: number, attendance: string) {
  return client.request({
    method: 'PUT',
    url: `/api/meetings/${meetingId}/attendance/${personId}`,
    payload: { attendance },
  });
}

/** The latest day before `date` the county works (by its calendar of those years), so no check on it is a rest day's. */
export async function latestWorkingDayBefore(admin: TClient, date: string): Promise<string> {
  const year = Number(date.slice(0, 4));
  const rules = await Promise.all(
    [year - 1, year].map(async (y) =>
      (await admin.request({ method: 'GET', url: `/api/rules?year=${y}` })).json<TCountyRulesOfYear>(),
    ),
  );
  const calendar = workingCalendarOf({
    holidays: rules.flatMap((r) => r.holidays),
    workdays: rules.flatMap((r) => r.workdays),
  });
  let day = addDays(date, -1);
  while (!isWorkingDay(day, calendar)) day = addDays(day, -1);
  return day;
}

/** An approved leave (or official duty) of a person, written straight to the table (the approval flow is tested elsewhere). */
export async function insertApprovedAbsence(
  db: TDb,
  a: {
    personId: number;
    villageCode: string;
    startDate: string;
    endDate: string;
    kind?: 'leave' | 'official_duty';
  },
): Promise<number> {
  const [row] = await db
    .insert(absences)
    .values({
      personId: a.personId,
      villageCode: a.villageCode,
      kind: a.kind ?? 'leave',
      startDate: a.startDate,
      endDate: a.endDate,
      reason: '测试请假',
      state: 'approved',
    })
    .returning({ id: absences.id });
  return row!.id;
}
