import { ATTENDANCE_LABELS, MEETING_KIND_LABELS, type TCodeLabels } from '@zhucun/core';

/** The server's messages about meetings and video roll calls (会议 / 视频点名), spread into messages.ts; zh-CN first. */
export const MEETING_MESSAGES = {
  meeting_level: [
    '{field}：只能以本级名义安排会议（县级安排县级会议，乡镇安排本乡镇会议）',
    '{field}: a meeting is scheduled at your own level (the county for the county, a township for itself)',
  ],
  meeting_outside: [
    '{field}：不在会议的组织范围内（{code}）',
    '{field}: outside the meeting’s division ({code})',
  ],
  meeting_no_invitees: [
    '{field}：请按乡镇、干部类别或姓名选择参会人员，且范围内须有在岗干部',
    '{field}: choose invitees by township, category or name; at least one cadre must be posted there',
  ],
  meeting_invitee_unknown: [
    '{field}：以下人员不是本级范围内的在岗干部：{ids}',
    '{field}: not cadres posted within this level: {ids}',
  ],
  meeting_not_started: [
    '该{meetingKind}将于 {at} 开始，开始后才能登记出席情况',
    'This {meetingKind} starts at {at}; attendance is marked once it has started',
  ],
  meeting_not_organiser: [
    '只有组织会议的一级可以登记出席、编辑纪要和记录决定事项',
    'Only the level that organised the meeting may mark attendance, keep minutes and record decisions',
  ],
  meeting_tasks_unavailable: [
    '任务清单暂不可用，决定事项未保存',
    'Task lists are not available; the decision was not saved',
  ],
} as const;

/** Field names of the meeting forms. */
export const MEETING_FIELD_LABELS: Record<string, readonly [string, string]> = {
  startsAt: ['开始时间', 'Start time'],
  durationMinutes: ['时长（分钟）', 'Duration (minutes)'],
  videoUrl: ['视频会议链接', 'Video link'],
  invitees: ['参会人员', 'Invitees'],
  townships: ['乡镇', 'Townships'],
  categories: ['干部类别', 'Categories'],
  personIds: ['指定人员', 'Named cadres'],
  minutes: ['会议纪要', 'Minutes'],
  attendance: ['出席情况', 'Attendance'],
};

/** Codes a meeting message names. */
export const MEETING_CODE_PARAMS: Record<string, TCodeLabels<string>> = {
  meetingKind: MEETING_KIND_LABELS,
  attendance: ATTENDANCE_LABELS,
};
