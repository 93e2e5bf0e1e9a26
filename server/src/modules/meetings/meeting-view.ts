import {
  attendanceCounts,
  effectiveAttendance,
  formatLocalMinute,
  localDate,
  spotCheckSlot,
  type TAbsence,
  type TAbsenceKind,
  type TAttendance,
  type TInviteeSelection,
  type TMeetingInvitee,
  type TMeetingKind,
  type TMeetingListItem,
  type TScope,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { findApprovedAbsencesOf } from '../absences/absences.repository.ts';
import { findInvitees, type TMeetingRow } from './meetings.repository.ts';

type TAbsenceRef = TAbsence & { id: number; personId: number };

/**
 * The date an approved absence must cover to excuse an invitee: the meeting's local date; for a roll call, the
 * date its check's slot belongs to (a check before 06:00 is the previous night's, as for any spot check).
 */
export function excuseDateOf(m: Pick<TMeetingRow, 'kind' | 'startsAt'>): string {
  return m.kind === 'roll_call' ? spotCheckSlot(formatLocalMinute(m.startsAt)).date : localDate(m.startsAt);
}

/** The list fields of a meeting. */
export function itemOf(
  m: TMeetingRow,
  divisionName: string,
  counts: TMeetingListItem['counts'],
): TMeetingListItem {
  return {
    id: m.id,
    kind: m.kind as TMeetingKind,
    title: m.title,
    divisionCode: m.divisionCode,
    divisionName,
    startsAt: m.startsAt.toISOString(),
    endsAt: m.endsAt.toISOString(),
    localStart: formatLocalMinute(m.startsAt),
    localEnd: formatLocalMinute(m.endsAt),
    videoUrl: m.videoUrl,
    counts,
  };
}

/** The selection as stored (jsonb), with every list present. */
export function selectionOf(value: unknown): TInviteeSelection {
  const v = (value ?? {}) as Partial<TInviteeSelection>;
  return { townships: v.townships ?? [], categories: v.categories ?? [], personIds: v.personIds ?? [] };
}

/**
 * Invitees of some meetings as the scope sees them, each with their attendance: the mark, or excused on their own
 * by an approved absence covering the meeting's date (docs/rules.md §4.12), named.
 */
export async function inviteesOf(
  db: TDb,
  meetings: readonly TMeetingRow[],
  scope: TScope,
): Promise<Map<number, TMeetingInvitee[]>> {
  const rows = await findInvitees(
    db,
    meetings.map((m) => m.id),
    scope,
  );
  const dates = meetings.map(excuseDateOf).sort();
  const absences = dates.length
    ? ((await findApprovedAbsencesOf(
        db,
        [...new Set(rows.map((r) => r.invitee.personId))],
        dates[0]!,
        dates[dates.length - 1]!,
      )) as TAbsenceRef[])
    : [];
  const absencesOf = new Map<number, TAbsenceRef[]>();
  for (const a of absences) absencesOf.set(a.personId, [...(absencesOf.get(a.personId) ?? []), a]);
  const dateOf = new Map(meetings.map((m) => [m.id, excuseDateOf(m)]));
  const byMeeting = new Map<number, TMeetingInvitee[]>(meetings.map((m) => [m.id, []]));
  for (const r of rows) {
    const i = r.invitee;
    const marked = (i.attendance as TAttendance | null) ?? null;
    const { attendance, excusedBy } = effectiveAttendance(
      marked,
      absencesOf.get(i.personId) ?? [],
      dateOf.get(i.meetingId)!,
    );
    byMeeting.get(i.meetingId)!.push({
      personId: i.personId,
      name: r.name,
      category: r.category,
      villageCode: i.villageCode,
      villageName: r.villageName,
      townshipName: r.townshipName,
      attendance,
      marked,
      excusedBy: excusedBy
        ? {
            absenceId: excusedBy.id,
            kind: excusedBy.kind as TAbsenceKind,
            startDate: excusedBy.startDate,
            endDate: excusedBy.endDate,
          }
        : null,
      spotCheckId: i.spotCheckId,
    });
  }
  return byMeeting;
}

/** List items of some meetings, their attendance counted over the invitees the scope sees. */
export async function itemsOf(
  db: TDb,
  rows: readonly { meeting: TMeetingRow; divisionName: string }[],
  scope: TScope,
): Promise<TMeetingListItem[]> {
  const invitees = await inviteesOf(
    db,
    rows.map((r) => r.meeting),
    scope,
  );
  return rows.map((r) =>
    itemOf(
      r.meeting,
      r.divisionName,
      attendanceCounts((invitees.get(r.meeting.id) ?? []).map((i) => i.attendance)),
    ),
  );
}
