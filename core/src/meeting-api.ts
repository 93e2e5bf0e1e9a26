import { z } from 'zod';
import { ZCadreCategory } from './cadre.ts';
import { ZDivisionCode } from './division.ts';
import { ZAbsenceKind } from './leave.ts';
import { ATTENDANCES, isVideoUrl, MEETING_KINDS } from './meeting.ts';
import { ZTaskPriority, ZTaskTarget } from './task-api.ts';

/**
 * The HTTP contracts of meetings and video roll calls (会议 / 视频点名, issue 15 item 5). Rules: meeting.ts,
 * docs/rules.md §4.12.
 */

const ZId = z.number().int().positive().max(2_147_483_647);
const ZCount = z.number().int().min(0);
/** A local minute in Asia/Shanghai, as a datetime-local field sends it. */
const ZLocalMinute = z.string().regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/);

export const MEETING_LIMITS = {
  title: 100,
  url: 500,
  minutes: 20_000,
  decision: 500,
  /** A meeting lasts from 5 minutes to 12 hours. */
  minDuration: 5,
  maxDuration: 720,
  invitees: 2000,
} as const;

export const ZMeetingKind = z.enum(MEETING_KINDS);
export const ZAttendance = z.enum(ATTENDANCES);

/** Who is invited: cadres of some townships and/or categories (both: those of the categories in the townships), plus named cadres. */
export const ZInviteeSelection = z.object({
  townships: z
    .array(ZDivisionCode.refine((c) => c.length === 9))
    .max(50)
    .default([]),
  categories: z.array(ZCadreCategory).max(10).default([]),
  personIds: z.array(ZId).max(MEETING_LIMITS.invitees).default([]),
});
export type TInviteeSelection = z.output<typeof ZInviteeSelection>;

/** POST /api/meetings: schedule a meeting or roll call (the invitees are fixed as the cadres posted then). */
export const ZMeetingCreate = z.object({
  kind: ZMeetingKind,
  title: z.string().trim().min(1).max(MEETING_LIMITS.title),
  /** The organising level: the county's code or a township's, in the organiser's scope. */
  divisionCode: ZDivisionCode.refine((c) => c.length === 6 || c.length === 9),
  startsAt: ZLocalMinute,
  durationMinutes: z.number().int().min(MEETING_LIMITS.minDuration).max(MEETING_LIMITS.maxDuration),
  videoUrl: z
    .string()
    .trim()
    .max(MEETING_LIMITS.url)
    .regex(/^https?:\/\/\S+$/i)
    .refine(isVideoUrl),
  invitees: ZInviteeSelection,
});
export type TMeetingCreate = z.input<typeof ZMeetingCreate>;
export type TMeetingCreateFacts = z.output<typeof ZMeetingCreate>;

/** PUT /api/meetings/:id/attendance/:personId: one click per invitee (null clears the mark of a meeting). */
export const ZAttendanceMark = z.object({ attendance: ZAttendance });
export type TAttendanceMark = z.infer<typeof ZAttendanceMark>;

/** PUT /api/meetings/:id/minutes: the minutes (纪要) as a whole. */
export const ZMinutesUpdate = z.object({ minutes: z.string().max(MEETING_LIMITS.minutes) });
export type TMinutesUpdate = z.infer<typeof ZMinutesUpdate>;

const ZMeetingCounts = z.object({
  present: ZCount,
  absent: ZCount,
  excused: ZCount,
  unmarked: ZCount,
});

/** A meeting in a list: when, where to join, and its attendance as counts (in the reader's scope). */
export const ZMeetingListItem = z.object({
  id: ZId,
  kind: ZMeetingKind,
  title: z.string(),
  divisionCode: z.string(),
  divisionName: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  /** Local start and end, `YYYY-MM-DD HH:MM` (Asia/Shanghai). */
  localStart: z.string(),
  localEnd: z.string(),
  videoUrl: z.string(),
  counts: ZMeetingCounts,
});
export type TMeetingListItem = z.infer<typeof ZMeetingListItem>;
export const ZMeetingList = z.object({ items: z.array(ZMeetingListItem) });
export type TMeetingList = z.infer<typeof ZMeetingList>;

/** An invitee with their attendance: marked, or excused on their own by an approved absence (named). */
export const ZMeetingInvitee = z.object({
  personId: ZId,
  name: z.string(),
  category: z.string(),
  villageCode: z.string(),
  villageName: z.string(),
  townshipName: z.string(),
  attendance: ZAttendance.nullable(),
  /** The mark as given (null: not marked), which an approved absence may override as excused. */
  marked: ZAttendance.nullable(),
  excusedBy: z
    .object({ absenceId: ZId, kind: ZAbsenceKind, startDate: z.string(), endDate: z.string() })
    .nullable(),
  /** A roll call's mark is this spot check. */
  spotCheckId: ZId.nullable(),
});
export type TMeetingInvitee = z.infer<typeof ZMeetingInvitee>;

/**
 * POST /api/meetings/:id/decisions: a decision of the meeting, made a task in the same step (任务清单): assigned to
 * townships, villages, named cadres or a category, with a deadline, the evidence required and a priority.
 */
export const ZMeetingDecisionCreate = z.object({
  text: z.string().trim().min(1).max(MEETING_LIMITS.decision),
  deadline: z.iso.date(),
  evidenceRequired: z.string().trim().max(500).default(''),
  priority: ZTaskPriority.default('normal'),
  target: ZTaskTarget,
});
export type TMeetingDecisionCreate = z.input<typeof ZMeetingDecisionCreate>;

/** A decision of the meeting and the task it became. */
export const ZMeetingDecision = z.object({
  id: ZId,
  text: z.string(),
  taskId: ZId.nullable(),
  createdAt: z.string(),
});
export type TMeetingDecision = z.infer<typeof ZMeetingDecision>;

/** GET /api/meetings/:id: the meeting, its invitees (in the reader's scope), minutes and decisions. */
export const ZMeetingView = ZMeetingListItem.extend({
  selection: ZInviteeSelection,
  invitees: z.array(ZMeetingInvitee),
  minutes: z.string(),
  minutesUpdatedAt: z.string().nullable(),
  decisions: z.array(ZMeetingDecision),
  /** The reader is the organiser's level: may mark attendance, keep minutes and record decisions. */
  mayManage: z.boolean(),
  /** Attendance may be marked (the meeting has started). */
  markable: z.boolean(),
});
export type TMeetingView = z.infer<typeof ZMeetingView>;

/** A cadre's own meeting: when, the link, and their attendance. */
export const ZMyMeeting = ZMeetingListItem.omit({ counts: true }).extend({
  attendance: ZAttendance.nullable(),
});
export type TMyMeeting = z.infer<typeof ZMyMeeting>;
export const ZMyMeetingList = z.object({ items: z.array(ZMyMeeting) });
export type TMyMeetingList = z.infer<typeof ZMyMeetingList>;
