import {
  milestoneState,
  planProgress,
  planSpan,
  type TMilestone,
  type TPlanMilestone,
  type TProjectPlan,
} from '@zhucun/core';
import type { TMilestoneRow } from './plan.repository.ts';
import type { TPlanAccess } from './plan-access.ts';

/** A milestone row as core's rules read it (the current due date and the baseline beside it). */
export const asMilestone = (m: TMilestoneRow): TMilestone => ({
  id: m.id,
  projectId: m.projectId,
  ownerId: m.ownerPersonId,
  baselineDue: m.baselineDue,
  due: m.dueDate,
  doneOn: m.doneOn,
});

/** One milestone as the battle map shows it, with its state on `today` (core milestoneState). */
export function milestoneView(
  m: TMilestoneRow,
  ownerName: string,
  frozen: boolean,
  today: string,
): TPlanMilestone {
  return {
    id: m.id,
    position: m.position,
    title: m.title,
    deliverable: m.deliverable,
    owner: { personId: m.ownerPersonId, name: ownerName },
    startDate: m.startDate,
    dueDate: m.dueDate,
    doneOn: m.doneOn,
    baselineStart: m.baselineStart,
    baselineDue: m.baselineDue,
    added: frozen && m.baselineDue === null,
    dropped: m.droppedAt ? { at: m.droppedAt.toISOString(), reason: m.dropReason ?? '' } : null,
    state: milestoneState(asMilestone(m), today),
  };
}

/** A project's battle map: its milestones against the baseline, progress and span (dropped ones left out of both). */
export function planView(
  access: TPlanAccess,
  milestones: { milestone: TMilestoneRow; ownerName: string }[],
  today: string,
): TProjectPlan {
  const p = access.row.project;
  const frozen = p.baselineFrozenAt !== null;
  const live = milestones.filter((m) => m.milestone.droppedAt === null).map((m) => asMilestone(m.milestone));
  return {
    today,
    project: {
      id: p.id,
      title: p.title,
      state: access.state,
      villages: access.villages,
      leader: { personId: p.leaderPersonId, name: access.row.leaderName },
      startDate: p.startDate,
      plannedEndDate: p.plannedEndDate,
      baselinePlannedEnd: p.baselinePlannedEnd,
      baselineFrozenAt: p.baselineFrozenAt?.toISOString() ?? null,
    },
    milestones: milestones.map((m) => milestoneView(m.milestone, m.ownerName, frozen, today)),
    progress: planProgress(live, today),
    span: planSpan({ start: p.startDate, plannedEnd: p.plannedEndDate }, live),
    people: access.people,
    may: access.may,
  };
}
