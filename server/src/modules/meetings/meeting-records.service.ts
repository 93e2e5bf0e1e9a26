import {
  attendanceRefusal,
  formatLocalMinute,
  isOrganiserOf,
  spotCheckFindingOf,
  type TAttendance,
  type TMeetingKind,
  type TMeetingView,
  type TScope,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { AppError, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findVillageOnDate } from '../duty/duty.repository.ts';
import { recordRollCallCheck } from '../spot-checks/roll-call-checks.ts';
import type { TSpotChecksService } from '../spot-checks/spot-checks.service.ts';
import { excuseDateOf } from './meeting-view.ts';
import { findInvitee, setAttendance, setMinutes } from './meetings.repository.ts';
import { meetingIn, type TMeetingsService } from './meetings.service.ts';

export type TMeetingRecordsDeps = {
  db: TDb;
  now: () => Date;
  meetings: Pick<TMeetingsService, 'viewOf'>;
  /** Tells a cadre found absent on a day they recorded in the village (the roll call's check). */
  spotChecks: Pick<TSpotChecksService, 'tellIfDiscrepancy'>;
};

/** The meeting in scope (404 otherwise), managed by the caller's own level (403 otherwise). */
export async function managedMeeting(db: TDb, scope: TScope, id: number) {
  const row = await meetingIn(db, scope, id);
  if (!isOrganiserOf(scope, row.meeting.divisionCode))
    throw new AppError('forbidden', 'meeting_not_organiser');
  return row;
}

/** Attendance and minutes of a meeting, kept by the organising level (docs/rules.md §4.12). */
export function createMeetingRecordsService(deps: TMeetingRecordsDeps) {
  const { db } = deps;

  return {
    /**
     * Marks one invitee present, absent or excused, once the meeting has started (audited). A roll call's mark is
     * its spot check (method video, at the roll call's start, by the marker): the first mark records it, a changed
     * mark changes that same check, so it counts once towards discrepancies and the grade cap.
     */
    async mark(
      scope: TScope,
      id: number,
      personId: number,
      attendance: TAttendance,
      actor: { userId: number },
      ctx: TActorContext,
    ): Promise<TMeetingView> {
      const row = await managedMeeting(db, scope, id);
      const m = row.meeting;
      const invitee = await findInvitee(db, id, personId);
      if (!invitee) throw notFound();
      if (attendanceRefusal(m.startsAt, deps.now()))
        throw new AppError('conflict', 'meeting_not_started', {
          meetingKind: m.kind as TMeetingKind,
          at: formatLocalMinute(m.startsAt),
        });
      const rollCall = m.kind === 'roll_call';
      const spotCheckId = await db.transaction(async (tx) => {
        const checkId = rollCall
          ? await recordRollCallCheck(
              tx,
              {
                spotCheckId: invitee.spotCheckId,
                personId,
                villageCode: (await findVillageOnDate(tx, personId, excuseDateOf(m))) ?? invitee.villageCode,
                checkedAt: m.startsAt,
                finding: spotCheckFindingOf(attendance),
                note: m.title,
                checkedBy: actor.userId,
                meetingId: id,
                createdAt: deps.now(),
              },
              ctx,
            )
          : null;
        await setAttendance(tx, id, personId, {
          attendance,
          markedBy: actor.userId,
          markedAt: deps.now(),
          spotCheckId: checkId,
        });
        await recordAudit(tx, ctx, {
          action: 'meeting.attendance',
          objectType: 'meeting',
          objectId: id,
          details: {
            personId,
            attendance,
            ...(invitee.attendance ? { was: invitee.attendance } : {}),
            ...(checkId ? { spotCheckId: checkId } : {}),
          },
        });
        return checkId;
      });
      if (spotCheckId && invitee.attendance !== attendance)
        await deps.spotChecks.tellIfDiscrepancy(spotCheckId);
      return deps.meetings.viewOf(scope, row);
    },

    /** Replaces the minutes (纪要), by the organising level (audited with the lengths, not the text). */
    async setMinutes(
      scope: TScope,
      id: number,
      minutes: string,
      actor: { userId: number },
      ctx: TActorContext,
    ): Promise<TMeetingView> {
      const row = await managedMeeting(db, scope, id);
      await db.transaction(async (tx) => {
        await setMinutes(tx, id, minutes, actor.userId, deps.now());
        await recordAudit(tx, ctx, {
          action: 'meeting.minutes',
          objectType: 'meeting',
          objectId: id,
          details: { length: minutes.length, was: row.meeting.minutes.length },
        });
      });
      return deps.meetings.viewOf(scope, await meetingIn(db, scope, id));
    },
  };
}
export type TMeetingRecordsService = ReturnType<typeof createMeetingRecordsService>;
