/** The codes of meetings and their attendance, with labels, without zod: the cadre's light pages show them. */
import type { TCodeLabels } from './code-labels.ts';

export const MEETING_KINDS = ['meeting', 'roll_call'] as const;
export type TMeetingKind = (typeof MEETING_KINDS)[number];

/** How an invitee attended: present, absent, or excused (approved leave or official duty excuse on their own). */
export const ATTENDANCES = ['present', 'absent', 'excused'] as const;
export type TAttendance = (typeof ATTENDANCES)[number];

export const MEETING_KIND_LABELS: TCodeLabels<TMeetingKind> = {
  meeting: ['会议', 'Meeting'],
  roll_call: ['视频点名', 'Video roll call'],
};

export const ATTENDANCE_LABELS: TCodeLabels<TAttendance> = {
  present: ['出席', 'Present'],
  absent: ['缺席', 'Absent'],
  excused: ['请假/公务', 'Excused'],
};
