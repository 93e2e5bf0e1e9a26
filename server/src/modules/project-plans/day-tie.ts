import {
  type TDayProjectTie,
  type TDayProjectTieInput,
  type TProjectState,
  ZDayProjectTieInput,
} from '@zhucun/core';
import { and, desc, eq, isNull } from 'drizzle-orm';
import type { TDb } from '../../db/client.ts';
import { postings, projects } from '../../db/schema.ts';
import { AppError, invalidField, notFound } from '../../errors.ts';
import { recordAudit, type TActorContext } from '../audit/audit.service.ts';
import { findMilestone, findPlanPeople, type TMilestoneRow, updateMilestone } from './plan.repository.ts';
import { PLAN_REPORTING_STATES } from './plan-access.ts';
import {
  countCommentsOf,
  deleteProgress,
  findTieOfDay,
  findTiesOfDays,
  insertProgress,
  updateProgress,
} from './progress.repository.ts';

/**
 * 今天 → 项目进展 (docs/domain.md §0.2, enter once): a cadre ties the day's log to one of their
 * projects, optionally a milestone, optionally met that day. The tie is a progress entry pointing at
 * the day (project_progress.duty_day_id), so the log shows in the project's progress as it is written.
 */

/** The village of a person's active posting (null: none). */
export async function findPostedVillageOf(exec: TDb, personId: number): Promise<string | null> {
  const [row] = await exec
    .select({ code: postings.villageCode })
    .from(postings)
    .where(and(eq(postings.personId, personId), isNull(postings.actualEndDate)))
    .orderBy(desc(postings.startDate))
    .limit(1);
  return row?.code ?? null;
}

/** What a save does to the day's tie: leave it (field left out), remove it (null), or tie it. */
export type TCheckedTie =
  | { kind: 'keep' }
  | { kind: 'untie' }
  | { kind: 'tie'; projectId: number; milestone: TMilestoneRow | null; milestoneDone: boolean };

/**
 * Checks a tie before the day is saved: the project must be one of the person's (leader, claimant or
 * cadre of its village; 404 otherwise), approved and not yet decided (409), the milestone one of its
 * live milestones (400 naming the field).
 */
export async function checkDayTie(
  db: TDb,
  personId: number,
  value: TDayProjectTieInput | null | undefined,
): Promise<TCheckedTie> {
  if (value === undefined) return { kind: 'keep' };
  if (value === null) return { kind: 'untie' };
  const tie = ZDayProjectTieInput.parse(value);
  const [project] = await db
    .select({ state: projects.state })
    .from(projects)
    .where(eq(projects.id, tie.projectId))
    .limit(1);
  if (!project) throw notFound();
  const people = await findPlanPeople(db, tie.projectId);
  if (!people.some((p) => p.personId === personId)) throw notFound();
  const state = project.state as TProjectState;
  if (!PLAN_REPORTING_STATES.includes(state))
    throw new AppError('conflict', 'progress_not_yet', { projectState: state });
  const milestone = tie.milestoneId === null ? null : await findMilestone(db, tie.projectId, tie.milestoneId);
  if (tie.milestoneId !== null && (!milestone || milestone.droppedAt))
    throw invalidField('project.milestoneId', 'progress_milestone_unknown');
  if (tie.milestoneDone && !milestone) throw invalidField('project.milestoneId', 'required');
  return {
    kind: 'tie',
    projectId: tie.projectId,
    milestone: milestone ?? null,
    milestoneDone: tie.milestoneDone,
  };
}

/**
 * Writes the checked tie in the day's transaction. One project per day: tying it elsewhere moves the
 * entry, untying removes it; neither once someone has commented on the entry (409). A milestone met
 * that day gets the day's date as its done date (when not done yet). Audited on change only.
 */
export async function writeDayTie(
  tx: TDb,
  day: { id: number; date: string },
  checked: TCheckedTie,
  actor: { userId: number; personId: number },
  at: Date,
  ctx: TActorContext,
): Promise<void> {
  if (checked.kind === 'keep') return;
  const existing = await findTieOfDay(tx, day.id);
  const detaching = existing && (checked.kind === 'untie' || existing.projectId !== checked.projectId);
  if (detaching && (await countCommentsOf(tx, existing.id)) > 0)
    throw new AppError('conflict', 'day_tie_has_comments');
  if (checked.kind === 'untie') {
    if (!existing) return;
    await deleteProgress(tx, existing.id);
    await recordAudit(tx, ctx, {
      action: 'project.progress_untie',
      objectType: 'project',
      objectId: existing.projectId,
      details: { dutyDayId: day.id, date: day.date, progressId: existing.id },
    });
    return;
  }
  const milestoneId = checked.milestone?.id ?? null;
  const same = existing && existing.projectId === checked.projectId && existing.milestoneId === milestoneId;
  if (!same) {
    let progressId: number;
    if (existing) {
      await updateProgress(tx, existing.id, { projectId: checked.projectId, milestoneId, date: day.date });
      progressId = existing.id;
    } else
      progressId = (
        await insertProgress(tx, {
          projectId: checked.projectId,
          milestoneId,
          dutyDayId: day.id,
          date: day.date,
          reportedByPersonId: actor.personId,
          reportedBy: actor.userId,
          reportedAt: at,
        })
      ).id;
    await recordAudit(tx, ctx, {
      action: 'project.progress_tie',
      objectType: 'project',
      objectId: checked.projectId,
      details: {
        dutyDayId: day.id,
        date: day.date,
        progressId,
        milestoneId,
        ...(existing && existing.projectId !== checked.projectId
          ? { fromProjectId: existing.projectId }
          : {}),
      },
    });
  }
  const m = checked.milestone;
  if (checked.milestoneDone && m && m.doneOn === null) {
    await updateMilestone(tx, m.id, { doneOn: day.date, updatedAt: at });
    await recordAudit(tx, ctx, {
      action: 'project.milestone_done',
      objectType: 'project',
      objectId: checked.projectId,
      details: { milestoneId: m.id, doneOn: day.date, dueDate: m.dueDate, dutyDayId: day.id },
    });
  }
}

/** The ties of some days, as their views show them (undefined for a day without one). */
export async function dayTiesOf(exec: TDb, dayIds: number[]): Promise<Map<number, TDayProjectTie>> {
  const rows = await findTiesOfDays(exec, dayIds);
  return new Map(
    rows.map((r) => [
      r.dutyDayId!,
      {
        progressId: r.progressId,
        projectId: r.projectId,
        projectTitle: r.projectTitle,
        milestoneId: r.milestoneId,
        milestoneTitle: r.milestoneTitle,
        milestoneDone: r.milestoneDoneOn !== null && r.milestoneDoneOn === r.date,
      },
    ]),
  );
}
