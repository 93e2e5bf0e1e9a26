import { isWithin } from './division.ts';
import type { TAbsence } from './leave.ts';
import type { TAttendance } from './meeting-codes.ts';
import type { TScope } from './scope.ts';
import { excusingAbsence, type TSpotCheckFinding } from './spot-check.ts';

export {
  ATTENDANCE_LABELS,
  ATTENDANCES,
  MEETING_KIND_LABELS,
  MEETING_KINDS,
  type TAttendance,
  type TMeetingKind,
} from './meeting-codes.ts';

/**
 * Meetings and video roll calls (会议 / 视频点名) held in the province's video-conference system
 * (三晋先锋视频会议系统): Zhucun schedules them, links into the video system, and records attendance,
 * minutes and decisions (docs/rules.md §4.12).
 */
/** Notices before a meeting: the day before (24 hours) and an hour before, each once per invitee. */
export const MEETING_NOTICES = [
  { kind: 'meeting_tomorrow', minutesBefore: 24 * 60 },
  { kind: 'meeting_soon', minutesBefore: 60 },
] as const;
export type TMeetingNoticeKind = (typeof MEETING_NOTICES)[number]['kind'];

/**
 * The notice due now for a meeting starting at `startsAt`, or null: "tomorrow" from 24 hours before until an
 * hour before, "soon" in the last hour; none once it has started. A meeting scheduled less than an hour ahead
 * gets only "soon" (the day-before notice would say the same thing twice).
 */
export function meetingNoticeDue(startsAt: Date, now: Date): TMeetingNoticeKind | null {
  const minutesLeft = (startsAt.getTime() - now.getTime()) / 60_000;
  if (minutesLeft <= 0) return null;
  if (minutesLeft <= 60) return 'meeting_soon';
  if (minutesLeft <= 24 * 60) return 'meeting_tomorrow';
  return null;
}

/** The dedupe key of one notice to one account about one meeting: sent once, whatever the job's runs. */
export const meetingNoticeKey = (kind: TMeetingNoticeKind, meetingId: number, userId: number) =>
  `${kind}:${meetingId}:${userId}`;

/** True for an absolute http(s) link with a host (the video system's meeting room); nothing else is stored. */
export function isVideoUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/**
 * The level a meeting is organised at: the county's code (6 digits, 县级) or a township's (9, 乡镇). The county
 * schedules for the county, a township for its own township: the code must lie in the organiser's scope.
 */
export function isMeetingLevel(code: string): boolean {
  return code.length === 6 || code.length === 9;
}

/**
 * The organiser's level may manage a meeting (mark attendance, keep minutes, record decisions): the meeting's
 * division is one the account's scope is anchored at, not merely inside it (the county reads a township's
 * meetings but does not keep its minutes).
 */
export function isOrganiserOf(scope: TScope, divisionCode: string): boolean {
  return scope.all || scope.codes.includes(divisionCode);
}

/** True when a township (or village) code lies inside a meeting's division: invitees come from there only. */
export const isInMeeting = (meetingDivision: string, code: string) => isWithin(code, meetingDivision);

/**
 * How an invitee stands: an approved absence (leave or official duty) covering the meeting's date excuses them
 * on its own, unless they were marked present (they attended after all); otherwise the mark, or null (unmarked).
 */
export function effectiveAttendance<T extends TAbsence>(
  marked: TAttendance | null,
  absences: readonly T[],
  date: string,
): { attendance: TAttendance | null; excusedBy: T | null } {
  if (marked === 'present') return { attendance: 'present', excusedBy: null };
  const excuse = excusingAbsence(absences, date);
  if (excuse) return { attendance: 'excused', excusedBy: excuse };
  return { attendance: marked, excusedBy: null };
}

/** Why attendance may not be marked now: the meeting has not started (a roll call's check is never in the future). */
export type TAttendanceRefusal = 'not_started';

/** Attendance is marked from the meeting's start on (a check of the future cannot be recorded). */
export function attendanceRefusal(startsAt: Date, now: Date): TAttendanceRefusal | null {
  return now < startsAt ? 'not_started' : null;
}

/** A roll call's mark is a spot check with the same finding (method video): one check per invitee. */
export function spotCheckFindingOf(attendance: TAttendance): TSpotCheckFinding {
  return attendance;
}

/** Counts of a meeting's invitees by attendance (unmarked apart): shares by township, never a ranking of people. */
export function attendanceCounts(
  attendances: readonly (TAttendance | null)[],
): Record<TAttendance | 'unmarked', number> {
  const counts = { present: 0, absent: 0, excused: 0, unmarked: 0 };
  for (const a of attendances) counts[a ?? 'unmarked'] += 1;
  return counts;
}
