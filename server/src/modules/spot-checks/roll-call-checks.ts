import {
  effectiveFinding,
  excusingAbsence,
  formatLocalMinute,
  spotCheckSlot,
  type TAbsence,
  type TSpotCheckFinding,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { findApprovedAbsencesOf } from '../absences/absences.repository.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { insertSpotCheck, updateSpotCheckFinding } from './spot-checks.repository.ts';

/** A roll call's mark of one invitee, as the spot check it is. */
export type TRollCallCheck = {
  /** The check this invitee's mark already is (a changed mark updates it), or null for the first mark. */
  spotCheckId: number | null;
  personId: number;
  villageCode: string;
  /** The roll call's start: when the check was made. */
  checkedAt: Date;
  finding: TSpotCheckFinding;
  /** The roll call's title, kept beside the check. */
  note: string;
  checkedBy: number;
  meetingId: number;
  createdAt: Date;
};

/**
 * 视频点名 as a spot check (docs/rules.md §4.12): a roll call's mark is recorded once as a spot check (method
 * video), inside the caller's transaction, and a changed mark changes that same check, so the discrepancy and
 * grade-cap rules count it once. "Absent" on a day of approved leave or official duty is recorded as excused,
 * as for any check (§4.1.2). Audited as the check's creation or change. Returns the check's id.
 */
export async function recordRollCallCheck(
  tx: TDb,
  input: TRollCallCheck,
  ctx: TActorContext,
): Promise<number> {
  const local = formatLocalMinute(input.checkedAt);
  const slotDate = spotCheckSlot(local).date;
  const absences = (await findApprovedAbsencesOf(tx, [input.personId], slotDate, slotDate)) as (TAbsence & {
    id: number;
  })[];
  const excuse = excusingAbsence(absences, slotDate);
  const finding = effectiveFinding(input.finding, excuse !== null);
  const excused = finding !== input.finding ? { found: input.finding, excusedBy: excuse?.id } : {};
  if (input.spotCheckId !== null) {
    await updateSpotCheckFinding(tx, input.spotCheckId, { finding, checkedBy: input.checkedBy });
    await recordAudit(tx, ctx, {
      action: 'spot_check.update',
      objectType: 'spot_check',
      objectId: input.spotCheckId,
      details: { personId: input.personId, meetingId: input.meetingId, finding, ...excused },
    });
    return input.spotCheckId;
  }
  const row = await insertSpotCheck(tx, {
    personId: input.personId,
    villageCode: input.villageCode,
    checkedAt: input.checkedAt,
    method: 'video',
    finding,
    note: input.note.slice(0, 500) || null,
    fileId: null,
    checkedBy: input.checkedBy,
    createdAt: input.createdAt,
  });
  await recordAudit(tx, ctx, {
    action: 'spot_check.create',
    objectType: 'spot_check',
    objectId: row.id,
    details: {
      personId: input.personId,
      checkedAt: local,
      method: 'video',
      finding,
      meetingId: input.meetingId,
      ...excused,
    },
  });
  return row.id;
}
