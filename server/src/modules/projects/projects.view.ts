import {
  groupBy,
  projectActionsFor,
  projectActorLevel,
  projectEditable,
  type TCadreCategory,
  type TProject,
  type TProjectFundingSource,
  type TProjectGrant,
  type TProjectKind,
  type TProjectListItem,
  type TProjectState,
} from '@zhucun/core';
import type { TDb } from '../../db/client.ts';
import { notFound } from '../../errors.ts';
import {
  findClaimantsOf,
  findEventsOf,
  findFundingOf,
  findProjectInScope,
  findVillagesOf,
  type TProjectListRow,
  type TProjectRow,
} from './projects.repository.ts';

type TVillage = { code: string; name: string };

function header(p: TProjectRow, names: { leaderName: string; townshipName: string }, villages: TVillage[]) {
  return {
    id: p.id,
    title: p.title,
    kind: p.kind as TProjectKind,
    isDemonstration: p.isDemonstration,
    townshipCode: p.townshipCode,
    townshipName: names.townshipName,
    villages,
    leader: { personId: p.leaderPersonId, name: names.leaderName },
    targetWhat: p.targetWhat,
    targetQuantity: p.targetQuantity,
    targetUnit: p.targetUnit,
    targetDate: p.targetDate,
    budgetFen: p.budgetFen,
    startDate: p.startDate,
    plannedEndDate: p.plannedEndDate,
    state: p.state as TProjectState,
    stopReason: p.stopReason,
    updatedAt: p.updatedAt.toISOString(),
  };
}

/** List items with their villages, in one more query however many there are. */
export async function listItems(db: TDb, rows: TProjectListRow[]): Promise<TProjectListItem[]> {
  const villages = groupBy(
    await findVillagesOf(
      db,
      rows.map((r) => r.project.id),
    ),
    (v) => v.projectId,
  );
  return rows.map((r) => ({
    ...header(
      r.project,
      r,
      (villages.get(r.project.id) ?? []).map(({ code, name }) => ({ code, name })),
    ),
    claimantCount: r.claimantCount,
  }));
}

/**
 * A project in full as `grants` see it (the caller has checked the scope): its parts, its history,
 * and the actions and edits the caller's level allows now.
 */
export async function projectView(db: TDb, id: number, grants: readonly TProjectGrant[]): Promise<TProject> {
  const found = await findProjectInScope(db, { all: true }, id);
  if (!found) throw notFound();
  const p = found.project;
  const villages = (await findVillagesOf(db, [id])).map(({ code, name }) => ({ code, name }));
  const level = projectActorLevel(
    grants,
    villages.map((v) => v.code),
  );
  const state = p.state as TProjectState;
  const claimants = await findClaimantsOf(db, id);
  return {
    ...header(p, found, villages),
    summary: p.description,
    claimants: claimants.map((c) => ({ ...c, category: c.category as TCadreCategory | null })),
    funding: (await findFundingOf(db, id)).map((f) => ({ ...f, source: f.source as TProjectFundingSource })),
    beneficiaryHouseholds: p.beneficiaryHouseholds,
    beneficiaryPeople: p.beneficiaryPeople,
    baselinePlannedEnd: p.baselinePlannedEnd,
    baselineFrozenAt: p.baselineFrozenAt?.toISOString() ?? null,
    actualEndDate: p.actualEndDate,
    createdAt: p.createdAt.toISOString(),
    createdByName: found.createdByName,
    events: (await findEventsOf(db, id)).map((e) => ({
      ...e,
      at: e.at.toISOString(),
      fromState: e.fromState as TProjectState | null,
      toState: e.toState as TProjectState,
    })),
    actions: projectActionsFor(state, level),
    editable: projectEditable(state, level),
  };
}
